"""Counts whose slot is written in other words: tolls, people aboard, survivors, spans of
something. Each rule has the near-misses that must stay apart beside it."""

from __future__ import annotations

import pytest

from facts_helpers import compare_bodies, found, read_counts as _read, values_by_article

DAY = "2025-09-22"


def _sides(d) -> dict[str, set[tuple[str, str | None]]]:
    out: dict[str, set[tuple[str, str | None]]] = {}
    for v in d.values:
        out.setdefault(v.article, set()).add((v.value, v.qualifier))
    return out


@pytest.mark.parametrize(
    "sentence,reading",
    [
        (
            "The number of people killed in the capsizing of a ferry on the lake has risen to 224, officials said.",
            ("224", None, "people killed"),
        ),
        (
            "Divers recovered more bodies, bringing the number of dead in Thursday's ferry disaster to at least 209.",
            ("209", "at least", "people killed"),
        ),
        ("The number of people who have died has reached 57, the ministry said.", ("57", None, "people killed")),
        ("The number of confirmed deaths stood at 31 on Sunday.", ("31", None, "people killed")),
        ("The number of people evacuated has reached 5,000.", ("5000", None, "people evacuated")),
        ("The number of those arrested rose to 300.", ("300", None, "arrested")),
        ("The toll has climbed to 224.", ("224", None, "people killed")),
        ("The official toll stood at 58, police said.", ("58", None, "people killed")),
        ("The storm's toll rose to more than 300.", ("300", "more than", "people killed")),
        ("The injury toll rose to 40.", ("40", None, "people injured")),
    ],
)
def test_a_toll_told_in_other_words_counts_the_dead(sentence, reading):
    assert _read(sentence) == [reading]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of homes destroyed in the storm has risen to 500.",
        "The number of votes cast rose to 4,000.",
        "The number of dead was not known, and officials said they had found 12.",
    ],
)
def test_a_number_of_something_else_is_not_a_toll(sentence):
    assert all(slot != "people killed" for _, _, slot in _read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll could rise to 300, officials warned.",
        "The number of dead is expected to reach 500.",
        "The toll may climb to 300 as divers search the hull.",
    ],
)
def test_a_forecast_toll_is_not_a_count(sentence):
    assert _read(sentence) == []


def test_a_forecast_in_an_aside_leaves_the_toll_read():
    assert _read("The toll, which officials said would keep rising, stood at 224.") == [("224", None, "people killed")]


def test_a_forecast_does_not_conflict_with_the_toll():
    s = compare_bodies(
        "The death toll has risen to 224, officials said on Friday.",
        "The death toll could rise to 300, officials said on Friday.",
        published=DAY,
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("The president declared four days of national mourning.", ("4", None, "days of mourning")),
        ("The president announced three days of mourning and ordered an inquiry.", ("3", None, "days of mourning")),
        ("The rebels agreed to five days of ceasefire.", ("5", None, "days of ceasefire")),
        ("The country held one week of mourning after 1 day of heavy rain.", ("1", None, "days of rain")),
        ("The talks lasted three days.", ("3", None, "days (talks lasted)")),  # no "of": as before
        ("He spent two days of the three-day summit abroad.", ("2", None, "days (spent)")),
    ],
)
def test_a_span_of_something_takes_the_head_of_what_it_spans(sentence, reading):
    assert reading in _read(sentence)


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("The ferry was carrying more than 400 passengers.", ("400", "more than", "people on board")),
        ("The ferry, which had about 265 people on board, overturned.", ("265", "about", "people on board")),
        ("A bus carrying 52 people plunged into a ravine.", ("52", None, "people on board")),
        ("The jet had 180 passengers aboard.", ("180", None, "people on board")),
        ("The ferry was carrying between 300 and 400 passengers.", ("400", "between 300 and", "people on board")),
        ("The vessel had a capacity of 101 passengers.", ("101", None, "capacity (passengers)")),
        ("The ferry was designed to carry 100 passengers.", ("100", None, "capacity (passengers)")),
        ("The stadium can hold up to 40,000 people.", ("40000", "up to", "capacity (people)")),
        ("Officials said 40 people on board were killed.", ("40", None, "people killed")),
        ("The ferry, with 265 people on board overturned near the dock.", ("265", None, "people on board")),
        ("Of the 40 people aboard, 12 died.", ("40", None, "people on board")),
    ],
)
def test_people_aboard_and_a_capacity_are_read_apart(sentence, reading):
    assert reading in _read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Helicopters were carrying 40 people to safety.",
        "The line carried 2 million passengers a year before the crash.",
        "A temporary ferry will start on Monday, carrying up to 40 passengers at a time.",
        "Officials said 40 people on board were killed.",
    ],
)
def test_a_rescue_a_rate_and_a_fate_are_not_a_load(sentence):
    assert all(slot != "people on board" for _, _, slot in _read(sentence))


