"""Pilot tests: the keys of the browser, the re-align worker, export and the palette."""

from __future__ import annotations

import asyncio
import functools
import json
from dataclasses import replace
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from app_stories.handmade import harbour_sources, harbour_story
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from tui.app.browser import StoryBrowser
from tui.app.cluster_view import MemberBlock
from tui.app.export_dialog import ExportDialog
from tui.app.facts_screen import FactsScreen
from tui.app.help_screen import HelpScreen
from tui.engine import load_sources
from tui.loading import BUNDLED_SEEDS
from tui.models import Divergence, FactValue


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test to completion; pytest still sees its fixtures."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def harbour_app(tmp_path: Path | None = None) -> StoryBrowser:
    return StoryBrowser(harbour_sources(), story=harbour_story(), export_folder=tmp_path)


async def settle(pilot: Pilot) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def shown_cluster(app: StoryBrowser) -> int | None:
    row = app.cluster_view.row
    return row.cluster.id if row and row.cluster else None


def view_text(app: StoryBrowser) -> str:
    """Everything the cluster view shows as plain text."""
    parts = [str(w.render()) for w in app.cluster_view.query(Static) if w.display and w.parent and w.parent.display]
    return "\n".join(parts)


@pilot_test
async def test_stepping_moves_through_clusters_and_updates_the_header() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert shown_cluster(app) == 1
        assert app.title.startswith("cluster 1 of 6, 3 with conflicts")
        await pilot.press("j", "j")
        assert shown_cluster(app) == 3
        assert app.title.startswith("cluster 3 of 6")
        await pilot.press("k")
        assert shown_cluster(app) == 2
        await pilot.press("G")
        assert shown_cluster(app) == 6
        await pilot.press("j")
        assert shown_cluster(app) == 6
        await pilot.press("g")
        assert shown_cluster(app) == 1
        assert app.cluster_list.highlighted == 0


@pilot_test
async def test_stepping_updates_the_blocks_without_mounting_new_ones() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        blocks = list(app.query(MemberBlock))
        await pilot.press("j", "j", "j", "j", "k")
        assert list(app.query(MemberBlock)) == blocks
        assert [b.display for b in blocks] == [True, False, True]  # cluster 4: articles 1 and 3


@pilot_test
async def test_clicking_a_cluster_in_the_list_shows_it() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.click("#clusters", offset=(5, 3))  # fourth line of the list
        await pilot.pause()
        assert shown_cluster(app) == 4


@pilot_test
async def test_conflict_keys_skip_to_clusters_with_conflicts() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("G", "p")
        assert shown_cluster(app) == 3
        await pilot.press("left_square_bracket")
        assert shown_cluster(app) == 2
        await pilot.press("n", "right_square_bracket")
        assert shown_cluster(app) == 3  # no conflict after cluster 3: stays


@pilot_test
async def test_conflicting_values_are_marked_in_the_view() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        text = view_text(app)
        assert "≠More than 15 people" in text
        assert "≠At least 12 people" in text
        assert "≠ conflict" in str(app.cluster_view.query_one("#divergences").get_row_at(0)[0])


