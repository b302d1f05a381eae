"""The right-hand view: one block per member article, then the cluster's divergences.

Blocks are mounted once per article and updated in place when the reader steps, so
stepping never re-mounts anything.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from textual.app import ComposeResult
from textual.containers import Container, Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from ..models import Article, Cluster, Divergence, Fact, Paragraph, Story
from ..wordiff import MemberDiff, diff_cluster
from .listing import SEVERITY_MARKERS, Row
from .paragraph_text import paragraph_content
from .slot_table import SlotTable

SIDE_BY_SIDE_MIN_COLUMN = 38  # cells per article column before side by side gets cramped
SIDE_BY_SIDE_MAX_ARTICLES = 4  # columns at most; more articles wrap onto another row
LAST_LINE = 2**31  # the last paragraph of an article runs to its end


@lru_cache(maxsize=256)
def cached_diff(cluster: Cluster) -> tuple[MemberDiff, ...]:
    """Word differences of a cluster; clusters are frozen, so stepping back costs nothing."""
    return diff_cluster(cluster)


def paragraph_ends(article: Article) -> dict[int, int]:
    """The last source line of each paragraph (by its first line), to tell which paragraph a value sits in."""
    starts = sorted({p.line for p in article.paragraphs} | {b.paragraph.line for b in article.boilerplate})
    ends = [following - 1 for following in starts[1:]] + [LAST_LINE]
    return dict(zip(starts, ends))


class MemberBlock(Vertical):
    """One article's paragraph(s) in the current cluster, headed by its name, date and line."""

    def __init__(self, article: Article) -> None:
        super().__init__(classes="member")
        self.article = article
        self.ends = paragraph_ends(article)

    def compose(self) -> ComposeResult:
        yield Static(classes="member-head")
        yield Static(classes="member-body")

    def heading(self, paragraphs: list[Paragraph], note: str) -> Content:
        art = self.article
        lines = ", ".join(str(p.line) for p in paragraphs)
        parts: list[Content | str | tuple[str, str]] = [
            (f"[{art.id}] ", "bold $text-accent"),
            (art.label, "bold"),
            (f" · {art.published or 'date unknown'} · line {lines}", "$text-muted"),
        ]
        if note:
            parts.append((f" · {note}", "$text-muted italic"))
        return Content.assemble(*parts)

    def show(
        self,
        paragraphs: list[Paragraph],
        diffs: dict[tuple[str, int], MemberDiff],
        facts: dict[tuple[str, int], list[Fact]],
        divergences: tuple[Divergence, ...],
        note: str,
        search: str,
    ) -> None:
        """Fill the block with these paragraphs of its article, styled against the other members."""
        bodies = [
            paragraph_content(
                p, diffs.get(p.key), facts.get(p.key, ()), divergences, self.ends.get(p.line, p.line), search
            )
            for p in paragraphs
        ]
        self.query_one(".member-head", Static).update(self.heading(paragraphs, note))
        self.query_one(".member-body", Static).update(Content("\n\n").join(bodies))


