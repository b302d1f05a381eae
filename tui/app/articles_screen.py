"""The articles screen: each input with its headline, date, size and how much of it aligns."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from ..models import Story
from .listing import aligned_share


class ArticlesScreen(ModalScreen[None]):
    """Articles in a table; space, enter or a digit hides or shows one."""

    BINDINGS = [
        Binding("escape,a,q", "close", "close"),
        Binding("space", "toggle_highlighted", "hide/show"),
        *(Binding(str(n), f"toggle({n})", f"article {n}", show=False) for n in range(1, 10)),
    ]

    def __init__(self, story: Story, hidden: frozenset[str], toggle: Callable[[str], frozenset[str]]) -> None:
        super().__init__()
        self.story = story
        self.hidden = hidden
        self.toggle_article = toggle

    def compose(self) -> ComposeResult:
        with Vertical(id="articles-box") as box:
            box.border_title = f"{len(self.story.articles)} articles"
            yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
            yield Static(id="article-notes")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#articles", DataTable)
        # Short columns first, so that a narrow terminal still shows every number.
        for label in ("#", "shown", "paragraphs", "aligned", "chrome", "published", "file", "headline"):
            table.add_column(label, key=label)
        for article in self.story.articles:
            table.add_row(*self.cells(article.id), key=article.id)
        self.show_notes()

    def cells(self, article_id: str) -> list[Text]:
        article = self.story.article(article_id)
        shown = article_id not in self.hidden
        share = aligned_share(self.story, article_id)
        return [
            Text(article.id),
            Text("yes" if shown else "hidden", style="" if shown else "italic"),
            Text(str(len(article.paragraphs)), justify="right"),
            Text(f"{round(share * 100)}%", justify="right"),
            Text(str(len(article.boilerplate)), justify="right"),
            Text(article.published or "unknown"),
            Text(article.label),
            Text(article.title or "(no headline)", overflow="ellipsis", no_wrap=True),
        ]

    def show_notes(self) -> None:
        lines = [f"[{a.id}] {a.label}: {w}" for a in self.story.articles for w in a.warnings]
        notes = self.query_one("#article-notes", Static)
        notes.update(Text("\n".join(lines)))
        notes.display = bool(lines)

    def refresh_row(self, article_id: str) -> None:
        table = self.query_one("#articles", DataTable)
        table.update_cell(article_id, "shown", self.cells(article_id)[1])

    def action_toggle(self, number: int) -> None:
        if not 1 <= number <= len(self.story.articles):
            self.app.bell()
            return
        article_id = self.story.articles[number - 1].id
        self.hidden = self.toggle_article(article_id)
        self.refresh_row(article_id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_toggle_highlighted()

    def action_toggle_highlighted(self) -> None:
        table = self.query_one("#articles", DataTable)
        if table.row_count:
            self.action_toggle(table.cursor_row + 1)

    def action_close(self) -> None:
        self.dismiss(None)
