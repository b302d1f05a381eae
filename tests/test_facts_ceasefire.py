"""A ceasefire told by a wire, a daily and a regional site, each with its own page chrome."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def ceasefire():
    return story("ceasefire")


def _ids(s):
    return [article_id(s, name) for name in ("01_wire.txt", "02_daily.txt", "03_regional.txt")]


def test_each_site_s_own_dateline_dates_its_report(ceasefire):
    # "By Ana Torres | March 14, 2025", "First published on Fri 14 Mar 2025 09.10 GMT",
    # "Updated on: March 14, 2025 / 11:40 AM CET"
    assert [a.published for a in ceasefire.articles] == ["2025-03-14"] * 3


def test_the_video_link_and_the_correction_are_set_aside(ceasefire):
    wire = ceasefire.articles[0]
    reasons = {b.paragraph.line: b.reason for b in wire.boilerplate}
    assert reasons[13] == "video or audio link"
    assert reasons[15] == "editor's note"
    # The withdrawn figure of the correction is compared with nothing.
    assert not any(v.value == "300" for d in ceasefire.divergences for v in d.values)


def test_the_prisoner_release_aligns_whoever_is_quoted_on_it(ceasefire):
    # One article ends its paragraph with ", the UN envoy, Miriam Solberg, told reporters";
    # another quotes her on something else. The point made, 250 prisoners a side, decides.
    a, b, c = _ids(ceasefire)
    [cluster] = [cl for cl in ceasefire.clusters if any("250 prisoners" in m.text for m in cl.members if m.article == c)]
    assert {(m.article, m.line) for m in cluster.members} == {(a, 7), (b, 7), (c, 7)}


def test_the_hour_the_truce_began_conflicts(ceasefire):
    [d] = found(ceasefire, "time", "", "conflict")
    a, b, c = _ids(ceasefire)
    assert values_by_article(d) == {a: {"06:00"}, b: {"06:00"}, c: {"00:00"}}


def test_at_least_1200_and_more_than_1400_killed_do_not_conflict(ceasefire):
    [d] = found(ceasefire, "number", "people killed")
    assert d.severity == "variant"
    assert not found(ceasefire, "number", "people killed", "conflict")


def test_prisoners_freed_on_one_day_told_three_ways_conflict(ceasefire):
    # "The first 50 prisoners crossed the Kessara bridge on Friday", "Around 50 prisoners
    # were handed over ... on Friday morning", "the first 40 prisoners freed on Friday".
    [d] = found(ceasefire, "number", "prisoners released", "conflict")
    a, b, c = _ids(ceasefire)
    assert d.cluster is None
    assert values_by_article(d) == {a: {"50"}, b: {"50"}, c: {"40"}}


def test_the_prisoners_to_be_freed_are_not_those_freed_on_friday(ceasefire):
    # "each side will release 250 prisoners", "would free 250 prisoners within a week"
    for d in found(ceasefire, "number", "prisoners released"):
        assert "250" not in {v.value for v in d.values}
