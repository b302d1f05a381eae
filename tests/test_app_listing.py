"""The browser's list logic and paragraph styling, without running the app."""

from __future__ import annotations

from dataclasses import replace

from app_stories.handmade import harbour_story

from tui.app.thresholds import next_threshold
from tui.placement import divergences_by_cluster
from tui.app.listing import (
    Filters,
    aligned_share,
    anchor_of,
    conflict_clusters,
    next_matching,
    position_line,
    row_of_paragraph,
    story_for_view,
    visible_rows,
)
from tui.app.paragraph_text import CONFLICT_MARK, SEARCH_STYLE, paragraph_content
from tui.models import Divergence, FactValue, Paragraph


def test_all_clusters_are_listed_in_story_order() -> None:
    story = harbour_story()
    rows = visible_rows(story, Filters())
    assert [r.cluster.id for r in rows if r.cluster] == [1, 2, 3, 4, 5, 6]


def test_divergence_filter_keeps_only_clusters_with_divergences() -> None:
    story = harbour_story()
    rows = visible_rows(story, Filters(only_divergent=True))
    assert [r.cluster.id for r in rows if r.cluster] == [1, 2, 3, 4]


def test_search_matches_any_member_ignoring_case() -> None:
    story = harbour_story()
    rows = visible_rows(story, Filters(query="COASTGUARD"))
    assert [r.cluster.id for r in rows if r.cluster] == [2]
    assert visible_rows(story, Filters(query="no such words")) == []


def test_page_chrome_rows_come_after_the_clusters_when_asked() -> None:
    story = harbour_story()
    rows = visible_rows(story, Filters(show_chrome=True))
    chrome = [r.chrome for r in rows if r.chrome]
    assert chrome, "the harbour articles have a headline and a date line"
    assert all(r.cluster is None for r in rows[len(story.clusters):])


def test_next_conflict_skips_clusters_without_one() -> None:
    story = harbour_story()
    rows = visible_rows(story, Filters())
    wanted = conflict_clusters(divergences_by_cluster(story))
    assert wanted == {1, 2, 3}
    assert next_matching(rows, 0, 1, wanted) == 1
    assert next_matching(rows, 2, 1, wanted) is None
    assert next_matching(rows, 5, -1, wanted) == 2


def test_place_is_found_again_by_paragraph() -> None:
    story = harbour_story()
    rows = visible_rows(story, Filters())
    anchor = anchor_of(rows[3])
    regrouped = replace(story, clusters=tuple(reversed(story.clusters)))
    new_rows = visible_rows(regrouped, Filters())
    assert new_rows[row_of_paragraph(new_rows, anchor)].cluster.id == 4


def test_position_line_says_where_the_reader_is() -> None:
    story = harbour_story()
    rows = visible_rows(story, Filters(only_divergent=True))
    line = position_line(story, rows, 1, Filters(only_divergent=True), divergences_by_cluster(story))
    assert line == "cluster 2 of 6, 3 with conflicts · divergences only: 4 shown"


def test_view_export_keeps_listed_clusters_and_their_divergences() -> None:
    story = harbour_story()
    filters = Filters(query="storm")
    view = story_for_view(story, visible_rows(story, filters), filters)
    assert [c.id for c in view.clusters] == [1, 4]
    assert {d.cluster for d in view.divergences} == {1, 4}
    assert view.notes[-1] == "view: 2 of 6 clusters (search “storm”)"


def test_aligned_share_counts_paragraphs_in_shared_clusters() -> None:
    story = harbour_story()
    shares = {a.label: aligned_share(story, a.id) for a in story.articles}
    assert shares == {"coast_daily": 1.0, "harbour_gazette": 0.75, "north_wire": 0.75}


def test_threshold_ladder_steps_from_any_value() -> None:
    assert next_threshold(0.05, 1) == 0.06
    assert next_threshold(0.05, -1) == 0.04
    assert next_threshold(0.07, 1) == 0.08
    assert next_threshold(0.9, 1) is None
    assert next_threshold(0.01, -1) is None


def test_brackets_in_article_text_stay_as_written() -> None:
    paragraph = Paragraph("1", 0, 3, "He spoke [of recognition of the Taliban government] and [bold]left[/bold].")
    content = paragraph_content(paragraph)
    assert content.plain == paragraph.text


def test_conflicting_value_gets_a_marker_and_the_error_style() -> None:
    paragraph = Paragraph("1", 0, 7, "At least 12 people were rescued.")
    divergence = Divergence(
        "number", "conflict", "people rescued", 2,
        (FactValue("1", 7, "At least 12", "12", "at least"), FactValue("2", 7, "15", "15")),
    )
    content = paragraph_content(paragraph, divergences=[divergence])
    assert content.plain == f"{CONFLICT_MARK}At least 12 people were rescued."
    styled = [content.plain[s.start:s.end] for s in content.spans if "error" in str(s.style)]
    assert "At least 12" in styled


def test_values_of_another_paragraph_are_not_marked() -> None:
    paragraph = Paragraph("1", 0, 7, "Twelve were rescued, 12 in all.")
    divergence = Divergence("number", "conflict", "people rescued", 2, (FactValue("1", 9, "12", "12"),))
    content = paragraph_content(paragraph, divergences=[divergence], last_line=8)
    assert CONFLICT_MARK not in content.plain


def test_search_words_are_marked_wherever_they_appear() -> None:
    paragraph = Paragraph("1", 0, 3, "Storm after storm hit the STORM wall.")
    content = paragraph_content(paragraph, search="storm")
    hits = [content.plain[s.start:s.end] for s in content.spans if str(s.style) == SEARCH_STYLE]
    assert hits == ["Storm", "storm", "STORM"]


def test_story_level_divergences_belong_to_the_clusters_they_touch() -> None:
    story = harbour_story()
    across = Divergence(
        "date", "conflict", "storm day", None,
        (FactValue("3", 11, "Sunday", "sunday"), FactValue("2", 9, "Monday", "monday"), FactValue("1", 1, "x", "x")),  # line 1: the headline, page chrome
    )
    story = replace(story, divergences=(across,))
    by_cluster = divergences_by_cluster(story)
    assert by_cluster == {3: (across,), 6: (across,)}
    assert conflict_clusters(by_cluster) == {3, 6}
    rows = visible_rows(story, Filters(only_divergent=True), by_cluster)
    assert [r.cluster.id for r in rows if r.cluster] == [3, 6]
