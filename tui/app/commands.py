"""Command palette entries: go to any cluster by number or words, and the browser's actions."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from .cluster_list import first_words

if TYPE_CHECKING:
    from .browser import StoryBrowser

ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("Export…", "export", "Write this view or everything as text, Markdown or JSON"),
    ("Facts table", "facts", "Every slot by every article, conflicts first"),
    ("Articles", "articles", "Headlines, dates, how much aligns; hide or show articles"),
    ("Only clusters with divergences (toggle)", "toggle_divergent", "Filter the cluster list"),
    ("Side by side or stacked", "toggle_layout", "Switch the layout of the cluster view"),
    ("Raise the alignment threshold", "threshold(1)", "Align fewer paragraphs"),
    ("Lower the alignment threshold", "threshold(-1)", "Align more paragraphs"),
    ("Keys", "help", "The help screen"),
)


def highlighted(matcher: Matcher, title: str) -> Content:
    """The title with the matched letters styled; built from plain text, since titles hold article words."""
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize("bold underline", offset, offset + 1)
    return content


class StoryCommands(Provider):
    """Clusters (`cluster 12 …`) and actions, matched fuzzily."""

    @property
    def browser(self) -> StoryBrowser:
        return cast("StoryBrowser", self.app)

    def entries(self) -> list[tuple[str, Callable[[], object], str]]:
        result: list[tuple[str, Callable[[], object], str]] = []
        for title, action, help_text in ACTIONS:
            result.append((title, partial(self.browser.run_action, action), help_text))
        story = self.browser.story
        if story is not None:
            for cluster in story.clusters:
                words = first_words(cluster.members[0].text, 60) if cluster.members else ""
                title = f"Go to cluster {cluster.id}: {words}"
                result.append((title, partial(self.browser.go_to_cluster, cluster.id), f"{len(cluster.articles)} articles"))
        return result

    async def discover(self) -> Hits:
        for title, command, help_text in self.entries()[: len(ACTIONS) + 5]:
            yield DiscoveryHit(Content(title), command, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, command, help_text in self.entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), command, text=title, help=help_text)
