"""Times told with a qualifier ("around 2pm", "shortly after 2pm", "just before midnight")
keep it, and are held only to the moments it allows."""

from __future__ import annotations

import pytest

from facts_helpers import compare_bodies

DAY = "2025-09-21"


def _times(first: str, second: str) -> list:
    s = compare_bodies(
        f"The ferry overturned near Ukara island at {first} on Thursday, the regional commissioner said.",
        f"The ferry overturned near Ukara island at {second} on Thursday, the regional commissioner said.",
        published=DAY,
    )
    return [d for d in s.divergences if d.kind == "time"]


@pytest.mark.parametrize(
    "first,second",
    [
        ("around 2pm", "2:15pm"),
        ("about 2 p.m.", "1:50 p.m."),
        ("shortly after 2pm", "2:10pm"),
        ("just before midnight", "11:50pm"),
        ("about 1:30 p.m.", "1:40 p.m."),
    ],
)
def test_a_time_its_qualifier_allows_is_a_variant_not_a_conflict(first: str, second: str):
    [d] = _times(first, second)
    assert d.severity == "variant"
    assert [v.text for v in d.values] == [first, second]


@pytest.mark.parametrize(
    "first,second",
    [
        ("around 2pm", "9pm"),
        ("shortly after 2pm", "1:45pm"),  # before the time it is after
        ("just before midnight", "12:10am"),
        ("around 2pm", "2:45pm"),
        ("about 1:30 p.m.", "around 2pm"),  # 1:20 to 1:40 against 1:45 to 2:15
    ],
)
def test_a_time_outside_what_its_qualifier_allows_conflicts(first: str, second: str):
    [d] = _times(first, second)
    assert d.severity == "conflict"


def test_the_qualifier_is_shown_with_the_time():
    [d] = _times("around 2pm", "9pm")
    assert [(v.value, v.qualifier) for v in d.values] == [("14:00", "around"), ("21:00", None)]


@pytest.mark.parametrize("bound", ["after 2pm", "before 9pm", "by noon"])
def test_a_time_that_only_bounds_the_moment_is_not_compared(bound: str):
    assert not _times(bound, "5pm")
