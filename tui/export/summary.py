"""Wording shared by the text and Markdown outputs, so both say the same thing."""

from __future__ import annotations

from ..models import Article, Divergence, Story

SEVERITY_ORDER = {"conflict": 0, "variant": 1, "partial": 2}
SEVERITY_MARK = {"conflict": "CONFLICT", "partial": "partial", "variant": "variant"}


def article_tag(article: Article) -> str:
    return f"[{article.id}] {article.label}"


def short_value(value: str, text: str, limit: int = 60) -> str:
    """A value as a reader wants it: the normalised value, and the words if they differ."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    if value and value.lower() != text.lower():
        return f"{value} “{shown}”"
    return f"“{shown}”"


def divergence_line(d: Divergence, articles: dict[str, Article]) -> str:
    """One line: severity, kind, slot and each article's value side by side."""
    sides = []
    for v in d.values:
        qualifier = f"{v.qualifier} " if v.qualifier else ""
        sides.append(f"[{v.article}] {qualifier}{short_value(v.value, v.text)} (line {v.line})")
    silent = [a for a in articles if a not in {v.article for v in d.values}]
    text = f"{SEVERITY_MARK[d.severity]} {d.kind} · {d.slot}: " + " | ".join(sides)
    if d.severity == "partial" and silent:
        text += " | silent: " + ", ".join(f"[{a}]" for a in silent)
    return text


def sorted_divergences(story: Story) -> list[Divergence]:
    """Conflicts first, then variants, then what only some articles say."""
    return sorted(
        story.divergences,
        key=lambda d: (SEVERITY_ORDER.get(d.severity, 9), d.kind, d.slot),
    )


def slot_cells(d: Divergence, articles: list[Article]) -> list[str]:
    """One cell per article: its value for the slot, or a dash where it is silent."""
    by_article: dict[str, list[str]] = {}
    for v in d.values:
        qualifier = f"{v.qualifier} " if v.qualifier else ""
        by_article.setdefault(v.article, []).append(qualifier + v.value)
    return [" / ".join(dict.fromkeys(by_article.get(a.id, ["—"]))) for a in articles]


def slot_table(story: Story) -> list[str]:
    """The story-level table of slots by articles as aligned plain-text rows."""
    rows = [["severity", "kind", "slot"] + [f"[{a.id}]" for a in story.articles]]
    for d in sorted_divergences(story):
        where = f"cluster {d.cluster}" if d.cluster is not None else "story"
        rows.append([SEVERITY_MARK[d.severity], d.kind, f"{d.slot} ({where})"] + slot_cells(d, list(story.articles)))
    if len(rows) == 1:
        return []
    widths = [min(40, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [(c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(row, widths)]
        out.append("  " + "  ".join(cells).rstrip())
    return out
