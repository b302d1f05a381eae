"""Copies that lost words around a fact still disagree with their cluster on it.

A date whose event only its own article tells, at the same place as a date several
articles of its cluster tell of one event, is that date in a copy that lost its verb. A
count that lost its noun is read from the same place in the other paragraphs."""

from __future__ import annotations

from facts_helpers import compare_bodies

FLOOD = "The last comparable flood on the Marrow, in August {year}, {verb} 2,700 people and destroyed the old footbridge."


def _date_conflicts(s):
    return [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]


def test_a_copy_that_lost_its_verb_still_disagrees_on_the_year():
    s = compare_bodies(
        FLOOD.format(year=1997, verb="forced the evacuation of"),
        FLOOD.format(year=1997, verb="forced the evacuation of"),
        FLOOD.format(year=1998, verb="the evacuation"),
    )
    assert len(s.clusters) == 1
    [d] = _date_conflicts(s)
    values = {(v.article, v.value) for v in d.values}
    assert values == {("1", "1997-08"), ("2", "1997-08"), ("3", "1998-08")}


def test_the_same_year_in_a_copy_that_lost_its_verb_is_no_conflict():
    s = compare_bodies(
        FLOOD.format(year=1997, verb="forced the evacuation of"),
        FLOOD.format(year=1997, verb="forced the evacuation of"),
        FLOOD.format(year=1997, verb="the evacuation"),
    )
    assert not _date_conflicts(s)
    assert not [d for d in s.divergences if d.kind == "date" and d.severity == "partial"]


def test_two_articles_each_with_its_own_event_are_not_forced_together():
    # with no event that several articles share, neither date is the other's
    s = compare_bodies(
        "The last comparable flood on the Marrow, in August 1997, forced the evacuation of 2,700 people.",
        "The last comparable flood on the Marrow, in August 1998, destroyed the old wooden footbridge.",
    )
    assert not _date_conflicts(s)


POWER = "About {n} households across the valley were without electricity on Wednesday evening, and the operator said supply might not return before Saturday."
POWER_GARBLED = "About {n} the valley were without electricity on Wednesday evening, and the operator told reporters supply not return prior to Saturday."


def _number_conflicts(s):
    return [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_a_count_that_lost_its_noun_at_the_start_of_a_paragraph_is_read_from_its_peers():
    s = compare_bodies(POWER.format(n="9,000"), POWER.format(n="9,000"), POWER_GARBLED.format(n="18,000"))
    [d] = _number_conflicts(s)
    assert d.slot == "households"  # not "households across"
    assert {(v.article, v.value) for v in d.values} == {("1", "9000"), ("2", "9000"), ("3", "18000")}


def test_the_same_count_in_a_copy_that_lost_its_noun_agrees():
    s = compare_bodies(POWER.format(n="9,000"), POWER.format(n="9,000"), POWER_GARBLED.format(n="9,000"))
    assert not _number_conflicts(s)


def test_a_count_without_a_noun_is_not_read_from_peers_that_tell_two_slots_there():
    s = compare_bodies(
        "About 9,000 households across the valley were without electricity on Wednesday evening.",
        "About 9,000 homes across the valley were without electricity on Wednesday evening.",
        "About 18,000 the valley were without electricity on Wednesday evening.",
    )
    assert not [v for d in _number_conflicts(s) for v in d.values if v.value == "18000"]


LIST = "Despite these overtures, the Taliban remains classified as a terrorist {noun}in Russia, where it was {verb} the list in {year}. Moscow says the Supreme Court will review the listing under a law that Kabulov described as overdue."


def test_the_event_most_articles_tell_at_that_place_is_the_one_taken():
    # two of five read "organization" as the event of "put on the list in 2003"; the
    # copy that lost both "organization" and its verb reads "classified", told by no other
    s = compare_bodies(
        LIST.format(noun="organization ", verb="added to", year=2003),
        LIST.format(noun="organization ", verb="added to", year=2003),
        LIST.format(noun="organization ", verb="added to", year=2003),
        LIST.format(noun="organization ", verb="put on", year=2003),
        LIST.format(noun="organization ", verb="put on", year=2003),
        LIST.format(noun="", verb="to", year=2000),
    )
    [d] = [d for d in _date_conflicts(s) if any(v.value == "2000" for v in d.values)]
    assert {v.article for v in d.values if v.value == "2003"} == {"1", "2", "3"}


FARM = "Farmers downstream of the breach said they had lost most of the winter wheat sown on roughly {n} between Keldby and the village of Sorn."


def test_a_count_that_reads_a_later_word_as_its_unit_takes_its_peers_slot():
    s = compare_bodies(
        FARM.format(n="2,400 hectares of low land"),
        FARM.format(n="2,400 hectares of low land"),
        FARM.format(n="7,200 land"),
    )
    [d] = _number_conflicts(s)
    assert d.slot.startswith("hectares")
    assert {(v.article, v.value) for v in d.values} == {("1", "2400"), ("2", "2400"), ("3", "7200")}


def test_a_count_of_another_thing_at_the_same_place_keeps_its_own_slot():
    s = compare_bodies(
        FARM.format(n="2,400 hectares of low land"),
        FARM.format(n="2,400 hectares of low land"),
        FARM.format(n="40 farms"),
    )
    assert not _number_conflicts(s)


def test_a_settled_count_is_listed_once_under_its_new_slot():
    s = compare_bodies(
        FARM.format(n="2,400 hectares of low land"),
        FARM.format(n="2,400 hectares of low land"),
        FARM.format(n="7,200 land"),
    )
    assert [(f.slot, f.value) for f in s.facts if f.kind == "number" and f.article == "3"] == [("hectares", "7200")]
