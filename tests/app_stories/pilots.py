"""Helpers for the browser's pilot tests: run async tests, open the harbour story, read the view."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static

from tui.app.browser import StoryBrowser

from .handmade import harbour_sources, harbour_story


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
