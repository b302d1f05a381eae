"""Acronyms meet the names they stand for only when the story spells those names out."""

from tui.acronyms import expansions

STORY = [
    "The U.S. said talks with the European Union had stalled, and the United Nations warned of shortages.",
    "The United States and the EU agreed; the UN Security Council met on Friday.",
    "NATO allies met. Members of the North Atlantic Treaty Organization said little.",
]


def test_acronyms_are_read_from_the_names_the_story_spells_out():
    assert expansions(STORY) == {
        "US": "United States",
        "EU": "European Union",
        "UN": "United Nations",
        "NATO": "North Atlantic Treaty Organization",
    }


def test_a_name_inside_a_longer_name_still_counts():
    # "United Nations" is part of "United Nations Security Council".
    assert expansions(["The UN voted.", "The United Nations Security Council met."]) == {"UN": "United Nations"}


def test_an_acronym_the_story_never_spells_out_has_no_name():
    assert expansions(["WHO officials arrived.", "TASS reported it first."]) == {}


def test_dotted_and_plain_forms_are_one_acronym():
    assert expansions(["U.S.-led talks.", "The United States met."]) == {"US": "United States"}
    assert expansions(["The US met.", "The United States met."]) == {"US": "United States"}


def test_words_of_a_line_in_capitals_are_not_acronyms():
    shouting = "RUSSIA SAYS IT WILL ACT"
    assert expansions([shouting, "Information Technology workers"]) == {}
