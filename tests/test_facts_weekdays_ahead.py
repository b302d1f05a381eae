"""Weekdays that are to come, read from their own clause: "next Thursday", "will strike on
Monday", "from Monday", "agreed to talks on Friday"; and those that are past though a word
of the future stands further on."""

from __future__ import annotations

import pytest

from tui.facts.dates import find_dates

WEDNESDAY = "2025-03-12"


def dated(sentence: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(sentence, WEDNESDAY)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "next Thursday" said on a Wednesday is the Thursday of the week after, not tomorrow
        ("The union has called a second day of action for next Thursday.", ("next Thursday", "2025-03-20")),
        ("The union said it would strike again next Wednesday.", ("next Wednesday", "2025-03-19")),
        ("Train drivers will begin an open-ended strike from Monday.", ("Monday", "2025-03-17")),
        ("Train drivers begin an open-ended strike from Monday.", ("Monday", "2025-03-17")),
        ("The minister agreed to talks with union leaders on Friday, his office said.", ("on Friday", "2025-03-14")),
        ("Nurses threatened to walk out on Monday.", ("on Monday", "2025-03-17")),
        ("On Friday, the union will strike.", ("Friday", "2025-03-14")),
        # a weekday before its date is one date with it
        ("The union would strike again on Thursday 20 March if talks fail.", ("Thursday 20 March", "--03-20")),
    ],
)
def test_days_to_come(sentence, expected):
    assert expected in dated(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a word of the future in another clause leaves the weekday in the past
        (
            "The union accepted it late on Tuesday and called off a strike it had planned for next week.",
            ("on Tuesday", "2025-03-11"),
        ),
        ("The minister agreed on Friday to hold talks.", ("on Friday", "2025-03-07")),
        ("The talks were due to take place on Friday.", ("on Friday", "2025-03-07")),
        ("The line was shut from Monday.", ("Monday", "2025-03-10")),
        ("Trains ran from Monday to Wednesday.", ("Monday", "2025-03-10")),
        ("The union rejected the offer on Monday.", ("on Monday", "2025-03-10")),
        ("The union struck last Thursday.", ("last Thursday", "2025-03-06")),
    ],
)
def test_days_past(sentence, expected):
    assert expected in dated(sentence)


def test_a_weekday_before_a_number_is_still_a_weekday():
    assert ("Thursday", "2025-03-06") in dated("On Thursday 20 people were hurt.")
