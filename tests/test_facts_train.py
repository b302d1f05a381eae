"""A rail crash told by three outlets on two days: counts that grow and counts that do not."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def train():
    return story("train")


def test_passengers_do_not_grow_from_one_day_to_the_next(train):
    [d] = found(train, "number", "people on board", "conflict")  # "412 passengers on board", "398 passengers on board"
    by = values_by_article(d)
    assert by[article_id(train, "b_northern_post.txt")] == {"398"}
    assert by[article_id(train, "c_wire_service.txt")] == {"412"}


def test_a_toll_told_a_day_later_may_have_grown(train):
    [d] = [d for d in found(train, "number", "people killed") if d.slot == "people killed"]
    assert d.severity == "variant"
    assert {v.value for v in d.values} == {"31", "29", "34"}  # "near Korvik" does not split the slot


def test_injured_told_the_same_day_conflict(train):
    [d] = found(train, "number", "people injured", "conflict")
    assert {v.value for v in d.values} == {"118", "120"}


def test_governor_spelled_two_ways_is_one_person_with_her_surname(train):
    entity = next(e for e in train.entities if e.name == "Elena Sarova")
    assert {v.text for v in entity.variants} == {"Elena Sarova", "Elena Sarowa", "Sarova"}


def test_clock_time_written_two_ways(train):
    times = {(f.article, f.value, f.text) for f in train.facts if f.kind == "time"}
    assert (article_id(train, "a_rail_times.txt"), "06:45", "6:45 am") in times
    assert (article_id(train, "b_northern_post.txt"), "06:45", "06:45") in times
    assert not found(train, "time", "", "conflict")


def test_an_article_that_dates_the_derailment_in_another_cluster_is_not_silent_on_it(train):
    # [3] tells "Saturday's derailment near Korvik" in a paragraph of its own: the cluster
    # where [1] dates the derailment "on Saturday" must not call [3] silent.
    c = article_id(train, "c_wire_service.txt")
    for d in found(train, "date", "derailed", "partial"):
        assert c not in d.silent
