"""Plain text for pipes and files: reads without colour, never carries escape sequences.

Inside a cluster, words that only one member has are marked {+like this+}; a member
that says the same thing in other words is marked as reworded instead. In a cluster of
more than `wordiff.EXACT_UP_TO` different texts, each is compared with the most repeated
ones only, and a line under the cluster's heading says so.
Rendering is streamed cluster by cluster.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from ..models import Cluster, Story
from ..placement import divergences_by_cluster
from ..wordiff import diff_cluster
from .summary import article_tag, cluster_divergence_line, marking_note, slot_table

WIDTH = 100


def marked_text(cluster: Cluster) -> list[tuple[str, str]]:
    """Each member's paragraph with its own words marked, and a note."""
    out = []
    for diff in diff_cluster(cluster):
        if diff.reworded or len(cluster.members) < 2:
            body = diff.paragraph.text
            note = "reworded" if len(cluster.members) > 1 else ""
        else:
            body = "".join(f"{{+{s.text}+}}" if s.changed else s.text for s in diff.spans)
            note = f"{round(diff.shared_share * 100)}% shared"
        out.append((body, note))
    return out


def _wrap(text: str, indent: str = "    ", subsequent: str = "    ") -> str:
    return textwrap.fill(
        text, WIDTH, initial_indent=indent, subsequent_indent=subsequent,
        break_long_words=False, break_on_hyphens=False,
    )


def iter_text(story: Story) -> Iterator[str]:
    """The story as plain text, one chunk per cluster."""
    arts = {a.id: a for a in story.articles}
    yield _header(story)
    by_cluster = divergences_by_cluster(story)
    total = len(story.clusters)
    for cluster in story.clusters:
        lines = [
            "",
            f"== Cluster {cluster.id} of {total} · {len(cluster.articles)} of {len(story.articles)} articles",
        ]
        note = marking_note(cluster)
        if note:
            lines.append(_wrap(f"({note})", indent="   ", subsequent="   "))
        wrapped: dict[str, str] = {}  # copies of one text are wrapped once
        for (body, note), member in zip(marked_text(cluster), cluster.members):
            art = arts[member.article]
            tail = f" ({note})" if note else ""
            lines.append(f"-- {article_tag(art)} line {member.line}{tail}")
            lines.append(wrapped.get(body) or wrapped.setdefault(body, _wrap(body)))
        for d in by_cluster.get(cluster.id, ()):
            lines.append(_wrap(cluster_divergence_line(d, cluster, arts), indent="  ! "))
        yield "\n".join(lines) + "\n"
    yield from _story_level(story)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _header(story: Story) -> str:
    aligned = sum(1 for c in story.clusters if len(c.articles) > 1)
    conflicts = sum(1 for d in story.divergences if d.severity == "conflict")
    lines = [
        f"storydiff: {plural(len(story.articles), 'article')}, {plural(len(story.clusters), 'cluster')}, "
        f"{aligned} aligned across articles, {plural(conflicts, 'conflict')}",
    ]
    for art in story.articles:
        published = art.published or "date unknown"
        lines.append(f"  {article_tag(art)} {art.title or '(no headline)'} · {published} · {art.path}")
        lines.append(
            f"      {plural(len(art.paragraphs), 'paragraph')}, "
            f"{len(art.boilerplate)} set aside as headline or page chrome"
        )
        for warning in art.warnings:
            lines.append(f"      note: {warning}")
    for note in story.notes:
        lines.append(f"  note: {note}")
    return "\n".join(lines) + "\n"


def _story_level(story: Story) -> Iterator[str]:
    table = slot_table(story)
    if not table:
        return
    lines = ["", "== Facts across the story (conflicts first)"]
    lines.extend(table)
    yield "\n".join(lines) + "\n"
