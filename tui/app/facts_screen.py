"""The story-level facts screen: every slot by every article, conflicts first."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from ..models import Divergence, Fact, Story
from ..placement import DivergencesByCluster
from .slot_table import AgreedSlot, SlotTable


def agreed_slots(story: Story) -> list[AgreedSlot]:
    """Slots with facts on which no divergence was found, with each article's value.

    Slots most articles speak of come first.
    """
    diverging = {(d.kind, d.slot) for d in story.divergences}
    cluster_of = {p.key: c.id for c in story.clusters for p in c.members}
    facts: dict[tuple[str, str], list[Fact]] = {}
    for fact in story.facts:
        if fact.slot and (fact.kind, fact.slot) not in diverging:
            facts.setdefault((fact.kind, fact.slot), []).append(fact)
    slots = []
    for (kind, slot), found in facts.items():
        values: dict[str, list[str]] = {}
        for fact in found:
            shown = f"{fact.qualifier} {fact.value}" if fact.qualifier else fact.value
            if shown not in values.setdefault(fact.article, []):
                values[fact.article].append(shown)
        keys = [(f.article, f.paragraph_line) for f in found]
        clusters = [cluster_of[key] for key in keys if key in cluster_of]
        joined = {article: " / ".join(shown) for article, shown in values.items()}
        slots.append(AgreedSlot(kind, slot, joined, min(clusters) if clusters else None))
    return sorted(slots, key=lambda s: (-len(s.values), s.kind, s.slot))


class FactsScreen(ModalScreen[int | None]):
    """Divergences then agreed slots; enter jumps to the cluster of the highlighted row."""

    BINDINGS = [
        Binding("escape,t,q", "close", "close"),
        Binding("enter", "open_cluster", "go to cluster"),
    ]

    def __init__(self, story: Story, by_cluster: DivergencesByCluster | None = None) -> None:
        super().__init__()
        self.story = story
        self.by_cluster = by_cluster or {}
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
        self.row_clusters = table.show_slots(
            self.story.divergences, list(self.story.articles), where=True, agreed=agreed, cluster_of=self.first_cluster
        )
        conflicts = sum(1 for d in self.story.divergences if d.severity == "conflict")
        summary = (
            f"{len(self.story.divergences)} divergences, {conflicts} of them conflicts; "
            f"{len(agreed)} more slots without divergence"
        )
        if not self.row_clusters:
            summary = "No facts found to compare."
        self.query_one("#facts-summary", Static).update(Content(summary))
        table.focus()

    def first_cluster(self, divergence: Divergence) -> int | None:
        """The cluster a divergence belongs to, or the first one its values sit in."""
        if divergence.cluster is not None:
            return divergence.cluster
        return min((c for c, found in self.by_cluster.items() if divergence in found), default=None)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_cluster()

    def action_open_cluster(self) -> None:
        table = self.query_one("#facts", DataTable)
        if not self.row_clusters:
            return
        cluster = self.row_clusters[min(table.cursor_row, len(self.row_clusters) - 1)]
        if cluster is None:
            self.notify("No cluster holds this row's values.")
            return
        self.dismiss(cluster)

    def action_close(self) -> None:
        self.dismiss(None)
