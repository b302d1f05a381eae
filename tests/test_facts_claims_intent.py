"""Stated intentions: "his lawyer said he would appeal" against "Dumont will not appeal"."""

from __future__ import annotations

import pytest
from facts_helpers import claim_conflicts


CONVICTED = "Marc Dumont was convicted of fraud on Tuesday. "
WILL_NOT = CONVICTED + "His lawyer said his client would not appeal."
CONFLICT = {"appeal (Marc Dumont)": {"1": "intends", "2": "does not intend"}}


@pytest.mark.parametrize(
    "said",
    [
        "His lawyer said he would appeal the ruling.",
        "Dumont plans to appeal, his lawyer said.",
        "Marc Dumont's lawyer said he would appeal.",
        "Lawyers for Marc Dumont said he would appeal.",
        "Dumont said he will appeal the verdict.",
        "Dumont intends to appeal against the conviction.",
    ],
)
@pytest.mark.parametrize(
    "denied",
    [
        WILL_NOT,
        CONVICTED + "Dumont will not appeal, his lawyer said.",
        CONVICTED + "Dumont has no plans to appeal.",
        CONVICTED + "Dumont won't appeal, according to his lawyer.",
        CONVICTED + "Dumont has decided not to appeal.",
    ],
)
def test_an_intention_and_its_denial(said, denied):
    assert claim_conflicts(CONVICTED + said, denied) == CONFLICT


@pytest.mark.parametrize(
    "said",
    [
        "His lawyer said he would appeal if the sentence was upheld.",  # a condition
        "Dumont may appeal, his lawyer said.",
        "Dumont is considering an appeal.",
        "Would Dumont appeal? His lawyer said it was too early to tell.",
        "Dumont has appealed the ruling.",  # the deed, not the intention
        "Prosecutors said they would appeal.",  # someone else
        "Dumont would appeal the ruling unless prosecutors dropped the case.",
        "Dumont would appeal the sentence, his lawyer said.",  # "would" reported, but of another thing below
        "Dumont will reportedly appeal, according to local media.",
    ],
)
def test_conditions_doubts_deeds_and_others_are_no_intention_against_it(said):
    assert claim_conflicts(CONVICTED + said, CONVICTED + "Dumont will not appeal the ruling, his lawyer said.") == {}


def test_would_outside_reported_speech_is_no_intention():
    assert claim_conflicts(
        CONVICTED + "Dumont would appeal in any ordinary case.",
        WILL_NOT,
    ) == {}


def test_a_pronoun_with_two_people_before_it_is_left_unread():
    two = "Marc Dumont and Lea Roux were convicted of fraud on Tuesday. "
    assert claim_conflicts(
        two + "His lawyer said he would appeal.",
        two + "His lawyer said he would not appeal.",
    ) == {}


def test_not_until_is_an_intention_deferred():
    assert claim_conflicts(
        CONVICTED + "Dumont will appeal, his lawyer said.",
        CONVICTED + "Dumont will not appeal until the written ruling is published, his lawyer said.",
    ) == {}


def test_a_role_states_its_own_intention():
    assert claim_conflicts(
        "Prosecutors said they would appeal the sentence.",
        "Prosecutors will not appeal the sentence, a spokesman said.",
    ) == {"appeal (prosecutors)": {"1": "intends", "2": "does not intend"}}


def test_intention_and_deed_are_apart():
    assert claim_conflicts(
        CONVICTED + "Dumont has not appealed the ruling yet, his lawyer said.",
        CONVICTED + "Dumont plans to appeal the ruling, his lawyer said.",
    ) == {}


def test_a_role_opening_a_sentence_is_the_same_role():
    assert claim_conflicts(
        "Prosecutors said they would appeal the sentence.",
        "A spokesman said prosecutors would not appeal the sentence.",
    ) == {"appeal (prosecutors)": {"1": "intends", "2": "does not intend"}}


@pytest.mark.parametrize(
    "said, denied",
    [
        ("Schools will close on Monday.", "Schools will not close, the council said."),  # a forecast, unsaid
        (
            "The minister said the sanctions would be lifted when Dumont will repay the money.",
            "Dumont will not repay the money, his lawyer said.",
        ),
        ("His lawyer said the outcome will depend on the judge.", "Dumont said he will not depend on anyone."),
        (
            "Officials said the review of the case of Marc Dumont will begin soon.",
            "Marc Dumont will not begin serving his sentence, his lawyer said.",
        ),
    ],
)
def test_forecasts_when_clauses_and_names_after_the_verb_are_no_intention(said, denied):
    assert claim_conflicts(CONVICTED + said, CONVICTED + denied) == {}


def test_a_lawyer_named_in_apposition_speaks_for_the_client():
    assert claim_conflicts(
        CONVICTED + "Dumont plans to appeal, his lawyer Anne Vidal said.",
        CONVICTED + "Dumont's lawyer, Anne Vidal, said his client would not appeal.",
    ) == {"appeal (Marc Dumont)": {"1": "intends", "2": "does not intend"}}
    # the lawyer's own name is not the client's
    assert claim_conflicts(
        "Anne Vidal plans to appeal the fine, her office said.",
        "Dumont's lawyer, Anne Vidal, said his client would not appeal.",
    ) == {}


def test_the_court_story_reports_the_opposite_intentions():
    from facts_helpers import article_id, found, story, values_by_article

    s = story("court")
    (d,) = found(s, "claim", "appeal (Pierre Dumont)", "conflict")
    assert values_by_article(d) == {
        article_id(s, "b_rhone_wire.txt"): {"does not intend"},
        article_id(s, "c_metro_news.txt"): {"intends"},
    }
