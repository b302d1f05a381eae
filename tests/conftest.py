"""Shared test set-up: snapshots live in the top-level snapshots/ folder, and the
environment is cleared of everything that changes how screens render."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_textual_snapshot
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "snapshots"
SEEDS = ROOT / "seeds"


class TopLevelSVG(pytest_textual_snapshot.SVGImageExtension):
    """Screens of the browser, stored under snapshots/screens/."""

    @classmethod
    def dirname(cls, *, test_location) -> str:  # type: ignore[override]
        return str(SNAPSHOTS / "screens")


# snap_compare looks the extension up by name when it runs.
pytest_textual_snapshot.SVGImageExtension = TopLevelSVG


class GoldenText(SingleFileSnapshotExtension):
    """Golden files of the text, Markdown and JSON outputs, under snapshots/golden/."""

    _file_extension = "txt"
    _write_mode = WriteMode.TEXT

    @classmethod
    def dirname(cls, *, test_location) -> str:  # type: ignore[override]
        return str(SNAPSHOTS / "golden")


@pytest.fixture
def golden(snapshot):
    return snapshot.use_extension(GoldenText)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TEXTUAL_THEME", "TEXTUAL", "COLUMNS", "LINES", "TERM_PROGRAM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