def test_passengers_counted_beside_a_crew_are_not_everyone_aboard():
    readings = _read("The ship was carrying 300 passengers and 12 crew members.")
    assert ("300", None, "passengers") in readings
    assert all(slot != "people on board" for _, _, slot in readings)


def test_a_range_allows_every_value_between_its_ends():
    from tui.facts.numbers import find_numbers

    [n] = find_numbers("Between 3 and 4 million people fled the region.", [])
    assert (n.value, n.bounds, n.text) == (4_000_000, (3_000_000, 4_000_000), "Between 3 and 4 million")


def test_a_range_is_shown_as_written():
    s = compare_bodies(
        "Police said between 5,000 and 7,000 protesters had died in the square.",
        "Police said 9,000 protesters had died in the square.",
        published=DAY,
    )
    [d] = [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]
    assert _sides(d) == {"1": {("7000", "between 5,000 and")}, "2": {("9000", None)}}
    from tui.export.summary import value_label

    assert {value_label("number", v) for v in d.values} == {"between 5,000 and 7,000", "9,000"}


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("Rescuers pulled 40 survivors from the water by nightfall.", ("40", None, "survived")),
        ("Forty-one people were rescued alive, including the engineer.", ("41", None, "survived")),
        ("At least 40 people survived, officials said.", ("40", "at least", "survived")),
        ("Twelve people were pulled from the rubble alive.", ("12", None, "survived")),
        ("Officials said 40 were pulled out alive.", ("40", None, "survived")),
    ],
)
def test_survivors_told_three_ways_are_one_slot(sentence, reading):
    assert _read(sentence) == [reading]


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty people were rescued from rooftops.",
        "Two people were buried alive in the landslide.",
        "Officials said 40 were buried alive.",
    ],
)
def test_rescued_without_alive_and_buried_alive_are_not_survivors(sentence):
    assert all(slot != "survived" for _, _, slot in _read(sentence))


# What a reader sees: the divergences between articles.


def test_a_toll_in_other_words_conflicts_with_a_different_toll():
    s = compare_bodies(
        "The number of people killed in the capsizing of the ferry has risen to 224, officials said.",
        "The toll has climbed to 251, officials said on Friday.",
        published=DAY,
    )
    [d] = found(s, "number", "people killed", "conflict")
    assert sorted(v.value for v in d.values) == ["224", "251"]


def test_a_toll_and_a_lower_bound_under_it_do_not_conflict():
    s = compare_bodies(
        "The number of people killed in the capsizing of the ferry has risen to 224, officials said.",
        "Divers recovered more bodies, bringing the number of dead in the ferry disaster to at least 209.",
        published=DAY,
    )
    assert not found(s, "number", "people killed", "conflict")


@pytest.mark.parametrize(
    "earlier",
    [
        "A previous sinking on the lake killed more than 800.",
        "In 1996, the toll of another sinking on the lake reached 800.",
    ],
)
def test_a_previous_disasters_toll_is_not_this_ones(earlier):
    s = compare_bodies(
        "The toll has climbed to 224, officials said.",
        f"The toll has climbed to 224, officials said. {earlier}",
        published=DAY,
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]
    tolls = {(f.value, f.slot) for f in s.facts if f.kind == "number" and f.article == "2"}
    assert tolls == {("224", "people killed"), ("800", "people killed")}  # read, and kept apart


def test_days_of_mourning_told_with_other_verbs_conflict():
    s = compare_bodies(
        "President Magara declared four days of national mourning after the sinking of the ferry.",
        "President Magara announced three days of national mourning after the sinking of the ferry.",
        published=DAY,
    )
    [d] = found(s, "number", "days of mourning", "conflict")
    assert values_by_article(d) == {"1": {"4"}, "2": {"3"}}


