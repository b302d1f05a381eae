"""A partial says which articles are silent on a fact: an article that tells it in
another paragraph, with a value that agrees, is not silent; one that tells another
event under the same verb still is."""

from __future__ import annotations

from facts_helpers import article_id, compare_bodies, found, story


def test_an_article_telling_the_time_in_another_paragraph_is_not_silent():
    s = compare_bodies(
        "Residents said they had received no warning before the slope collapsed just before 7 a.m.",
        "The slope above the village collapsed at 6:40 in the morning, burying 14 houses.\n\n"
        "Residents said they had received no warning from the district office before it went.",
    )
    assert found(s, "time", "collapsed") == []


def test_an_article_telling_another_event_under_the_same_verb_stays_silent():
    # The south paper says people were "killed" on Wednesday, this year's floods; the
    # others add that the floods of 2019 killed 40 or 41: on 2019 the south paper is silent.
    s = story("floods")
    [partial] = found(s, "date", "killed", "partial")
    assert {v.value for v in partial.values} == {"2019"}
    assert partial.silent == (article_id(s, "b_south_herald.txt"),)


def test_the_year_a_change_is_measured_from_is_no_date_of_the_story():
    s = compare_bodies(
        "Turnout was 58.3 percent, the electoral commission said, down from 63.1 percent in 2021.",
        "Turnout was 58.3 percent, the electoral commission said.",
    )
    assert found(s, "date", "") == []
    # A date of the story beside it is still read.
    s = compare_bodies(
        "Turnout was 58.3 percent, the commission said, down from 63.1 percent in 2021. The vote was held in May 2025.",
        "Turnout was 58.3 percent, the commission said. The vote was held in June 2025.",
    )
    assert found(s, "date", "held", "conflict") != []
