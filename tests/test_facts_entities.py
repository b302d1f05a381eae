"""Entities as a reader sees them in the JSON table: titles are not names, sentence
openers and dates are not names, places are places, and one name spelled two ways
is one entity, while different names stay apart."""

from __future__ import annotations

from facts_helpers import compare_bodies, entity_written, found, written_names
from tui.facts.names import same_name


# Titles ---------------------------------------------------------------------------


def test_a_title_is_not_part_of_the_name_and_two_spellings_are_one_person():
    s = compare_bodies(
        "The barge sank near the harbour wall, according to the district commissioner, Rose Okello.",
        "District Commissioner Rose Okkello said the barge sank near the harbour wall.",
    )
    entity = entity_written(s, "Rose Okello")
    assert entity is not None and entity.kind == "person"
    assert {v.text for v in entity.variants} == {"Rose Okello", "Rose Okkello"}
    assert not any("Commissioner" in name for name in written_names(s))
    [d] = found(s, "entity", entity.name)
    assert d.severity == "variant"
    assert {(v.article, v.text) for v in d.values} == {("1", "Rose Okello"), ("2", "Rose Okkello")}


def test_other_titles_are_cut_too():
    s = compare_bodies(
        "Police were called after Superintendent Ian Marsh and Sheriff Dana Cole arrived at the site.",
        "Detective Paula Reyes and Archbishop Tomas Lund visited the site later.",
    )
    assert {"Ian Marsh", "Dana Cole", "Paula Reyes", "Tomas Lund"} <= written_names(s)
    assert all(e.kind == "person" for e in s.entities if e.name in {"Ian Marsh", "Dana Cole", "Paula Reyes"})


def test_people_sharing_a_surname_stay_apart_under_one_title():
    s = compare_bodies(
        "Commissioner Rose Okello said the barge had sunk near the harbour wall.",
        "Commissioner Peter Okello said the barge had sunk near the harbour wall.",
    )
    rose, peter = entity_written(s, "Rose Okello"), entity_written(s, "Peter Okello")
    assert rose is not None and peter is not None and rose is not peter
    assert not [d for d in s.divergences if d.kind == "entity" and d.severity == "variant"]


# Sentence openers, numbers and dates ----------------------------------------------


def test_numbers_in_words_dates_and_plain_openers_are_not_entities():
    s = compare_bodies(
        "KAMPALA, Uganda, Sept. 21, 2025 — Forty-one people were rescued after the boat sank. "
        "Rescuers said the rescued were taken to hospital. Investigators are looking at the engine.",
        "KAMPALA, Dec 22 (Wire) - Twenty people are still missing. Dozens of boats joined the search.",
    )
    names = written_names(s)
    assert not {"Forty", "Twenty", "Dozens", "Sept", "Dec", "Rescuers", "Investigators"} & names
    assert "Uganda" in names


def test_months_end_a_name_only_in_a_date():
    s = compare_bodies(
        "Theresa May said on Friday, May 5, that Brian May would sing.",
        "The Sun reported that Theresa May spoke on Sept. 5.",
    )
    names = written_names(s)
    assert {"Theresa May", "Brian May", "Sun"} <= names
    assert not {"Theresa", "Brian", "Sept", "Friday"} & names


def test_an_actor_opening_a_claim_stays_its_actor_and_no_false_conflict():
    s = compare_bodies(
        "Parliament has not recognized the Tana Council, the ministry said.",
        "Kenya has recognized the Tana Council, the ministry said.",
    )
    # "Parliament" and "Kenya" act in their sentences, so both are named; each is the
    # actor of its own claim, and the two claims do not clash.
    assert written_names(s) == {"Tana Council", "Parliament", "Kenya"}
    assert not found(s, "claim", "")


