"""Copies that lost words around a fact still disagree with their cluster on it.

A date whose event only its own article tells, at the same place as a date several
articles of its cluster tell of one event, is that date in a copy that lost its verb. A
count that lost its noun is read from the same place in the other paragraphs."""

from __future__ import annotations

from facts_helpers import compare_bodies

FLOOD = "The last comparable flood on the Marrow, in August {year}, {verb} 2,700 people and destroyed the old footbridge."


def _date_conflicts(s):
    return [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]


def test_a_copy_that_lost_its_verb_still_disagrees_on_the_year():
    s = compare_bodies(
        FLOOD.format(year=1997, verb="forced the evacuation of"),
        FLOOD.format(year=1997, verb="forced the evacuation of"),
        FLOOD.format(year=1998, verb="the evacuation"),
    )
    assert len(s.clusters) == 1
    [d] = _date_conflicts(s)
    values = {(v.article, v.value) for v in d.values}
    assert values == {("1", "1997-08"), ("2", "1997-08"), ("3", "1998-08")}


def test_the_same_year_in_a_copy_that_lost_its_verb_is_no_conflict():
    s = compare_bodies(
        FLOOD.format(year=1997, verb="forced the evacuation of"),
        FLOOD.format(year=1997, verb="forced the evacuation of"),
        FLOOD.format(year=1997, verb="the evacuation"),
    )
    assert not _date_conflicts(s)
    assert not [d for d in s.divergences if d.kind == "date" and d.severity == "partial"]


def test_two_articles_each_with_its_own_event_are_not_forced_together():
    # with no event that several articles share, neither date is the other's
    s = compare_bodies(
        "The last comparable flood on the Marrow, in August 1997, forced the evacuation of 2,700 people.",
        "The last comparable flood on the Marrow, in August 1998, destroyed the old wooden footbridge.",
    )
    assert not _date_conflicts(s)


POWER = "About {n} households across the valley were without electricity on Wednesday evening, and the operator said supply might not return before Saturday."
POWER_GARBLED = "About {n} the valley were without electricity on Wednesday evening, and the operator told reporters supply not return prior to Saturday."


def _number_conflicts(s):
    return [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_a_count_that_lost_its_noun_at_the_start_of_a_paragraph_is_read_from_its_peers():
    s = compare_bodies(POWER.format(n="9,000"), POWER.format(n="9,000"), POWER_GARBLED.format(n="18,000"))
    [d] = _number_conflicts(s)
    assert d.slot == "households"  # not "households across"
    assert {(v.article, v.value) for v in d.values} == {("1", "9000"), ("2", "9000"), ("3", "18000")}


def test_the_same_count_in_a_copy_that_lost_its_noun_agrees():
    s = compare_bodies(POWER.format(n="9,000"), POWER.format(n="9,000"), POWER_GARBLED.format(n="9,000"))
    assert not _number_conflicts(s)


def test_a_count_without_a_noun_is_not_read_from_peers_that_tell_two_slots_there():
    s = compare_bodies(
        "About 9,000 households across the valley were without electricity on Wednesday evening.",
        "About 9,000 homes across the valley were without electricity on Wednesday evening.",
        "About 18,000 the valley were without electricity on Wednesday evening.",
    )
    assert not [v for d in _number_conflicts(s) for v in d.values if v.value == "18000"]
