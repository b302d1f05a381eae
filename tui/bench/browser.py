"""How quick the browser feels: first screen, the wait on a big pile, stepping.

    python -m tui.bench.browser                  # the seeds and 1,000 generated articles
    python -m tui.bench.browser --sizes 100      # generated piles only

Every measure runs in a fresh process, headless (Textual's test driver renders every
frame as a terminal would, without one), at 120x40:

- seeds: from launching Python to the first cluster painted, imports and engine included;
- a generated pile of N articles: the engine alone in one process, and in another the
  browser from start to the first cluster painted (the pile is generated before either
  clock starts); whether the screen shows the waiting note and the engine's stages in
  its header while the engine works;
- stepping, `j` (next cluster) and a key bound to nothing, each pressed 20 times
  alternately, the app left idle between presses as by a reader; medians of: the time
  until the next cluster is on screen (the first frame after the layout the step
  causes); the time until the step is handled and its last frame is out (Textual lays
  the screen out a second time when widgets change size, with the same content); the
  time the other key takes to be handled (the test driver's own overhead). The cost of
  a step is the second less the third.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from typing import Any

SIZE = (120, 40)
PRESSES = 20
IDLE_KEY = "z"  # bound to nothing in the browser
TARGET_FIRST_SCREEN = 1.0  # seconds, the seeds
TARGET_OVER_ENGINE = 1.0  # seconds the browser may add to the engine on a pile
TARGET_STEP = 0.050  # seconds a step may cost over a key that does nothing


def _sources(spec: str):
    """The articles of a measure: "seeds" or a number of generated articles."""
    if spec == "seeds":
        from ..engine import load_sources
        from ..loading import BUNDLED_SEEDS

        return load_sources([str(BUNDLED_SEEDS)]).sources
    from .generator import generate_story

    return tuple(generate_story(int(spec)).sources)


async def _next_paint(painted: list[float], after: int, limit: float = 30.0) -> float:
    """When the first frame after the `after`-th one was painted (waits for it)."""
    deadline = time.perf_counter() + limit
    while len(painted) <= after and time.perf_counter() < deadline:
        await asyncio.sleep(0.001)
    return painted[after] if len(painted) > after else float("nan")


async def _drive(sources, started: float) -> dict[str, Any]:
    from ..app.browser import StoryBrowser

    from textual.screen import Screen

    app = StoryBrowser(sources)
    painted: list[float] = []  # perf_counter of every frame the compositor put out
    laid_out: list[float] = []  # and of every start of a layout of the screen
    real_display, real_layout = app._display, Screen._refresh_layout

    def display(screen, renderable) -> None:
        if renderable is not None:
            painted.append(time.perf_counter())
        real_display(screen, renderable)

    def layout(screen, *args, **kwargs):
        laid_out.append(time.perf_counter())
        return real_layout(screen, *args, **kwargs)

    stages: list[tuple[str, bool]] = []  # what the header said while the engine worked, and if the note showed
    real_stage = app.show_stage

    def show_stage(stage: str) -> None:
        real_stage(stage)
        stages.append((app.title, app.waiting))

    frames_before_first_cluster: list[int] = []  # frames out when the first cluster was filled in
    real_go_to = app.go_to

    def go_to(index):
        if index is not None and not frames_before_first_cluster:
            frames_before_first_cluster.append(len(painted))
        real_go_to(index)

    app.go_to = go_to  # type: ignore[method-assign]
    app._display = display  # type: ignore[method-assign]
    app.show_stage = show_stage  # type: ignore[method-assign]
    Screen._refresh_layout = layout  # type: ignore[method-assign]
    result: dict[str, Any] = {}
    async with app.run_test(size=SIZE) as pilot:
        while app.current is None:
            # Seldom: every wake-up of this loop takes the interpreter from the engine's thread.
            await asyncio.sleep(0.05)
        result["indicator"] = bool(stages) and all(shown_waiting for _, shown_waiting in stages)
        result["stages"] = [title for title, _ in stages]
        paint = await _next_paint(painted, frames_before_first_cluster[0])
        result["first_screen_seconds"] = time.time() - started - (time.perf_counter() - paint)
        result["clusters"] = len(app.rows)
        on_screen, step, idle = [], [], []
        for _ in range(PRESSES):
            await pilot.pause()  # the reader reads: what runs in the background is done
            before = time.perf_counter()
            await pilot.press("j")
            handled = time.perf_counter()
            await pilot.pause()  # frames still to come are painted; waiting for them is not counted
            step.append(max([handled - before] + [t - before for t in painted if t > before]))
            # The new cluster is on screen with the first frame painted after the step's layout.
            first_layout = min((t for t in laid_out if t > before), default=before)
            on_screen.append(min((t for t in painted if t > first_layout), default=float("nan")) - before)
            await pilot.pause()
            before = time.perf_counter()
            await pilot.press(IDLE_KEY)
            idle.append(time.perf_counter() - before)
        result["on_screen_seconds"] = statistics.median(on_screen)
        result["step_seconds"] = statistics.median(step)
        result["idle_key_seconds"] = statistics.median(idle)
        result["moved_to"] = app.current
    return result


def _child(spec: str, what: str, started: float) -> dict[str, Any]:
    if spec == "seeds":  # the clock started before Python did: imports and reading count
        return asyncio.run(_drive(_sources(spec), started))
    sources = _sources(spec)
    if what == "engine":
        from ..engine import compare

        start = time.perf_counter()
        story = compare(sources)
        return {"engine_seconds": time.perf_counter() - start, "clusters": len(story.clusters)}
    import textual.app  # noqa: F401  imported before the clock, as for the engine's measure

    return asyncio.run(_drive(sources, time.time()))


def _in_fresh_process(spec: str, what: str) -> dict[str, Any]:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "tui.bench.browser", "--child", spec, what, repr(started)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the {spec} {what} measure failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout)


def measure(spec: str) -> dict[str, Any]:
    """Every measure for one set of articles, each in its own process."""
    result = {"articles": spec, **_in_fresh_process(spec, "browser")}
    if spec != "seeds":
        result.update(_in_fresh_process(spec, "engine"))
        result["over_engine_seconds"] = result["first_screen_seconds"] - result["engine_seconds"]
    result["step_cost_seconds"] = result["step_seconds"] - result["idle_key_seconds"]
    return result


def verdicts(result: dict[str, Any]) -> list[str]:
    """One line per target: the measure, the target, and whether it is met."""

    def line(name: str, value: float, target: float) -> str:
        return f"  {name}: {value * 1000:.0f} ms (target under {target * 1000:.0f} ms): {'ok' if value < target else 'MISSED'}"

    lines = [f"{result['articles']} articles, {result['clusters']} clusters"]
    if result["articles"] == "seeds":
        lines.append(line("first screen from launch", result["first_screen_seconds"], TARGET_FIRST_SCREEN))
    else:
        lines.append(
            f"  engine alone {result['engine_seconds']:.2f} s, first screen {result['first_screen_seconds']:.2f} s"
        )
        lines.append(line("browser over the engine", result["over_engine_seconds"], TARGET_OVER_ENGINE))
        said = " / ".join(result["stages"]) or "nothing"
        lines.append(f"  the engine's stage shown while it works: {'yes' if result['indicator'] else 'NO'} ({said})")
    lines.append(line("next cluster on screen", result["on_screen_seconds"], TARGET_STEP))
    lines.append(
        f"  step handled and every frame out {result['step_seconds'] * 1000:.1f} ms,"
        f" key bound to nothing handled {result['idle_key_seconds'] * 1000:.1f} ms"
    )
    lines.append(line("cost of a step over that key", result["step_cost_seconds"], TARGET_STEP))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui.bench.browser", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="seeds,1000", help="comma-separated: seeds and numbers of generated articles")
    parser.add_argument("--json", action="store_true", help="print the measures as JSON")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        spec, what, started = args.child
        print(json.dumps(_child(spec, what, float(started))))
        return 0
    specs = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for spec in specs:
        if spec != "seeds" and not (spec.isdigit() and int(spec) > 0):
            parser.error(f"--sizes: {spec!r} is neither 'seeds' nor a number of articles")
    results = []
    for spec in specs:
        results.append(measure(spec))
        if not args.json:
            print("\n".join(verdicts(results[-1])), flush=True)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
