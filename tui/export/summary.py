"""Wording shared by the text and Markdown outputs, so both say the same thing.

A divergence reads as one line: what kind, about what, then each distinct value with
the articles (and lines) that give it, conflicting values separated by "≠" and values
that agree with each other joined by "=":

    CONFLICT number · injured: 2,389 in [2] line 7 ≠ 3,408 in [1] line 7, [3] line 5
    CONFLICT time · went: about 11:28 in [1] line 7 = 11:28 in [2] line 5 ≠ 10:28 in [3] line 4
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Article, Cluster, Divergence, FactValue, Story
from ..wordiff import bounded, references

SEVERITY_ORDER = {"conflict": 0, "variant": 1, "partial": 2}
SEVERITY_MARK = {"conflict": "CONFLICT", "partial": "partial", "variant": "variant"}
SEPARATOR = {"conflict": " ≠ ", "variant": " ~ ", "partial": " | "}
MAX_PLACES = 6  # article references shown per value before "+N more"
PER_ARTICLE_COLUMNS = 8  # above this many articles the table lists values instead of columns


def marking_note(cluster: Cluster) -> str | None:
    """How a large cluster's own words are marked, when not against every other member."""
    if not bounded(cluster):
        return None
    distinct = len({p.text for p in cluster.members})
    return (
        f"{distinct:,} different texts: each is compared with the {len(references(cluster))} most "
        "repeated, so a member's own words are the words none of those has"
    )


def article_tag(article: Article) -> str:
    return f"[{article.id}] {article.label}"


def short_value(value: str, text: str, limit: int = 60, kind: str = "") -> str:
    """A value as a reader wants it: the normalised value, and the words if they say more."""
    shown = _clip(" ".join(text.split()), limit)
    if not value or value.lower() == shown.lower():
        return f"“{shown}”" if not value else value
    if kind == "number" and _same_digits(value, shown):
        return _readable(value, kind)
    return f"{_readable(value, kind)} “{shown}”"


def value_label(kind: str, v: FactValue, compact: bool = False) -> str:
    """One article's value: "at least 1,000", "10 “Ten”", "negated “no country has…”"."""
    if kind == "entity":
        return v.text if compact else f"“{_clip(v.text, 40)}”"
    if kind == "claim":
        return v.value if compact else f"{v.value} “{_clip(' '.join(v.text.split()), 70)}”"
    qualifier = f"{v.qualifier} " if v.qualifier else ""
    if compact:
        return qualifier + _readable(v.value, kind)
    return qualifier + short_value(v.value, _without(v.text, v.qualifier), kind=kind)


def value_groups(d: Divergence) -> list[tuple[str, list[FactValue]]]:
    """The divergence's values grouped by what they say, in order of first appearance.

    The label shows the normalised value once and every wording of it that says more. Times
    of one moment in several zones are one group: "03:15 “3:15am” = 00:15 “00:15 GMT”".
    """
    groups: dict[tuple, list[FactValue]] = {}
    for v in d.values:
        if d.kind == "entity":
            key: tuple = (v.text,)
        elif d.kind == "time" and v.moment is not None:
            key = (v.qualifier, "moment", v.moment)
        else:
            key = (v.qualifier, v.value)
        groups.setdefault(key, []).append(v)
    out = []
    for members in groups.values():
        clocks: dict[str, list[FactValue]] = {}  # one moment on several clocks: each clock's label
        for v in members:
            clocks.setdefault(v.value, []).append(v)
        out.append((" = ".join(_label(d.kind, same) for same in clocks.values()), members))
    return out


def _label(kind: str, members: list[FactValue]) -> str:
    """One value once, with every wording of it that says more: "224 “224 dead” / “two hundred”"."""
    labels = list(dict.fromkeys(value_label(kind, v) for v in members))
    if kind in ("number", "date", "time") and len(labels) > 1:
        base = value_label(kind, members[0], compact=True)
        words = [label[len(base):].strip() for label in labels if label.startswith(base)]
        shown = [w for w in words if w][:3]
        return base + (" " + " / ".join(shown) if shown else "")
    return labels[0]


def places(values: Iterable[FactValue], limit: int = MAX_PLACES) -> str:
    """'[1] line 7, [3] lines 5, 9' with at most `limit` articles, then '+N more'."""
    lines: dict[str, list[int]] = {}
    for v in values:
        lines.setdefault(v.article, [])
        if v.line not in lines[v.article]:
            lines[v.article].append(v.line)
    shown = []
    for article, numbers in list(lines.items())[:limit]:
        word = "line" if len(numbers) == 1 else "lines"
        shown.append(f"[{article}] {word} {', '.join(map(str, numbers))}")
    more = len(lines) - limit
    return ", ".join(shown) + (f", +{more} more" if more > 0 else "")


