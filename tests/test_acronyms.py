"""Acronyms meet the names they stand for only when the story spells those names out."""

from tui.acronyms import expansions, spell_out

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


def test_an_acronym_the_story_never_spells_out_stays_as_it_is():
    names = expansions(["WHO officials arrived.", "TASS reported it first."])
    assert names == {}
    assert spell_out("WHO officials arrived.", names) == "WHO officials arrived."


def test_spelling_out_rewrites_dotted_and_plain_forms():
    names = expansions(STORY)
    assert spell_out("U.S.-led talks and the UN.", names) == "United States-led talks and the United Nations."
    assert spell_out("The US and EU met.", names) == "The United States and European Union met."


def test_words_of_a_line_in_capitals_are_not_acronyms():
    shouting = "RUSSIA SAYS IT WILL ACT"
    names = expansions([shouting, "Information Technology workers"])
    assert names == {}
    assert spell_out(shouting, {"IT": "Information Technology"}) == shouting
