"""A landslide told by a wire in the morning, a national daily in the evening, a mountain
paper the next day and a local radio bulletin: a toll that rose during the day, missing
and injured counted at different hours, a village transliterated two ways, a minister with
and without his middle initial, warnings issued and warnings never received, rescuers
counted in teams and in people, and rain in millimetres and in inches."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, entity_written, found, read_counts, story, values_by_article

WIRE, DAILY, HERALD, RADIO = "a_ridgeline_wire.txt", "b_national_daily.md", "c_mountain_herald.txt", "d_valley_radio.txt"


@pytest.fixture(scope="module")
def landslide():
    return story("landslide")


def _ids(s):
    return [article_id(s, name) for name in (WIRE, DAILY, HERALD, RADIO)]


def _conflicts(s, kind="number"):
    return [d for d in s.divergences if d.kind == kind and d.severity == "conflict"]


def test_each_report_is_dated_by_its_own_dateline(landslide):
    assert [a.published for a in landslide.articles] == ["2025-10-14", "2025-10-14", "2025-10-15", "2025-10-14"]


def test_the_day_after_tuesday_is_still_the_day_it_struck(landslide):
    # The mountain paper, out on Wednesday, says "a landslide on Tuesday".
    _, _, herald, _ = _ids(landslide)
    days = {f.value for f in landslide.facts if f.article == herald and f.kind == "date" and f.text == "on Tuesday"}
    assert days == {"2025-10-14"}


def test_the_village_transliterated_two_ways_is_one_place(landslide):
    assert entity_written(landslide, "Chhimtang") is entity_written(landslide, "Chimtang")
    told = found(landslide, "entity", "Chhimtang")
    assert told
    for d in told:
        assert d.severity == "variant" and {v.text for v in d.values} == {"Chhimtang", "Chimtang"}


def test_the_minister_with_and_without_his_middle_initial_is_one_man(landslide):
    minister = entity_written(landslide, "Ravi K. Adhikary")
    assert minister is not None
    assert entity_written(landslide, "Ravi Adhikary") is minister
    assert entity_written(landslide, "Adhikary") is minister


def test_warned_and_received_no_warning_conflict(landslide):
    # "Residents said they had received no warning" against "residents had been warned by loudspeaker".
    _, daily, herald, _ = _ids(landslide)
    [d] = found(landslide, "claim", "warned (residents)")
    assert d.severity == "conflict"
    assert values_by_article(d) == {daily: {"negated"}, herald: {"affirmed"}}


def test_injured_counted_the_same_evening_conflict(landslide):
    # 23 in the daily's evening report against 27 on the radio the same evening; the next
    # day's "at least 23" sides with the daily.
    _, daily, herald, radio = _ids(landslide)
    conflicts = [d for d in found(landslide, "number", "people injured", "conflict")]
    assert conflicts
    for d in conflicts:
        assert values_by_article(d) == {daily: {"23"}, herald: {"23"}, radio: {"27"}}


def test_at_least_30_missing_and_34_missing_agree(landslide):
    wire, *_ = _ids(landslide)
    missing = found(landslide, "number", "people missing")
    assert missing and all(d.severity == "variant" for d in missing)
    # The wire's "At least 30 people were missing" stays a count of the missing, though
    # its paragraph sits beside others' counts of the injured.
    assert {(f.slot, f.value) for f in landslide.facts if f.article == wire and f.kind == "number" and f.value == "30"} == {
        ("people missing", "30")
    }


def test_houses_buried_conflict(landslide):
    wire, _, herald, _ = _ids(landslide)
    [d] = found(landslide, "number", "houses", "conflict")
    assert values_by_article(d) == {wire: {"40"}, herald: {"14"}}


def test_the_year_of_the_last_deadly_landslide_conflicts(landslide):
    _, daily, herald, _ = _ids(landslide)
    [d] = found(landslide, "date", "killed", "conflict")
    assert values_by_article(d) == {daily: {"2019"}, herald: {"2021-08"}}


def test_rescuers_in_teams_soldiers_in_a_list_and_rain_in_two_units_are_no_conflict(landslide):
    # "12 rescue teams", "About 400 soldiers, police officers and volunteers", "more than
    # 400 rescuers, including 150 soldiers", "Around 400 people"; "More than 250 mm",
    # "Nearly 10 inches", "254 millimetres".
    for d in _conflicts(landslide):
        assert d.slot.split()[0] in ("people", "houses"), d.slot


def test_one_moment_on_two_clocks_is_no_conflict(landslide):
    # "6:40 a.m. local time (0040 GMT)", "00:40 GMT, or 6:40 am local time", "just before 7 a.m."
    assert not _conflicts(landslide, "time")


@pytest.mark.xfail(
    strict=True,
    reason="publication times are not read: the wire's 12 dead at 10:05 and the evening's 19 "
    "(\"the death toll ... rose to 19 on Tuesday evening\") are held to one day's figure",
)
def test_a_toll_that_rose_during_the_day_is_no_conflict(landslide):
    assert not found(landslide, "number", "people killed", "conflict")


@pytest.mark.parametrize(
    "sentence, reading",
    [
        ("About 400 soldiers, police officers and volunteers were digging.",
         [("400", "about", "soldiers, police officers and volunteers")]),
        ("Norvik will cut about 1,000 jobs and shut a factory.", [("1000", "about", "jobs cut")]),
        ("The crash killed 38 of the 67 people on board.", [("67", None, "people on board")]),
        ("The death toll from the landslide that buried the village of Chimtang rose to 19 on Tuesday evening.",
         [("19", None, "people killed")]),
    ],
)
def test_what_a_count_counts(sentence, reading):
    assert read_counts(sentence) == reading