def divergence_line(d: Divergence, articles: dict[str, Article], members: Iterable[str] | None = None) -> str:
    """One line: severity, kind, slot and each distinct value with where it is said.

    `members` are the articles the divergence could have been stated by (a cluster's);
    by default every article of the story.
    """
    text = f"{SEVERITY_MARK[d.severity]} {d.kind} · {d.slot}: " + _joined(
        d, [(label, values, f"{label} in {places(values)}") for label, values in value_groups(d)]
    )
    if d.severity == "partial":
        stating = {v.article for v in d.values}
        silent = list(d.silent) or [a for a in (members if members is not None else articles) if a not in stating]
        if silent:
            shown = ", ".join(f"[{a}]" for a in silent[:MAX_PLACES])
            more = len(silent) - MAX_PLACES
            text += f" · silent: {shown}" + (f", +{more} more" if more > 0 else "")
    return text


def _joined(d: Divergence, groups: list[tuple[str, list[FactValue], str]]) -> str:
    """Each value's words joined by the severity's separator; in a conflict, values that
    agree stand together with "=" ("about 11:28 in [1] = 11:28 in [2] ≠ 10:28 in [3]")."""
    if d.severity != "conflict":
        return SEPARATOR[d.severity].join(shown for _, _, shown in groups)
    sides: dict[int, list[str]] = {}
    for _, values, shown in groups:
        sides.setdefault(values[0].side, []).append(shown)
    return SEPARATOR["conflict"].join(" = ".join(side) for side in sides.values())


def cluster_divergence_line(d: Divergence, cluster: Cluster, articles: dict[str, Article]) -> str:
    """A divergence as listed under a cluster; one found across the story says so."""
    if d.cluster is None:
        return divergence_line(d, articles) + " (across the story)"
    return divergence_line(d, articles, cluster.articles)


def sorted_divergences(story: Story) -> list[Divergence]:
    """Conflicts first, then variants, then what only some articles say."""
    return sorted(
        story.divergences,
        key=lambda d: (SEVERITY_ORDER.get(d.severity, 9), d.cluster is not None, d.kind, d.slot),
    )


def slot_cells(d: Divergence, articles: list[Article]) -> list[str]:
    """One cell per article: its value for the slot, or a dash where it is silent."""
    by_article: dict[str, list[str]] = {}
    for v in d.values:
        cell = by_article.setdefault(v.article, [])
        label = value_label(d.kind, v, compact=True)
        if label not in cell:
            cell.append(label)
    return [" / ".join(by_article.get(a.id, ["—"])) for a in articles]


def slot_summary(d: Divergence) -> str:
    """All values of a slot in one cell, for stories with too many articles for columns."""
    groups: dict[str, list[FactValue]] = {}
    for v in d.values:
        groups.setdefault(value_label(d.kind, v, compact=True), []).append(v)
    return _joined(d, [(label, values, f"{label} in {places(values, limit=3)}") for label, values in groups.items()])


def where_found(d: Divergence) -> str:
    """Where a divergence was found: "cluster 5", or "story" for one across clusters."""
    return f"cluster {d.cluster}" if d.cluster is not None else "story"


def slot_table(story: Story) -> list[str]:
    """The story-level table of slots by articles as aligned plain-text rows, conflicts first."""
    articles = list(story.articles)
    wide = len(articles) <= PER_ARTICLE_COLUMNS
    head = ["severity", "kind", "where", "slot"] + ([f"[{a.id}]" for a in articles] if wide else ["values"])
    rows = [head]
    for d in sorted_divergences(story):
        cells = slot_cells(d, articles) if wide else [slot_summary(d)]
        rows.append([SEVERITY_MARK[d.severity], d.kind, where_found(d), d.slot] + cells)
    if len(rows) == 1:
        return []
    column = max(14, 72 // max(1, len(articles))) if wide else 200
    widths = [min(40 if i < 4 else column, max(len(r[i]) for r in rows)) for i in range(len(head))]
    out = []
    for row in rows:
        cells = [_clip(c, w).ljust(w) for c, w in zip(row, widths)]
        out.append("  " + "  ".join(cells).rstrip())
    return out


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _without(text: str, qualifier: str | None) -> str:
    """The words of a number without its qualifier, which is shown on its own."""
    if qualifier and text.lower().startswith(qualifier):
        return text[len(qualifier) :].strip()
    if qualifier and text.lower().endswith(qualifier):
        return text[: -len(qualifier)].strip()
    return text


def _same_digits(value: str, text: str) -> bool:
    return value.replace(".", "") == "".join(c for c in text if c.isdigit()) and not any(c.isalpha() for c in text)


def _readable(value: str, kind: str) -> str:
    """Counts with thousands separated for reading: 2389 -> 2,389; anything else as it is."""
    if kind == "number" and value.isdigit() and len(value) > 3:
        return f"{int(value):,}"
    return value
