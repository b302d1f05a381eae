"""The browser on a pile: many versions of one point stay readable and quick to step through."""

from __future__ import annotations

from app_stories.pilots import pilot_test, settle, view_text
from textual.widgets import DataTable

from tui.app.browser import StoryBrowser
from tui.app.cluster_view import MAX_BLOCKS, MemberBlock
from tui.engine import compare
from tui.export.summary import PER_ARTICLE_COLUMNS
from tui.loading import Source

FERRY = (
    "The ferry Marisol capsized off Pelican Point on Monday night, killing {toll} people, "
    "the coastguard said{tail}"
)
TAILS = [".", ", adding that divers had resumed the search.", " in a statement.", ", citing survivors."]
OTHER = "Relatives gathered at the port of Vella, where a list of passengers was posted."


def pile() -> tuple[Source, ...]:
    """24 articles: articles 1 to 4 carry the same words, the rest reword; four say 43 dead, not 40."""
    sources = []
    for n in range(1, 25):
        toll = 43 if n in (7, 13, 19, 23) else 40
        if n <= 4:
            lead = FERRY.format(toll=toll, tail=".")
        else:
            lead = FERRY.format(toll=toll, tail=TAILS[n % 4]).replace("the coastguard", f"coastguard officer {n}")
        text = f"Ferry disaster report number {n}\n\n{lead}\n\n{OTHER}\n"
        sources.append(Source(f"outlet{n:02d}.txt", f"outlet{n:02d}.txt", text))
    return tuple(sources)


def pile_app() -> StoryBrowser:
    sources = pile()
    return StoryBrowser(sources, story=compare(sources))


@pilot_test
async def test_a_cluster_of_many_versions_shows_a_bounded_number_of_blocks() -> None:
    app = pile_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        cluster = app.cluster_view.row.cluster
        assert len(cluster.articles) == 24
        shown = [b for b in app.query(MemberBlock) if b.display]
        assert len(shown) == MAX_BLOCKS
        # Articles 1 to 4 say the same words: one block, which names the copies.
        assert shown[0].article.id == "1"
        assert "word for word in 3 more articles: [2] [3] [4]" in str(shown[0].heading_text)
        assert [b.article.id for b in shown[1:3]] == ["5", "6"]
        # 24 articles are 21 versions; 12 are shown and the rest are counted, not dropped silently.
        assert "… 9 more versions from 9 articles are not shown here" in view_text(app)
        # Past 20 different texts, words are marked against the most repeated ones, as in the text output.
        assert "21 different texts: each is compared with the 8 most repeated" in view_text(app)


@pilot_test
async def test_many_articles_give_the_divergence_table_one_row_per_value() -> None:
    app = pile_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(app.story.articles) > PER_ARTICLE_COLUMNS
        table = app.cluster_view.query_one("#divergences", DataTable)
        headers = [str(column.label) for column in table.columns.values()]
        assert headers[-2:] == ["value", "articles"]
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        toll = [r for r in rows if r[-1].startswith("20:") or r[-1].startswith("4:")]
        assert [r[-2] for r in toll] == ["≠ 40", "≠ 43"]
        assert toll[1][-1] == "4: [7] [13] [19] [23]"
        assert toll[0][-1] == "20: [1] [2] [3] [4] [5] [6] [8] … [24]"  # as many as fit, and the last


@pilot_test
async def test_stepping_through_a_pile_mounts_no_new_blocks() -> None:
    app = pile_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        blocks = list(app.query(MemberBlock))
        await pilot.press("j", "k", "j")
        await settle(pilot)
        assert list(app.query(MemberBlock)) == blocks
        assert len(blocks) == MAX_BLOCKS
