"""A plane crash told by three outlets: one moment told with three verbs, counts that differ."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, compare_bodies, found, story, values_by_article


@pytest.fixture(scope="module")
def crash():
    return story("crash")


def _times(s):
    return [d for d in s.divergences if d.kind == "time"]


def test_one_moment_told_with_different_verbs_is_compared(crash):
    # "went down at about 11:28", "crashed at 11:28 a.m.", "came down at 10:28": each
    # article of the cluster gives one clock time, so they are times of one moment.
    [d] = _times(crash)
    assert d.severity == "conflict"
    assert values_by_article(d) == {
        article_id(crash, "a_global_post.txt"): {"11:28"},
        article_id(crash, "b_eurasia_daily.txt"): {"11:28"},
        article_id(crash, "c_caspian_herald.txt"): {"10:28"},
    }


def test_counts_in_words_that_differ_are_a_conflict_and_a_bound_is_not(crash):
    [survived] = found(crash, "number", "survived", "conflict")
    assert {v.value for v in survived.values} == {"29", "32"}
    assert not found(crash, "number", "people killed", "conflict")  # 38 and "at least 35"


def test_an_article_giving_two_times_keeps_the_times_apart():
    s = compare_bodies(
        "The Embraer jet took off from Baku at 09:40 and crashed near Aktau at 11:28, the ministry said.",
        "The Embraer jet crashed near Aktau at 11:28 after leaving Baku, the ministry said.",
    )
    assert len(s.clusters) == 1
    assert not [d for d in _times(s) if d.severity == "conflict"]

