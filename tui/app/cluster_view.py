"""The right-hand view: one block per member article, then the cluster's divergences.

Articles that carry the very same words share one block. Blocks come from a pool that
only grows, up to MAX_BLOCKS, and are refilled in place when the reader steps, so
stepping never re-mounts anything and a cluster of a thousand articles stays quick.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from ..export.summary import marking_note
from ..models import Article, Cluster, Divergence, Fact, Paragraph, Story
from ..wordiff import MemberDiff, diff_cluster
from .listing import SEVERITY_MARKERS, Row
from .paragraph_text import paragraph_content
from .slot_table import SlotTable
from .steady import SteadyContainer, SteadyScroll, SteadyStatic

SIDE_BY_SIDE_MIN_COLUMN = 38  # cells per article column before side by side gets cramped
SIDE_BY_SIDE_MAX_ARTICLES = 4  # columns at most; more articles wrap onto another row
MAX_BLOCKS = 12  # versions shown at once (each costs layout time on every step); a note counts the rest
COPIES_NAMED = 8  # article numbers named in a block's "word for word" note
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


@dataclass(frozen=True)
class Version:
    """What one block shows: an article's paragraphs in the cluster, and the other
    shown articles that carry the very same words."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    copies: tuple[Article, ...] = ()


def versions_of(cluster: Cluster, articles: dict[str, Article], hidden: frozenset[str]) -> list[Version]:
    """The cluster's shown articles in story order, word-for-word copies folded into the first."""
    by_article: dict[str, list[Paragraph]] = {}
    for p in cluster.members:
        if p.article not in hidden and p.article in articles:
            by_article.setdefault(p.article, []).append(p)
    first_of: dict[tuple[str, ...], int] = {}
    found: list[tuple[Article, tuple[Paragraph, ...], list[Article]]] = []
    for art_id, paragraphs in by_article.items():
        words = tuple(p.text for p in paragraphs)
        if words in first_of:
            found[first_of[words]][2].append(articles[art_id])
            continue
        first_of[words] = len(found)
        found.append((articles[art_id], tuple(paragraphs), []))
    return [Version(article, paragraphs, tuple(copies)) for article, paragraphs, copies in found]


def copies_note(copies: tuple[Article, ...]) -> str:
    """`word for word in [4] Coast Daily`, or `in 41 more articles: [7] [12] … [98]`."""
    if not copies:
        return ""
    if len(copies) == 1:
        return f"word for word in [{copies[0].id}] {copies[0].label}"
    ids = " ".join(f"[{a.id}]" for a in copies[:COPIES_NAMED])
    more = " …" if len(copies) > COPIES_NAMED else ""
    return f"word for word in {len(copies)} more articles: {ids}{more}"


class MemberBlock(SteadyStatic):
    """One version of the cluster's point: an article's paragraph(s), headed by its name,
    date and line. Blocks are pooled and refilled as the reader steps."""

    def __init__(self) -> None:
        super().__init__(classes="member")
        self.article: Article | None = None
        self.heading_text = Content("")  # the first line(s): who, when, where, how much is shared

    @staticmethod
    def heading(version: Version, note: str) -> Content:
        art = version.article
        lines = ", ".join(str(p.line) for p in version.paragraphs)
        parts: list[Content | str | tuple[str, str]] = [
            (f"[{art.id}] ", "bold $text-accent"),
            (art.label, "bold"),
            (f" · {art.published or 'date unknown'} · line {lines}", "$text-muted"),
        ]
        for extra in (note, copies_note(version.copies)):
            if extra:
                parts.append((f" · {extra}", "$text-muted italic"))
        return Content.assemble(*parts)

    def show(
        self,
        version: Version,
        ends: dict[int, int],
        diffs: dict[tuple[str, int], MemberDiff],
        facts: dict[tuple[str, int], list[Fact]],
        divergences: tuple[Divergence, ...],
        note: str,
        search: str,
    ) -> None:
        """Fill the block with this version, styled against the other members."""
        self.article = version.article
        bodies = [
            paragraph_content(
                p, diffs.get(p.key), facts.get(p.key, ()), divergences, ends.get(p.line, p.line), search
            )
            for p in version.paragraphs
        ]
        # One widget per block, heading and text together: every widget costs layout time on a step.
        self.heading_text = self.heading(version, note)
        self.update(Content("\n").join([self.heading_text, Content("\n\n").join(bodies)]))


