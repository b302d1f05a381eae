"""Which entries the cluster list shows, and how to move between them.

Plain functions over a `Story`, with no Textual: filters (divergences only, search,
page chrome) and stepping (next conflict, keep the reader's place after re-aligning).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..models import Boilerplate, Cluster, Story
from ..placement import DivergencesByCluster, divergences_by_cluster

# One marker per severity, so the list reads without colour.
SEVERITY_MARKERS = {"conflict": "≠", "variant": "≈", "partial": "◐"}


@dataclass(frozen=True)
class Row:
    """One entry of the cluster list: a cluster, or (on request) a paragraph of page chrome."""

    cluster: Cluster | None = None
    chrome: Boilerplate | None = None

    @property
    def is_cluster(self) -> bool:
        return self.cluster is not None


@dataclass(frozen=True)
class Filters:
    """What the reader asked the list to show."""

    only_divergent: bool = False
    query: str = ""
    show_chrome: bool = False

    def describe(self) -> str:
        parts = []
        if self.only_divergent:
            parts.append("divergences only")
        if self.query:
            parts.append(f"search “{self.query}”")
        if self.show_chrome:
            parts.append("with page chrome")
        return ", ".join(parts)


def conflict_clusters(by_cluster: DivergencesByCluster) -> set[int]:
    return {c for c, found in by_cluster.items() if any(d.severity == "conflict" for d in found)}


def visible_rows(story: Story, filters: Filters, by_cluster: DivergencesByCluster | None = None) -> list[Row]:
    """The list entries, in story order, that pass the filters."""
    divergent = set(divergences_by_cluster(story) if by_cluster is None else by_cluster)
    needle = filters.query.casefold().strip()
    rows = []
    for cluster in story.clusters:
        if filters.only_divergent and cluster.id not in divergent:
            continue
        if needle and not any(needle in p.text.casefold() for p in cluster.members):
            continue
        rows.append(Row(cluster=cluster))
    if filters.show_chrome and not filters.only_divergent:
        for article in story.articles:
            for chrome in article.boilerplate:
                if needle and needle not in chrome.paragraph.text.casefold():
                    continue
                rows.append(Row(chrome=chrome))
    return rows


def next_matching(rows: list[Row], start: int, step: int, wanted: set[int]) -> int | None:
    """The index of the next row (after `start`, in direction `step`) whose cluster is wanted."""
    index = start + step
    while 0 <= index < len(rows):
        cluster = rows[index].cluster
        if cluster is not None and cluster.id in wanted:
            return index
        index += step
    return None


def row_of_paragraph(rows: list[Row], key: tuple[str, int] | None) -> int | None:
    """The row that now holds a given paragraph (article id, line), if any."""
    if key is None:
        return None
    for index, row in enumerate(rows):
        if row.cluster is not None and any(p.key == key for p in row.cluster.members):
            return index
        if row.chrome is not None and row.chrome.paragraph.key == key:
            return index
    return None


def anchor_of(row: Row | None) -> tuple[str, int] | None:
    """The paragraph that marks the reader's place in a row."""
    if row is None:
        return None
    if row.cluster is not None and row.cluster.members:
        return row.cluster.members[0].key
    if row.chrome is not None:
        return row.chrome.paragraph.key
    return None


def position_line(
    story: Story, rows: list[Row], index: int | None, filters: Filters, by_cluster: DivergencesByCluster
) -> str:
    """The header's summary: `cluster 7 of 42, 3 with conflicts`."""
    total = len(story.clusters)
    conflicts = len(conflict_clusters(by_cluster))
    row = rows[index] if index is not None and 0 <= index < len(rows) else None
    if row is not None and row.cluster is not None:
        where = f"cluster {row.cluster.id} of {total}"
    elif row is not None and row.chrome is not None:
        where = f"page chrome, {total} clusters"
    else:
        where = f"{total} clusters"
    text = f"{where}, {conflicts} with conflicts"
    shown = sum(1 for r in rows if r.is_cluster)
    description = filters.describe()
    if description:
        text += f" · {description}: {shown} shown"
    return text


def story_for_view(story: Story, rows: list[Row], filters: Filters, hidden: frozenset[str] = frozenset()) -> Story:
    """The story cut down to what the screen shows, for exporting the current view.

    Only the clusters the list shows, and nothing of a hidden article: its paragraphs,
    its side of a divergence, its spellings. A conflict or variant left with one article
    speaking is no longer one, so it goes too."""
    kept = []
    for row in rows:
        if row.cluster is None:
            continue
        members = tuple(p for p in row.cluster.members if p.article not in hidden)
        if members:
            kept.append(replace(row.cluster, members=members))
    ids = {c.id for c in kept}
    divergences = []
    for divergence in story.divergences:
        if divergence.cluster is not None and divergence.cluster not in ids:
            continue
        values = tuple(v for v in divergence.values if v.article not in hidden)
        speakers = {v.article for v in values}
        if not values or (divergence.severity != "partial" and len(speakers) < 2):
            continue
        silent = tuple(a for a in divergence.silent if a not in hidden)
        divergences.append(replace(divergence, values=values, silent=silent))
    entities = []
    for entity in story.entities:
        variants = tuple(
            replace(v, articles=tuple(a for a in v.articles if a not in hidden)) for v in entity.variants
        )
        variants = tuple(v for v in variants if v.articles)
        if variants:
            entities.append(replace(entity, variants=variants))
    note = f"view: {len(kept)} of {len(story.clusters)} clusters"
    if filters.describe():
        note += f" ({filters.describe()})"
    if hidden:
        names = ", ".join(f"[{a.id}] {a.name}" for a in story.articles if a.id in hidden)
        note += f"; hidden articles left out: {names}"
    return replace(
        story,
        articles=tuple(a for a in story.articles if a.id not in hidden),
        clusters=tuple(kept),
        divergences=tuple(divergences),
        entities=tuple(entities),
        facts=tuple(f for f in story.facts if f.article not in hidden),
        notes=story.notes + (note,),
    )


def aligned_share(story: Story, article_id: str) -> float:
    """Share of an article's paragraphs that sit in a cluster with another article."""
    total = 0
    aligned = 0
    for cluster in story.clusters:
        mine = sum(1 for p in cluster.members if p.article == article_id)
        total += mine
        if mine and len(cluster.articles) > 1:
            aligned += mine
    return aligned / total if total else 0.0
