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


def test_a_prison_term_is_one_slot_however_it_is_worded(court):
    # "to seven years in prison", "to six years in prison on Thursday", "to seven years in jail";
    # the first also names the years the bribes were taken (2016 to 2021), which are not
    # when the sentence was passed: the count is told of Thursday, the nearest date.
    [d] = found(court, "number", "years in prison")
    assert d.severity == "conflict"
    assert values_by_article(d) == {
        article_id(court, "a_lyon_courier.txt"): {"7"},
        article_id(court, "b_rhone_wire.txt"): {"6"},
        article_id(court, "c_metro_news.txt"): {"7"},
    }


def test_prison_terms_worded_three_ways_agree():
    s = compare_bodies(
        "The former mayor was jailed for seven years on Thursday for taking bribes from builders.",
        "The former mayor received a 7-year prison sentence on Thursday for taking bribes from builders.",
        "The former mayor was sentenced on Thursday to seven years behind bars for taking bribes from builders.",
    )
    assert not found(s, "number", "years")


def test_the_most_a_charge_carries_is_not_the_sentence_passed():
    s = compare_bodies(
        "The former mayor, who faced up to 20 years in prison, was sentenced on Thursday to seven years in prison.",
        "The former mayor was sentenced on Thursday to seven years in prison for taking bribes from builders.",
    )
    assert not found(s, "number", "years in prison", "conflict")


def test_an_age_between_commas_meets_an_age_written_year_old():
    s = compare_bodies(
        "Former mayor Pierre Dumont, 67, was arrested at his home in Lyon on Tuesday, police said.",
        "The 66-year-old former mayor Pierre Dumont was arrested at his home in Lyon on Tuesday, police said.",
        "Former mayor Pierre Dumont, 67, was arrested at his home in Lyon on Tuesday, police said.",
    )
    [d] = found(s, "number", "age")
    assert d.severity == "conflict"
    assert {v.article: v.value for v in d.values} == {"1": "67", "2": "66", "3": "67"}


def test_commas_around_a_number_after_a_month_or_in_a_list_are_no_age():
    s = compare_bodies(
        "Prices rose in March, 12, the statistics office said of the towns it surveyed this spring.",
        "Prices rose in March, 14, the statistics office said of the towns it surveyed this spring.",
    )
    assert not found(s, "number", "age")
