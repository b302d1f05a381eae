"""Golden files of the three output formats for the seeds, kept under snapshots/golden/.

Run `pytest --snapshot-update` after an intended change and read the diff.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_seeds_golden(fmt, golden):
    result = _run("--format", fmt, "seeds")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert result.stdout == golden


def test_pipe_without_format_is_plain_text():
    result = _run("seeds")
    assert result.returncode == 0
    assert result.stdout.startswith("storydiff: 5 articles,")
    assert result.stdout == _run("--format", "text", "seeds").stdout


def test_output_file_matches_stdout(tmp_path):
    target = tmp_path / "seeds.md"
    result = _run("--format", "markdown", "--output", str(target), "seeds")
    assert result.returncode == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == _run("--format", "markdown", "seeds").stdout
    assert not [p for p in tmp_path.iterdir() if p.name != "seeds.md"]
