"""The browser: a cluster list, the cluster view, and keys to step through a story.

The engine runs in a worker thread and posts the finished `Story` back; stepping
only updates widgets that already exist.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import Reactive
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.worker import get_current_worker

from ..alignment import DEFAULT_THRESHOLD
from ..engine import LoadResult, compare
from ..loading import Source
from ..models import Story
from ..placement import DivergencesByCluster, divergences_by_cluster
from .articles_screen import ArticlesScreen
from .cluster_list import ClusterList
from .cluster_view import ClusterView, cached_diff
from .commands import StoryCommands
from .export_dialog import ExportDialog
from .facts_screen import FactsScreen
from .help_screen import HelpScreen
from .keys import bindings
from .listing import (
    Filters,
    Row,
    anchor_of,
    conflict_clusters,
    next_matching,
    position_line,
    row_of_paragraph,
    story_for_view,
    visible_rows,
)
from .search_bar import SearchBar
from .thresholds import next_threshold

# Rebuilding a list of thousands of clusters takes a noticeable moment, so long stories
# are searched when typing pauses rather than at every key.
SEARCH_AT_ONCE_UP_TO = 500
SEARCH_PAUSE = 0.25


PREFETCH_AFTER = 0.15  # seconds after a step before the neighbouring clusters are diffed


class StoryBrowser(App[int]):
    """Step through the aligned clusters of one story and see where the articles disagree."""

    CSS_PATH = "browser.tcss"
    BINDINGS = bindings()
    COMMANDS = App.COMMANDS | {StoryCommands}
    TITLE = "storydiff"
    AUTO_FOCUS = "#clusters"
    # The header shows the title; the rest of the screen need not be repainted when it
    # changes, as App's own title would have it.
    title: Reactive[str] = Reactive("", compute=False, repaint=False)
    sub_title: Reactive[str] = Reactive("", compute=False, repaint=False)

    class Aligned(Message):
        """A worker finished aligning: the new story, and the paragraph to keep in view."""

        def __init__(self, story: Story, anchor: tuple[str, int] | None) -> None:
            super().__init__()
            self.story = story
            self.anchor = anchor

    class AlignFailed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(
        self,
        sources: tuple[Source, ...] = (),
        threshold: float = DEFAULT_THRESHOLD,
        *,
        story: Story | None = None,
        problems: tuple[str, ...] = (),
        export_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.sources = tuple(sources)
        self.threshold = story.threshold if story is not None and not sources else threshold
        self.wanted_threshold = self.threshold  # ahead of `threshold` while a worker re-aligns
        self.story: Story | None = story
        self.problems = problems
        self.export_folder = export_folder
        self.filters = Filters()
        self.rows: list[Row] = []
        self.current: int | None = None
        self.hidden: frozenset[str] = frozenset()
        self.by_cluster: DivergencesByCluster = {}
        self.stage = ""  # what the engine is doing, while it works
        self.wait_started = 0.0
        self.wait_timer: Timer | None = None
        self.prefetch_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="≠")
        with Horizontal(id="main"):
            yield ClusterList(id="clusters")
            yield ClusterView(id="view")
        yield Static(id="waiting")
        yield SearchBar(placeholder="search clusters (enter keeps the filter, escape clears it)", id="search")
        yield Footer()

    def on_mount(self) -> None:
        # Kept so that screens pushed on top can still update the main one.
        self.cluster_list = self.query_one(ClusterList)
        self.cluster_view = self.query_one(ClusterView)
        self.search_bar = self.query_one("#search", SearchBar)
        self.main_area = self.query_one("#main", Horizontal)
        self.waiting_note = self.query_one("#waiting", Static)
        # Table cells hold resolved colours, so they are redrawn for a new theme.
        self.theme_changed_signal.subscribe(self, lambda _theme: self.go_to(self.current))
        for problem in self.problems:
            self.notify(problem, title="skipped", severity="warning", markup=False)
        if self.story is not None:
            self.post_message(self.Aligned(self.story, None))
        else:
            self.realign(self.threshold, None)

    # The engine, off the event loop

    def realign(self, threshold: float, anchor: tuple[str, int] | None) -> None:
        self.wait_started = time.monotonic()
        self.set_waiting(True)
        self.show_stage(f"reading {len(self.sources)} articles")
        self.align(threshold, anchor)

    @property
    def waiting(self) -> bool:
        """Whether the engine is at work and the screen says so instead of showing clusters."""
        return bool(self.waiting_note.display)

    def set_waiting(self, waiting: bool) -> None:
        # A still line, redrawn once a second: an animation would take the engine's time.
        self.main_area.display = not waiting
        self.waiting_note.display = waiting
        if self.wait_timer is not None:
            self.wait_timer.stop()
            self.wait_timer = None
        if waiting:
            self.wait_timer = self.set_interval(1.0, self.show_waiting)

    def show_waiting(self) -> None:
        seconds = int(time.monotonic() - self.wait_started)
        self.waiting_note.update(Content(f"{self.stage}…" + (f" {seconds} s" if seconds else "")))

    @work(thread=True, exclusive=True, group="align")
    def align(self, threshold: float, anchor: tuple[str, int] | None) -> None:
        """Compare the sources at a threshold and post the story back."""
        try:
            story = compare(self.sources, threshold, progress=lambda stage: self.call_from_thread(self.show_stage, stage))
        except Exception as exc:  # the reader keeps the previous story and sees why
            self.post_message(self.AlignFailed(f"{type(exc).__name__}: {exc}"))
            return
        if not get_current_worker().is_cancelled:  # a newer threshold was asked for meanwhile
            self.post_message(self.Aligned(story, anchor))

    def show_stage(self, stage: str) -> None:
        """Say what the engine is doing while the reader waits for it."""
        self.stage = stage
        if self.story is None:
            self.title = f"{stage}…"
        else:
            self.sub_title = f"re-aligning at threshold {self.wanted_threshold:.2f}: {stage}…"
        self.show_waiting()

    @work(thread=True, exclusive=True, group="prefetch")
    def prefetch(self, index: int) -> None:
        """Diff the clusters next to this one once the screen is painted, so the next step is quick."""
        for near in (index + 1, index - 1):
            if 0 <= near < len(self.rows) and (cluster := self.rows[near].cluster) is not None:
                if get_current_worker().is_cancelled:
                    return
                cached_diff(cluster)

    def on_story_browser_aligned(self, message: Aligned) -> None:
        if self.story is None or self.story.notes != message.story.notes:
            for note in message.story.notes:
                self.notify(note, markup=False)
        self.story = message.story
        self.by_cluster = divergences_by_cluster(message.story)
        self.threshold = message.story.threshold
        self.set_waiting(False)
        self.call_after_refresh(self.refresh_rows, message.anchor)

    def on_story_browser_align_failed(self, message: AlignFailed) -> None:
        self.set_waiting(False)
        self.wanted_threshold = self.threshold
        self.notify(message.error, title="could not align", severity="error", markup=False)

    # State to screen

    def refresh_rows(self, anchor: tuple[str, int] | None = None) -> None:
        """Rebuild the list after the story or a filter changed, staying on the same paragraph."""
        if self.story is None:
            return
        self.rows = visible_rows(self.story, self.filters, self.by_cluster)
        index = row_of_paragraph(self.rows, anchor)
        if index is None and self.rows:
            index = 0
        self.cluster_list.show_rows(self.story, self.rows, index, self.by_cluster)
        self.go_to(index)

    def go_to(self, index: int | None) -> None:
        """Show one row of the list in the cluster view."""
        if self.story is None:
            return
        self.current = index
        if self.cluster_list.highlighted != index:
            with self.cluster_list.prevent(OptionList.OptionHighlighted):
                self.cluster_list.highlighted = index
        row = self.rows[index] if index is not None else None
        found = self.by_cluster.get(row.cluster.id, ()) if row and row.cluster else ()
        self.cluster_view.show(self.story, row, self.hidden, found, self.filters.query)
        self.update_header()
        if self.prefetch_timer is not None:
            self.prefetch_timer.stop()
        if index is not None:
            # Once the step's frames are out: a thread diffing then slows their painting.
            self.prefetch_timer = self.set_timer(PREFETCH_AFTER, lambda: self.prefetch(index))

    def place(self) -> tuple[str, int] | None:
        """The paragraph that marks the reader's place, to find it again after a change."""
        return anchor_of(self.rows[self.current]) if self.current is not None and self.rows else None

    def update_header(self) -> None:
        if self.story is None:
            return
        title = position_line(self.story, self.rows, self.current, self.filters, self.by_cluster)
        title += f" · threshold {self.threshold:.2f}"
        if self.hidden:
            title += f" · hidden: {', '.join(sorted(self.hidden, key=lambda i: (len(i), i)))}"
        headlines = [a.title for a in self.story.articles if a.title]
        self.show_title(title, headlines[0] if headlines else f"{len(self.story.articles)} articles")

    def show_title(self, title: str, sub_title: str) -> None:
        """Set the title and sub-title and draw them with the rest of this step. Left to the
        header's own watcher, they would be drawn a frame later, after a layout of their own."""
        self.set_reactive(StoryBrowser.title, title)
        self.set_reactive(StoryBrowser.sub_title, sub_title)
        for header_title in self.screen_stack[0].query("HeaderTitle"):
            if isinstance(header_title, Static):  # the title line inside Textual's Header
                header_title.update(self.format_title(title, sub_title), layout=False)

    @on(OptionList.OptionHighlighted, "#clusters")
    def follow_list(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.current:
            self.go_to(event.option_index)

    def go_to_cluster(self, cluster_id: int) -> None:
        """Jump to a cluster, clearing filters that hide it."""
        index = next((i for i, r in enumerate(self.rows) if r.cluster and r.cluster.id == cluster_id), None)
        if index is None and self.story is not None:
            self.filters = Filters(show_chrome=self.filters.show_chrome)
            with self.search_bar.prevent(Input.Changed):
                self.search_bar.value = ""
            self.rows = visible_rows(self.story, self.filters, self.by_cluster)
            index = next((i for i, r in enumerate(self.rows) if r.cluster and r.cluster.id == cluster_id), None)
            self.cluster_list.show_rows(self.story, self.rows, index, self.by_cluster)
        if index is not None:
            self.go_to(index)

    # Actions

    def action_step(self, delta: int) -> None:
        if not self.rows:
            self.bell()
            return
        start = self.current if self.current is not None else -delta
        self.go_to(max(0, min(len(self.rows) - 1, start + delta)))

    def action_step_conflict(self, delta: int) -> None:
        if self.story is None:
            return
        start = self.current if self.current is not None else (-1 if delta > 0 else len(self.rows))
        index = next_matching(self.rows, start, delta, conflict_clusters(self.by_cluster))
        if index is None:
            self.notify("No further cluster with a conflict." if delta > 0 else "No earlier cluster with a conflict.")
            return
        self.go_to(index)

    def action_jump(self, where: str) -> None:
        if self.rows:
            self.go_to(0 if where == "first" else len(self.rows) - 1)

    def action_search(self) -> None:
        self.search_bar.display = True
        self.search_bar.focus()

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        if self.story is not None and len(self.story.clusters) > SEARCH_AT_ONCE_UP_TO:
            self.search_after_typing(event.value)
        else:
            self.set_filters(Filters(self.filters.only_divergent, event.value, self.filters.show_chrome))

    @work(exclusive=True, group="search")
    async def search_after_typing(self, query: str) -> None:
        """On long stories, filter once the reader pauses; a new key press cancels the wait."""
        await asyncio.sleep(SEARCH_PAUSE)
        self.set_filters(Filters(self.filters.only_divergent, query, self.filters.show_chrome))

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        self.search_bar.display = False
        self.cluster_list.focus()

    @on(OptionList.OptionSelected, "#clusters")
    def read_cluster(self) -> None:
        self.cluster_view.focus()

    def action_clear_search(self) -> None:
        if self.filters.query:
            self.search_cancelled()

    @on(SearchBar.Cancelled)
    def search_cancelled(self) -> None:
        self.search_bar.value = ""
        self.search_bar.display = False
        self.set_filters(Filters(self.filters.only_divergent, "", self.filters.show_chrome))
        self.cluster_list.focus()

    def set_filters(self, filters: Filters) -> None:
        if filters == self.filters:
            return
        anchor = self.place()
        self.filters = filters
        self.refresh_rows(anchor)

    def action_toggle_divergent(self) -> None:
        if self.story is not None and not self.story.divergences and not self.filters.only_divergent:
            self.notify("No divergences were found in this story.")
        f = self.filters
        self.set_filters(Filters(not f.only_divergent, f.query, f.show_chrome))

    def action_toggle_chrome(self) -> None:
        f = self.filters
        self.set_filters(Filters(f.only_divergent, f.query, not f.show_chrome))

    def action_toggle_layout(self) -> None:
        self.cluster_view.layout_choice = "stacked" if self.cluster_view.side_by_side() else "side"

    def toggle_article_id(self, article_id: str) -> frozenset[str]:
        """Hide a shown article or show a hidden one; returns the hidden set."""
        self.hidden = self.hidden ^ {article_id}
        self.go_to(self.current)
        return self.hidden

    def action_toggle_article(self, number: int) -> None:
        if self.story is None or not 1 <= number <= len(self.story.articles):
            self.bell()
            return
        self.toggle_article_id(self.story.articles[number - 1].id)

    def action_threshold(self, direction: int) -> None:
        wanted = next_threshold(self.wanted_threshold, direction)
        if wanted is None or not self.sources:
            self.bell()
            return
        anchor = self.place()
        self.wanted_threshold = wanted
        self.notify(f"Aligning at threshold {wanted:.2f}…")
        self.realign(wanted, anchor)

    def action_articles(self) -> None:
        if self.story is not None:
            self.push_screen(ArticlesScreen(self.story, self.hidden, self.toggle_article_id))

    def action_facts(self) -> None:
        if self.story is not None:
            self.push_screen(FactsScreen(self.story, self.by_cluster), self.facts_closed)

    def facts_closed(self, cluster_id: int | None) -> None:
        if cluster_id is not None:
            self.go_to_cluster(cluster_id)

    def action_export(self) -> None:
        if self.story is None:
            return
        view = story_for_view(self.story, self.rows, self.filters, self.hidden)
        inputs = [s.origin for s in self.sources if s.origin] or [a.path for a in self.story.articles]
        self.push_screen(ExportDialog(self.story, view, inputs, self.export_folder), self.export_done)

    def export_done(self, path: str | None) -> None:
        if path:
            self.notify(f"Saved {path}", title="exported", markup=False)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())


def run_browser(loaded: LoadResult, threshold: float) -> int:
    """Open the browser over the loaded articles; returns the exit status."""
    problems = tuple(f"{p.path}: {p.reason}" for p in loaded.problems)
    app = StoryBrowser(loaded.sources, threshold, problems=problems)
    app.run()
    return app.return_code or 0