def test_days_of_a_ceasefire_are_not_days_of_mourning():
    s = compare_bodies(
        "The government declared three days of national mourning for the victims of the ferry on Monday.",
        "The government declared five days of ceasefire for the victims of the ferry on Monday.",
        published=DAY,
    )
    assert len(s.clusters) == 1  # one point, told of two different spans
    assert not [d for d in s.divergences if d.kind == "number"]


def test_people_aboard_told_as_passengers_and_as_people_conflict():
    s = compare_bodies(
        "The ferry was carrying more than 400 passengers when it overturned near the pier.",
        "The ferry, which had about 265 people on board, overturned close to the dock.",
        published=DAY,
    )
    [d] = found(s, "number", "people on board", "conflict")
    assert _sides(d) == {"1": {("400", "more than")}, "2": {("265", "about")}}


def test_a_range_that_holds_the_other_figure_does_not_conflict():
    s = compare_bodies(
        "The ferry was carrying between 300 and 400 passengers when it capsized.",
        "The ferry was carrying 350 passengers when it capsized near the shore.",
        published=DAY,
    )
    assert not found(s, "number", "people on board", "conflict")


def test_a_capacity_is_not_compared_with_the_load():
    s = compare_bodies(
        "The ferry, designed to carry 100 passengers, was carrying 265 people when it sank.",
        "The ferry was carrying 265 people when it sank, though it had a capacity of 101 passengers.",
        published=DAY,
    )
    assert len(s.clusters) == 1
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_passengers_beside_a_crew_do_not_conflict_with_everyone_aboard():
    s = compare_bodies(
        "The ship was carrying 300 passengers and 12 crew when it ran aground.",
        "The ship had 312 people on board when it ran aground.",
        published=DAY,
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_survivors_told_in_other_words_conflict():
    s = compare_bodies(
        "Rescuers pulled 40 survivors from the water by nightfall.",
        "Forty-one people were rescued alive, including the engineer.",
        published=DAY,
    )
    [d] = found(s, "number", "survived", "conflict")
    assert _sides(d) == {"1": {("40", None)}, "2": {("41", None)}}


def test_people_rescued_are_not_survivors():
    s = compare_bodies(
        "Rescuers pulled 40 survivors from the water by nightfall.",
        "Forty-one people were rescued from the water by nightfall.",
        published=DAY,
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_a_count_then_a_participle_counts_what_the_participle_says():
    # "evacuated" and "fled" both count people who left: an article that gives both takes no side.
    assert _read("About 5,000 were evacuated while 3,000 fled.") == [
        ("5000", "about", "people evacuated"), ("3000", None, "people evacuated")
    ]


def test_two_counts_in_one_sentence_stay_apart():
    s = compare_bodies(
        "Officials said 5,000 were evacuated while 3,000 fled on their own.",
        "Officials said 5,000 were evacuated, and 3,000 fled on their own.",
        published=DAY,
    )
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_a_plane_carrying_72_people_conflicts_with_67_on_board():
    from facts_helpers import article_id, story

    crash = story("crash")
    [d] = found(crash, "number", "people on board", "conflict")
    assert values_by_article(d) == {
        article_id(crash, "a_global_post.txt"): {"67"},  # "38 of the 67 people on board"
        article_id(crash, "b_eurasia_daily.txt"): {"67"},  # "with 67 passengers and crew"
        article_id(crash, "c_caspian_herald.txt"): {"72"},  # "a plane carrying 72 people"
    }
    [survived] = found(crash, "number", "survived", "conflict")  # "Twenty-nine survivors" now takes a side
    assert values_by_article(survived)[article_id(crash, "b_eurasia_daily.txt")] == {"29"}


def test_a_capitalised_opener_before_a_count_is_no_label():
    from tui.facts.numbers import find_numbers

    # "The 66-year-old", "All 40 passengers": the capital only opens the sentence.
    assert [(f.value, f.slot) for f in find_numbers("The 66-year-old was detained in October.", [])] == [(66.0, "age")]
    assert [f.value for f in find_numbers("All 40 passengers survived the crash.", [])] == [40.0]
    # "Boeing 737", "Article 5": a name or a label before the number.
    assert find_numbers("A Boeing 737 crashed near the airport.", []) == []
    assert find_numbers("Under Article 5 the allies act together.", []) == []


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("Another 40 prisoners were freed on Saturday.", [("40", None, "prisoners released")]),
        ("Nearly 300 people were evacuated overnight.", [("300", "nearly", "people evacuated")]),
        ("Boeing 737 jets were grounded for a week.", []),
    ],
)
def test_a_word_saying_how_many_is_no_label_but_a_name_is(sentence, reading):
    assert _read(sentence) == reading


