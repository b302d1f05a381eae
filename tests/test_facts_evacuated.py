"""People made to leave their homes, told as evacuated, fled, displaced or forced from
their homes, are one count; refugees abroad, lasting displacement, orders to leave and
places evacuated are not that count."""

from __future__ import annotations

import pytest

from facts_helpers import compare_bodies, found, values_by_article

DAY = "2025-10-02"


def _read(sentence: str) -> list[tuple[str, str | None, str]]:
    from tui.facts.numbers import find_numbers, plain

    return [(plain(n.value), n.qualifier, n.slot) for n in find_numbers(sentence, [])]


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("About 10,000 people were evacuated from the valley.", ("10000", "about", "people evacuated")),
        ("Some 12,000 residents evacuated as the fire approached.", ("12000", "some", "people evacuated")),
        ("The floods forced 12,000 from their homes.", ("12000", None, "people evacuated")),
        ("About 20,000 residents were forced from their homes.", ("20000", "about", "people evacuated")),
        ("The storm forced more than 12,000 people to flee.", ("12000", "more than", "people evacuated")),
        ("More than 15,000 people fled.", ("15000", "more than", "people evacuated")),
        ("Nearly 9,000 people have been displaced.", ("9000", "nearly", "people evacuated")),
        ("The storm displaced 30,000 residents.", ("30000", None, "people evacuated")),
        ("The evacuation of 10,000 people began at dawn.", ("10000", None, "people evacuated")),
    ],
)
def test_people_made_to_leave_are_one_count_however_it_is_worded(sentence, reading):
    assert _read(sentence) == [reading]


@pytest.mark.parametrize(
    "sentence",
    [
        "The war has displaced 2 million people over the past decade.",  # displacement that lasts
        "About 40,000 people remain displaced after the quake.",
        "Some 500,000 people have fled to Poland.",  # refugees abroad
        "Some 500,000 refugees have fled.",
        "About 6,500 residents were ordered to evacuate.",  # an order, not a departure
        "Police ordered 6,500 residents to evacuate.",
        "Officials ordered the evacuation of 10,000 people.",
        "Officials ordered the evacuation of 3 towns.",  # places, not people
        "Three towns were evacuated.",
    ],
)
def test_refugees_lasting_displacement_orders_and_places_are_not_evacuees(sentence):
    assert all(slot != "people evacuated" for _, _, slot in _read(sentence))


def test_evacuees_told_with_two_verbs_that_cannot_both_be_right_conflict():
    s = compare_bodies(
        "Officials said about 10,000 people were evacuated from the valley on Tuesday as the river rose.",
        "The floods forced 25,000 people from their homes in the valley on Tuesday as the river rose.",
        published=DAY,
    )
    [d] = found(s, "number", "people evacuated")
    assert d.severity == "conflict"
    assert values_by_article(d) == {"1": {"10000"}, "2": {"25000"}}


@pytest.mark.parametrize(
    "second",
    [
        "Some 12,000 residents evacuated from the valley on Tuesday as the river rose.",  # about 12,000
        "The floods forced more than 9,000 people from their homes on Tuesday as the river rose.",
    ],
)
def test_evacuees_that_a_qualifier_or_rounding_reconciles_do_not_conflict(second: str):
    s = compare_bodies(
        "Officials said 10,000 people were evacuated from the valley on Tuesday as the river rose.",
        second,
        published=DAY,
    )
    assert found(s, "number", "people evacuated")
    assert not found(s, "number", "people evacuated", "conflict")


@pytest.mark.parametrize(
    "second",
    [
        "The conflict has displaced 2 million people over the past decade, officials said on Tuesday.",
        "Some 500,000 people have fled to Poland since the war began, officials said on Tuesday.",
        "Officials ordered the evacuation of 3 towns in the valley on Tuesday as the river rose.",
        "About 6,500 residents were ordered to evacuate the valley on Tuesday as the river rose.",
    ],
)
def test_near_misses_do_not_conflict_with_the_evacuees(second: str):
    s = compare_bodies(
        "Officials said 10,000 people were evacuated from the valley on Tuesday as the river rose.",
        second,
        published=DAY,
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]
