"""Inside a cluster, one sum of a currency per article is one fact, whatever verb tells it."""

from __future__ import annotations

from facts_helpers import compare_bodies, story


def test_one_sum_of_one_currency_per_article_is_one_fact():
    # "£2.5 billion to help households" and "£2.7 billion to support households"
    s = story("economy_uk")
    [d] = [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]
    assert {v.value for v in d.values} == {"2500000000", "2700000000"}
    assert d.cluster is not None


def test_two_sums_in_one_article_keep_their_own_slots():
    s = compare_bodies(
        "The government set aside £2.5 billion to help households and £400 million for schools, the Treasury said.",
        "The government set aside £2.5 billion to support households, the Treasury said.",
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_one_share_per_article_told_of_the_same_past_year_is_one_fact():
    s = compare_bodies(
        "Fuel prices rose 7.5% in 2022, the statistics office said in its annual review.",
        "Fuel costs climbed 9.1% in 2022, the statistics office said in its annual review.",
        published="2025-05-14",
    )
    [d] = [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]
    assert {v.value for v in d.values} == {"7.5", "9.1"}


def test_shares_told_of_different_times_stay_apart():
    s = compare_bodies(
        "Fuel prices rose 7.5% in 2022, the statistics office said in its annual review.",
        "Fuel costs climbed 9.1% this year, the statistics office said in its annual review.",
        published="2025-05-14",
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]
