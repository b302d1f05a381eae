"""Pilot tests: help, facts and articles screens, export dialog and command palette."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app_stories.handmade import harbour_sources, harbour_story
from app_stories.pilots import harbour_app, pilot_test, settle, shown_cluster
from textual.command import CommandList
from textual.widgets import Input, Static

from tui.app.browser import StoryBrowser
from tui.app.export_dialog import ExportDialog
from tui.app.facts_screen import FactsScreen
from tui.app.help_screen import HelpScreen
from tui.engine import load_sources


@pilot_test
async def test_story_level_keys_open_their_screens() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "t")
        assert isinstance(app.screen, FactsScreen)
        await pilot.press("down", "enter")  # second row: boats driven ashore, cluster 1
        assert not isinstance(app.screen, FactsScreen)
        assert shown_cluster(app) == 1
        await pilot.press("a", "space")  # hide article 1 from the articles screen
        await pilot.press("escape")
        assert app.hidden == frozenset({"1"})


@pilot_test
async def test_facts_screen_leads_from_an_agreed_slot_to_its_cluster() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *["down"] * 5, "enter")  # after five divergences: people in hospital
        assert not isinstance(app.screen, FactsScreen)
        assert shown_cluster(app) == 2


@pilot_test
async def test_export_writes_the_chosen_format(tmp_path: Path) -> None:
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f", "e")
        assert isinstance(app.screen, ExportDialog)
        await pilot.click("#format-json")
        assert app.screen.query_one("#export-path", Input).value == "storydiff.json"
        await pilot.click("#export-go")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        data = json.loads((tmp_path / "storydiff.json").read_text(encoding="utf-8"))
        assert len(data["clusters"]) == 4  # the view: clusters with divergences
        assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("name", ["article.txt", "bell\x07.txt"])  # the second is shown as bell\\x07.txt
@pilot_test
async def test_export_refuses_to_overwrite_an_input_article(tmp_path: Path, name: str) -> None:
    article = tmp_path / name
    article.write_text("A storm closed the harbour on Friday.\n", encoding="utf-8")
    loaded = load_sources([str(article)])
    app = StoryBrowser(loaded.sources, 0.05, export_folder=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = name
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert "is one of the input articles" in str(app.screen.query_one("#export-error", Static).render())
        assert article.read_text(encoding="utf-8") == "A storm closed the harbour on Friday.\n"


@pilot_test
async def test_export_of_the_view_leaves_hidden_articles_out(tmp_path: Path) -> None:
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("1", "e")
        await pilot.click("#format-json")
        await pilot.click("#export-go")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        data = json.loads((tmp_path / "storydiff.json").read_text(encoding="utf-8"))
        assert [a["id"] for a in data["articles"]] == ["2", "3"]
        assert data["clusters"] and all(m["article"] != "1" for c in data["clusters"] for m in c["members"])
        assert all(v["article"] != "1" for d in data["divergences"] for v in d["values"])
        conflicts = [d for d in data["divergences"] if d["severity"] == "conflict"]
        assert all(len({v["article"] for v in d["values"]}) >= 2 for d in conflicts)
        assert all("1" not in v["articles"] for e in data["entities"] for v in e["variants"])


@pilot_test
async def test_palette_goes_to_a_cluster() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"cluster 4")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert shown_cluster(app) == 4


@pilot_test
async def test_export_asks_before_replacing_a_file_and_names_missing_folders(tmp_path: Path) -> None:
    earlier = tmp_path / "storydiff.txt"
    earlier.write_text("an earlier export\n", encoding="utf-8")
    app = harbour_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        field = app.screen.query_one("#export-path", Input)
        error = app.screen.query_one("#export-error", Static)
        field.value = "no/such/folder/out.txt"
        await pilot.press("enter")
        await settle(pilot)
        assert "no such folder" in str(error.render())
        field.value = "storydiff.txt"
        await pilot.press("enter")
        await settle(pilot)
        assert "exists: press Export again to replace it" in str(error.render())
        assert earlier.read_text(encoding="utf-8") == "an earlier export\n"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert "The harbour at Kelby was closed" in earlier.read_text(encoding="utf-8")


@pilot_test
async def test_skipped_inputs_are_told_as_written() -> None:
    app = StoryBrowser(harbour_sources(), story=harbour_story(), problems=("[red]odd[/red].txt: empty file",))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        toasts = [str(w.render()) for w in app.screen.query("Toast")]
        assert any("[red]odd[/red].txt: empty file" in t for t in toasts)


@pilot_test
async def test_palette_offers_export_and_theme() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        found: dict[str, list[str]] = {}
        for query in ("export", "theme"):
            await pilot.press("ctrl+p", *query)
            await settle(pilot)  # the palette gathers its commands in a worker
            options = app.screen.query_one(CommandList)
            found[query] = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
            await pilot.press("escape")
        assert any(line.startswith("Export…") for line in found["export"])
        assert any("Theme" in line for line in found["theme"])
