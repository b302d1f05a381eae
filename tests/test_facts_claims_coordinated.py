"""Passive claims joined in one clause ("was arrested and charged"), and whose a role is
("the driver of the bus" is not "the driver of the lorry")."""

from __future__ import annotations

import pytest
from facts_helpers import claim_conflicts


def test_arrested_and_charged_tells_both_deeds():
    assert claim_conflicts(
        "The driver was arrested and charged with dangerous driving on Friday, police said.",
        "The driver has not been charged, a police spokesman said.",
    ) == {"charged (driver)": {"1": "affirmed", "2": "negated"}}
    assert claim_conflicts(
        "Marta Lindqvist was questioned and later released, her solicitor said.",
        "Marta Lindqvist has not been released, her family said.",
    ) == {"released (Marta Lindqvist)": {"1": "affirmed", "2": "negated"}}


def test_not_arrested_or_charged_denies_both():
    assert claim_conflicts(
        "The driver was arrested and charged on Friday, police said.",
        "The driver has not been arrested or charged, police said.",
    ) == {
        "arrested (driver)": {"1": "affirmed", "2": "negated"},
        "charged (driver)": {"1": "affirmed", "2": "negated"},
    }


@pytest.mark.parametrize(
    "said",
    [
        "The driver has not been arrested and charged, police said.",  # maybe only not both
        "The driver was arrested or charged, police could not say which.",
        "The driver was arrested and forced to hand over his licence.",
        "The driver was arrested and police charged his passenger.",
        "The driver was arrested and may be charged next week, police said.",
    ],
)
def test_unclear_joins_tell_nothing_of_the_second_verb(said):
    assert "charged (driver)" not in claim_conflicts(said, "The driver has been charged, police said.")
    assert "charged (driver)" not in claim_conflicts(said, "The driver has not been charged, police said.")


def test_drivers_of_two_vehicles_are_two_people():
    assert claim_conflicts(
        "The driver of the bus has been arrested, police said.",
        "The driver of the lorry has not been arrested, police said.",
    ) == {}
    assert claim_conflicts(
        "The bus's driver has been arrested, police said.",
        "The lorry's driver has not been arrested, police said.",
    ) == {}


def test_a_role_without_an_owner_may_be_either():
    assert claim_conflicts(
        "The bus's driver has been arrested, police said.",
        "The driver has not been arrested, police said.",
    ) == {"arrested (driver)": {"1": "affirmed", "2": "negated"}}
    assert claim_conflicts(
        "The driver of the bus has been arrested, police said.",
        "The bus's driver has not been arrested, police said.",
    ) == {"arrested (driver)": {"1": "affirmed", "2": "negated"}}


def test_two_owners_in_one_article_are_no_self_contradiction():
    assert claim_conflicts(
        "The driver of the bus has been arrested but the lorry's driver has not been arrested.",
        "The driver has not been arrested, police said.",
    ) == {"arrested (driver)": {"1": "affirmed", "2": "negated"}}
