"""Hostile article text: markup shown literally, escapes and controls never reach a terminal."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest
from hostile.corpus import ESCAPES, MARKDOWN_LINES, MARKUP_LINES, article_with, escapes_article, write, write_good_articles
from rich.console import Console
from rich.markdown import Markdown

from tui import cli

FORMATS = ("text", "markdown", "json")
# Bytes and characters a terminal would act on.
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    status = cli.main(args)
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


def rendered_markdown(markdown: str) -> str:
    """What a Markdown viewer shows, as plain text on one line."""
    buffer = io.StringIO()
    Console(file=buffer, width=2000, color_system=None, force_terminal=False).print(Markdown(markdown))
    return " ".join(buffer.getvalue().split())


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    write_good_articles(tmp_path)
    write(tmp_path, "markup.txt", article_with(MARKUP_LINES))
    write(tmp_path, "markdown.txt", article_with(MARKDOWN_LINES))
    write(tmp_path, "escapes.txt", escapes_article())
    return tmp_path


def test_markup_appears_literally_in_text_and_json(hostile: Path, capsys) -> None:
    _, text, _ = run(["-f", "text", str(hostile)], capsys)
    _, raw, _ = run(["-f", "json", str(hostile)], capsys)
    unmarked = " ".join(text.replace("{+", "").replace("+}", "").split())  # own words are marked {+so+}
    texts = {m["text"] for c in json.loads(raw)["clusters"] for m in c["members"]}
    for line in MARKUP_LINES:
        assert line in texts
        assert line in unmarked


def test_markdown_shows_every_paragraph_exactly_as_written(hostile: Path, capsys) -> None:
    _, markdown, _ = run(["-f", "markdown", str(hostile)], capsys)
    _, raw, _ = run(["-f", "json", str(hostile)], capsys)
    shown = rendered_markdown(markdown)
    data = json.loads(raw)
    for cluster in data["clusters"]:
        for member in cluster["members"]:
            if len(cluster["members"]) == 1:
                assert " ".join(member["text"].split()) in shown
    for line in MARKUP_LINES + MARKDOWN_LINES:
        assert line in shown
    for article in data["articles"]:
        assert article["title"] in shown and article["name"] in shown


def test_markdown_output_has_no_live_html_or_links(hostile: Path, capsys) -> None:
    _, markdown, _ = run(["-f", "markdown", str(hostile)], capsys)
    assert "<script>" not in markdown and "<b>" not in markdown
    assert "](https://" not in markdown
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert all(re.fullmatch(r"# storydiff|## Cluster \d+|## Facts across the story", h) for h in headings)


def test_escapes_and_controls_are_removed_and_counted(hostile: Path, capsys) -> None:
    path = hostile / "escapes.txt"
    for fmt in FORMATS:
        status, out, err = run(["-f", fmt, str(hostile)], capsys)
        assert status == 0
        assert not ACTIVE.search(out), fmt
        assert err == [
            f"storydiff: {path}: removed 10 terminal escape sequences, 3 control characters "
            "and 4 bidirectional or invisible controls"
        ]
    _, raw, _ = run(["-f", "json", str(path)], capsys)
    texts = [m["text"] for c in json.loads(raw)["clusters"] for m in c["members"]]
    assert len(texts) == len(ESCAPES)
    for text, what in zip(texts, ESCAPES):
        assert text.startswith(f"Paragraph about the {what} on the ferry, where ")
        assert text.endswith(" the crew waited for news from the pier.")
    # What was between the escapes is kept as text; what was inside them is gone.
    assert "click here" in texts[list(ESCAPES).index("hyperlink")]
    assert "red" in texts[0] and "pwned" not in raw and "cm0gLXJmIH4=" not in raw
    assert "desrever" in raw and "example.com/evil" not in raw


def test_an_unterminated_escape_does_not_swallow_the_article(tmp_path: Path, capsys) -> None:
    lines = [
        "The ferry operator said the \x1b]8;;https://example.com engine had been serviced in spring.",
        "Investigators will question the captain and the engineer next week in Dravik.",
    ]
    path = write(tmp_path, "open_osc.txt", article_with(lines))
    _, raw, err = run(["-f", "json", str(path)], capsys)
    texts = [m["text"] for c in json.loads(raw)["clusters"] for m in c["members"]]
    assert texts == ["The ferry operator said the", lines[1]]
    assert err[0] == f"storydiff: {path}: removed 1 terminal escape sequence"


def test_hostile_file_names_are_shown_but_never_executed(tmp_path: Path, capsys) -> None:
    write_good_articles(tmp_path)
    os_name = b"evil\x1b]0;owned\x07\xff.txt"
    (tmp_path / os.fsdecode(os_name)).write_text(article_with(MARKUP_LINES), encoding="utf-8")
    (tmp_path / "broken\x1b[2J.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    shown = "evil\\x1b]0;owned\\x07\\xff.txt"
    for fmt in FORMATS:
        status, out, err = run(["-f", fmt, str(tmp_path)], capsys)
        assert status == 1
        assert not ACTIVE.search(out + "\n".join(err))
        assert out.encode("utf-8")  # no lone surrogates from the undecodable byte
        assert err == [f"storydiff: skipped {tmp_path}/broken\\x1b[2J.png.txt: not text (a PNG image)"]
        if fmt == "json":
            assert shown in [a["name"] for a in json.loads(out)["articles"]]
        else:
            assert shown in (rendered_markdown(out) if fmt == "markdown" else out)


def test_markdown_escapes_dollar_signs_that_viewers_read_as_math(tmp_path: Path, capsys) -> None:
    line = "The fare rose from $5 to $6, and the notice quoted $E=mc^2$ for no reason at all."
    path = write(tmp_path, "fares.txt", article_with([line]))
    _, markdown, _ = run(["-f", "markdown", str(path)], capsys)
    assert "\\$E=mc^2\\$" in markdown
    assert line in rendered_markdown(markdown)


def test_a_file_name_with_a_line_break_still_gets_one_stderr_line(tmp_path: Path, capsys) -> None:
    write_good_articles(tmp_path)
    (tmp_path / "two\nlines.txt").write_bytes(b"%PDF-1.7\n")
    status, _, err = run(["-f", "text", str(tmp_path)], capsys)
    assert status == 1
    assert err == [f"storydiff: skipped {tmp_path}/two\\x0alines.txt: not text (a PDF document)"]


def test_the_bracketed_words_of_a_seed_stay_literal_in_text_and_markdown(capsys) -> None:
    seed = next((Path(__file__).resolve().parent.parent / "seeds").glob("004_*.txt"))
    bracketed = "[of recognition of the Taliban government]"
    assert bracketed in seed.read_text(encoding="utf-8")
    _, text, _ = run(["-f", "text", str(seed.parent)], capsys)
    _, markdown, _ = run(["-f", "markdown", str(seed.parent)], capsys)
    unmarked = " ".join(text.replace("{+", "").replace("+}", "").split())  # own words are marked {+so+}
    assert bracketed in unmarked
    assert bracketed in rendered_markdown(markdown).replace("*", "")  # and **so** in Markdown