def test_connectives_opening_a_sentence_are_not_entities():
    s = compare_bodies(
        "Despite early warnings the dam held. Meanwhile Lusaka stayed calm.",
        "Elsewhere crews cleared the roads near Lusaka.",
    )
    assert [(e.name, {v.text: v.articles for v in e.variants}) for e in s.entities] == [
        ("Lusaka", {"Lusaka": ("1", "2")})
    ]


def test_a_name_that_opens_sentences_is_a_name_when_the_story_names_it_elsewhere():
    # The other article writes "China" inside a sentence; "Jan Egeland" is two names.
    s = compare_bodies(
        "China has not recognized the new council. Jan Egeland visited the camp.",
        "Ships left the Three Gorges Dam area for China on Monday, and one ship stayed behind.",
    )
    names = written_names(s)
    assert {"China", "Jan Egeland", "Three Gorges Dam"} <= names
    assert "Ships" not in names and "Monday" not in names
    assert entity_written(s, "China").variants[0].articles == ("1", "2")


def test_a_lone_sentence_opener_is_a_name_only_when_the_story_names_it_otherwise():
    s = compare_bodies(
        "Volunteer medics said the road to Kabul was open. Markets shrugged. Everyone agreed. "
        "Officials said Foreign Minister Sergei Lavrov met Volodymyr Zelenskyy.",
        "Lavrov said the road was open. Kabul has reopened. Zelensky met envoys. Officials said so.",
    )
    # "Kabul" is said inside a sentence, "Lavrov" and "Zelensky" end full names.
    assert written_names(s) == {"Kabul", "Sergei Lavrov", "Lavrov", "Volodymyr Zelenskyy", "Zelensky"}
    assert entity_written(s, "Kabul").variants[0].articles == ("1", "2")
    assert entity_written(s, "Lavrov") is entity_written(s, "Sergei Lavrov")


# Kinds ----------------------------------------------------------------------------


def test_a_dateline_and_a_place_word_say_place():
    s = compare_bodies(
        "KAMPALA, Uganda, Sept. 21, 2025 — The ferry overturned near Bukasa island.",
        "The ferry overturned off Bukasa island, Nakato Mirembe said.",
    )
    assert entity_written(s, "Uganda").kind == "place"
    assert entity_written(s, "Bukasa").kind == "place"
    assert entity_written(s, "Nakato Mirembe").kind != "place"


# Spellings ------------------------------------------------------------------------


def test_transliterated_spellings_are_one_entity_with_two_variants():
    s = compare_bodies(
        "Officials in Kyiv said Volodymyr Zelensky met envoys of Moammar Qaddafi's family and Mohammed Salah.",
        "Officials in Kiev said Volodymyr Zelenskyy met envoys of Muammar Gaddafi's family and Muhammad Salah.",
    )
    for a, b in [("Kyiv", "Kiev"), ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
                 ("Moammar Qaddafi", "Muammar Gaddafi"), ("Mohammed Salah", "Muhammad Salah")]:
        entity = entity_written(s, a)
        assert entity is not None and {v.text for v in entity.variants} == {a, b}, (a, b)
        [d] = found(s, "entity", entity.name)
        assert d.severity == "variant" and {v.text for v in d.values} == {a, b}


def test_short_names_one_letter_apart_stay_apart():
    s = compare_bodies(
        "Talks with Iran resumed in Gaza, and envoys from Mali joined Kim Il Sung's heirs.",
        "Talks with Iraq resumed in Giza, and envoys from Bali joined Kin Il Sung's heirs.",
    )
    for a, b in [("Iran", "Iraq"), ("Gaza", "Giza"), ("Mali", "Bali")]:
        assert entity_written(s, a) is not entity_written(s, b), (a, b)
    assert not found(s, "entity", "", "variant")


