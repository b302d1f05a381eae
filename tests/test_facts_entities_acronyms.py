"""Entities as a reader sees them in the JSON table: an acronym is one entity with the
name the story spells it out as, dotted abbreviations keep their dots, titles of several
words are not part of the name, "General Motors" is a company, and a wire dateline's
city is a place. Bodies and people that only look alike stay apart."""

from __future__ import annotations

from facts_helpers import compare_bodies, entity_written, written_names


def _variants(entity) -> dict[str, set[str]]:
    return {v.text: set(v.articles) for v in entity.variants}


def _one_entity(s, written: str, name: str, kind: str, variants: dict[str, set[str]]):
    """The entity written `written`: named `name`, of `kind`, with these variants and articles."""
    entity = entity_written(s, written)
    assert entity is not None, written
    assert (entity.name, entity.kind, _variants(entity)) == (name, kind, variants)
    return entity


TALKS = (
    "The U.S. said on Monday that talks with the European Union on the grain deal had stalled, "
    "and the United Nations warned of shortages.",
    "The United States said on Monday that its talks with the EU had stalled. The UN warned that "
    "shortages would follow, and the U.N. envoy left.",
)


# Acronyms ------------------------------------------------------------------------


def test_an_acronym_and_the_name_it_stands_for_are_one_entity_named_in_full():
    s = compare_bodies(*TALKS)
    un = _one_entity(s, "UN", "United Nations", "organisation", {"United Nations": {"1"}, "UN": {"2"}, "U.N.": {"2"}})
    eu = _one_entity(s, "EU", "European Union", "organisation", {"European Union": {"1"}, "EU": {"2"}})
    us = _one_entity(s, "U.S.", "United States", "name", {"U.S.": {"1"}, "United States": {"2"}})
    assert len({id(un), id(eu), id(us)}) == 3


def test_an_acronym_is_not_a_spelling_variant_worth_showing():
    s = compare_bodies(*TALKS)
    assert not [d for d in s.divergences if d.kind == "entity"]


def test_nato_spelled_out_once_is_one_entity():
    s = compare_bodies(
        "NATO allies met in Brussels on Tuesday to discuss air defence.",
        "Members of the North Atlantic Treaty Organization met in Brussels on Tuesday to discuss air defence.",
    )
    variants = {"NATO": {"1"}, "North Atlantic Treaty Organization": {"2"}}
    _one_entity(s, "NATO", "North Atlantic Treaty Organization", "organisation", variants)


def test_an_acronym_the_story_never_spells_out_stays_its_own_entity():
    s = compare_bodies(
        "Officials of the WHO arrived in Goma on Friday, and the UN said the outbreak was spreading.",
        "Trucks of the World Food Programme reached Goma on Friday, the agency said.",
    )
    who = _one_entity(s, "WHO", "WHO", "organisation", {"WHO": {"1"}})
    un = _one_entity(s, "UN", "UN", "organisation", {"UN": {"1"}})
    assert entity_written(s, "World Food Programme") not in (who, un)


def test_the_dotted_and_plain_acronym_are_each_shown_with_their_articles():
    s = compare_bodies(
        "The U.S. imposed new tariffs on Friday.",
        "The US imposed new tariffs on Friday.",
        "The United States imposed new tariffs on Friday.",
    )
    _one_entity(s, "US", "United States", "name", {"U.S.": {"1"}, "US": {"2"}, "United States": {"3"}})


# Dotted abbreviations ------------------------------------------------------------


def test_dotted_abbreviations_keep_their_last_dot_even_at_a_sentence_end():
    s = compare_bodies(
        "The delegation flew to Washington, D.C. on Monday. The talks were held in the U.K.",
        "The delegation flew to the U.K. on Monday.",
    )
    names = written_names(s)
    assert {"D.C.", "U.K."} <= names
    assert not {"D.C", "U.K"} & names


# Titles of several words ----------------------------------------------------------


def test_a_title_with_its_office_is_cut_and_the_person_is_one_entity():
    s = compare_bodies(
        "Secretary of State Antony Blinken met officials in Detroit on Monday.",
        "Antony Blinken, the US secretary of state, met officials in Detroit on Monday.",
    )
    _one_entity(s, "Antony Blinken", "Antony Blinken", "person", {"Antony Blinken": {"1", "2"}})
    assert not any("State" in name for name in written_names(s))


def test_offices_of_one_or_two_words_and_names_of_two_or_three():
    s = compare_bodies(
        "Minister of Foreign Affairs Amir Khan Muttaqi met President of Ukraine Volodymyr Zelensky, "
        "and Chief of Staff Jeff Zients joined Secretary of Homeland Security Kristi Noem.",
        "Secretary of the Treasury Scott Bessent spoke to Minister for Foreign Affairs Penny Wong "
        "and Chief of Staff Mark Meadows.",
    )
    people = {"Amir Khan Muttaqi", "Volodymyr Zelensky", "Jeff Zients", "Kristi Noem", "Scott Bessent", "Penny Wong", "Mark Meadows"}
    assert people <= written_names(s)
    assert all(entity_written(s, p).kind == "person" for p in people)
    assert not {"Affairs Amir Khan Muttaqi", "Ukraine Volodymyr Zelensky", "Security Kristi Noem", "Treasury Scott Bessent"} & written_names(s)


