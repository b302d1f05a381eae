"""Where each divergence is shown: under its own cluster, and a story-level one under
every cluster holding one of its values. Shared by the text, Markdown and browser views."""

from __future__ import annotations

from bisect import bisect_right

from .models import Divergence, Story

DivergencesByCluster = dict[int, tuple[Divergence, ...]]


def divergences_by_cluster(story: Story) -> DivergencesByCluster:
    """Each cluster's divergences: its own, and story-level ones with a value in one of its paragraphs."""
    starts = {
        a.id: sorted({p.line for p in a.paragraphs} | {b.paragraph.line for b in a.boilerplate})
        for a in story.articles
    }
    cluster_of = {p.key: c.id for c in story.clusters for p in c.members}
    found: dict[int, list[Divergence]] = {}
    for divergence in story.divergences:
        targets: set[int] = set()
        if divergence.cluster is not None:
            targets.add(divergence.cluster)
        else:
            for value in divergence.values:
                lines = starts.get(value.article, [])
                at = bisect_right(lines, value.line) - 1
                cluster = cluster_of.get((value.article, lines[at])) if at >= 0 else None
                if cluster is not None:
                    targets.add(cluster)
        for cluster in sorted(targets):
            found.setdefault(cluster, []).append(divergence)
    return {cluster: tuple(found_here) for cluster, found_here in found.items()}
