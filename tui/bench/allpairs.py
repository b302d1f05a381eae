"""The aligner with every pair of paragraphs scored, to measure what the index saves."""

from __future__ import annotations

import inspect
import time
from collections import Counter
from typing import Any

from .. import alignment
from ..engine import build_articles
from ..models import Paragraph

SAMPLE_PAIRS = 200_000  # pairs scored to estimate the cost of one where all are too many


def cross_article_pairs(paragraphs: list[Paragraph]) -> int:
    per_article = Counter(p.article for p in paragraphs)
    total = len(paragraphs)
    return (total * total - sum(n * n for n in per_article.values())) // 2


def _timed_align(paragraphs: list[Paragraph], all_pairs: bool) -> tuple[float, dict[str, Any]]:
    stats: dict[str, Any] = {}
    start = time.perf_counter()
    alignment.align_paragraphs(paragraphs, alignment.DEFAULT_THRESHOLD, stats=stats, all_pairs=all_pairs)
    return time.perf_counter() - start, stats


def time_all_pairs(sources, pair_limit: int) -> dict[str, Any]:
    """Align with and without the index where all pairs fit under `pair_limit`; beyond it,
    estimate the all-pairs time from the cost per pair on a prefix of the articles."""
    paragraphs = [p for a in build_articles(sources) for p in a.paragraphs]
    pairs = cross_article_pairs(paragraphs)
    result: dict[str, Any] = {"all_pairs": pairs}
    if not {"stats", "all_pairs"} <= set(inspect.signature(alignment.align_paragraphs).parameters):
        return result  # this aligner cannot be asked to score every pair
    if pairs <= pair_limit:
        indexed_seconds, _ = _timed_align(paragraphs, all_pairs=False)
        all_seconds, stats = _timed_align(paragraphs, all_pairs=True)
        result.update(
            all_pairs_seconds=all_seconds,
            all_pairs_scored=stats.get("pairs_scored"),
            indexed_seconds=indexed_seconds,
            all_pairs_estimated=False,
        )
        return result
    # A prefix of articles small enough to align all its pairs, to price one pair.
    prefix: list[Paragraph] = []
    articles_seen: set[str] = set()
    for paragraph in paragraphs:
        if paragraph.article not in articles_seen and cross_article_pairs(prefix) >= SAMPLE_PAIRS:
            break
        articles_seen.add(paragraph.article)
        prefix.append(paragraph)
    sample_seconds, _ = _timed_align(prefix, all_pairs=True)
    per_pair = sample_seconds / max(1, cross_article_pairs(prefix))
    result.update(all_pairs_seconds=per_pair * pairs, all_pairs_estimated=True)
    return result
