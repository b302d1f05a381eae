"""Divergences as a reader sees them: text, Markdown and JSON from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

from facts_helpers import STORIES


def _run(fmt: str, name: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--format", fmt, str(STORIES / name)],
        capture_output=True, text=True, check=True,
    )
    return out.stdout


def test_json_lists_divergences_and_entities_in_schema_1():
    data = json.loads(_run("json", "quake"))
    names = {a["id"]: a["name"] for a in data["articles"]}
    injured = [d for d in data["divergences"] if d["kind"] == "number" and d["slot"] == "people injured"]
    assert len(injured) == 1 and injured[0]["severity"] == "conflict"
    sides = {(names[v["article"]], v["value"], v["line"]) for v in injured[0]["values"]}
    assert ("b_river_wire.txt", "2389", 7) in sides and ("c_hill_gazette.txt", "3408", 5) in sides
    for d in data["divergences"]:
        assert d["kind"] in ("number", "date", "time", "entity", "claim")
        assert d["severity"] in ("conflict", "partial", "variant")
        assert d["cluster"] is None or isinstance(d["cluster"], int)
        for v in d["values"]:
            assert set(v) >= {"article", "line", "text", "value"}
    place = next(e for e in data["entities"] if e["name"] in ("Naypyidaw", "Naypyitaw"))
    assert {v["text"] for v in place["variants"]} == {"Naypyidaw", "Naypyitaw"}


def test_text_shows_each_divergence_on_its_cluster_and_a_story_table():
    text = _run("text", "quake")
    assert "\x1b" not in text
    lines = text.replace("\n    ", " ")  # wrapped lines continue indented
    assert "CONFLICT number · people killed in Bangkok: 10 “Ten” in [1] line 9, [2] line 9 ≠ 9 “nine” in [3] line 7" in lines
    assert "variant entity · Naypyidaw: “Naypyidaw” in [1] line 11 ~ “Naypyitaw” in [2] line 11" in lines
    table = text.split("== Facts across the story (conflicts first)\n", 1)[1].splitlines()
    assert table[0].split() == ["severity", "kind", "where", "slot", "[1]", "[2]", "[3]"]
    severities = [row.split()[0] for row in table[1:]]
    assert severities == sorted(severities, key=["CONFLICT", "variant", "partial"].index)
    # Where a divergence was found has its own column: a slot's own brackets stay its own.
    injured = next(row for row in table if " story " in row and " people injured " in row)
    assert injured.split()[-3:] == ["3,408", "2,389", "3,408"]


def test_partial_names_the_silent_articles():
    text = _run("text", "quake").replace("\n    ", " ")
    assert "partial date · rose: 2025-03-29 “on Saturday” in [1] line 7 · silent: [3]" in text


def test_markdown_has_the_same_lines_escaped():
    md = _run("markdown", "senate")
    assert "CONFLICT date · passed \\(Senate, Online Safety Act\\)" in md
    assert "| CONFLICT | date | story |" in md or "| CONFLICT | date | cluster " in md


def test_many_articles_get_one_values_column(tmp_path):
    for i in range(9):
        toll = 40 if i < 5 else 55
        (tmp_path / f"{i}.txt").write_text(
            f"Storm report {i}\n\nThe storm killed {toll} people in the north, officials said on day {i}.\n",
            encoding="utf-8",
        )
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--format", "text", str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    table = out.split("== Facts across the story (conflicts first)\n", 1)[1].splitlines()
    assert table[0].split() == ["severity", "kind", "where", "slot", "values"]
    row = next(r for r in table if "people killed" in r)
    assert row.split()[0] == "CONFLICT"
    assert "40 in [1] line 3, [2] line 3, [3] line 3, +2 more ≠ 55 in [6] line 3" in row


def test_a_conflict_line_sets_the_values_that_agree_on_one_side():
    # "about 11:28" and "11:28 a.m." agree; "10:28" disagrees with both.
    text = " ".join(_run("text", "crash").split())
    assert "went: about 11:28 in [1] line 7 = 11:28 “11:28 a.m.” in [2] line 5 ≠ 10:28 in [3] line 5" in text
    markdown = " ".join(_run("markdown", "crash").split())
    assert "= 11:28" in markdown and "≠ 10:28" in markdown
    # "530 million" is a round figure that allows 533 million; 553 million is another side.
    assert "533,000,000 “533 million” in [1] line 13 = 530,000,000" in " ".join(_run("text", "breach").split())