@pilot_test
async def test_story_level_conflict_shows_in_the_cluster_it_touches() -> None:
    story = harbour_story()
    across = Divergence(
        "number", "conflict", "homes without power", None,
        (FactValue("1", 11, "300 homes", "300"), FactValue("2", 11, "a week", "7")),
    )
    app = StoryBrowser(story=replace(story, divergences=story.divergences + (across,)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.go_to_cluster(4)
        await pilot.pause()
        assert "≠300 homes" in view_text(app)
        table = app.cluster_view.query_one("#divergences", DataTable)
        slots = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert "story · number · homes without power" in slots
        assert len(table.columns) == 2 + 3  # its third article speaks only in the story-level row


@pilot_test
async def test_divergence_filter_and_search_narrow_the_list() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        assert app.cluster_list.option_count == 4
        assert "divergences only: 4 shown" in app.title
        await pilot.press("f", "slash")
        await pilot.press(*"forecasters")
        assert app.cluster_list.option_count == 1
        assert shown_cluster(app) == 6
        await pilot.press("enter")
        assert not app.search_bar.display
        assert app.cluster_list.option_count == 1
        await pilot.press("escape")  # escape in the list clears the search too
        assert app.cluster_list.option_count == 6
        assert shown_cluster(app) == 6  # the place is kept when the search is cleared
        await pilot.press("slash", *"coastguard", "escape")
        assert app.cluster_list.option_count == 6
        assert shown_cluster(app) == 2


@pilot_test
async def test_digits_hide_and_show_articles() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        blocks = list(app.query(MemberBlock))
        assert [b.display for b in blocks] == [True, False, True]
        assert "hidden: 2" in app.title
        await pilot.press("2")
        assert [b.display for b in blocks] == [True, True, True]
        await pilot.press("9")  # no ninth article: nothing changes
        assert [b.display for b in blocks] == [True, True, True]


@pilot_test
async def test_layout_key_switches_between_side_by_side_and_stacked() -> None:
    app = harbour_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        members = app.cluster_view.query_one("#members")
        assert members.has_class("-side")  # wide enough for three columns
        await pilot.press("s")
        assert not members.has_class("-side")
        await pilot.press("s")
        assert members.has_class("-side")
    narrow = harbour_app()
    async with narrow.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not narrow.cluster_view.query_one("#members").has_class("-side")


@pilot_test
async def test_threshold_keys_realign_in_a_worker_and_keep_the_place() -> None:
    app = StoryBrowser(harbour_sources(), 0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.story is not None and app.story.threshold == 0.05
        # Go to the cluster holding the gazette's paragraph on the traders.
        traders = next(c.id for c in app.story.clusters if any("traders" in p.text for p in c.members))
        app.go_to_cluster(traders)
        place = app.cluster_view.row.cluster.members[0].key
        await pilot.press("plus")
        await settle(pilot)
        assert app.story.threshold == 0.06
        assert "threshold 0.06" in app.title
        assert place in {p.key for p in app.cluster_view.row.cluster.members}
        await pilot.press("minus", "minus")
        await settle(pilot)
        assert app.story.threshold == 0.04
        assert place in {p.key for p in app.cluster_view.row.cluster.members}


@pilot_test
async def test_threshold_keys_pressed_quickly_add_up() -> None:
    app = StoryBrowser(harbour_sources(), 0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("plus", "plus", "plus")
        await settle(pilot)
        assert app.story is not None and app.story.threshold == 0.10
        assert "threshold 0.10" in app.title


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


@pilot_test
async def test_export_refuses_to_overwrite_an_input_article(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("A storm closed the harbour on Friday.\n", encoding="utf-8")
    loaded = load_sources([str(article)])
    app = StoryBrowser(loaded.sources, 0.05, export_folder=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        field = app.screen.query_one("#export-path", Input)
        field.value = "article.txt"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert "is one of the input articles" in str(app.screen.query_one("#export-error", Static).render())
        assert article.read_text(encoding="utf-8") == "A storm closed the harbour on Friday.\n"


@pilot_test
async def test_palette_goes_to_a_cluster() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"cluster 4")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert shown_cluster(app) == 4


@pilot_test
async def test_a_new_theme_redraws_the_view() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.cluster_view.query_one("#divergences", DataTable)
        before = table.get_row_at(0)[0].style
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert table.get_row_at(0)[0].style != before
        assert shown_cluster(app) == 1


@pilot_test
async def test_quit_key_exits_cleanly() -> None:
    app = harbour_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
    assert app.return_code == 0


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
@pilot_test
async def test_bracketed_words_of_seed_004_show_as_written(size: tuple[int, int]) -> None:
    seed = next(BUNDLED_SEEDS.glob("004_*.txt"))
    app = StoryBrowser(load_sources([str(seed)]).sources, 0.05)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"of recognition of", "enter")
        assert app.cluster_list.option_count >= 1
        assert "[of recognition of the Taliban government]" in view_text(app)


@pilot_test
async def test_escape_sequences_in_an_article_never_reach_the_screen(tmp_path: Path) -> None:
    article = tmp_path / "loud.txt"
    article.write_text(
        "Harbour closes after storm\n\n"
        "Red \x1b[31malert\x1b[0m and a bell\x07 rang in the harbour [b]news[/b] office on Friday night.\n\n"
        "The coastguard rescued twelve people from three fishing boats driven onto the rocks.\n",
        encoding="utf-8",
    )
    app = StoryBrowser(load_sources([str(article)]).sources, 0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = view_text(app)
        assert "Red alert and a bell rang in the harbour [b]news[/b] office" in text
        assert "\x1b" not in text and "\x07" not in text
