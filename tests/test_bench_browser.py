"""The browser benchmark runs the real browser headless and reports every measure it promises."""

from __future__ import annotations

import json
import subprocess
import sys


def test_browser_benchmark_on_the_seeds_and_a_small_pile() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tui.bench.browser", "--sizes", "seeds,5", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    seeds, pile = json.loads(done.stdout)
    assert seeds["articles"] == "seeds" and seeds["clusters"] == 31
    assert 0 < seeds["first_screen_seconds"] < 60
    assert seeds["moved_to"] == 20  # twenty steps from the first cluster, none lost
    assert pile["articles"] == "5" and pile["engine_seconds"] > 0
    assert pile["over_engine_seconds"] == pile["first_screen_seconds"] - pile["engine_seconds"]
    assert pile["step_seconds"] > 0 and pile["idle_key_seconds"] > 0


def test_browser_benchmark_refuses_a_size_it_cannot_read() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tui.bench.browser", "--sizes", "seeds,many"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "--sizes: 'many' is neither 'seeds' nor a number of articles" in done.stderr
    assert "Traceback" not in done.stderr
