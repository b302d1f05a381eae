"""Counts written in words: "a million people", "half a million", "a dozen homes", "four
and a half hours", "two hundred and fifty", each read with its value; and the words that
only look like counts ("a million-dollar fine", "warned a dozen times") left alone."""

from __future__ import annotations

import pytest

from facts_helpers import compare_bodies, read_counts


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("The floods forced a million people from their homes.", ("1000000", None, "people evacuated")),
        ("Half a million people fled the fighting.", ("500000", None, "people evacuated")),
        ("A dozen homes were destroyed.", ("12", None, "homes destroyed")),
        ("About a dozen homes were destroyed.", ("12", "about", "homes destroyed")),
        ("Half a dozen homes were destroyed.", ("6", None, "homes destroyed")),
        ("Two dozen homes were destroyed.", ("24", None, "homes destroyed")),
        ("A hundred people were injured.", ("100", None, "people injured")),
        ("One million people were displaced.", ("1000000", None, "people evacuated")),
        ("One and a half million people were displaced.", ("1500000", None, "people evacuated")),
        ("Four and a half million people were displaced.", ("4500000", None, "people evacuated")),
        ("More than a million people were evacuated.", ("1000000", "more than", "people evacuated")),
        ("He was jailed for four and a half years.", ("4.5", None, "years in prison")),
        ("He was jailed for four-and-a-half years.", ("4.5", None, "years in prison")),
        ("Two hundred and fifty people were killed.", ("250", None, "people killed")),
        ("A hundred and one people were killed.", ("101", None, "people killed")),
        ("Three hundred thousand people were evacuated.", ("300000", None, "people evacuated")),
    ],
)
def test_a_count_in_words_is_read_with_its_value(sentence, reading):
    assert read_counts(sentence) == [reading]


def test_a_count_in_words_is_one_count_not_two():
    # "fifty" inside "two hundred and fifty" is no count of its own
    assert [value for value, _, _ in read_counts("Two hundred and fifty people were killed.")] == ["250"]
    # "between two hundred and three hundred" is a range, not 203
    assert read_counts("Between two hundred and three hundred people were killed.") == [
        ("300", "between two hundred and", "people killed")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company paid a million-dollar fine.",  # a modifier: the fine's size is not said
        "A thousand-strong crowd gathered outside.",
        "He had been warned a dozen times.",  # a manner of speaking, not a count of warnings
        "It was a one in a million chance.",  # the whole of a ratio
        "Nine in ten voters backed the plan.",
        "One in 10 adults smoke, the survey found.",
    ],
)
def test_words_that_only_look_like_counts_are_not_read(sentence):
    assert read_counts(sentence) == []


def test_one_of_a_dozen_counts_the_dozen_not_the_one():
    assert read_counts("She was one of a dozen protesters arrested on Friday.") == [("12", None, "protesters arrested")]


def test_a_count_in_words_agrees_with_the_same_count_in_figures():
    s = compare_bodies(
        "Half a million people fled the fighting, the agency said.",
        "About 500,000 people fled the fighting, the agency said.",
        "A dozen homes were destroyed in the village, officials said.",
        "12 homes were destroyed in the village, officials said.",
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_a_count_in_words_disagrees_with_another_count():
    s = compare_bodies(
        "A million people fled the fighting, the agency said.",
        "About 600,000 people fled the fighting, the agency said.",
    )
    [d] = [d for d in s.divergences if d.kind == "number"]
    assert d.severity == "conflict" and d.slot == "people evacuated"
    assert {v.value for v in d.values} == {"1000000", "600000"}


def test_a_manner_of_speaking_raises_no_conflict_with_a_count():
    s = compare_bodies(
        "Forecasters had warned a dozen times that the storm would be severe.",
        "Forecasters had warned three times that the storm would be severe.",
    )
    assert not [d for d in s.divergences if d.kind == "number"]
