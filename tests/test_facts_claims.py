"""Claims: one predicate affirmed by one article and denied by another."""

from __future__ import annotations

from facts_helpers import article_id, found, story


def test_invited_and_not_invited_conflict():
    s = story("quake")
    [d] = found(s, "claim", "invited", "conflict")
    sides = {(v.article, v.value) for v in d.values}
    assert sides == {
        (article_id(s, "a_delta_times.txt"), "affirmed"),
        (article_id(s, "b_river_wire.txt"), "negated"),
    }


def test_seed_recognition_claim_sides():
    s = story("../../seeds")
    [d] = found(s, "claim", "recognized", "conflict")
    by_name = {a.id: a.name[:3] for a in s.articles}
    sides = {(by_name[v.article], v.line, v.value) for v in d.values}
    assert ("002", 5, "affirmed") in sides
    assert {("000", 8, "negated"), ("001", 7, "negated"), ("003", 14, "negated")} <= sides
    assert not any(value == "affirmed" and name != "002" for name, _, value in sides)


def test_no_claim_conflict_where_nothing_is_denied():
    s = story("senate")
    assert not found(s, "claim", "")
