"""Crowd figures by who counted them: police and organisers are two slots, never compared."""

from __future__ import annotations

import pytest

from facts_helpers import compare_bodies
from tui.facts.crowds import read_crowds
from tui.facts.numbers import find_numbers, plain


def crowds(sentence: str) -> list[tuple[str, str]]:
    """Each count of a sentence as (value, slot), crowd figures read by source."""
    bare = []
    return [(plain(n.value), n.slot) for n in read_crowds(find_numbers(sentence, [], bare), bare, sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Police said 80,000 people took part in the march, while the union, which called the strike, put the figure at 250,000.",
            [("80000", "crowd (police)"), ("250000", "crowd (organisers)")],
        ),
        (
            "Organisers said 250,000 people joined the march; police estimated the crowd at 95,000.",
            [("250000", "crowd (organisers)"), ("95000", "crowd (police)")],
        ),
        ("Organisers said about 250,000 people marched in the capital.", [("250000", "crowd (organisers)")]),
        ("About 80,000 people marched through the capital, police said.", [("80000", "crowd (police)")]),
        ("Some 80,000 people took part in the rally, according to police.", [("80000", "crowd (police)")]),
        ("Organisers said 5,000 people attended the vigil.", [("5000", "crowd (organisers)")]),
        ("Police said 20,000 people marched in Kaster.", [("20000", "crowd (police) in Kaster")]),
    ],
)
def test_a_crowd_is_read_with_its_source(sentence, expected):
    assert crowds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 43 people were arrested at the march.",  # a count at a march, not its crowd
        "Police said 12 officers were injured during the protest.",
        "According to the union, 1.3 million workers took part in the strike.",  # a strike is no gathering
        "The union said 5,000 workers attended the meeting.",
        "Police and organisers said 10,000 people marched.",  # both sources: whose is it?
        "About 300 people marched in the capital on Sunday.",  # no source
        "Police put the figure at 300.",  # a figure of nothing said to be a gathering
    ],
)
def test_near_misses_are_no_crowd_of_a_source(sentence):
    assert not [slot for _, slot in crowds(sentence) if slot.startswith("crowd")]


def crowd_divergences(*bodies: str):
    return [d for d in compare_bodies(*bodies, published="2025-03-12").divergences if d.slot.startswith("crowd")]


def test_police_figures_conflict_and_are_never_set_against_organisers():
    [d] = crowd_divergences(
        "Police said 80,000 people took part in the march in Selm, while organisers put the figure at 250,000.",
        "Organisers said 250,000 people took part in the march in Selm; police estimated the crowd at 95,000.",
    )
    assert d.severity == "conflict" and d.slot == "crowd (police)"
    assert {v.value for v in d.values} == {"80000", "95000"}


def test_two_sources_of_one_article_are_no_conflict():
    assert not crowd_divergences(
        "Police said 80,000 people took part in the march in Selm, while organisers put the figure at 250,000.",
        "Organisers said 250,000 people took part in the march in Selm; police estimated the crowd at 80,000.",
    )
