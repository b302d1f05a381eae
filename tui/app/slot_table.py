"""Divergences as a table of slots by articles, under a cluster and on the facts screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.style import Style as RichStyle
from rich.text import Text
from textual.widgets import DataTable

from ..export.summary import SEVERITY_ORDER
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

        Returns, in row order, the cluster each row leads to (`cluster_of` for divergences).
        """
        headers = [Text(""), Text("slot")] + ([Text("where")] if where else [])
        # With `where`, the table has the screen to itself and can name the articles.
        headers += [Text(f"[{a.id}] {a.label}"[:24] if where else f"[{a.id}]") for a in articles]
        rows: list[list[Text]] = []
        clusters: list[int | None] = []
        for divergence in sorted_by_severity(divergences):
            slot = f"{divergence.kind} · {divergence.slot}"
            if divergence.cluster is None and not where:
                slot = f"story · {slot}"
            cells = [self.severity_cell(divergence.severity), Text(slot)]
            if where:
                cells.append(Text("story" if divergence.cluster is None else f"cluster {divergence.cluster}"))
            cells += [self.value_cell(v, divergence.severity) for v in value_texts(divergence, articles)]
            rows.append(cells)
            clusters.append(cluster_of(divergence))
        for found in agreed:
            cells = [
                self.severity_cell("agree" if len(found.values) > 1 else "single"),
                Text(f"{found.kind} · {found.slot}"),
            ]
            if where:
                cells.append(Text("" if found.cluster is None else f"cluster {found.cluster}"))
            cells += [self.value_cell(found.values.get(a.id, SILENT), "agree") for a in articles]
            rows.append(cells)
            clusters.append(found.cluster)
        # Widths are measured here rather than left to the table, so that refilling it
        # several times between two frames never leaves stale column widths.
        widths = [max(cell.cell_len for cell in column) for column in zip(headers, *rows)]
        self.clear(columns=True)
        for header, width in zip(headers, widths):
            self.add_column(header, width=min(width, MAX_COLUMN))
        for cells in rows:
            self.add_row(*cells)
        return clusters
