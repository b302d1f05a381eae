"""A hurricane told by a wire and a coastal paper on the day it made landfall, a metro
paper the day after and a radio bulletin: the landfall in UTC and in local time, winds in
km/h and in mph, a peak gust told two ways, the storm's category, homes without power
counted the same evening, evacuation orders, a toll at home and one in a neighbouring
country, a governor spelled two ways, warnings given and never received, and rain in
inches and in millimetres."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, claim_conflicts, entity_written, found, read_counts, story, values_by_article

WIRE, TIMES, METRO, RADIO = "a_gulf_wire.txt", "b_coastal_times.md", "c_metro_daily.txt", "d_bay_radio.txt"


@pytest.fixture(scope="module")
def hurricane():
    return story("hurricane")


def _ids(s):
    return [article_id(s, name) for name in (WIRE, TIMES, METRO, RADIO)]


def _facts(s, article, slot):
    return {f.value for f in s.facts if f.article == article and f.kind == "number" and f.slot == slot}


def test_each_report_is_dated_by_its_own_dateline(hurricane):
    assert [a.published for a in hurricane.articles] == ["2025-09-16", "2025-09-16", "2025-09-17", "2025-09-16"]


def test_landfall_in_utc_and_in_local_time_is_one_moment(hurricane):
    # "at 16:10 UTC on Tuesday" against "at 11:10 a.m. CDT Tuesday".
    assert not [d for d in hurricane.divergences if d.kind == "time" and d.severity == "conflict"]
    [d] = [d for d in hurricane.divergences if d.kind == "time"]
    assert d.severity == "variant" and {v.text for v in d.values} == {"16:10 UTC", "11:10 a.m. CDT"}


def test_sustained_winds_in_km_h_and_mph_are_one_speed(hurricane):
    # "maximum sustained winds of 225 km/h" and "maximum sustained winds of 140 mph".
    wire, times, *_ = _ids(hurricane)
    assert _facts(hurricane, wire, "sustained wind (km/h)") == _facts(hurricane, times, "sustained wind (km/h)") == {"225"}
    assert not found(hurricane, "number", "sustained wind", "conflict")


def test_the_peak_gust_conflicts_but_its_conversion_does_not(hurricane):
    # "a gust of 259 km/h" and "A gust of 161 mph" agree; "148 mph" the next day does not.
    wire, times, metro, _ = _ids(hurricane)
    [d] = found(hurricane, "number", "gust (km/h)")
    assert d.severity == "conflict"
    assert values_by_article(d) == {wire: {"259"}, times: {"259"}, metro: {"238"}}


def test_category_4_against_category_3_at_landfall_conflicts(hurricane):
    wire, times, metro, radio = _ids(hurricane)
    [d] = found(hurricane, "number", "storm category")
    assert d.severity == "conflict"
    assert values_by_article(d) == {wire: {"4"}, times: {"4"}, metro: {"4"}, radio: {"3"}}


def test_homes_without_power_counted_the_same_day_conflict(hurricane):
    # "About 640,000 homes and businesses were without power", "about 820,000 customers had
    # lost electricity", "Power was out for 820,000 customers"; the next day "More than 900,000".
    wire, times, metro, radio = _ids(hurricane)
    [d] = found(hurricane, "number", "households", "conflict")
    assert values_by_article(d) == {wire: {"640000"}, times: {"820000"}, metro: {"900000"}, radio: {"820000"}}


def test_more_than_a_million_and_1_2_million_ordered_out_agree(hurricane):
    told = found(hurricane, "number", "people ordered to evacuate")
    assert told and all(d.severity == "variant" for d in told)


def test_two_deaths_abroad_are_no_part_of_the_home_toll(hurricane):
    # "killed two people in neighbouring Belmira", "killed two people in Belmira" beside
    # "At least three people were killed in Calvera" and "three people ... confirmed dead".
    wire, *_, radio = _ids(hurricane)
    assert _facts(hurricane, wire, "people killed in Belmira") == _facts(hurricane, radio, "people killed in Belmira") == {"2"}
    assert not [d for d in hurricane.divergences if d.kind == "number" and "killed" in d.slot and d.severity == "conflict"]


def test_the_toll_that_rose_the_next_day_is_a_variant(hurricane):
    _, times, metro, _ = _ids(hurricane)
    [d] = [d for d in found(hurricane, "number", "people killed", "variant") if d.slot == "people killed"]
    assert values_by_article(d) == {times: {"3"}, metro: {"5"}}


def test_the_governor_spelled_two_ways_is_one_woman(hurricane):
    governor = entity_written(hurricane, "Kathryn Boudreaux")
    assert governor is not None and entity_written(hurricane, "Katheryn Boudreaux") is governor
    [d] = found(hurricane, "entity", "Kathryn Boudreaux")
    assert d.severity == "variant"


def test_emergency_declared_on_monday_and_on_sept_15_agree(hurricane):
    [d] = found(hurricane, "date", "declared")
    assert d.severity == "variant" and {v.text for v in d.values} == {"on Monday", "Sept. 15"}


def test_warned_for_days_and_no_one_warned_them_conflict(hurricane):
    # "Forecasters warned residents for days" against "residents said no one had warned them to leave".
    _, times, metro, _ = _ids(hurricane)
    [d] = found(hurricane, "claim", "warned (residents)")
    assert d.severity == "conflict"
    assert values_by_article(d) == {times: {"affirmed"}, metro: {"negated"}}


def test_rain_in_inches_and_in_millimetres_agrees(hurricane):
    # "More than 14 inches of rain had fallen" and "About 360 millimetres of rain had fallen".
    _, times, _, radio = _ids(hurricane)
    assert _facts(hurricane, times, "millimetres") == {"356"}
    assert _facts(hurricane, radio, "millimetres") == {"360"}
    assert not found(hurricane, "number", "millimetres")


def test_the_only_number_conflicts_are_power_gust_and_category(hurricane):
    # Schools closed in 11 counties are not the 14 counties the evacuation orders covered.
    conflicts = {d.slot for d in hurricane.divergences if d.kind == "number" and d.severity == "conflict"}
    assert conflicts == {"households", "gust (km/h)", "storm category"}


def test_a_forecast_weekday_is_the_one_to_come(hurricane):
    # "was expected to crest on Wednesday" and "could fall ... through Thursday", in Tuesday's papers.
    wire, times, *_ = _ids(hurricane)
    days = {(f.article, f.text): f.value for f in hurricane.facts if f.kind == "date"}
    assert days[(times, "on Wednesday")] == "2025-09-17"
    assert days[(wire, "Thursday")] == "2025-09-18"


@pytest.mark.parametrize(
    "sentence, reading",
    [
        ("The storm packed maximum sustained winds of 140 mph.", [("140", None, "sustained wind (km/h)")]),
        ("A gust of 161 mph was recorded at the airport.", [("161", None, "gust (km/h)")]),
        ("Crews cannot work until the wind drops below 35 mph.", []),
        ("More than 14 inches of rain had fallen by Tuesday evening.", [("14", "more than", "millimetres")]),
        ("It came ashore as a Category 4 storm.", [("4", None, "storm category")]),
        ("Power was out for 820,000 customers.", [("820000", None, "households")]),
        ("About 1.2 million people were under evacuation orders.", [("1200000", "about", "people ordered to evacuate")]),
        ("Schools in 11 coastal counties will stay closed.", [("11", None, "coastal counties (schools)")]),
    ],
)
def test_what_a_measure_or_count_is(sentence, reading):
    assert read_counts(sentence) == reading


def test_no_one_warned_them_denies_what_forecasters_warned_residents_affirms():
    told = claim_conflicts("Forecasters warned residents for days.", "Residents said no one had warned them to leave.")
    assert told == {"warned (residents)": {"1": "affirmed", "2": "negated"}}