class ClusterView(SteadyScroll):
    """Members of the current cluster, side by side or stacked, and its divergences."""

    layout_choice: reactive[str | None] = reactive(None)  # "side", "stacked" or None for automatic

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.story: Story | None = None
        self.row: Row | None = None
        self.hidden: frozenset[str] = frozenset()
        self.shown_count = 0
        self.facts: dict[tuple[str, int], list[Fact]] = {}  # by paragraph (article, line)
        self.articles: dict[str, Article] = {}
        self.ends: dict[str, dict[int, int]] = {}  # by article, filled as articles are shown

    def compose(self) -> ComposeResult:
        yield SteadyStatic(id="cluster-title")
        yield SteadyContainer(id="members")
        yield SteadyStatic(id="members-more")
        yield SteadyStatic("Divergences", id="divergences-title")
        yield SlotTable(id="divergences")

    def blocks(self, wanted: int) -> list[MemberBlock]:
        """The pool of blocks, grown (never shrunk) to at least `wanted`."""
        members = self.query_one("#members", SteadyContainer)
        pool = list(members.query_children(MemberBlock))
        if len(pool) < wanted:
            extra = [MemberBlock() for _ in range(wanted - len(pool))]
            members.mount_all(extra)
            pool += extra
        return pool

    def ends_of(self, article: Article) -> dict[int, int]:
        if article.id not in self.ends:
            self.ends[article.id] = paragraph_ends(article)
        return self.ends[article.id]

    def show(
        self,
        story: Story,
        row: Row | None,
        hidden: frozenset[str],
        divergences: tuple[Divergence, ...] = (),
        search: str = "",
    ) -> None:
        """Show a row (a cluster or a paragraph of page chrome) and its divergences, leaving hidden articles out."""
        if story is not self.story:  # a new story: what is looked up by article and paragraph
            self.articles = {a.id: a for a in story.articles}
            self.ends = {}
            self.facts = {}
            for fact in story.facts:
                self.facts.setdefault((fact.article, fact.paragraph_line), []).append(fact)
        self.story, self.row, self.hidden = story, row, hidden
        cluster = row.cluster if row else None
        chrome = row.chrome if row else None
        diffs = {d.paragraph.key: d for d in cached_diff(cluster)} if cluster else {}
        if cluster is not None:
            versions = versions_of(cluster, self.articles, hidden)
        elif chrome is not None and chrome.paragraph.article in self.articles:
            versions = [Version(self.articles[chrome.paragraph.article], (chrome.paragraph,))]
        else:
            versions = []
        shown_versions = versions[:MAX_BLOCKS]
        pool = self.blocks(len(shown_versions))
        for block, version in zip(pool, shown_versions):
            if cluster is not None:
                own = [diffs[p.key] for p in version.paragraphs if p.key in diffs]
                note = self.share_note(own, len(cluster.members))
            else:
                note = f"page chrome: {chrome.reason}" if chrome else ""
            block.show(version, self.ends_of(version.article), diffs, self.facts, divergences, note, search)
            block.display = True
        for block in pool[len(shown_versions):]:
            block.display = False
        more = self.query_one("#members-more", Static)
        more.update(self.more_note(versions[MAX_BLOCKS:]))
        more.display = len(versions) > MAX_BLOCKS
        self.shown_count = len(shown_versions)
        self.query_one("#cluster-title", Static).update(self.title_for(story, row, divergences))
        self.show_divergences(story, cluster, divergences, hidden)
        self.apply_layout()
        self.scroll_home(animate=False)

    @staticmethod
    def more_note(rest: list[Version]) -> Content:
        """What the blocks leave out when a cluster has more versions than fit."""
        if not rest:
            return Content("")
        articles = sum(1 + len(v.copies) for v in rest)
        return Content.styled(
            f"… {len(rest)} more versions from {articles} articles are not shown here:"
            " e exports this view with all of them, a hides articles.",
            "$text-muted italic",
        )

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

    def title_for(self, story: Story, row: Row | None, divergences: tuple[Divergence, ...]) -> Content:
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
        hidden = sum(1 for a in cluster.articles if a in self.hidden)
        if hidden:
            parts.append((f" ({hidden} hidden)", "$text-muted"))
        counts = Counter(d.severity for d in divergences)
        for severity, marker in SEVERITY_MARKERS.items():
            if counts[severity]:
                style = "bold $text-error" if severity == "conflict" else "$text-muted"
                parts.append((f" · {marker} {counts[severity]} {severity}", style))
        note = marking_note(cluster)
        if note:
            parts.append((f"\n{note}", "$text-muted italic"))
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
        members = self.query_one("#members", SteadyContainer)
        side = self.side_by_side()
        members.set_class(side, "-side")
        if side:
            # More articles than columns wrap onto further rows of the grid.
            columns = max(2, self.columns()) if self.shown_count >= 2 else 1
            if members.styles.grid_size_columns != columns:  # setting it, even unchanged, lays out again
                members.styles.grid_size_columns = columns

    def watch_layout_choice(self) -> None:
        self.apply_layout()

    def on_resize(self) -> None:
        self.apply_layout()
