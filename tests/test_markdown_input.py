"""Markdown articles are compared by the words a reader sees, on their own line numbers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.markdown_text import markdown_line, markdown_to_text

STORM = Path(__file__).parent / "stories" / "storm"


@pytest.mark.parametrize(
    ("line", "seen"),
    [
        ("# Storm Bert floods Welsh towns", "Storm Bert floods Welsh towns"),
        ("## What happened ##", "What happened"),
        ("Storm **Bert** brought [severe flooding](https://example.com/f) to Wales.", "Storm Bert brought severe flooding to Wales."),
        ("*Posted on November 24, 2024 by Rhys Evans*", "Posted on November 24, 2024 by Rhys Evans"),
        ("- [How to prepare for floods](https://example.com/prepare)", "How to prepare for floods"),
        ("> “We have lost everything,” she said.", "“We have lost everything,” she said."),
        ("![A flooded street](img/street.jpg) in `Pontypridd`", "A flooded street in Pontypridd"),
        ("The river_level_gauge read 4.2 m; 3 * 4 = 12", "The river_level_gauge read 4.2 m; 3 * 4 = 12"),
        ("---", ""),
        ("[1]: https://example.com/source", ""),
    ],
)
def test_a_line_of_markdown_reads_as_its_words(line: str, seen: str):
    assert markdown_line(line) == seen


def test_line_numbers_do_not_move():
    text = "# Title\n\nFirst paragraph with a [link](https://a.b).\n\n---\n\nSecond **one**.\n"
    assert markdown_to_text(text).split("\n") == ["Title", "", "First paragraph with a link.", "", "", "", "Second one.", ""]


def test_a_markdown_article_beside_a_text_one():
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--format", "json", str(STORM)], capture_output=True, text=True, check=True
    ).stdout
    data = json.loads(out)
    blog = next(a for a in data["articles"] if a["name"] == "a_blog.md")
    assert blog["title"] == "Storm Bert floods Welsh towns"
    assert blog["published"] == "2024-11-24"  # "*Posted on November 24, 2024 by Rhys Evans*"
    texts = [m["text"] for c in data["clusters"] for m in c["members"] if m["article"] == blog["id"]]
    assert not any("](" in t or "**" in t or t.startswith("#") for t in texts)
    assert any(t.startswith("Storm Bert brought severe flooding to south Wales on Sunday") for t in texts)
    chrome = {b["line"]: b["text"] for b in data["boilerplate"] if b["article"] == blog["id"]}
    assert chrome[13] == "Related posts" and chrome[15] == "Storm Darragh: what to expect"
    # the 300 homes against about 250, on the lines of the files
    [d] = [d for d in data["divergences"] if d["kind"] == "number" and d["severity"] == "conflict"]
    assert {(v["value"], v["line"]) for v in d["values"]} == {("300", 5), ("250", 5)}
