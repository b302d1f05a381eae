"""The story-level facts screen: every slot by every article, conflicts first."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from ..models import Story
from .slot_table import SlotTable


def agreed_slots(story: Story) -> list[tuple[str, str, dict[str, str]]]:
    """Slots with facts on which no divergence was found, with each article's value."""
    diverging = {(d.kind, d.slot) for d in story.divergences}
    slots: dict[tuple[str, str], dict[str, list[str]]] = {}
    for fact in story.facts:
        if not fact.slot or (fact.kind, fact.slot) in diverging:
            continue
        values = slots.setdefault((fact.kind, fact.slot), {}).setdefault(fact.article, [])
        shown = f"{fact.qualifier} {fact.value}" if fact.qualifier else fact.value
        if shown not in values:
            values.append(shown)
    return [
        (kind, slot, {article: " / ".join(values) for article, values in by_article.items()})
        for (kind, slot), by_article in sorted(slots.items(), key=lambda item: (-len(item[1]), item[0]))
    ]


class FactsScreen(ModalScreen[int | None]):
    """Divergences then agreed slots; enter jumps to the cluster of the highlighted row."""

    BINDINGS = [
        Binding("escape,t,q", "close", "close"),
        Binding("enter", "open_cluster", "go to cluster"),
    ]

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story = story
        self.row_clusters: list[int | None] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="facts-box") as box:
            box.border_title = "Facts across the story"
            yield Static(id="facts-summary")
            yield SlotTable(id="facts")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#facts", SlotTable)
        table.show_cursor = True
        agreed = agreed_slots(self.story)
        self.row_clusters = table.show_slots(self.story.divergences, list(self.story.articles), where=True, agreed=agreed)
        conflicts = sum(1 for d in self.story.divergences if d.severity == "conflict")
        summary = (
            f"{len(self.story.divergences)} divergences, {conflicts} of them conflicts; "
            f"{len(agreed)} more slots without divergence"
        )
        if not self.row_clusters:
            summary = "No facts found to compare."
        self.query_one("#facts-summary", Static).update(Content(summary))
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_cluster()

    def action_open_cluster(self) -> None:
        table = self.query_one("#facts", DataTable)
        if not self.row_clusters:
            return
        cluster = self.row_clusters[min(table.cursor_row, len(self.row_clusters) - 1)]
        if cluster is None:
            self.notify("This row is about the whole story, not one cluster.")
            return
        self.dismiss(cluster)

    def action_close(self) -> None:
        self.dismiss(None)