class ClusterView(VerticalScroll):
    """Members of the current cluster, side by side or stacked, and its divergences."""

    layout_choice: reactive[str | None] = reactive(None)  # "side", "stacked" or None for automatic

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.story: Story | None = None
        self.row: Row | None = None
        self.hidden: frozenset[str] = frozenset()
        self.shown_count = 0
        self.facts: dict[tuple[str, int], list[Fact]] = {}  # by paragraph (article, line)

    def compose(self) -> ComposeResult:
        yield Static(id="cluster-title")
        yield Container(id="members")
        yield Static("Divergences", id="divergences-title")
        yield SlotTable(id="divergences")

    def set_articles(self, articles: tuple[Article, ...]) -> None:
        """Mount one block per article; only when the set of articles changes."""
        members = self.query_one("#members", Container)
        current = [block.article.id for block in members.query(MemberBlock)]
        if current == [a.id for a in articles]:
            for block, article in zip(members.query(MemberBlock), articles):
                block.article = article
                block.ends = paragraph_ends(article)
            return
        members.remove_children()
        members.mount_all([MemberBlock(article) for article in articles])

    def show(
        self,
        story: Story,
        row: Row | None,
        hidden: frozenset[str],
        divergences: tuple[Divergence, ...] = (),
        search: str = "",
    ) -> None:
        """Show a row (a cluster or a paragraph of page chrome) and its divergences, leaving hidden articles out."""
        if story is not self.story:
            self.facts = {}
            for fact in story.facts:
                self.facts.setdefault((fact.article, fact.paragraph_line), []).append(fact)
        self.story, self.row, self.hidden = story, row, hidden
        cluster = row.cluster if row else None
        chrome = row.chrome if row else None
        diffs = {d.paragraph.key: d for d in cached_diff(cluster)} if cluster else {}
        shown = 0
        for block in self.query(MemberBlock):
            art_id = block.article.id
            if cluster is not None:
                paragraphs = [p for p in cluster.members if p.article == art_id]
                note = self.share_note([diffs[p.key] for p in paragraphs if p.key in diffs], len(cluster.members))
            elif chrome is not None and chrome.paragraph.article == art_id:
                paragraphs, note = [chrome.paragraph], f"page chrome: {chrome.reason}"
            else:
                paragraphs, note = [], ""
            visible = bool(paragraphs) and art_id not in hidden
            block.display = visible
            if visible:
                block.show(paragraphs, diffs, self.facts, divergences, note, search)
                shown += 1
        self.shown_count = shown
        self.query_one("#cluster-title", Static).update(self.title_for(story, row, shown, divergences))
        self.show_divergences(story, cluster, divergences, hidden)
        self.apply_layout()
        self.scroll_home(animate=False)

    @staticmethod
    def share_note(diffs: list[MemberDiff], members: int) -> str:
        """How much of this member the others share, in the words of the text output."""
        if members < 2:
            return "only this article"
        if not diffs:
            return ""
        if any(d.reworded for d in diffs):
            return "reworded"
        return f"{round(min(d.shared_share for d in diffs) * 100)}% shared"

    def title_for(self, story: Story, row: Row | None, shown: int, divergences: tuple[Divergence, ...]) -> Content:
        if row is None and not story.clusters:
            return Content.styled("No paragraphs to compare: a shows the articles and their notes.", "$text-muted")
        if row is None:
            return Content.styled(
                "No cluster passes the filters. f toggles the divergence filter; / then escape clears the search.",
                "$text-muted",
            )
        if row.cluster is None:
            return Content.styled("Page chrome, left out of the comparison", "bold $text-muted")
        cluster = row.cluster
        parts: list[Content | str | tuple[str, str]] = [
            (f"Cluster {cluster.id}", "bold"),
            f" · {len(cluster.articles)} of {len(story.articles)} articles",
        ]
        if shown < len(cluster.articles):
            parts.append((f" ({len(cluster.articles) - shown} hidden)", "$text-muted"))
        counts = Counter(d.severity for d in divergences)
        for severity, marker in SEVERITY_MARKERS.items():
            if counts[severity]:
                style = "bold $text-error" if severity == "conflict" else "$text-muted"
                parts.append((f" · {marker} {counts[severity]} {severity}", style))
        return Content.assemble(*parts)

    def show_divergences(
        self, story: Story, cluster: Cluster | None, divergences: tuple[Divergence, ...], hidden: frozenset[str]
    ) -> None:
        table = self.query_one("#divergences", SlotTable)
        has_any = bool(divergences)
        table.display = has_any
        self.query_one("#divergences-title", Static).display = has_any
        if has_any and cluster is not None:
            speaking = set(cluster.articles) | {v.article for d in divergences for v in d.values}
            articles = [a for a in story.articles if a.id in speaking and a.id not in hidden]
            table.show_slots(divergences, articles)

    def columns(self) -> int:
        """How many article columns fit side by side in the view (at least one)."""
        width = self.size.width or self.app.size.width
        return max(1, min(SIDE_BY_SIDE_MAX_ARTICLES, self.shown_count, width // SIDE_BY_SIDE_MIN_COLUMN))

    def side_by_side(self) -> bool:
        """Columns per article when asked, or when the view is wide enough for two or more."""
        if self.layout_choice is not None:
            return self.layout_choice == "side"
        return self.shown_count >= 2 and self.columns() >= 2

    def apply_layout(self) -> None:
        members = self.query_one("#members", Container)
        side = self.side_by_side()
        members.set_class(side, "-side")
        if side:
            # More articles than columns wrap onto further rows of the grid.
            members.styles.grid_size_columns = max(2, self.columns()) if self.shown_count >= 2 else 1

    def watch_layout_choice(self) -> None:
        self.apply_layout()

    def on_resize(self) -> None:
        self.apply_layout()
