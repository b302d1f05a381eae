"""A wildfire told by three outlets: rounded acreages, weekdays without a dateline."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, compare_bodies, found, story, values_by_article


@pytest.fixture(scope="module")
def wildfire():
    return story("wildfire")


def test_two_round_figures_that_no_rounding_joins_are_a_conflict(wildfire):
    # "45,000" stands for 44,500 to 45,500 and "42,000" for 41,500 to 42,500: they cannot
    # both be right, where a rule of "10% either way" let them pass.
    [d] = found(wildfire, "number", "acres", "conflict")
    assert values_by_article(d) == {
        article_id(wildfire, "a_valley_times.txt"): {"42000"},
        article_id(wildfire, "b_state_wire.txt"): {"45000"},
        article_id(wildfire, "c_northstate_news.txt"): {"42000"},
    }


def test_a_weekday_that_no_dateline_resolves_still_disagrees_with_another_day(wildfire):
    # a_valley_times is dated: "on Thursday" is 2025-07-31; b_state_wire has no dateline
    # and says "on Wednesday" of the same declaration.
    [d] = found(wildfire, "date", "declared", "conflict")
    assert values_by_article(d) == {
        article_id(wildfire, "a_valley_times.txt"): {"2025-07-31"},
        article_id(wildfire, "b_state_wire.txt"): {"wednesday"},
    }
    assert d.cluster is not None  # compared inside the cluster, where both tell one event


def test_agreeing_figures_are_no_divergence(wildfire):
    assert not found(wildfire, "number", "firefighters")  # "more than 1,800" and "some 1,800"
    assert not found(wildfire, "number", "homes destroyed")  # "at least 120" twice


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("40,000", "42,000"),  # 40,000 may be 42,000 rounded to the ten thousand
        ("1,000", "1,200"),
        ("1,500", "1,520"),
    ],
)
def test_a_figure_that_may_be_the_other_rounded_is_no_conflict(first: str, second: str):
    said = "The fire north of Redding has burned {} acres since Tuesday, fire officials said."
    s = compare_bodies(said.format(first), said.format(second).replace("officials said", "officials told reporters"))
    assert len(s.clusters) == 1
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2,000", "3,000"),  # 2,500 would round to 3,000, not to 2,000
        ("100", "200"),
        ("2,000", "at least 2,500"),
    ],
)
def test_round_figures_a_step_apart_conflict(first: str, second: str):
    said = "The fire north of Redding has burned {} acres since Tuesday, fire officials said."
    s = compare_bodies(said.format(first), said.format(second).replace("officials said", "officials told reporters"))
    assert len(s.clusters) == 1
    assert [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_an_unresolved_weekday_agrees_with_a_full_date_that_falls_on_it():
    said = "Governor Gavin Newsom declared a state of emergency for Shasta County on {}."
    s = compare_bodies(said.format("Wednesday"), said.format("July 30, 2025"))  # a Wednesday
    assert not [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]
    s = compare_bodies(said.format("Wednesday"), said.format("July 31, 2025"))  # a Thursday
    assert [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]
