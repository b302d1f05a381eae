"""A mine collapse told by a wire (the day it happened), a broadcaster's live page (five
days on) and the regional paper (the day it happened): figures that change by the day,
a depth in metres and feet, one moment on two clocks, names transliterated two ways, the
firm in full and short, and whether it had been warned."""

from __future__ import annotations

import pytest

from facts_helpers import STORIES, article_id, compare_bodies, entity_written, found, story, values_by_article
from tui.engine import compare, load_sources

WIRE, LIVE, HERALD = "a_northwire.txt", "b_broadcaster_live.txt", "c_zoryansk_herald.txt"


@pytest.fixture(scope="module")
def mine():
    return story("mine")


def _ids(s):
    return [article_id(s, name) for name in (WIRE, LIVE, HERALD)]


def test_each_report_is_dated_by_its_own_dateline(mine):
    # "August 2, 2025 9:41 AM GMT+1 Updated 3 hours ago", "Published Thursday 7 August 2025,
    # 06:02 BST" (below the live page's summary), "Published: 18:40, Saturday 2 August 2025".
    assert [a.published for a in mine.articles] == ["2025-08-02", "2025-08-07", "2025-08-02"]


def test_the_live_page_furniture_is_set_aside_and_its_entries_are_kept(mine):
    live = mine.article(_ids(mine)[1])
    assert live.title.startswith("Zoryansk mine collapse: five miners still trapped")
    chrome = {b.paragraph.line: b.paragraph.text for b in live.boilerplate}
    for line in (1, 4, 6, 14, 15, 16, 18, 25, 27, 36, 45, 54, 61):
        assert line in chrome, chrome
    assert chrome[18] == "10:32 BST" and chrome[4] == "Updated 14 minutes ago"
    kept = {p.line for p in live.paragraphs}
    # Each summary item on its own line, every entry's title and body.
    assert kept == {7, 8, 9, 10, 19, 21, 23, 28, 30, 32, 37, 39, 41, 46, 48, 50, 55, 57}
    # An entry's stamp is no time of the story.
    assert not [f for f in mine.facts if f.article == live.id and f.kind == "time" and f.value == "10:32"]


def test_two_reports_of_one_day_giving_33_and_34_trapped_conflict(mine):
    wire, live, herald = _ids(mine)
    [d] = found(mine, "number", "miners trapped", "conflict")
    assert values_by_article(d) == {wire: {"34"}, herald: {"33"}}
    # Five days on, "Five miners remain trapped" is another day's figure.
    for d in mine.divergences:
        if d.kind == "number" and d.severity == "conflict":
            assert live not in {v.article for v in d.values}


def test_miners_brought_out_alive_are_one_count_that_grows_by_the_day(mine):
    # "brought three miners out alive", "Three miners were pulled out alive" (Saturday);
    # "brought 29 miners to the surface alive" (Thursday).
    wire, live, herald = _ids(mine)
    [d] = found(mine, "number", "miners survived")
    assert d.severity != "conflict"
    assert values_by_article(d) == {wire: {"3"}, live: {"29"}, herald: {"3"}}


def test_a_depth_in_metres_and_in_feet_is_one_depth(mine):
    # "about 700 metres underground", "700m (2,300ft) underground", "about 2,300 feet below
    # the surface", "at a depth of 700m": compared in metres, not as 700 against 2,300.
    wire, live, herald = _ids(mine)
    depths = [d for d in mine.divergences if d.slot == "depth (m)"]
    assert depths and all(d.severity != "conflict" for d in depths)
    said = {(v.article, v.text, v.value) for d in depths for v in d.values}
    assert {(live, "2,300ft", "701"), (live, "some 700m", "700"), (herald, "700m", "700")} <= said
    assert not [d for d in mine.divergences if any(v.value == "2300" for v in d.values)]


def test_a_depth_that_differs_in_another_unit_conflicts():
    s = compare_bodies(
        "The miners are trapped about 2,300 feet below the surface, officials said.",
        "The miners are trapped 900 metres underground, officials said.",
        published="2025-08-02",
    )
    [d] = found(s, "number", "depth", "conflict")
    assert {v.value for v in d.values} == {"701", "900"}


