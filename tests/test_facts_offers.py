"""Percentages offered and percentages demanded: the two sides of a pay dispute, each one slot."""

from __future__ import annotations

import pytest

from facts_helpers import compare_bodies
from tui.facts.numbers import find_numbers, plain
from tui.facts.offers import read_offers


def slots(sentence: str) -> list[tuple[str, str]]:
    return [(plain(n.value), n.slot) for n in read_offers(find_numbers(sentence, []), sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The union rejected the government's offer of a 4.5% rise spread over two years.", ("4.5", "percent offered")),
        ("The union rejected the offer of 4.5 per cent over two years on Tuesday night.", ("4.5", "percent offered")),
        ("The government has offered 1.9 million public employees a 5% rise over two years.", ("5", "percent offered")),
        ("The union is demanding 9%.", ("9", "percent demanded")),
        ("The union wants 9% for this year alone.", ("9", "percent demanded")),
        ("Nurses are calling for a 10 percent pay increase.", ("10", "percent demanded")),
    ],
)
def test_what_is_offered_or_demanded(sentence, expected):
    assert expected in slots(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company offered to cut 5% of jobs.",  # a part of something else
        "The bank offered loans at 5% interest.",
        "The union rejected a revised offer of 4% on Monday.",  # one offer among others
        "The government's first offer was 2%.",
        "The proposal was approved by 52%.",  # another verb's figure
        "Inflation reached 6.8% as the union demanded action.",
        "The union rejected the offer, saying inflation reached 6.8% in January.",  # another clause
    ],
)
def test_near_misses_keep_their_own_slot(sentence):
    assert not [slot for _, slot in slots(sentence) if slot in ("percent offered", "percent demanded")]


def test_an_offer_conflicts_and_a_demand_is_kept_apart():
    divergences = compare_bodies(
        "The union rejected the government's offer of a 4.5% rise. The union is demanding 9%.",
        "The government has offered workers a 5% rise over two years. The union wants 9%.",
    ).divergences
    [d] = [d for d in divergences if d.kind == "number"]
    assert d.severity == "conflict" and d.slot == "percent offered"
    assert {v.value for v in d.values} == {"4.5", "5"}
