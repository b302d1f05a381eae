"""Very large inputs are refused before they are read, or cut to documented limits."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hostile.corpus import GOOD_ARTICLES, story_line, write, write_good_articles

from tui import cli
from tui.loading import MAX_FILE_BYTES, MAX_LINE_CHARS
from tui.segmenting import MAX_PARAGRAPH_CHARS


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    status = cli.main(args)
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


def test_the_limits_are_documented_in_help(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "an article file may be at most 1 MB" in help_text
    assert "lines longer than 20,000 characters are cut to that length, with a warning" in help_text
    assert MAX_FILE_BYTES == 1024 * 1024 and MAX_LINE_CHARS == 20_000


def test_a_50_mb_file_is_refused_without_being_read(tmp_path: Path, capsys, monkeypatch) -> None:
    write_good_articles(tmp_path)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.write(b"A paragraph of text.\n")
        handle.truncate(50 * 1024 * 1024)
    status, out, err = run(["-f", "json", str(tmp_path)], capsys)
    assert status == 1
    assert err == [f"storydiff: skipped {huge}: too large: 50.0 MB (the limit is 1 MB per article)"]
    assert len(json.loads(out)["articles"]) == len(GOOD_ARTICLES)


def test_too_much_on_stdin_is_refused(tmp_path: Path, capsys, monkeypatch) -> None:
    data = (story_line(1) + "\n").encode() * (MAX_FILE_BYTES // 50)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, _, err = run(["-f", "text", "-"], capsys)
    assert status == 2
    assert err[0] == "storydiff: skipped -: too large: more than 1 MB (the limit per article)"


def test_a_one_megabyte_line_is_cut_with_a_warning(tmp_path: Path, capsys) -> None:
    write_good_articles(tmp_path)
    sentences = " ".join(story_line(n) for n in range(20_000))
    line = sentences[:1_000_000]
    path = write(tmp_path, "one_line.txt", "Witnesses speak\n\n" + line + "\n\n" + story_line(0) + "\n")
    status, out, err = run(["-f", "json", str(tmp_path)], capsys)
    assert status == 0
    assert err == [f"storydiff: {path}: line 3 has 1,000,000 characters; kept its first 20,000"]
    data = json.loads(out)
    article = next(a["id"] for a in data["articles"] if a["name"] == "one_line.txt")
    mine = sorted(
        (m["line"], m["text"]) for c in data["clusters"] for m in c["members"] if m["article"] == article
    )
    assert mine == [(3, line[:MAX_LINE_CHARS].strip()), (5, story_line(0))]


def test_many_wrapped_lines_make_paragraphs_of_bounded_length(tmp_path: Path, capsys) -> None:
    """Hard-wrapped text with no blank line and no sentence end would be one huge paragraph."""
    words = [f"word{n}" for n in range(25_000)]
    wrapped = [" ".join(words[i : i + 10]) for i in range(0, len(words), 10)]
    path = write(tmp_path, "wrapped.txt", "Wrapped wire copy\n\n" + "\n".join(wrapped) + "\n")
    status, out, _ = run(["-f", "json", str(path)], capsys)
    assert status == 0
    members = [m for c in json.loads(out)["clusters"] for m in c["members"]]
    assert max(len(m["text"]) for m in members) <= MAX_PARAGRAPH_CHARS
    assert " ".join(m["text"] for m in members).split() == words
    assert [m["line"] for m in members][:2] == [3, 3 + len(members[0]["text"].split()) // 10]
