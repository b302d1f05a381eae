"""Deeds of a named doer with no named object: "the minister resigned" against "has not resigned"."""

from __future__ import annotations

import pytest
from facts_helpers import claim_conflicts


RESIGNED = "The minister resigned on Friday."
RESIGNED_CONFLICT = {"resigned (minister)": {"1": "affirmed", "2": "negated"}}


def test_conceded_against_not_conceded():
    assert claim_conflicts(
        "Anna Horvath conceded defeat late on Sunday and congratulated her rival.",
        "Anna Horvath has not conceded and said her party would challenge the result in court.",
    ) == {"conceded (Anna Horvath)": {"1": "affirmed", "2": "negated"}}


def test_a_body_has_apologised_against_has_not():
    assert claim_conflicts("The company has apologised to the families.", "The company has not apologised.") == {
        "apologised (company)": {"1": "affirmed", "2": "negated"}
    }


@pytest.mark.parametrize(
    "denied",
    [
        "The minister has not resigned, her office said.",
        "Her office said the minister has not resigned.",
        "The minister did not resign.",
        "The minister hasn't resigned.",
        "The minister never resigned.",
        "The minister has yet to resign.",
        "The minister has refused to resign.",
        "The minister declined to resign.",
        "The minister has not yet resigned.",
    ],
)
def test_every_way_of_denying_the_deed(denied):
    assert claim_conflicts(RESIGNED, denied) == RESIGNED_CONFLICT


@pytest.mark.parametrize(
    "affirmed",
    [
        "The minister may resign on Friday.",
        "The minister would resign if the report found against her.",
        "The minister is expected to resign.",
        "Calls for the minister to resign grew on Friday.",
        "The opposition urged the minister to resign.",
        "It is unclear whether the minister resigned.",
        "Did the minister resign on Friday?",
        "The minister resigned in 2019.",
        "The minister previously resigned from the cabinet.",
        "The president resigned on Friday.",
        "Reports that the minister resigned were denied.",
        "The minister, who has long resisted calls to go, said on Friday she was staying.",
    ],
)
def test_no_deed_is_read_from_hedges_other_times_or_other_doers(affirmed):
    assert claim_conflicts(affirmed, "The minister has not resigned.") == {}


def test_not_until_tells_that_she_did():
    assert claim_conflicts(RESIGNED, "The minister did not resign until Friday.") == {}


@pytest.mark.parametrize(
    "pair",
    [
        ("The minister said on Friday.", "The minister has not said."),
        ("The minister confirmed the figures.", "The minister has not confirmed."),
        ("The minister remained in office.", "The minister has not remained."),
        ("The company commented.", "The company declined to comment."),
        ("The company agreed to pay the families.", "The company has not agreed."),
        ("The company admitted that it had erred.", "The company has not admitted fault."),
    ],
)
def test_verbs_of_saying_linking_and_complement_clauses_are_no_deeds(pair):
    assert claim_conflicts(*pair) == {}


def test_two_different_objects_are_two_deeds():
    assert claim_conflicts("Anna Horvath conceded defeat on Sunday.", "Anna Horvath has not conceded a goal.") == {}
    assert claim_conflicts("The minister resigned as party leader.", "The minister has not resigned from the cabinet.") == {}


def test_a_participle_that_describes_its_noun_is_no_deed():
    assert claim_conflicts("The man arrested on Friday was charged.", "The man has not arrested anyone.") == {}


def test_a_named_object_is_left_to_the_active_claim():
    found = claim_conflicts("The junta has invited the Red Cross.", "The junta has not invited the Red Cross.")
    assert list(found) == ["invited Red Cross"]


def test_an_article_that_says_both_takes_no_side():
    assert claim_conflicts(RESIGNED + " Some reports said the minister never resigned.", RESIGNED) == {}


def test_not_only_affirms_and_a_count_is_left_to_numbers():
    assert claim_conflicts("The council had not only evacuated residents.", "The council has not evacuated residents.") == {}
    assert claim_conflicts("The hospital has hired 300 extra nurses.", "The hospital has not hired extra nurses.") == {}


def test_denied_any_wrongdoing_against_admitted_wrongdoing():
    assert claim_conflicts("Corvana denied any wrongdoing.", "Corvana has admitted wrongdoing.") == {
        "admitted (Corvana)": {"1": "negated", "2": "affirmed"}
    }
    assert claim_conflicts("Corvana admitted no liability.", "Corvana accepted liability for the leak.") == {
        "admitted (Corvana)": {"1": "negated", "2": "affirmed"}
    }


def test_faults_that_differ_or_are_not_denied_are_no_conflict():
    assert claim_conflicts("Corvana denied wrongdoing.", "Corvana admitted liability.") == {}
    assert claim_conflicts("Corvana did not deny wrongdoing.", "Corvana admitted wrongdoing.") == {}
    assert claim_conflicts("Corvana denied the report.", "Corvana admitted the report was true.") == {}
    assert claim_conflicts("Corvana denied any wrongdoing.", "Helix admitted wrongdoing.") == {}
