"""Stances told in opposite words: "accepted the offer" against "rejected the offer",
"agreed to talks" against "refused to negotiate"."""

from __future__ import annotations

import pytest

from facts_helpers import claim_conflicts


@pytest.mark.parametrize(
    "rejected",
    [
        "The Transport Union also rejected the offer.",
        "The smaller Transport Union rejected the government's pay offer on Tuesday.",
        "The Transport Union turned down the deal.",
    ],
)
def test_accepted_against_rejected(rejected):
    accepted = "But the Transport Union, which represents most train drivers, accepted it late on Tuesday."
    assert claim_conflicts(rejected, accepted) == {"accepted (Transport Union)": {"1": "negated", "2": "affirmed"}}


def test_one_word_both_ways_is_told_once():
    # "has not accepted" against "accepted" is the claims' own: no second line for it here.
    assert claim_conflicts("The Transport Union has not accepted the offer.", "The Transport Union accepted the offer.") == {
        "accepted the offer": {"1": "negated", "2": "affirmed"}
    }


@pytest.mark.parametrize(
    "refused",
    [
        "Labour minister Tomas Renko has refused to negotiate until the strike is called off.",
        "Tomas Renko declined to hold talks with the unions.",
        "Tomas Renko ruled out talks.",
    ],
)
def test_agreed_to_talks_against_refused_to_negotiate(refused):
    agreed = "Labour Minister Tomas Renko agreed to talks with union leaders on Friday, his office said."
    assert claim_conflicts(refused, agreed) == {"agreed to talks (Tomas Renko)": {"1": "negated", "2": "affirmed"}}


@pytest.mark.parametrize(
    "other",
    [
        "The Rail Union rejected the offer.",  # another doer
        "The Transport Union rejected the plan for a new line.",  # another thing rejected
        "The Transport Union did not reject the offer.",  # no acceptance either
        "The Transport Union would reject the offer if it came to a vote.",  # a hedge
        "The Transport Union reportedly rejected the offer.",  # doubt
        "The Transport Union previously rejected the offer.",  # another time
        "Talks with the Transport Union rejected nothing.",  # no doer opening the sentence
        "The Transport Union rejected claims that it had lost members.",  # a denial, not a stance
    ],
)
def test_near_misses_are_no_conflict(other):
    assert claim_conflicts(other, "The Transport Union accepted the offer.") == {}


def test_a_doer_with_a_title_but_not_after_a_preposition():
    assert claim_conflicts(
        "Talks with Tomas Renko were refused to negotiate.", "Tomas Renko agreed to talks."
    ) == {}
