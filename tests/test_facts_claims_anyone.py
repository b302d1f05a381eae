"""A denial that anyone was ("no arrests have been made", "nobody has been arrested")
against someone unnamed who was ("a man has been arrested", "police arrested two men")."""

from __future__ import annotations

import pytest
from facts_helpers import claim_conflicts


SOMEONE = [
    "A man has been arrested on suspicion of arson, police said.",
    "Police arrested two men near the warehouse on Saturday, officials said.",
    "A 34-year-old woman was arrested at her home, police said.",
    "Police said a teenager had been arrested.",
    "Detectives have arrested a local teacher, the force said.",
]


@pytest.mark.parametrize("said", SOMEONE)
@pytest.mark.parametrize(
    "denied",
    [
        "Nobody has been arrested over the fire, police said.",
        "No arrests have been made so far, police said.",
        "There have been no arrests, a police spokesman said.",
        "Police have made no arrests in connection with the fire.",
    ],
)
def test_no_one_arrested_against_someone_arrested(said, denied):
    assert claim_conflicts(said, denied) == {"arrested (someone)": {"1": "affirmed", "2": "negated"}}


def test_arrests_made_meet_a_denial_and_the_verb_names_the_claim():
    assert claim_conflicts(
        "Two arrests have been made, police said.",
        "No one has been arrested, police said.",
    ) == {"arrested (someone)": {"1": "affirmed", "2": "negated"}}
    assert claim_conflicts(
        "Police have made an arrest, a spokesman said.",
        "There have been no arrests, police said.",
    ) == {"arrest (someone)": {"1": "affirmed", "2": "negated"}}


def test_no_charges_brought_denies_each_charge():
    assert claim_conflicts(
        "The driver has been charged with dangerous driving.",
        "No charges have been brought, prosecutors said.",
    ) == {"charged (driver)": {"1": "affirmed", "2": "negated"}}


@pytest.mark.parametrize(
    "said, denied",
    [
        ("A man has been arrested over the fire.", "No one else has been arrested, police said."),
        ("A man was later arrested, police said.", "No one was arrested at the scene, police said."),
        ("A man has been arrested, police said.", "No arrests were made at the protest, police said."),
        ("A man was arrested in 2019 over a similar fire.", "No one has been arrested, police said."),
        ("Police arrested two men last year over a similar fire.", "No one has been arrested, police said."),
        ("A man has been charged with arson.", "No charges have been filed against the driver, police said."),
        ("A man has been arrested, police said.", "There have been no reports of arrests, police said."),
        ("A man may be arrested, police said.", "No one has been arrested, police said."),
        ("If a man is arrested, he will be named.", "No one has been arrested, police said."),
        ("A man is believed to have been arrested.", "No one has been arrested, police said."),
        ("Was a man arrested? Police would not say.", "No one has been arrested, police said."),
        ("Police said a school had been evacuated.", "No one has been evacuated, officials said."),
        ("A warehouse was searched by officers.", "Nobody has been searched, police said."),
        ("Two men have been found in the rubble.", "No one has been found alive, officials said."),
    ],
)
def test_others_other_times_things_and_hedges_are_no_conflict(said, denied):
    assert claim_conflicts(said, denied) == {}


def test_a_denied_indefinite_tells_nothing():
    assert claim_conflicts(
        "A man has not been arrested, police said.",
        "Police have not arrested two men, officials said.",
        "A man has been arrested, police said.",
    ) == {}


def test_someone_unnamed_is_not_a_named_person():
    assert claim_conflicts(
        "A man has been arrested over the fire, police said.",
        "The owner has not been arrested, police said.",
    ) == {}


@pytest.mark.parametrize(
    "said",
    [
        "A previous flood in the valley killed 12 people.",
        "The floods of 2019 killed 40 people in the same valley.",
    ],
)
def test_deeds_of_another_time_meet_no_denial(said):
    assert claim_conflicts(said, "No one has been killed, officials said.") == {}
    assert claim_conflicts(said, "Two people have been killed, officials said.", "No one has been killed so far.") == {
        "killed (someone)": {"2": "affirmed", "3": "negated"}
    }
