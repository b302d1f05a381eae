"""Shares of the vote: one slot per candidate or party however the share is worded, never
compared with another candidate's share, with turnout or with how far the count has gone."""

from __future__ import annotations

import pytest

from facts_helpers import compare_bodies, found, values_by_article

DAY = "2025-11-17"


def _number_slots(body: str) -> list[tuple[str, str]]:
    return [(f.value, f.slot) for f in compare_bodies(body, published=DAY).facts if f.kind == "number"]


def _conflicts(*bodies: str) -> list:
    return [d for d in compare_bodies(*bodies, published=DAY).divergences if d.kind == "number" and d.severity == "conflict"]


@pytest.mark.parametrize(
    "body,reading",
    [
        ("Opposition leader Maria Lopez won 54.2 percent of the vote.", ("54.2", "share of the vote (Maria Lopez)")),
        ("Maria Lopez took 52.4% of the votes cast.", ("52.4", "share of the vote (Maria Lopez)")),
        ("Maria Lopez beat Juan Ortiz with 54% of the vote.", ("54", "share of the vote (Maria Lopez)")),
        ("Maria Lopez's share of the vote was just over 54%.", ("54", "share of the vote (Maria Lopez)")),
        ("The incumbent won 54% of the vote.", ("54", "share of the vote")),  # no name: inside its cluster only
        ("With 95 percent of the vote counted, the incumbent led.", ("95", "share of the vote counted")),
        ("With 90% of ballots tallied, the incumbent led.", ("90", "share of the vote counted")),
        ("Turnout was 61 percent, the commission said.", ("61", "percent (turnout)")),
    ],
)
def test_how_shares_of_the_vote_are_read(body: str, reading: tuple[str, str]):
    assert _number_slots(body) == [reading]


def test_one_candidates_share_told_with_two_verbs_conflicts():
    s = compare_bodies(
        "Opposition leader Maria Lopez won 54.2 percent of the vote in Sunday's runoff, the electoral commission said.",
        "Opposition leader Maria Lopez took 52.4% of the vote in Sunday's runoff, the electoral commission said.",
        published=DAY,
    )
    [d] = found(s, "number", "share of the vote")
    assert d.severity == "conflict" and d.slot == "share of the vote (Maria Lopez)"
    assert values_by_article(d) == {"1": {"54.2"}, "2": {"52.4"}}


def test_each_candidates_share_is_compared_with_the_same_candidates_only():
    # "while Juan Ortiz took 41 percent", "and Juan Ortiz 43%": shares told by ellipsis.
    s = compare_bodies(
        "Maria Lopez won 54.2% of the vote in the runoff, while Juan Ortiz took 41 percent, the commission said.",
        "Maria Lopez took 52.4% of the vote in the runoff and Juan Ortiz 43%, the commission said.",
        published=DAY,
    )
    shares = {d.slot: values_by_article(d) for d in found(s, "number", "share of the vote", "conflict")}
    assert shares == {
        "share of the vote (Maria Lopez)": {"1": {"54.2"}, "2": {"52.4"}},
        "share of the vote (Juan Ortiz)": {"1": {"41"}, "2": {"43"}},
    }


@pytest.mark.parametrize(
    "second",
    [
        "Juan Ortiz took 41% of the vote in Sunday's runoff, the electoral commission said.",  # another candidate
        "Maria Lopez beat Juan Ortiz with 54.2% of the vote in Sunday's runoff, the electoral commission said.",
        "Turnout was 61 percent in Sunday's runoff, the electoral commission said.",
        "With 95 percent of the vote counted in Sunday's runoff, the electoral commission said.",
    ],
)
def test_another_candidate_turnout_and_the_count_are_not_the_share(second: str):
    first = "Maria Lopez won 54.2 percent of the vote in Sunday's runoff, the electoral commission said."
    assert not _conflicts(first, second)


def test_a_share_of_something_else_told_after_a_vote_share_is_not_a_share():
    slots = _number_slots("Maria Lopez won 54% of the vote, while Juan Ortiz lost 5 percent of his seats.")
    # a share of something else is told as what it is of
    assert slots == [("54", "share of the vote (Maria Lopez)"), ("5", "percent (of seats)")]
