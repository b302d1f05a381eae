"""Counts of people infected and of captives set free, told in several words; beside each
rule, the near-misses that must stay apart."""

from __future__ import annotations

import pytest

from facts_helpers import compare_bodies, found, read_counts as _read, values_by_article

DAY = "2025-09-09"


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("The outbreak has infected 1,234 people, officials said.", ("1234", None, "people infected")),
        ("Health ministry figures show 1,243 confirmed cases.", ("1243", None, "people infected")),
        ("The epidemic has caused 900 cases in the south.", ("900", None, "people infected")),
        ("Officials counted 1,500 infections since the outbreak began.", ("1500", None, "people infected")),
        ("About 300 people fell ill after the wedding, health officials said.", ("300", "about", "people infected")),
        ("The tainted water sickened 40 people.", ("40", None, "people infected")),
    ],
)
def test_people_infected_told_in_other_words(sentence, reading):
    assert _read(sentence) == [reading]


@pytest.mark.parametrize(
    "sentence",
    [
        "The court has heard 300 cases this year.",  # no illness spoken of
        "The outbreak has caused 300 suspected cases.",
        "The virus now causes 45 cases a day.",
        "Health officials reported 45 cases in the past 24 hours.",
    ],
)
def test_cases_of_another_kind_or_a_rate_are_not_the_people_infected(sentence):
    assert all(slot != "people infected" for _, _, slot in _read(sentence))


def test_cases_told_two_ways_conflict_across_the_story():
    s = compare_bodies(
        "The cholera outbreak has infected 1,234 people in the province, officials said.",
        "Health ministry figures show 1,243 confirmed cases of cholera in the province.",
        published=DAY,
    )
    [d] = found(s, "number", "people infected")
    assert d.severity == "conflict"
    assert values_by_article(d) == {"1": {"1234"}, "2": {"1243"}}


def test_court_cases_are_not_compared_across_the_story():
    s = compare_bodies(
        "The judge has handled 300 cases since she was appointed, the ministry said.",
        "Prosecutors opened 12 cases against the company after the inquiry into fraud.",
        published=DAY,
    )
    assert not [d for d in s.divergences if d.kind == "number"]


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("The storm killed 12 and injured 40.", [("12", None, "people killed"), ("40", None, "people injured")]),
        ("The outbreak has infected 900 people and killed 56 in Lakeside.", [
            ("900", None, "people infected"), ("56", None, "people killed in Lakeside"),
        ]),
        # the count shares a noun that is not of people: no toll ("cattle infected", as
        # "900 cattle were infected" reads)
        ("The disease has infected 900 cattle and killed 56 in Lakeside.", [("900", None, "cattle infected")]),
        ("The storm killed 12 of the 40 passengers.", [("40", None, "passengers")]),
    ],
)
def test_a_bare_count_after_a_verb_of_harm_is_a_toll(sentence, reading):
    assert _read(sentence) == reading


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("The first 50 prisoners crossed the bridge on Friday.", ("50", None, "prisoners released")),
        ("Around 50 prisoners were handed over on Friday.", ("50", "around", "prisoners released")),
        ("Rebels have freed 12 hostages.", ("12", None, "hostages released")),
        ("Orsk freed about 40 detainees on Friday.", ("40", "about", "detainees released")),
        ("Each side will release 250 prisoners in the first week.", ("250", None, "prisoners")),
        ("250 prisoners will be released within a week.", ("250", None, "prisoners")),
    ],
)
def test_captives_set_free_and_captives_to_be_freed(sentence, reading):
    assert _read(sentence) == [reading]


@pytest.mark.parametrize(
    "second",
    [
        "The army freed 40 prisoners on Saturday at the border bridge, officials said.",
        "In all, 150 prisoners have been freed since Friday at the border bridge, officials said.",
    ],
)
def test_captives_freed_on_another_day_or_since_a_day_are_another_batch(second):
    s = compare_bodies(
        "The first 50 prisoners were freed on Friday at the border bridge, officials said.", second, published=DAY
    )
    assert len([f for f in s.facts if f.slot == "prisoners released"]) == 2  # both read, neither held to the other
    assert not found(s, "number", "prisoners released", "conflict")


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("It shipped 100,000 doses of oral vaccine to the capital.", ("100000", None, "vaccine doses")),
        ("It shipped 80,000 doses of vaccine last week.", ("80000", None, "vaccine doses")),
        ("It has sent 100,000 vaccine doses to the capital.", ("100000", None, "vaccine doses")),
    ],
)
def test_doses_of_a_vaccine_and_vaccine_doses_are_one_slot(sentence, reading):
    assert _read(sentence) == [reading]


@pytest.mark.parametrize(
    "first,second,conflict",
    [
        ("100,000", "80,000", True),  # 80,000 rounds to itself, not to 100,000
        ("100,000", "96,000", False),  # 96,000 to the ten thousand is 100,000
        ("100,000", "140,000", False),
        ("100,000", "160,000", True),
    ],
)
def test_a_round_power_of_ten_stands_for_what_rounds_to_it(first, second, conflict):
    said = "The agency shipped {} doses of vaccine to the capital on Monday, officials said."
    s = compare_bodies(said.format(first), said.format(second).replace("officials said", "its chief said"), published=DAY)
    assert bool(found(s, "number", "vaccine doses", "conflict")) == conflict


def test_whose_data_a_breach_reached_is_one_slot_however_told():
    assert _read("It exposed the personal data of 533 million users.") == [("533000000", None, "users affected")]
    assert _read("a leak of personal data belonging to 530 million users") == [("530000000", None, "users affected")]
    assert _read("The details of 553 million users were leaked on a forum.") == [("553000000", None, "users affected")]
    assert _read("The hack, affecting 50 million accounts, was found in May.") == [("50000000", None, "accounts affected")]
    assert _read("More than half a billion accounts were affected by the breach.") == [
        ("500000000", "more than", "accounts affected")
    ]


def test_counts_near_data_that_no_breach_reached_stay_as_they_were():
    # "affected" is any harm where no breach is spoken of (the homes a flood affected are
    # read as "20,000 homes were affected" is); data about people is no leak of it.
    assert _read("The floods affected 20,000 homes.") == [("20000", None, "homes affected")]
    assert _read("20,000 homes were affected by the floods.") == [("20000", None, "homes affected")]
    assert _read("The survey gathered data on 500 patients.") == [("500", None, "patients")]
    assert _read("The site has 3 billion monthly users.") == [("3000000000", None, "monthly users")]


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("Police made 47 arrests after the clashes.", ("47", None, "arrested")),
        ("Police arrested 43 people after the clashes.", ("43", None, "arrested")),
        ("Officers said 43 people were arrested.", ("43", None, "arrested")),
    ],
)
def test_arrests_are_people_arrested(sentence, reading):
    assert reading in _read(sentence)


def test_an_arrest_warrant_is_no_count_of_arrests():
    assert not [r for r in _read("The court issued 12 arrest warrants.") if r[2] == "arrested"]
