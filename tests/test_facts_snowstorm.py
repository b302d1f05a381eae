"""Flights cancelled, told three ways ("About 1,200 flights were cancelled", "Airlines
cancelled 1,200 flights", "1,500 flights were cancelled"): one slot, so the third report
disagrees with both others; counts in words agree with the same counts in figures."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, found, read_counts, story, values_by_article
from tui.facts.numbers import find_numbers


@pytest.fixture(scope="module")
def snowstorm():
    return story("snowstorm")


def test_flights_cancelled_told_three_ways_are_one_slot_in_conflict(snowstorm):
    [d] = found(snowstorm, "number", "flights cancelled", "conflict")
    assert values_by_article(d) == {
        article_id(snowstorm, "a_wire.txt"): {"1200"},
        article_id(snowstorm, "b_daily.txt"): {"1200"},
        article_id(snowstorm, "c_evening.txt"): {"1500"},
    }


def test_half_a_million_and_a_dozen_agree_with_the_figures(snowstorm):
    assert not found(snowstorm, "number", "passengers stranded", "conflict")  # "Half a million", "About 500,000"
    assert not found(snowstorm, "number", "homes")  # "a dozen homes", "12 homes"


def test_four_and_a_half_hours_is_not_four(snowstorm):
    [d] = found(snowstorm, "number", "hours", "conflict")
    assert values_by_article(d) == {
        article_id(snowstorm, "b_daily.txt"): {"4.5"},
        article_id(snowstorm, "c_evening.txt"): {"4"},
    }


def test_the_words_that_only_look_like_counts_raise_nothing(snowstorm):
    # "warned a dozen times", "a million-dollar bill" against "$1.4 million"
    assert not found(snowstorm, "number", "times")
    assert not found(snowstorm, "number", "bill")


@pytest.mark.parametrize(
    "sentence",
    [
        "About 1,200 flights were cancelled.",
        "About 1,200 flights cancelled on Monday.",
        "About 1,200 flights cancelled.",
        "Airlines cancelled about 1,200 flights on Monday.",
        "Airlines have cancelled about 1,200 flights.",
    ],
)
def test_a_count_and_its_verb_are_one_slot_however_ordered(sentence):
    [n] = find_numbers(sentence, [])
    assert (n.slot, n.local) == ("flights cancelled", False)  # compared across the story


@pytest.mark.parametrize(
    "sentence,reading",
    [
        # the soldiers did the attacking: a count of soldiers, not of soldiers attacked
        ("300 soldiers attacked the base.", ("300", None, "soldiers")),
        ("Rebels attacked 300 soldiers.", ("300", None, "soldiers attacked")),
        # a word that describes the figure, a verb whose object is a clause
        ("An estimated 1,200 flights were grounded.", ("1200", "an estimated", "flights grounded")),
        ("Officials warned 300 flights could be cancelled.", ("300", None, "flights")),
        ("Officials expected 300 flights to be cancelled.", ("300", None, "flights")),
        # a present tense in "-eed" is no past form
        ("300 families need help.", ("300", None, "families")),
        # a measure is an amount whatever the verb: "burned", "scorched", "grown to" acres are one slot
        ("The fire has burned 2,400 hectares.", ("2400", None, "hectares")),
        # a place between the count and its verb
        ("About 250 homes in Pontypridd were flooded on Sunday.", ("250", "about", "homes flooded in Pontypridd")),
        ("The river flooded 300 homes in Pontypridd.", ("300", None, "homes flooded in Pontypridd")),
    ],
)
def test_what_a_verb_beside_a_count_says(sentence, reading):
    assert read_counts(sentence) == [reading]
