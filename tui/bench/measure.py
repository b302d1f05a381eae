"""One benchmark size, measured in the process that runs it: engine, quality, output."""

from __future__ import annotations

import inspect
import resource
import signal
import time
from dataclasses import asdict
from typing import Any

from .. import engine
from ..export.as_text import iter_text
from .allpairs import time_all_pairs
from .generator import generate_story
from .scoring import cluster_quality, conflicts_found


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def observed_compare(sources) -> tuple[Any, dict[str, Any]]:
    """Run the real `engine.compare`, timing its stages and asking the aligner to count."""
    seen: dict[str, Any] = {}
    real_align = engine.align_paragraphs
    accepts_stats = "stats" in inspect.signature(real_align).parameters

    def align(paragraphs, threshold):
        seen["paragraphs"] = len(paragraphs)
        if not accepts_stats:
            return real_align(paragraphs, threshold)
        stats: dict[str, Any] = {}
        clusters = real_align(paragraphs, threshold, stats=stats)
        seen.update(stats)
        return clusters

    stages = {"build_articles": "articles_seconds", "align_paragraphs": "align_seconds", "find_facts": "facts_seconds"}
    real = {name: getattr(engine, name) for name in stages}
    wrapped = {**real, "align_paragraphs": align}
    for name, key in stages.items():
        setattr(engine, name, _timed(wrapped[name], key, seen))
    try:
        start = time.perf_counter()
        story = engine.compare(sources)
        seen["engine_seconds"] = time.perf_counter() - start
    finally:
        for name, function in real.items():
            setattr(engine, name, function)
    return story, seen


def _timed(function, key: str, seen: dict[str, Any]):
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seen[key] = seen.get(key, 0.0) + time.perf_counter() - start

    return timed


class _OutOfTime(Exception):
    """The text output's time budget ran out in the middle of a chunk."""


def _out_of_time(signum, frame):
    raise _OutOfTime


def time_text_output(story, budget_seconds: float) -> dict[str, Any]:
    """Stream the text output to nowhere: when the first cluster is out, how far it gets
    within the budget (an alarm stops it even in the middle of one cluster)."""
    start = time.perf_counter()
    first_cluster = None
    chunks_out = 0
    size = 0
    complete = False
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    signal.setitimer(signal.ITIMER_REAL, budget_seconds)
    try:
        for chunk in iter_text(story):
            size += len(chunk)
            chunks_out += 1
            if chunks_out == 2:  # the header comes first, then one chunk per cluster
                first_cluster = time.perf_counter() - start
        complete = True
    except _OutOfTime:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return {
        "text_first_cluster_seconds": first_cluster,
        "text_seconds": time.perf_counter() - start,
        "text_clusters_out": min(max(0, chunks_out - 1), len(story.clusters)),
        "text_complete": complete,
        "text_chars": size,
    }


def measure_size(
    n_articles: int,
    seed: int,
    paragraphs: int,
    all_pairs_limit: int,
    text_budget: float,
) -> dict[str, Any]:
    """Everything the benchmark prints for one size; meant for a fresh process."""
    start = time.perf_counter()
    generated = generate_story(n_articles, seed=seed, paragraphs_per_article=paragraphs)
    result: dict[str, Any] = {
        "articles": n_articles,
        "generate_seconds": time.perf_counter() - start,
        "rss_after_generate_mb": peak_rss_mb(),
        "true_paragraphs": generated.paragraph_count,
        "republished": generated.republished,
    }
    story, seen = observed_compare(generated.sources)
    result.update(seen)
    result["peak_rss_mb"] = peak_rss_mb()
    result["clusters"] = len(story.clusters)
    result["divergences"] = len(story.divergences)
    result.update({f"cluster_{k}": v for k, v in asdict(cluster_quality(story, generated)).items()})
    result.update({f"conflicts_{k}": v for k, v in asdict(conflicts_found(story, generated)).items()})
    result.update(time_all_pairs(generated.sources, all_pairs_limit))
    if text_budget > 0:
        result.update(time_text_output(story, text_budget))
        result["peak_rss_after_text_mb"] = peak_rss_mb()
    return result
