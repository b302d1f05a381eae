"""A time is labelled by the event word nearest it in its own clause, not by a verb of
another event told in the same sentence ("after a trial that lasted six weeks")."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, compare_bodies, story, values_by_article

DAY = "2025-03-14"


def test_the_time_of_the_verdict_is_labelled_by_the_verdict_not_the_trial():
    # "The verdict was read at 10:15 a.m. after a trial that lasted six weeks." against
    # "The judge delivered the verdict shortly after 11am, ending a four-week trial."
    court = story("court")
    [d] = [d for d in court.divergences if d.kind == "time"]
    assert d.slot == "read" and d.severity == "conflict"
    assert values_by_article(d) == {
        article_id(court, "a_lyon_courier.txt"): {"10:15"},
        article_id(court, "b_rhone_wire.txt"): {"11:00"},
    }


@pytest.mark.parametrize(
    "first,second,slot",
    [
        (
            "The verdict was read at 10:15 a.m. after a trial that lasted six weeks, the court said.",
            "The verdict was read at 11:40 a.m. after a trial that lasted six weeks, the court said.",
            "read",
        ),
        (
            "At 9:15, after the plane took off from the island, the engine exploded.",
            "At 9:50, after the plane took off from the island, the engine exploded.",
            "exploded",
        ),
        (
            "It was dark at 6pm when the bus crashed on the mountain road.",
            "It was dark at 7:30pm when the bus crashed on the mountain road.",
            "crashed",
        ),
    ],
)
def test_a_time_takes_the_event_of_its_clause(first: str, second: str, slot: str):
    s = compare_bodies(first, second, published=DAY)
    [d] = [d for d in s.divergences if d.kind == "time"]
    assert (d.slot, d.severity) == (slot, "conflict")


def test_times_of_two_events_in_one_sentence_stay_apart():
    s = compare_bodies(
        "The verdict was read at 10:15 a.m., after a hearing that began at 9am, the court said.",
        "The verdict was read at 10:15 a.m., after a hearing that began at 8:30am, the court said.",
        published=DAY,
    )
    assert not [d for d in s.divergences if d.kind == "time" and d.slot == "read"]
