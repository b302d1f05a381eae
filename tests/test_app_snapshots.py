"""Screens of the browser, compared with the SVGs under snapshots/screens/.

Most screens show the hand-made harbour story (tests/app_stories), so they change only
when the browser does; two show the bundled seeds through the real engine.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from app_stories.handmade import harbour_sources, harbour_story
from textual.pilot import Pilot
from textual.widgets import Input

from tui.alignment import DEFAULT_THRESHOLD
from tui.app.browser import StoryBrowser
from tui.engine import load_sources
from tui.loading import BUNDLED_SEEDS

THEME = "textual-dark"
WIDE = (200, 60)
NARROW = (80, 24)
MEDIUM = (120, 40)


def harbour_app() -> StoryBrowser:
    return StoryBrowser(harbour_sources(), story=harbour_story(), export_folder=Path("."))


def seeds_app() -> StoryBrowser:
    return StoryBrowser(load_sources([str(BUNDLED_SEEDS)]).sources, DEFAULT_THRESHOLD)


def after(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """Fix the theme, wait for the engine, press keys, then stop anything that blinks."""

    async def run_before(pilot: Pilot) -> None:
        pilot.app.theme = THEME
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.app.workers.wait_for_complete()
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run_before


def test_browser_first_screen(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after())


def test_browser_cluster_with_conflicts(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after("n", "n"))


def test_browser_side_by_side_on_a_wide_terminal(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=WIDE, run_before=after("j"))


def test_browser_stacked_on_a_wide_terminal(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=WIDE, run_before=after("j", "s"))


def test_browser_small_terminal(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=NARROW, run_before=after("j"))


def test_browser_help(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after("question_mark"))


def test_browser_search(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after("slash", *"power"))


def test_browser_divergence_filter(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after("f", "G"))


def test_browser_hidden_article(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after("2"))


def test_browser_facts_table(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after("t"))


def test_browser_articles(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after("a"))


def test_browser_export_dialog_fits_a_small_terminal(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=NARROW, run_before=after("e"))


def test_browser_page_chrome(snap_compare) -> None:
    assert snap_compare(harbour_app(), terminal_size=MEDIUM, run_before=after("b", "G"))


def test_browser_seeds_first_screen(snap_compare) -> None:
    assert snap_compare(seeds_app(), terminal_size=MEDIUM, run_before=after())


def test_browser_seeds_wide(snap_compare) -> None:
    assert snap_compare(seeds_app(), terminal_size=WIDE, run_before=after())
