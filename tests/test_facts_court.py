"""A sentencing told by three outlets: one arrest told with two verbs, and a day that differs."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, compare_bodies, found, story, values_by_article


@pytest.fixture(scope="module")
def court():
    return story("court")


def test_an_arrest_and_a_detention_date_one_event(court):
    # "was arrested in November 2023" (twice) and "was detained in October 2023".
    [d] = found(court, "date", "arrested")
    assert d.severity == "conflict"
    assert values_by_article(d) == {
        article_id(court, "a_lyon_courier.txt"): {"2023-11"},
        article_id(court, "b_rhone_wire.txt"): {"2023-10"},
        article_id(court, "c_metro_news.txt"): {"2023-11"},
    }


def test_the_day_of_the_sentence_resolves_against_each_dateline(court):
    [d] = found(court, "date", "sentenced")
    assert d.severity == "conflict"
    assert values_by_article(d) == {
        article_id(court, "a_lyon_courier.txt"): {"2025-03-13"},  # "on Thursday"
        article_id(court, "b_rhone_wire.txt"): {"2025-03-13"},
        article_id(court, "c_metro_news.txt"): {"2025-03-12"},  # "on Wednesday"
    }


def test_two_events_of_one_case_are_not_one_date():
    s = compare_bodies(
        "The former mayor was arrested in November 2023 at his home in the city centre.",
        "The former mayor was charged in January 2024 at his home in the city centre.",
    )
    assert not [d for d in s.divergences if d.kind == "date"]


def test_one_arrest_told_as_detention_agrees_when_the_dates_agree():
    s = compare_bodies(
        "The former mayor was arrested in November 2023 at his home in the city centre.",
        "The former mayor was detained in November 2023 at his home in the city centre.",
    )
    assert not [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]
