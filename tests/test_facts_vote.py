"""A parliamentary vote told by three outlets: the tally, bylines, spellings of a name."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, compare_bodies, found, story, values_by_article


@pytest.fixture(scope="module")
def vote():
    return story("vote")


def test_a_vote_tally_is_two_counts_and_a_different_tally_conflicts(vote):
    # "a vote of 312 to 198", "voting 310 to 200", "312 votes to 198"
    [ayes] = found(vote, "number", "votes for", "conflict")
    [noes] = found(vote, "number", "votes against", "conflict")
    wire = article_id(vote, "b_continental_wire.txt")
    assert values_by_article(ayes)[wire] == {"310"} and values_by_article(noes)[wire] == {"200"}
    assert {v.value for v in ayes.values} == {"312", "310"}
    assert {v.value for v in noes.values} == {"198", "200"}


def test_bylines_and_credits_are_not_compared_as_paragraphs(vote):
    texts = [p.text for c in vote.clusters for p in c.members]
    assert "By Anna Kowalski" not in texts
    assert not any(t.startswith("(Reporting by") for t in texts)


def test_two_spellings_of_one_president_are_one_entity(vote):
    [d] = found(vote, "entity", "Volodymyr Zelensk")
    assert d.severity == "variant"
    assert {v.text for v in d.values} == {"Volodymyr Zelenskyy", "Volodymyr Zelensky"}


@pytest.mark.parametrize(
    "said",
    [
        "The city won the final 3-1 after extra time, the club said on its website.",  # no vote
        "Turnout rose from 2019 to 2021 as the vote moved online, the commission said.",  # years
    ],
)
def test_a_score_or_a_span_of_years_is_no_tally(said: str):
    s = compare_bodies(said, said.replace("said", "reported"))
    assert not found(s, "number", "votes")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Supreme Court struck down the ban in a 6-3 decision on Tuesday.", "The Supreme Court struck down the ban in a 5-4 ruling on Tuesday."),
        ("The Senate passed the bill 52-48 on Friday after a long debate.", "The Senate passed the bill by a vote of 51 to 49 on Friday after a long debate."),
    ],
)
def test_tallies_of_courts_and_chambers_that_differ_conflict(first: str, second: str):
    s = compare_bodies(first, second)
    assert found(s, "number", "votes for", "conflict") and found(s, "number", "votes against", "conflict")