def test_an_amount_in_a_unit_is_the_unit_whatever_it_is_of():
    assert _read("The office recorded 142 millimetres of rain at its gauge.") == [("142", None, "millimetres")]
    assert _read("The office recorded 142 millimetres at its gauge.") == [("142", None, "millimetres")]


@pytest.mark.parametrize(
    "sentence,reading",
    [
        ("Rescuers had brought three miners to the surface by midday.", ("3", None, "miners rescued")),
        ("By Wednesday evening 29 miners had been brought to the surface.", ("29", None, "miners rescued")),
        ("Twelve workers have now been rescued, the company said.", ("12", None, "workers rescued")),
        ("Three miners were pulled out alive in the first hours.", ("3", None, "miners survived")),
        ("Rescuers have brought 29 miners to the surface alive since the weekend.", ("29", None, "miners survived")),
        ("Forty people were rescued from rooftops.", ("40", None, "rescued")),
    ],
)
def test_people_brought_out_of_danger_are_rescued_and_alive_they_survived(sentence, reading):
    assert _read(sentence) == [reading]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers brought three bodies to the surface on Sunday.",  # not people rescued
        "They brought two workers in for questioning.",  # no way out of danger
        "Rescuers pulled 40 survivors from the water by nightfall.",  # survivors, as before
    ],
)
def test_bodies_and_people_moved_elsewhere_are_not_rescued(sentence):
    assert all(not slot.endswith("rescued") for _, _, slot in _read(sentence))


def test_miners_rescued_on_one_day_conflict():
    said = (
        "Rescuers have brought 12 miners to the surface, officials said.",
        "Rescuers have brought 15 miners to the surface, officials said.",
    )
    [d] = found(compare_bodies(*said, published=DAY), "number", "miners rescued", "conflict")
    assert _sides(d) == {"1": {("12", None)}, "2": {("15", None)}}


@pytest.mark.parametrize(
    "sentence,value,qualifier",
    [
        ("The miners were trapped about 700 metres underground.", "700", "about"),
        ("They are trapped some 2,300ft below the surface.", "2300", "some"),
        ("The quake struck at a depth of 10km, the survey said.", "10", None),
    ],
)
def test_a_depth_below_ground_is_one_slot_in_any_unit(sentence, value, qualifier):
    assert _read(sentence) == [(value, qualifier, "depth (m)")]


def test_a_length_that_is_no_depth_is_not_a_depth():
    assert all(slot != "depth (m)" for _, _, slot in _read("The water was 2 metres deep and the wall 300ft long."))
    assert _read("He walked 10km to the pithead.") == []


def test_a_counted_noun_of_two_words_takes_what_was_done_to_it():
    assert _read("A dozen police officers were injured in the clashes.") == [("12", None, "police officers injured")]
    assert _read("At least 40 aid workers were killed.") == [("40", "at least", "aid workers killed")]
    assert _read("Some 200 riot police deployed overnight.") == [("200", "some", "riot police deployed")]
    # a deed of their own to something else is no slot of what was done to them
    assert _read("Five rescue teams searched the area.") == [("5", None, "rescue teams")]


def test_police_officers_injured_conflict_across_the_story():
    s = compare_bodies(
        "A dozen police officers were injured when the march turned violent.",
        "Organisers said the march was peaceful until 30 police officers were injured in clashes near the square.",
    )
    [d] = [d for d in s.divergences if d.kind == "number"]
    assert d.severity == "conflict" and d.slot == "police officers injured"
    assert {v.value for v in d.values} == {"12", "30"}
