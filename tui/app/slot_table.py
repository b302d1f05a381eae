"""Divergences as a table of slots by articles, under a cluster and on the facts screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.style import Style as RichStyle
from rich.text import Text
from textual.widgets import DataTable

from ..export.summary import PER_ARTICLE_COLUMNS, SEVERITY_ORDER, where_found
from ..models import Article, Divergence
from .listing import SEVERITY_MARKERS

SEVERITY_STYLES = {
    "conflict": "bold $text-error",
    "variant": "$text-warning",
    "partial": "$text-muted",
    "agree": "$text-success",
    "single": "$text-muted",
}
OTHER_MARKS = {"agree": "=", "single": "·"}
LABELS = {"single": "only one"}
SILENT = "—"
MAX_COLUMN = 40


@dataclass(frozen=True)
class AgreedSlot:
    """A slot no divergence was found on: each article's value, and where it is first said."""

    kind: str
    slot: str
    values: dict[str, str]  # by article id
    cluster: int | None


def sorted_by_severity(divergences: Iterable[Divergence]) -> list[Divergence]:
    return sorted(divergences, key=lambda d: (SEVERITY_ORDER.get(d.severity, 9), d.kind, d.slot))


def value_texts(divergence: Divergence, articles: list[Article]) -> list[str]:
    """Each article's side of a slot: the words as written for a variant, else the value."""
    by_article: dict[str, list[str]] = {}
    for v in divergence.values:
        if divergence.severity == "variant":
            shown = v.text
        else:
            shown = f"{v.qualifier} {v.value}" if v.qualifier else v.value
        by_article.setdefault(v.article, []).append(shown)
    return [" / ".join(dict.fromkeys(by_article.get(a.id, [SILENT]))) for a in articles]


class SlotTable(DataTable):
    """Rows of slots, one column per article; conflicting values marked `≠` in the error colour."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, zebra_stripes=True, cursor_type="row", show_cursor=False)

    def themed(self, spec: str) -> RichStyle:
        """A Rich style from theme variables, since table cells are Rich text."""
        return self.app.stylesheet.parse_style(spec).rich_style

    def severity_cell(self, severity: str) -> Text:
        marker = SEVERITY_MARKERS.get(severity) or OTHER_MARKS.get(severity, " ")
        return Text(f"{marker} {LABELS.get(severity, severity)}", style=self.themed(SEVERITY_STYLES.get(severity, "")), no_wrap=True)

    def value_cell(self, value: str, severity: str) -> Text:
        if value == SILENT:
            return Text(SILENT, style=self.themed("$text-muted"))
        if severity == "conflict":
            return Text(f"≠ {value}", style=self.themed(SEVERITY_STYLES["conflict"]))
        return Text(value)

    def show_slots(
        self,
        divergences: Iterable[Divergence],
        articles: list[Article],
        *,
        where: bool = False,
        agreed: Iterable[AgreedSlot] = (),
        cluster_of: Callable[[Divergence], int | None] = lambda d: d.cluster,
    ) -> list[int | None]:
        """Fill the table: divergences, then agreed slots.

        Up to PER_ARTICLE_COLUMNS articles, one column per article; beyond that (a pile
        of hundreds of versions), one row per value with the articles that give it.
        Returns, in row order, the cluster each row leads to (`cluster_of` for divergences).
        """
        by_value = len(articles) > PER_ARTICLE_COLUMNS  # as the text and Markdown tables do
        headers = [Text(""), Text("slot")] + ([Text("where")] if where else [])
        if by_value:
            headers += [Text("value"), Text("articles")]
        else:
            # With `where`, the table has the screen to itself and can name the articles.
            headers += [Text(f"[{a.id}] {a.label}"[:24] if where else f"[{a.id}]") for a in articles]
        rows: list[list[Text]] = []
        clusters: list[int | None] = []

        def add(severity: str, slot: str, place: str, values: list[str], value_severity: str, cluster: int | None) -> None:
            lead = [self.severity_cell(severity), Text(slot)] + ([Text(place)] if where else [])
            if not by_value:
                rows.append(lead + [self.value_cell(v, value_severity) for v in values])
                clusters.append(cluster)
                return
            for value, ids in grouped(values, articles):
                rows.append(lead + [self.value_cell(value, value_severity), Text(article_list(ids))])
                clusters.append(cluster)
                lead = [Text(""), Text("")] + ([Text("")] if where else [])

        for divergence in sorted_by_severity(divergences):
            slot = f"{divergence.kind} · {divergence.slot}"
            if divergence.cluster is None and not where:
                slot = f"story · {slot}"
            values = value_texts(divergence, articles)
            add(divergence.severity, slot, where_found(divergence), values, divergence.severity, cluster_of(divergence))
        for found in agreed:
            values = [found.values.get(a.id, SILENT) for a in articles]
            place = "" if found.cluster is None else f"cluster {found.cluster}"
            add("agree" if len(found.values) > 1 else "single", f"{found.kind} · {found.slot}", place, values, "agree", found.cluster)
        # Widths are measured here rather than left to the table, so that refilling it
        # several times between two frames never leaves stale column widths.
        widths = [max(cell.cell_len for cell in column) for column in zip(headers, *rows)]
        self.clear(columns=True)
        for header, width in zip(headers, widths):
            self.add_column(header, width=min(width, MAX_COLUMN))
        for cells in rows:
            self.add_row(*cells)
        self.measure_now()
        return clusters

    def measure_now(self) -> None:
        """Size the table now, not when its queue next idles as DataTable does: the screen
        then lays out once, with the table's new height, instead of twice. (DataTable has
        no public call for it; if its internals change, the table is measured as before.)"""
        if getattr(self, "_require_update_dimensions", False) and hasattr(self, "_new_rows"):
            self._require_update_dimensions = False
            new_rows = self._new_rows.copy()
            self._new_rows.clear()
            self._update_dimensions(new_rows)


def grouped(values: list[str], articles: list[Article]) -> list[tuple[str, list[str]]]:
    """Each distinct value with the ids of the articles giving it, most given first, silence last."""
    found: dict[str, list[str]] = {}
    for value, article in zip(values, articles):
        found.setdefault(value, []).append(article.id)
    return sorted(found.items(), key=lambda item: (item[0] == SILENT, -len(item[1])))


def article_list(ids: list[str]) -> str:
    """`3: [2] [7] [9]`, or `412: [1] [2] [5] … [998]`, within the table's column width."""
    head = f"{len(ids)}: "
    tail = f" … [{ids[-1]}]"
    shown: list[str] = []
    for position, article in enumerate(ids):
        rest = "" if position == len(ids) - 1 else tail
        if len(head) + len(" ".join(shown + [f"[{article}]"])) + len(rest) > MAX_COLUMN:
            return head + " ".join(shown) + tail
        shown.append(f"[{article}]")
    return head + " ".join(shown)