def test_the_collapse_at_5am_conflicts_and_one_moment_on_two_clocks_does_not(mine):
    wire, live, herald = _ids(mine)
    [d] = found(mine, "time", "collapsed", "conflict")
    assert values_by_article(d)[herald] == {"05:00"}
    # Without the regional paper, "3:15am local time (00:15 GMT)" and "01:15 BST (03:15
    # local time)" tell one moment.
    loaded = load_sources([str(STORIES / "mine" / WIRE), str(STORIES / "mine" / LIVE)])
    assert not [d for d in compare(loaded.sources).divergences if d.kind == "time" and d.severity == "conflict"]


@pytest.mark.parametrize(
    "other,severity", [("01:15 BST", "variant"), ("2:15am local time", "conflict"), ("02:15 BST", "conflict")]
)
def test_local_time_is_read_on_the_clock_the_story_pairs_it_with(other, severity):
    s = compare_bodies(
        "A tunnel of the Pivnichna coal mine collapsed at 3:15am local time (00:15 GMT), trapping miners.",
        f"A tunnel of the Pivnichna coal mine collapsed at {other}, trapping miners.",
        published="2025-08-02",
    )
    assert [d.severity for d in s.divergences if d.kind == "time"] == [severity]


def test_dates_said_on_two_days_resolve_to_one_saturday(mine):
    # "on Saturday" in reports of Saturday and of the Thursday after; "on Tuesday" and
    # "on August 5" of the live page; the dateline's "Aug 2" is the wire's own date.
    saturdays = {f.value for f in mine.facts if f.kind == "date" and f.text.lower().endswith("saturday")}
    assert saturdays == {"2025-08-02"}
    live = _ids(mine)[1]
    contact = {f.value for f in mine.facts if f.article == live and f.slot.startswith("made")}
    assert contact == {"2025-08-05", "--08-05"}
    assert not [f for f in mine.facts if f.text == "Aug 2"]
    [d] = [d for d in mine.divergences if d.kind == "date" and d.severity == "conflict"]
    assert d.slot.startswith("inspected") and {v.value for v in d.values} == {"--05", "--07-14"}


def test_names_written_two_ways_and_the_firm_in_full_and_short(mine):
    minister = entity_written(mine, "Oleksandr Kovalchuk")
    assert minister is not None and {"Aleksandr Kovalchuk", "Kovalchuk"} <= {v.text for v in minister.variants}
    director = entity_written(mine, "Dmytro Savchuk")
    assert director is not None and "Dmitry Savchuk" in {v.text for v in director.variants}
    firm = entity_written(mine, "Stepove Coal Company")
    assert firm is not None and {"Stepove Coal", "SCC"} <= {v.text for v in firm.variants}
    assert entity_written(mine, "GMT") is None and entity_written(mine, "BST") is None
    assert {d.slot for d in mine.divergences if d.kind == "entity"} == {"Aleksandr Kovalchuk", "Dmytro Savchuk"}


def test_had_been_warned_against_had_received_no_warnings(mine):
    # "the company had received no warnings" (wire) against "The company had been warned"
    # (regional) and the live entry's title "Company was warned in June".
    wire, live, herald = _ids(mine)
    [d] = [d for d in mine.divergences if d.kind == "claim"]
    assert d.severity == "conflict" and d.slot == "warned (company)"
    assert {v.article: v.value for v in d.values} == {wire: "negated", live: "affirmed", herald: "affirmed"}


def test_the_reader_sees_one_moment_on_three_clocks_against_another_hour(mine):
    from tui.export.summary import divergence_line

    [d] = found(mine, "time", "collapsed", "conflict")
    line = divergence_line(d, {a.id: a for a in mine.articles})
    agreed, other = line.split(" ≠ ")
    assert "“3:15am” = 00:15 “00:15 GMT” = 01:15 “01:15 BST”" in agreed
    assert other.startswith("about 05:00")
