"""A ferry capsizing told by three outlets: what a reader sees at once, the engine reports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from facts_helpers import STORIES, article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def ferry():
    return story("ferry")


def _ids(s):
    return [article_id(s, name) for name in ("a_wire.txt", "b_daily.txt", "c_times.md")]


def test_the_wire_dateline_dates_the_first_report(ferry):
    assert [a.published for a in ferry.articles] == ["2025-09-21", "2025-09-22", "2025-09-22"]


def test_the_captain_arrested_and_not_arrested_is_a_conflict(ferry):
    [d] = found(ferry, "claim", "arrested")
    a, b, _ = _ids(ferry)
    assert d.severity == "conflict" and d.slot == "arrested (captain)"
    assert values_by_article(d) == {a: {"affirmed"}, b: {"negated"}}


def test_people_aboard_told_three_ways_conflict(ferry):
    # "more than 400 passengers", "about 265 people on board", "between 300 and 400 passengers"
    conflicts = found(ferry, "number", "people on board", "conflict")
    assert conflicts
    a, b, c = _ids(ferry)
    assert values_by_article(conflicts[0]) == {a: {"400"}, b: {"265"}, c: {"400"}}


def test_the_capacity_is_not_the_load(ferry):
    # "a capacity of 101 passengers" and "designed to carry 100 passengers" are what the
    # ferry could take; they are never compared with the hundreds it carried.
    for d in found(ferry, "number", "people on board"):
        assert not {v.value for v in d.values} & {"100", "101"}


def test_days_of_mourning_and_the_time_it_overturned(ferry):
    [days] = found(ferry, "number", "days of mourning")
    assert days.severity == "conflict"
    assert sorted(v.value for v in days.values) == ["3", "4", "4"]
    # "at about 1:30 p.m." (1:20 to 1:40) and "at around 2pm" (1:45 to 2:15) still disagree.
    [time] = found(ferry, "time", "overturned")
    assert time.severity == "conflict"
    a, b, _ = _ids(ferry)
    assert values_by_article(time) == {a: {"13:30"}, b: {"14:00"}}
    assert {v.qualifier for v in time.values} == {"about", "around"}


def test_tolls_told_on_different_days_are_variants_not_conflicts(ferry):
    # 136 on the first day, 224 and at least 209 on the next: a toll that rose.
    [toll] = found(ferry, "number", "people killed")
    assert toll.severity == "variant"


def test_one_commissioner_spelled_two_ways_is_one_entity(ferry):
    [d] = found(ferry, "entity", "Adam Malima")
    assert d.severity == "variant"
    assert {v.text for v in d.values} == {"Adam Malima", "Adam Mallima"}


def test_the_three_outputs_tell_the_same_conflicts():
    run = lambda fmt: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "tui", "--format", fmt, str(STORIES / "ferry")],
        capture_output=True, text=True, check=True,
    ).stdout
    data = json.loads(run("json"))
    conflicts = [d for d in data["divergences"] if d["severity"] == "conflict"]
    text, markdown = run("text"), run("markdown")
    assert f"{len(conflicts)} conflicts" in text.splitlines()[0]
    for d in conflicts:
        assert f"CONFLICT {d['kind']} · {d['slot']}" in text
        assert f"| CONFLICT | {d['kind']} |" in markdown
