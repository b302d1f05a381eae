"""The seeds' JSON judged by the evaluation kit that ships beside the project.

The kit (score.py and the gold labels of the seeds) lives in ../shared/eval relative
to the project; without it these tests are skipped.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT.parent / "shared" / "eval"
SCORER, GOLD = KIT / "score.py", KIT / "seeds-gold.json"

# Targets the engine does not reach yet, each with the reason; strict, so that the day
# one is met the test says so and the entry must go.
KNOWN_SHORT: dict[str, str] = {}


@pytest.fixture(scope="module")
def metrics(tmp_path_factory) -> dict[str, float]:
    if not SCORER.exists() or not GOLD.exists():
        pytest.skip("evaluation kit not found beside the project")
    result = tmp_path_factory.mktemp("score") / "seeds.json"
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--format", "json", str(ROOT / "seeds")],
        capture_output=True, text=True, check=True,
    )
    result.write_text(out.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(result)], capture_output=True, text=True
    )
    found = {}
    for line in scored.stdout.splitlines():
        match = re.match(r"^(\w+): ([\d.]+)", line)
        if match:
            found[match.group(1)] = float(match.group(2))
    assert found, scored.stdout + scored.stderr
    return found


def _targets() -> list[tuple[str, str, float]]:
    if not GOLD.exists():
        return [("align_precision", ">=", 0.85)]
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [(name, op, bound) for name, (op, bound) in gold["targets"].items()]


@pytest.mark.parametrize("name,op,bound", _targets(), ids=[t[0] for t in _targets()])
def test_seeds_meet_target(metrics, name, op, bound, request):
    if name in KNOWN_SHORT:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_SHORT[name], strict=True))
    value = metrics[name]
    assert (value >= bound) if op == ">=" else (value <= bound), f"{name} = {value}, target {op} {bound}"
