"""A story built of traps: what must not be reported as a disagreement, and one that must."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def floods():
    return story("floods")


def test_qualified_tolls_that_can_all_be_true_do_not_conflict(floods):
    # "nearly 100", "at least 60" and "93" fit one true number.
    tolls = [d for d in found(floods, "number", "people killed") if "93" in {v.value for v in d.values}]
    assert tolls and all(d.severity == "variant" for d in tolls)
    sides = {(v.value, v.qualifier) for d in tolls for v in d.values}
    assert sides == {("100", "nearly"), ("60", "at least"), ("93", None)}


def test_a_past_year_toll_conflicts_even_across_publication_days(floods):
    [d] = [d for d in found(floods, "number", "people killed", "conflict")]
    by = values_by_article(d)
    assert by == {article_id(floods, "a_north_courier.txt"): {"40"}, article_id(floods, "c_east_wire.txt"): {"41"}}


def test_this_year_and_a_past_year_are_different_slots(floods):
    for d in floods.divergences:
        values = {v.value for v in d.values}
        assert not ({"40", "41"} & values and {"93", "60", "100"} & values)


def test_counts_of_different_things_are_not_compared(floods):
    # "two ministers would travel" and "three ministers had visited"; "500 soldiers" alone.
    assert not [d for d in floods.divergences if d.kind == "number" and "minister" in d.slot]
    assert not [d for d in floods.divergences if d.kind == "number" and "soldier" in d.slot]


def test_durations_said_two_ways_are_not_worth_a_line(floods):
    assert not [d for d in floods.divergences if d.slot in ("hours", "metres")]


def test_different_actors_on_one_claim_do_not_conflict(floods):
    # "China has not recognized" and "Russia has recognized" the same council.
    assert not found(floods, "claim", "")


def test_not_only_is_no_negation(floods):
    assert not [f for f in floods.facts if f.kind == "claim" and "not only" in f.text]


def test_a_bare_surname_shared_by_two_people_stays_alone(floods):
    names = {e.name: {v.text for v in e.variants} for e in floods.entities}
    assert names["John Harlow"] == {"John Harlow"}
    assert names["Mary Harlow"] == {"Mary Harlow"}
    assert names["Harlow"] == {"Harlow"}


def test_a_place_named_before_the_count_makes_another_slot(floods):
    velmar = [f for f in floods.facts if f.kind == "number" and f.value == "30"]
    assert velmar and velmar[0].slot == "people killed in Velmar"
    assert not any("30" in {v.value for v in d.values} for d in floods.divergences)


def test_a_count_of_a_previous_event_is_not_compared(floods):
    assert not any("12" in {v.value for v in d.values} for d in floods.divergences if d.kind == "number")
