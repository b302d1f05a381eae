"""Pilot tests: what the cluster view shows of article text, values and conflicts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from app_stories.handmade import harbour_story
from app_stories.pilots import harbour_app, pilot_test, settle, view_text
from textual.widgets import DataTable

from tui.app.browser import StoryBrowser
from tui.engine import load_sources
from tui.loading import BUNDLED_SEEDS
from tui.models import Divergence, FactValue


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
