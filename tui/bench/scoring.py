"""How a `Story` computed from a generated pile compares with the pile's truth."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..models import Story
from .generator import GeneratedStory


@dataclass(frozen=True)
class ClusterQuality:
    """Pairwise precision and recall over pairs of paragraphs of different articles."""

    precision: float
    recall: float
    true_pairs: int
    found_pairs: int
    paragraphs_lost: int  # true content the engine set aside as boilerplate
    chrome_kept: int  # generated chrome the engine kept as content


@dataclass(frozen=True)
class ConflictsFound:
    injected: int
    aligned: int  # injected conflicts whose paragraph shares a cluster with its true peers
    reported: int  # of all injected, reported as a conflict between two articles
    reported_of_aligned: int
    missed: tuple[str, ...] = ()  # the first aligned ones not reported: what changed, and the paragraph


MISSED_SHOWN = 5


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def _cross_article_pairs(by_group: Counter, by_group_article: Counter) -> int:
    """Pairs inside groups, minus the pairs of one article with itself."""
    return _pairs(by_group) - _pairs(by_group_article)


def cluster_quality(story: Story, generated: GeneratedStory) -> ClusterQuality:
    """Counted from group sizes, so clusters of thousands cost no more than small ones."""
    truth = generated.truth
    cluster_of: dict[tuple[str, int], int] = {}
    for cluster in story.clusters:
        for member in cluster.members:
            cluster_of[member.key] = cluster.id
    lost = [key for key in truth if key not in cluster_of]
    chrome_kept = sum(1 for key in cluster_of if key in generated.boilerplate)
    true_groups: Counter = Counter()
    true_group_articles: Counter = Counter()
    found_groups: Counter = Counter()
    found_group_articles: Counter = Counter()
    cells: Counter = Counter()
    cell_articles: Counter = Counter()
    for key, base in truth.items():
        article = key[0]
        # A paragraph in no cluster is a group of its own.
        cluster = cluster_of.get(key, ("lost", key))
        true_groups[base] += 1
        true_group_articles[(base, article)] += 1
        found_groups[cluster] += 1
        found_group_articles[(cluster, article)] += 1
        cells[(cluster, base)] += 1
        cell_articles[(cluster, base, article)] += 1
    true_pairs = _cross_article_pairs(true_groups, true_group_articles)
    found_pairs = _cross_article_pairs(found_groups, found_group_articles)
    hit = _cross_article_pairs(cells, cell_articles)
    return ClusterQuality(
        precision=hit / found_pairs if found_pairs else 1.0,
        recall=hit / true_pairs if true_pairs else 1.0,
        true_pairs=true_pairs,
        found_pairs=found_pairs,
        paragraphs_lost=len(lost),
        chrome_kept=chrome_kept,
    )


def conflicts_found(story: Story, generated: GeneratedStory) -> ConflictsFound:
    """An injected conflict counts as reported when one conflict divergence holds both its
    paragraph and a paragraph of another article made from the same base paragraph."""
    truth = generated.truth
    cluster_of: dict[tuple[str, int], int] = {}
    same_base: Counter = Counter()  # (cluster, base) -> paragraphs of that base in the cluster
    for cluster in story.clusters:
        for member in cluster.members:
            cluster_of[member.key] = cluster.id
            if member.key in truth:
                same_base[(cluster.id, truth[member.key])] += 1
    # For every conflict divergence, the articles it names per base paragraph, and for
    # every paragraph the divergences naming it: linear in the values, however many.
    articles_by_base: list[dict[int, set[str]]] = []
    naming: dict[tuple[str, int], list[int]] = {}
    for divergence in story.divergences:
        if divergence.severity != "conflict":
            continue
        bases: dict[int, set[str]] = {}
        for value in divergence.values:
            # Generated paragraphs sit on one line each: a fact's line is its paragraph's.
            key = (value.article, value.line)
            if key in truth:
                bases.setdefault(truth[key], set()).add(value.article)
            naming.setdefault(key, []).append(len(articles_by_base))
        articles_by_base.append(bases)
    aligned = reported = reported_of_aligned = 0
    missed: list[str] = []
    for conflict in generated.conflicts:
        key = (conflict.article, conflict.line)
        # A cluster holds one paragraph per article: a second of the same base is a peer's.
        is_aligned = key in cluster_of and same_base[(cluster_of[key], conflict.base)] >= 2
        is_reported = any(
            articles_by_base[i].get(conflict.base, set()) - {conflict.article} for i in naming.get(key, [])
        )
        aligned += is_aligned
        reported += is_reported
        reported_of_aligned += is_aligned and is_reported
        if is_aligned and not is_reported and len(missed) < MISSED_SHOWN:
            cluster = next(c for c in story.clusters if c.id == cluster_of[key])
            text = next(m.text for m in cluster.members if m.key == key)
            missed.append(
                f"article {conflict.article} line {conflict.line}, {conflict.kind} {conflict.original} -> "
                f"{conflict.changed}: {text}"
            )
    return ConflictsFound(len(generated.conflicts), aligned, reported, reported_of_aligned, tuple(missed))

