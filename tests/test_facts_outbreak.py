"""A cholera outbreak told by three outlets: cases, deaths and vaccine doses, each told in
other words by each outlet, compared as one slot."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def outbreak():
    return story("outbreak")


def _ids(s):
    return [article_id(s, name) for name in ("a_agency.txt", "b_post.txt", "c_radio.txt")]


def test_all_three_reports_are_of_one_day(outbreak):
    assert [a.published for a in outbreak.articles] == ["2025-09-09"] * 3


def test_people_infected_and_cases_are_one_count_that_conflicts(outbreak):
    # "has infected 1,234 people", "1,243 confirmed cases", "1,234 cases recorded since late
    # July": one count, told on one day, compared across the clusters that tell it.
    [d] = found(outbreak, "number", "people infected")
    a, b, c = _ids(outbreak)
    assert d.severity == "conflict" and d.cluster is None
    assert values_by_article(d) == {a: {"1234"}, b: {"1243"}, c: {"1234"}}


def test_a_bare_count_after_killed_is_the_toll(outbreak):
    # "has infected 1,234 people and killed 56 in Lakeside province" and "the death toll
    # ... has risen to 61", told the same day: a toll that grew is held to one day's figure.
    [d] = found(outbreak, "number", "people killed in Lakeside")
    a, _, c = _ids(outbreak)
    assert d.severity == "conflict"
    assert values_by_article(d) == {a: {"56"}, c: {"61"}}
    # "More than 50 people have died" is held against neither.
    assert not [v for x in found(outbreak, "number", "people killed", "conflict") for v in x.values if v.value == "50"]


def test_doses_of_vaccine_and_vaccine_doses_conflict(outbreak):
    # "100,000 doses of oral vaccine", "100,000 vaccine doses", "80,000 doses of vaccine
    # last week": "last week" names no date to keep the last apart.
    [d] = found(outbreak, "number", "vaccine doses")
    a, b, c = _ids(outbreak)
    assert d.severity == "conflict"
    assert values_by_article(d) == {a: {"100000"}, b: {"100000"}, c: {"80000"}}


def test_two_sources_in_one_article_are_no_conflict(outbreak):
    # "police put the crowd at 300 while organisers said 2,000 took part"
    _, _, c = _ids(outbreak)
    for d in outbreak.divergences:
        if d.kind == "number" and d.severity == "conflict":
            assert {v.article for v in d.values} != {c}
    assert not [d for d in outbreak.divergences if any(v.value == "2000" for v in d.values)]