def test_a_body_before_a_title_is_no_person_and_an_office_alone_is_a_body():
    s = compare_bodies(
        "Bank of England Governor Andrew Bailey said rates would fall, the Ministry of Foreign Affairs said.",
        "The president of Ukraine, Volodymyr Zelensky, met the President of Ukraine's envoys.",
    )
    kinds = {n: entity_written(s, n).kind for n in ("Andrew Bailey", "Bank of England", "Ministry of Foreign Affairs")}
    assert kinds == {"Andrew Bailey": "person", "Bank of England": "organisation", "Ministry of Foreign Affairs": "organisation"}
    assert entity_written(s, "Ukraine").kind != "person"


# "General" -----------------------------------------------------------------------


def test_general_before_an_ordinary_word_is_a_company_not_a_general():
    s = compare_bodies(
        "Officials from General Motors, General Electric and General Dynamics met in Detroit.",
        "General Motors executives met General Mark Milley and Gen. Milley's staff in Detroit.",
    )
    companies = [entity_written(s, n) for n in ("General Motors", "General Electric", "General Dynamics")]
    assert all(c is not None and c.kind == "organisation" for c in companies)
    assert not {"Motors", "Electric", "Dynamics", "Gen"} & written_names(s)
    milley = entity_written(s, "Mark Milley")
    assert milley.kind == "person" and "Milley" in _variants(milley)


def test_other_titles_before_one_name_stay_titles():
    s = compare_bodies(
        "President Bush met Mr Brown, General Mladic, General Summers and Attorney General Merrick Garland in Washington.",
        "Mr. Brown and UN Secretary-General Antonio Guterres met in Washington, and the UN General Assembly voted.",
    )
    names = written_names(s)
    people = ("Bush", "Brown", "Mladic", "Summers", "Merrick Garland", "Antonio Guterres")
    assert set(people) <= names
    assert all(entity_written(s, n).kind == "person" for n in people)
    assert "UN General Assembly" in names and "Assembly" not in names
    assert entity_written(s, "UN") is not entity_written(s, "UN General Assembly")


# Datelines -----------------------------------------------------------------------


def test_a_dateline_city_in_capitals_is_a_place_one_with_its_name_elsewhere():
    s = compare_bodies(
        "MWANZA, Tanzania, Sept. 21, 2025 — The ferry capsized on Lake Victoria, officials said.",
        "KYIV, Ukraine (AP) — Rescuers from Mwanza said the ferry capsized on Lake Victoria.",
    )
    _one_entity(s, "Mwanza", "Mwanza", "place", {"Mwanza": {"1", "2"}})
    assert entity_written(s, "Kyiv").kind == "place"
    assert not {"MWANZA", "KYIV"} & written_names(s)


def test_the_wire_named_in_a_dateline_is_no_entity():
    s = compare_bodies(
        "KYIV, Ukraine (Agency) — Rescuers said the ferry capsized on Lake Victoria.",
        "LONDON (Reuters) - The ferry capsized on Lake Victoria, officials in London said.",
    )
    names = written_names(s)
    assert not {"Agency", "Reuters"} & names
    assert {"Kyiv", "Ukraine", "London", "Lake Victoria"} <= names


def test_a_participle_before_a_title_opening_a_sentence_is_no_name():
    s = compare_bodies(
        "Presiding judge Claire Masson read the verdict. Acting president Ruth Adler said nothing. "
        "Former president Jimmy Carter wrote.",
        # Each opener is said inside a sentence too: a name, not a capital at a sentence's start.
        "Beijing said on Monday that the verdict was read in Beijing. Kremlin spokesman Dmitry Peskov "
        "declined to comment, and the Kremlin said nothing more.",
    )
    names = written_names(s)
    assert not {"Presiding", "Acting", "Former"} & names
    assert {"Claire Masson", "Ruth Adler", "Jimmy Carter", "Beijing", "Kremlin", "Dmitry Peskov"} <= names


def test_a_name_opening_a_sentence_keeps_its_first_word():
    s = compare_bodies(
        "WHO said the outbreak was contained. World Food Programme trucks reached the city on Monday.",
        "Aid from the World Food Programme arrived, the World Health Organization said. Several Army units left.",
    )
    names = written_names(s)
    assert {"WHO", "World Food Programme", "World Health Organization", "Army"} <= names
    assert not {"Food Programme", "Several Army"} & names
    assert entity_written(s, "World Food Programme").kind == "organisation"


def test_places_and_names_with_a_common_first_word_or_an_initial_stay_whole():
    s = compare_bodies(
        "The mayor of New York said on Monday that Former president George W. Bush would visit St. Louis.",
        "New York officials said George W. Bush would visit St. Louis and New Delhi. He backed Plan B. The vote failed.",
    )
    names = written_names(s)
    assert {"New York", "George W. Bush", "St. Louis", "New Delhi"} <= names
    assert not {"York", "Delhi", "Louis", "St", "George W", "Plan B. The"} & names
    new_york = entity_written(s, "New York")
    assert {a for v in new_york.variants for a in v.articles} == {"1", "2"}


def test_an_office_with_no_name_after_it_names_no_one():
    s = compare_bodies(
        "The mayor of New York and the president of South Korea met the governor of the Bank of England.",
        "Secretary of State Antony Blinken met the minister of Foreign Affairs on Monday.",
    )
    names = written_names(s)
    assert {"New York", "South Korea", "Bank of England", "Antony Blinken"} <= names
    assert entity_written(s, "Antony Blinken").kind == "person"
    assert entity_written(s, "South Korea").kind != "person"
    assert not {"York", "Korea", "England", "Affairs"} & names
