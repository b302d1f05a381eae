"""While the engine works, the reader is told which stage it is at."""

from __future__ import annotations

import threading

from app_stories.handmade import harbour_sources
from app_stories.pilots import pilot_test, settle

import tui.app.browser as browser_module
from tui.app.browser import StoryBrowser
from tui.engine import compare


def test_the_engine_tells_each_stage_as_it_starts() -> None:
    stages: list[str] = []
    story = compare(harbour_sources(), progress=stages.append)
    paragraphs = sum(len(a.paragraphs) for a in story.articles)
    assert stages == [
        "cleaning 3 articles",
        f"aligning {paragraphs} paragraphs",
        f"finding facts in {len(story.clusters)} clusters",
    ]


@pilot_test
async def test_the_browser_shows_the_engine_stage_while_it_waits(monkeypatch) -> None:
    release = threading.Event()

    def slow_compare(sources, threshold, progress=None):
        progress("aligning 12 paragraphs")
        release.wait(10)
        return compare(sources, threshold)

    monkeypatch.setattr(browser_module, "compare", slow_compare)
    app = StoryBrowser(harbour_sources())
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            if app.title == "aligning 12 paragraphs…":
                break
            await pilot.pause(0.01)
        assert app.title == "aligning 12 paragraphs…"
        assert app.waiting
        assert "aligning 12 paragraphs…" in str(app.waiting_note.render())
        assert not app.main_area.display
        assert app.story is None
        release.set()
        await settle(pilot)
        assert app.story is not None
        assert not app.waiting
        assert app.main_area.display
        assert app.title.startswith("cluster 1 of ")