def test_spelling_rules_for_short_and_long_names():
    for a, b in [("kyiv", "kiev"), ("kiev", "kyev"), ("riga", "ryga"), ("gaddafi", "kadhafi"),
                 ("qaddafi", "gadhafi"), ("zelensky", "zelenskyy"), ("mohammed", "muhammad")]:
        assert same_name((a,), (b,)), (a, b)
    for a, b in [("kim", "kin"), ("iran", "iraq"), ("mali", "bali"), ("mali", "male"), ("gaza", "giza"),
                 ("lyon", "leon"), ("oman", "aman"), ("yuan", "yian"), ("dior", "dyer"), ("omar", "umar"),
                 ("austria", "australia"), ("ali", "aly")]:
        assert not same_name((a,), (b,)), (a, b)


def test_a_company_with_its_legal_form_is_the_company_its_short_name_names():
    s = compare_bodies(
        "On Tuesday, Corvana Platforms Inc. was fined by the regulator, but Acme Foods Ltd. was not.",
        "The regulator fined Corvana, and Acme said it would appeal.",
    )
    assert {v.text for v in entity_written(s, "Corvana").variants} == {"Corvana", "Corvana Platforms Inc"}
    # "Foods" is no word a short name drops: Acme Foods Ltd. may be another Acme.
    assert entity_written(s, "Acme") is not entity_written(s, "Acme Foods Ltd")


def test_a_firm_named_without_its_corporate_word_is_the_firm():
    s = compare_bodies(
        "The mine is run by Stepove Coal Company, the largest producer in the region.",
        "Documents show that Stepove Coal was warned about the roof supports in June.",
    )
    firm = entity_written(s, "Stepove Coal Company")
    assert firm is not None and "Stepove Coal" in {v.text for v in firm.variants}
    assert not [d for d in s.divergences if d.kind == "entity"]  # a short form, not a spelling
    # Two firms that share the short form leave it to neither.
    s = compare_bodies(
        "Stepove Coal Company and Stepove Coal Group both run mines in the region.",
        "Stepove Coal said the mine would reopen in a month.",
    )
    assert entity_written(s, "Stepove Coal") is not None
    assert entity_written(s, "Stepove Coal") not in (entity_written(s, "Stepove Coal Company"), entity_written(s, "Stepove Coal Group"))


def test_a_clocks_zone_is_no_name_and_a_wire_dateline_date_no_fact():
    s = compare_bodies(
        "ZORYANSK, Aug 2 (Northwire) - The tunnel collapsed at 3:15am local time (00:15 GMT), the ministry said.",
        "The tunnel collapsed at 01:15 BST on Saturday, the GMT Holdings board said.",
        published="2025-08-02",
    )
    names = written_names(s)
    assert "BST" not in names and "GMT Holdings" in names and "GMT" not in names - {"GMT Holdings"}
    assert not [f for f in s.facts if f.kind == "date" and f.text == "Aug 2"]


def test_a_body_named_for_what_it_does_is_one_entity():
    s = compare_bodies(
        "Observers from the Organization for Security and Co-operation in Europe will report on Tuesday.",
        "The Office for National Statistics said prices rose. The Commission on Human Rights met on Monday.",
    )
    names = written_names(s)
    assert {
        "Organization for Security and Co-operation in Europe",
        "Office for National Statistics",
        "Commission on Human Rights",
    } <= names
    assert not names & {"Organization", "Security", "Co", "Europe", "Office", "National Statistics", "Monday"}
    entity = entity_written(s, "Office for National Statistics")
    assert entity is not None and entity.kind == "organisation"


def test_the_first_word_after_a_wire_dateline_opens_a_sentence():
    s = compare_bodies(
        "KORVEL, Estravia, Nov 10 (Capital Wire) - Former finance minister Teodor Vasilescu won the vote.",
        "Teodor Vasilescu won the vote on Sunday.",
    )
    assert "Former" not in written_names(s)
    assert "Teodor Vasilescu" in written_names(s)


def test_a_sentence_opener_that_owns_something_is_a_name():
    s = compare_bodies(
        "Britain's parliament on Thursday approved the aid package.",
        "The aid package was approved on Thursday.",
    )
    assert "Britain" in written_names(s)
