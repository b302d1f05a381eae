"""`python -m tui.bench`: the engine on generated piles of 5 to 10,000 articles.

Each size runs in a fresh process, so its peak memory is its own. The table says, per
size: the engine's wall time and peak memory, the pairs the aligner scored, cluster
precision and recall against the truth, the injected conflicts found, the all-pairs
aligner's time where it is feasible (estimated from a sample where it is not) and the
ratio, and how soon the text output has its first cluster out.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ..loading import BUNDLED_SEEDS
from .generator import DEFAULT_SEED, PARAGRAPHS_PER_ARTICLE

DEFAULT_SIZES = (5, 100, 1000, 10000)
TARGETS = {1000: (10.0, 1500.0), 10000: (120.0, 6000.0)}  # seconds, MB
MAX_GROWTH = 1.3
MIN_QUALITY = 0.9
SEEDS_TARGET = 0.5


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of whole numbers: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be whole numbers of at least 1")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tui.bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", type=_sizes, default=list(DEFAULT_SIZES), metavar="N,N,...",
        help="article counts to run (default 5,100,1000,10000; 10000 takes minutes)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed of the generator")
    parser.add_argument(
        "--paragraphs", type=int, default=PARAGRAPHS_PER_ARTICLE,
        help="content paragraphs per article, on average",
    )
    parser.add_argument(
        "--all-pairs-limit", type=int, default=3_000_000, metavar="PAIRS",
        help="align every pair only up to this many pairs; estimate beyond (default 3,000,000)",
    )
    parser.add_argument(
        "--text-budget", type=float, default=20.0, metavar="SECONDS",
        help="stop streaming the text output after this long; 0 skips it (default 20)",
    )
    parser.add_argument(
        "--seeds-runs", type=int, default=5, metavar="RUNS",
        help="times `storydiff --format json` on the seeds is run for its median (default 5)",
    )
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON lines")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.one is not None:
        from .measure import measure_size

        result = measure_size(args.one, args.seed, args.paragraphs, args.all_pairs_limit, args.text_budget)
        print(json.dumps(result))
        return 0
    # The seeds command first, on a quiet machine: after the largest size the system is
    # still paying for that run's memory, which is no cost of the command itself.
    seeds = time_seeds_command(max(1, args.seeds_runs))
    results = []
    if not args.json:
        print(_machine_line())
        print(_header())
    for size in args.sizes:
        result = _run_size(size, args)
        results.append(result)
        print(json.dumps(result) if args.json else _row(result), flush=True)
    if args.json:
        print(json.dumps({"seeds_command_seconds": seeds}))
        return 0
    print()
    print(_details(results))
    verdicts = _verdicts(results, seeds)
    print()
    print("\n".join(verdicts))
    return 0 if all(v.startswith("ok") for v in verdicts) else 1


def _run_size(size: int, args: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "tui.bench", "--one", str(size), "--seed", str(args.seed),
        "--paragraphs", str(args.paragraphs), "--all-pairs-limit", str(args.all_pairs_limit),
        "--text-budget", str(args.text_budget),
    ]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"size {size} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def time_seeds_command(repeats: int = 5) -> float:
    """Median wall time of `storydiff --format json` on the bundled seeds, output to a file."""
    program = shutil.which("storydiff", path=str(Path(sys.executable).parent))
    command = [program] if program else [sys.executable, "-m", "tui"]
    times = []
    with tempfile.TemporaryFile() as out:
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run(command + ["--format", "json", str(BUNDLED_SEEDS)], stdout=out, check=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _machine_line() -> str:
    import os
    import platform

    return f"python {platform.python_version()} · {os.cpu_count()} cores · {time.strftime('%Y-%m-%d')}"


_COLUMNS = (
    ("articles", 8), ("paragraphs", 10), ("engine s", 9), ("align s", 8), ("peak MB", 8),
    ("pairs scored", 12), ("precision", 9), ("recall", 6), ("conflicts", 15),
    ("all-pairs s", 12), ("ratio", 8),
)


def _header() -> str:
    return "  ".join(name.rjust(width) for name, width in _COLUMNS)


def _number(value: Any, digits: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def _row(r: dict[str, Any]) -> str:
    all_pairs = r.get("all_pairs_seconds")
    ratio = None
    if all_pairs is not None:
        against = r["indexed_seconds"] if not r.get("all_pairs_estimated") else r["align_seconds"]
        ratio = all_pairs / against if against else None
    all_text = _number(all_pairs, 1) + ("~" if r.get("all_pairs_estimated") else "")
    conflicts = f"{r['conflicts_reported']}/{r['conflicts_injected']} ({r['conflicts_aligned']})"
    cells = (
        _number(r["articles"]), _number(r["paragraphs"]), _number(r["engine_seconds"]),
        _number(r["align_seconds"]), _number(r["peak_rss_mb"], 0), _number(r.get("pairs_scored")),
        _number(r["cluster_precision"], 3), _number(r["cluster_recall"], 3), conflicts,
        all_text, (_number(ratio, 0) + "x") if ratio else "—",
    )
    return "  ".join(cell.rjust(width) for cell, (_, width) in zip(cells, _COLUMNS))


def _details(results: list[dict[str, Any]]) -> str:
    lines = [
        "conflicts: reported / injected (of which aligned with their peers); "
        "all-pairs s with ~ is estimated from the cost per pair on a prefix of the articles.",
    ]
    for r in results:
        text = "text output skipped"
        if r.get("text_first_cluster_seconds") is not None:
            text = (
                f"text output: first cluster out after {r['text_first_cluster_seconds']:.2f} s, "
                f"{r['text_clusters_out']:,} of {r['clusters']:,} clusters in {r['text_seconds']:.1f} s"
                + ("" if r["text_complete"] else " (stopped at the budget)")
            )
        elif "text_seconds" in r:
            text = f"text output: no cluster out within the {r['text_seconds']:.0f} s budget"
        if "peak_rss_after_text_mb" in r:
            text += f", peak {r['peak_rss_after_text_mb']:.0f} MB by then"
        lines.append(
            f"N={r['articles']:,}: engine {r['engine_seconds']:.2f} s = segmenting and boilerplate "
            f"{r.get('articles_seconds', 0):.2f} s + aligning {r['align_seconds']:.2f} s "
            f"({r.get('distinct_paragraphs', 0):,} distinct paragraphs) + facts {r.get('facts_seconds', 0):.2f} s "
            f"+ the rest; {r['clusters']:,} clusters, {r['divergences']:,} divergences, "
            f"{r['cluster_paragraphs_lost']} true paragraphs lost to boilerplate, "
            f"{r['cluster_chrome_kept']} chrome lines kept; generating took {r['generate_seconds']:.1f} s "
            f"and {r['rss_after_generate_mb']:.0f} MB; {text}"
        )
        for missed in r.get("conflicts_missed", ()):
            lines.append(f"  injected conflict aligned but not reported: {missed}")
    return "\n".join(lines)


def _verdicts(results: list[dict[str, Any]], seeds_seconds: float) -> list[str]:
    out = []
    by_size = {r["articles"]: r for r in results}
    for size, (seconds, megabytes) in TARGETS.items():
        r = by_size.get(size)
        if r:
            ok = r["engine_seconds"] < seconds and r["peak_rss_mb"] < megabytes
            out.append(
                f"{'ok  ' if ok else 'MISS'} {size:,} articles: {r['engine_seconds']:.1f} s "
                f"(target < {seconds:.0f}), {r['peak_rss_mb']:.0f} MB (target < {megabytes:.0f})"
            )
    if 1000 in by_size and 10000 in by_size:
        growth = math.log(by_size[10000]["engine_seconds"] / by_size[1000]["engine_seconds"]) / math.log(10)
        out.append(f"{'ok  ' if growth <= MAX_GROWTH else 'MISS'} growth 1,000 -> 10,000: N^{growth:.2f} (target <= N^{MAX_GROWTH})")
    for r in results:
        quality = min(r["cluster_precision"], r["cluster_recall"])
        missed = r["conflicts_aligned"] - r["conflicts_reported_of_aligned"]
        out.append(
            f"{'ok  ' if quality >= MIN_QUALITY else 'MISS'} N={r['articles']:,} clusters: precision "
            f"{r['cluster_precision']:.3f}, recall {r['cluster_recall']:.3f} (target >= {MIN_QUALITY})"
        )
        out.append(
            f"{'ok  ' if missed == 0 else 'MISS'} N={r['articles']:,} conflicts: {missed} of "
            f"{r['conflicts_aligned']} aligned injected conflicts not reported"
        )
    ok = seeds_seconds < SEEDS_TARGET
    out.append(f"{'ok  ' if ok else 'MISS'} seeds as a command: {seeds_seconds:.2f} s (target < {SEEDS_TARGET})")
    return out
