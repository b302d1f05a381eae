"""The list of clusters on the left: number, articles, divergence badges, first words."""

from __future__ import annotations

from collections import Counter

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..models import Story
from ..placement import DivergencesByCluster
from .listing import SEVERITY_MARKERS, Row

BADGE_STYLES = {"conflict": "bold $text-error", "variant": "$text-warning", "partial": "$text-muted"}
FIRST_WORDS = 64  # the list is at most 70 cells wide; longer prompts only cost time


def badges(counts: Counter[str]) -> Content:
    """`≠2 ≈1 ◐3`: how many divergences of each severity, conflicts first."""
    parts: list[Content | str] = []
    for severity, marker in SEVERITY_MARKERS.items():
        if counts[severity]:
            if parts:
                parts.append(" ")
            parts.append(Content.styled(f"{marker}{counts[severity]}", BADGE_STYLES[severity]))
    return Content.assemble(*parts)


def first_words(text: str, limit: int = FIRST_WORDS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def row_prompt(story: Story, row: Row, number_width: int, marks: Content, badge_width: int) -> Content:
    """One line of the list, built from plain text so article words are never markup."""
    total = len(story.articles)
    if row.cluster is not None:
        cluster = row.cluster
        number = Content.styled(str(cluster.id).rjust(number_width), "bold")
        share = f"{len(cluster.articles)}/{total}"
        marks = marks.pad_right(max(0, badge_width - marks.cell_length))
        words = first_words(cluster.members[0].text) if cluster.members else ""
        # A paragraph no other article shares is dimmed: there is nothing to compare in it.
        words_style = "" if len(cluster.articles) > 1 else "$text-muted"
        return Content.assemble(number, " ", (share.rjust(5), "$text-muted"), " ", marks, " ", (words, words_style))
    assert row.chrome is not None
    paragraph = row.chrome.paragraph
    tag = Content.styled("·".rjust(number_width), "$text-muted")
    where = Content.styled(f"[{paragraph.article}] chrome".ljust(5 + 1 + badge_width), "$text-muted")
    return Content.assemble(tag, " ", where, " ", Content.styled(first_words(paragraph.text), "$text-muted italic"))


class ClusterList(OptionList):
    """Clusters as options: one line each, so thousands stay quick."""

    def show_rows(self, story: Story, rows: list[Row], highlight: int | None, by_cluster: DivergencesByCluster) -> None:
        """Replace the options with these rows and highlight one of them."""
        number_width = max((len(str(c.id)) for c in story.clusters), default=1)
        marks = [
            badges(Counter(d.severity for d in by_cluster.get(row.cluster.id, ()))) if row.cluster else Content()
            for row in rows
        ]
        badge_width = max((m.cell_length for m in marks), default=0)
        options = [Option(row_prompt(story, row, number_width, m, badge_width)) for row, m in zip(rows, marks)]
        with self.prevent(OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options(options)
            self.highlighted = highlight
