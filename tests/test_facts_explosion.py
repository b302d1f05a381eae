"""A chemical plant explosion told by a wire (the morning after), the city's paper (that
evening) and an analysis (the next day): a toll that disagrees on one day, an evacuation
radius told in kilometres three ways, background tolls, distances and ages that are not
the story's, an arrest affirmed and denied, an inspection affirmed and denied, and
statements dated by the day they were made."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, claim_conflicts, compare_bodies, found, read_counts, story, values_by_article

WIRE, COURIER, OBSERVER = "a_wire.txt", "b_courier.txt", "c_observer.txt"


@pytest.fixture(scope="module")
def explosion():
    return story("explosion")


def _ids(s):
    return [article_id(s, name) for name in (WIRE, COURIER, OBSERVER)]


def test_the_toll_of_one_day_disagrees_and_the_next_days_is_a_variant(explosion):
    # "At least three workers were killed" (wire, morning) against "Two workers were
    # killed" (the city's paper, evening); "killed three workers" the next day.
    a, b, c = _ids(explosion)
    [conflict] = found(explosion, "number", "workers killed", "conflict")
    assert values_by_article(conflict) == {a: {"3"}, b: {"2"}}
    [across] = [d for d in found(explosion, "number", "workers killed") if d.cluster is None]
    assert across.severity == "variant" and values_by_article(across)[c] == {"3"}


def test_background_tolls_and_ages_are_not_the_story_s(explosion):
    # "killed nine people and injured more than 100" (a refinery in 2011), "injured six
    # workers" (a fire in 2019), "aged 34 and 52", "Vera Lind, 71".
    told = {v.value for d in explosion.divergences if d.kind == "number" for v in d.values}
    assert not told & {"9", "100", "6", "34", "52", "71"}


def test_the_evacuation_radius_in_kilometres_conflicts(explosion):
    # "within a 3-kilometre radius of the plant", "within 5km of the site", "a 3-kilometre zone"
    a, b, c = _ids(explosion)
    [d] = found(explosion, "number", "evacuation radius")
    assert d.severity == "conflict" and d.cluster is not None
    assert values_by_article(d) == {a: {"3000"}, b: {"5000"}, c: {"3000"}}


def test_distances_that_size_no_evacuation_are_not_its_radius():
    assert read_counts("All schools within 10km of the site were closed on Tuesday.") == []
    assert read_counts("It was heard in Kessel, 20 kilometres away.") == [("20", None, "kilometres away")]
    assert read_counts("Windows were blown out in streets up to 2km from the plant.") == []
    assert read_counts("Police set up a cordon within a radius of two miles.") == [("2", None, "evacuation radius (m)")]
    assert read_counts("Residents within 5km of the site were moved to schools.") == [("5", None, "evacuation radius (m)")]


def test_the_evacuation_zone_is_not_the_schools_zone():
    s = compare_bodies(
        "Residents within 3km of the Halvern plant in Dravik were evacuated on Monday night, the council said.",
        "Schools within 10km of the Halvern plant in Dravik were closed on Monday night, the council said.",
    )
    assert not found(s, "number", "evacuation radius")


def test_radii_in_two_units_are_compared_in_metres():
    s = compare_bodies(
        "Residents within a 3-kilometre radius of the plant were evacuated on Monday night.",
        "Residents within two miles of the plant were evacuated on Monday night.",
    )
    [d] = found(s, "number", "evacuation radius")
    assert d.severity == "conflict" and {v.value for v in d.values} == {"3000", "3219"}


def test_a_deed_done_to_the_plant_s_supervisor_meets_no_one_detained(explosion):
    a, b, _ = _ids(explosion)
    [d] = found(explosion, "claim", "detained")
    assert d.severity == "conflict" and d.slot == "detained (someone)"
    assert values_by_article(d) == {a: {"affirmed"}, b: {"negated"}}


@pytest.mark.parametrize(
    "said",
    [
        "Police detained the plant's night-shift supervisor for questioning.",
        "Police arrested the ferry's captain on Friday.",
        "Officers have detained the site manager, a spokeswoman said.",
    ],
)
def test_a_deed_done_to_the_one_person_named_by_role_is_done_to_someone(said):
    [(slot, sides)] = claim_conflicts(said, "No one has been detained or arrested, police said.").items()
    assert sides == {"1": "affirmed", "2": "negated"}


def test_the_driver_arrested_is_one_conflict_not_two():
    # "police arrested the driver" tells of the driver and of someone: one patient is enough.
    assert claim_conflicts("Police arrested the driver, officials said.", "No one has been arrested, police said.") == {
        "arrested (driver)": {"1": "affirmed", "2": "negated"}
    }


def test_an_inspection_affirmed_and_denied_is_a_conflict(explosion):
    a, _, c = _ids(explosion)
    [d] = found(explosion, "claim", "inspected")
    assert d.severity == "conflict" and values_by_article(d) == {a: {"affirmed"}, c: {"negated"}}


def test_the_chief_executive_spelled_two_ways_is_one_man(explosion):
    [d] = found(explosion, "entity", "Tomas Reyk")
    assert d.severity == "variant" and {v.text for v in d.values} == {"Tomas Reyk", "Thomas Reyk"}


def test_a_date_after_said_dates_the_statement_not_what_it_tells(explosion):
    # "No one has been detained over the blast, police said on Tuesday evening"; "The
    # company said on Wednesday its safety systems had 'worked as designed'".
    _, b, c = _ids(explosion)
    dated = {(v.article, v.line, v.text) for d in explosion.divergences if d.kind == "date" for v in d.values}
    assert (b, 19, "on Tuesday") not in dated and (c, 15, "on Wednesday") not in dated
    assert not found(explosion, "date", "detained") and not found(explosion, "date", "worked")
    said = [f for f in explosion.facts if f.kind == "date" and f.slot == "said"]
    assert {(f.article, f.text) for f in said} >= {(b, "on Tuesday"), (c, "on Wednesday")}


@pytest.mark.parametrize(
    "second",
    [
        "The company denied any fault, its chairman said on Friday.",
        "No one was hurt, police told reporters on Friday.",
        "The company said in a statement on Friday that it regretted the blast.",
    ],
)
def test_statements_made_on_different_days_are_no_conflict(second):
    s = compare_bodies("The company denied any fault, its chairman said on Thursday.", second, published="2026-03-13")
    assert not [d for d in s.divergences if d.kind == "date"]


def test_the_day_a_deed_did_not_happen_is_no_day_of_it(explosion):
    # "the plant had not been inspected since 2022" against "was inspected ... in November":
    # the claims conflict; 2022 is no date of an inspection to set beside November.
    assert not found(explosion, "date", "inspected")
    s = compare_bodies(
        "Petrak said rates would rise again in December, the bank's board said.",
        "Petrak declined to say whether rates would rise again in January, the bank's board said.",
    )
    assert not [d for d in s.divergences if d.kind == "date"]
    assert not found(story("rates"), "date", "rise (Ilona Petrak)")
