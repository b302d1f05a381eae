"""Pilot tests: stepping, filters, hiding articles, layout, the re-align worker, theme and quit."""

from __future__ import annotations

from dataclasses import replace

from app_stories.handmade import harbour_sources, harbour_story
from app_stories.pilots import harbour_app, pilot_test, settle, shown_cluster
from textual.binding import Binding
from textual.widgets import DataTable, Static

from tui.app.browser import StoryBrowser
from tui.app.cluster_view import MemberBlock
from tui.app.keys import KEYS


@pilot_test
async def test_stepping_moves_through_clusters_and_updates_the_header() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert shown_cluster(app) == 1
        assert app.title.startswith("cluster 1 of 6, 3 with conflicts")
        await pilot.press("j", "j")
        assert shown_cluster(app) == 3
        assert app.title.startswith("cluster 3 of 6")
        # what the header draws, not only the app's title: it is drawn with the step
        await pilot.pause()
        drawn = str(app.query_one("HeaderTitle", Static).content)
        assert drawn.startswith("cluster 3 of 6") and app.sub_title in drawn
        await pilot.press("k")
        assert shown_cluster(app) == 2
        await pilot.press("G")
        assert shown_cluster(app) == 6
        await pilot.press("j")
        assert shown_cluster(app) == 6
        await pilot.press("g")
        assert shown_cluster(app) == 1
        assert app.cluster_list.highlighted == 0


@pilot_test
async def test_stepping_updates_the_blocks_without_mounting_new_ones() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        blocks = list(app.query(MemberBlock))
        await pilot.press("j", "j", "j", "j", "k")
        assert list(app.query(MemberBlock)) == blocks
        shown = [b for b in blocks if b.display]
        assert [b.article.id for b in shown] == ["1"]  # cluster 4: article 3 has the same words
        assert "word for word in [3] north_wire" in str(shown[0].heading_text)


@pilot_test
async def test_clicking_a_cluster_in_the_list_shows_it() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.click("#clusters", offset=(5, 3))  # fourth line of the list
        await pilot.pause()
        assert shown_cluster(app) == 4


@pilot_test
async def test_conflict_keys_skip_to_clusters_with_conflicts() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("G", "p")
        assert shown_cluster(app) == 3
        await pilot.press("left_square_bracket")
        assert shown_cluster(app) == 2
        await pilot.press("n", "right_square_bracket")
        assert shown_cluster(app) == 3  # no conflict after cluster 3: stays


@pilot_test
async def test_divergence_filter_and_search_narrow_the_list() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        assert app.cluster_list.option_count == 4
        assert "divergences only: 4 shown" in app.title
        await pilot.press("f", "slash")
        await pilot.press(*"forecasters")
        assert app.cluster_list.option_count == 1
        assert shown_cluster(app) == 6
        await pilot.press("enter")
        assert not app.search_bar.display
        assert app.cluster_list.option_count == 1
        await pilot.press("escape")  # escape in the list clears the search too
        assert app.cluster_list.option_count == 6
        assert shown_cluster(app) == 6  # the place is kept when the search is cleared
        await pilot.press("slash", *"coastguard", "escape")
        assert app.cluster_list.option_count == 6
        assert shown_cluster(app) == 2


@pilot_test
async def test_digits_hide_and_show_articles() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        blocks = list(app.query(MemberBlock))

        def shown() -> list[str]:
            return [b.article.id for b in blocks if b.display]

        assert shown() == ["1", "3"]
        assert "hidden: 2" in app.title
        await pilot.press("2")
        assert shown() == ["1", "2", "3"]
        await pilot.press("9")  # no ninth article: nothing changes
        assert shown() == ["1", "2", "3"]


@pilot_test
async def test_layout_key_switches_between_side_by_side_and_stacked() -> None:
    app = harbour_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        members = app.cluster_view.query_one("#members")
        assert members.has_class("-side")  # wide enough for three columns
        await pilot.press("s")
        assert not members.has_class("-side")
        await pilot.press("s")
        assert members.has_class("-side")
    narrow = harbour_app()
    async with narrow.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not narrow.cluster_view.query_one("#members").has_class("-side")


@pilot_test
async def test_threshold_keys_realign_in_a_worker_and_keep_the_place() -> None:
    app = StoryBrowser(harbour_sources(), 0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.story is not None and app.story.threshold == 0.05
        # Go to the cluster holding the gazette's paragraph on the traders.
        traders = next(c.id for c in app.story.clusters if any("traders" in p.text for p in c.members))
        app.go_to_cluster(traders)
        place = app.cluster_view.row.cluster.members[0].key
        await pilot.press("plus")
        await settle(pilot)
        assert app.story.threshold == 0.06
        assert "threshold 0.06" in app.title
        assert place in {p.key for p in app.cluster_view.row.cluster.members}
        await pilot.press("minus", "minus")
        await settle(pilot)
        assert app.story.threshold == 0.04
        assert place in {p.key for p in app.cluster_view.row.cluster.members}


@pilot_test
async def test_threshold_keys_pressed_quickly_add_up() -> None:
    app = StoryBrowser(harbour_sources(), 0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("plus", "plus", "plus")
        await settle(pilot)
        assert app.story is not None and app.story.threshold == 0.10
        assert "threshold 0.10" in app.title


@pilot_test
async def test_a_new_theme_redraws_the_view() -> None:
    app = harbour_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.cluster_view.query_one("#divergences", DataTable)
        before = table.get_row_at(0)[0].style
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert table.get_row_at(0)[0].style != before
        assert shown_cluster(app) == 1


@pilot_test
async def test_quit_key_exits_cleanly() -> None:
    app = harbour_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
    assert app.return_code == 0


@pilot_test
async def test_search_on_a_long_story_filters_once_typing_pauses() -> None:
    story = harbour_story()
    many = tuple(replace(c, id=n) for n, c in enumerate(story.clusters * 100, start=1))
    app = StoryBrowser(story=replace(story, clusters=many, divergences=()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.cluster_list.option_count == 600
        await pilot.press("slash", *"forecasters")
        await settle(pilot)
        assert app.cluster_list.option_count == 100
        assert "search “forecasters”: 100 shown" in app.title


def test_every_key_has_an_action_and_a_help_line() -> None:
    helped = {key.action for key in KEYS}
    for binding in StoryBrowser.BINDINGS:
        assert isinstance(binding, Binding)
        name = binding.action.split("(")[0]
        assert callable(getattr(StoryBrowser, f"action_{name}", None)), binding.action
        assert binding.action in helped or name == "toggle_article"
