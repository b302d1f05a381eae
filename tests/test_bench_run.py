"""The benchmark command on a tiny pile: what it prints, and what it measures."""

from __future__ import annotations

import json
import subprocess
import sys

from tui.bench.measure import measure_size
from tui.bench.run import main


def test_one_size_measures_the_engine_quality_and_output():
    result = measure_size(6, seed=2, paragraphs=12, all_pairs_limit=1_000_000, text_budget=5.0)
    assert result["articles"] == 6
    assert result["paragraphs"] == result["true_paragraphs"] > 40
    assert result["engine_seconds"] >= result["align_seconds"] > 0
    assert result["peak_rss_mb"] > 10
    assert result["pairs_scored"] > 0
    assert 0 < result["cluster_precision"] <= 1 and 0 < result["cluster_recall"] <= 1
    assert result["conflicts_reported"] <= result["conflicts_injected"]
    # Small enough to align every pair, so the ratio is measured, not estimated.
    assert result["all_pairs_estimated"] is False and result["all_pairs_seconds"] > 0
    assert result["text_complete"] and result["text_clusters_out"] == result["clusters"]


def test_the_command_prints_a_row_per_size_and_the_verdicts(capsys):
    status = main(["--sizes", "4,8", "--paragraphs", "10", "--text-budget", "2", "--seeds-runs", "1"])
    out = capsys.readouterr().out
    assert status in (0, 1)
    lines = out.splitlines()
    header = next(line for line in lines if "articles" in line and "precision" in line)
    assert "pairs scored" in header and "all-pairs s" in header and "ratio" in header
    rows = [line.split() for line in lines if line.split() and line.split()[0] in ("4", "8")]
    assert [row[0] for row in rows] == ["4", "8"]
    assert "N=4 clusters: precision" in out and "N=8 conflicts:" in out
    assert "seeds as a command:" in out


def test_sizes_are_checked_before_anything_runs():
    done = subprocess.run(
        [sys.executable, "-m", "tui.bench", "--sizes", "ten"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "not a list of whole numbers" in done.stderr


def test_json_lines_for_programs(capsys):
    main(["--sizes", "3", "--paragraphs", "8", "--text-budget", "0", "--json", "--seeds-runs", "1"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[0]["articles"] == 3 and "cluster_recall" in records[0]
    assert "seeds_command_seconds" in records[-1]
