"""Names: spellings of one name merge, people who share a surname stay apart."""

from __future__ import annotations

from facts_helpers import compare_bodies, found, story
from tui.facts.names import same_name


def _entity(s, name):
    return next((e for e in s.entities if name in {v.text for v in e.variants}), None)


def test_place_spelled_two_ways_is_one_entity_and_a_variant():
    s = story("quake")
    entity = _entity(s, "Naypyitaw")
    assert entity is not None and {v.text for v in entity.variants} == {"Naypyidaw", "Naypyitaw"}
    [d] = found(s, "entity", entity.name)
    assert d.severity == "variant" and {v.text for v in d.values} == {"Naypyidaw", "Naypyitaw"}


def test_people_sharing_a_surname_stay_apart():
    s = story("quake")
    first, second = _entity(s, "Aung Kyaw Tun"), _entity(s, "Zaw Min Tun")
    assert first is not None and second is not None and first is not second
    assert not found(s, "entity", "Aung Kyaw Tun") and not found(s, "entity", "Zaw Min Tun")


def test_seed_lavrov_spellings_and_surname_are_one_person():
    s = story("../../seeds")
    entity = _entity(s, "Sergei Lavrov")
    assert entity is not None
    assert {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"} <= {v.text for v in entity.variants}


def test_spelling_rules():
    assert same_name(("sergey", "lavrov"), ("sergei", "lavrov"))
    assert same_name(("naypyidaw",), ("naypyitaw",))
    assert not same_name(("russia",), ("russian",))
    assert not same_name(("islamic",), ("islamist",))
    assert not same_name(("austria",), ("australia",))
    assert not same_name(("kim", "jong", "un"), ("kim", "jong", "il"))
    assert not same_name(("john", "smith"), ("jane", "smith"))
    # Every word spelled another way, none the same: still one man.
    assert same_name(("muammar", "gaddafi"), ("moammar", "qaddafi"))
    assert not same_name(("maria", "lopez"), ("mario", "lopez"))
    assert not same_name(("hunter", "biden"), ("joe", "biden"))


def test_names_ending_like_adjectives_are_still_names(tmp_path):
    from tui.engine import compare, load_sources

    (tmp_path / "a.txt").write_text(
        "Talks resume\n\nSince the Taliban took control, Israeli and Russian officials met in Sudan "
        "while Israel watched and Pakistan waited.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Talks\n\nThe Taliban said Muttaqi voiced hope.\n", encoding="utf-8")
    s = compare(load_sources([str(tmp_path)]).sources)
    names = {e.name for e in s.entities}
    assert {"Taliban", "Sudan", "Israel", "Pakistan", "Muttaqi"} <= names
    assert not {"Israeli", "Russian"} & names


def test_transliterations_merge_and_other_words_do_not():
    for a, b in [("muhammad", "mohammed"), ("gaddafi", "qaddafi"), ("zelensky", "zelenskyy"),
                 ("prigozhin", "prigojin"), ("kharkiv", "kharkov"), ("odesa", "odessa"), ("alexei", "alexey")]:
        assert same_name((a,), (b,)), (a, b)
    for a, b in [("martin", "marvin"), ("maria", "mario"), ("austin", "justin"), ("hamas", "hamad"),
                 ("daniel", "daniela"), ("slovakia", "slovenia"), ("georgia", "georgian")]:
        assert not same_name((a,), (b,)), (a, b)
    assert not same_name(("martin", "smith"), ("marvin", "smith"))


def test_doubled_letters_and_letter_pairs_of_one_sound_are_one_spelling():
    for a, b in [("asad", "assad"), ("hasan", "hassan"), ("mohamed", "muhammad"), ("moussa", "musa"),
                 ("shareef", "sharif"), ("djibouti", "jibuti"), ("tchad", "chad"), ("odesa", "odessa")]:
        assert same_name((a,), (b,)), (a, b)
    # Too short to tell, another letter, or another ending: different names.
    for a, b in [("ali", "alli"), ("ali", "alia"), ("mark", "marc"), ("omar", "umar"), ("anna", "ana"),
                 ("lavrov", "lavrova")]:
        assert not same_name((a,), (b,)), (a, b)


def test_assad_and_asad_are_one_man_and_a_variant_while_ali_and_alia_stay_two_people():
    s = compare_bodies(
        "President Bashar al-Assad met Moussa Faki in Damascus, and Ali Hassan and Mark Evans looked on.",
        "President Bashar al-Asad met Musa Faki in Damascus, and Alia Hassan and Marc Evans looked on.",
    )
    for a, b in [("Bashar al-Assad", "Bashar al-Asad"), ("Moussa Faki", "Musa Faki")]:
        entity = _entity(s, a)
        assert entity is not None and {v.text for v in entity.variants} == {a, b}, (a, b)
        [d] = found(s, "entity", entity.name)
        assert d.severity == "variant" and {v.text for v in d.values} == {a, b}
    assert _entity(s, "Ali Hassan") is not _entity(s, "Alia Hassan")
    assert _entity(s, "Mark Evans") is not _entity(s, "Marc Evans")
    assert len(found(s, "entity", "", "variant")) == 2


def test_two_people_in_one_role_conflict_and_two_people_in_one_paragraph_do_not():
    from tui.facts import find_facts
    from tui.models import Article, Cluster, Paragraph

    texts = {
        "1": "Mayor Helena Strand said the schools would open as shelters.",
        "2": "Mayor Helena Moreau said the schools would open as shelters.",
        "3": "Mayor Helena Strand and Mayor Helena Moreau said the schools would open as shelters.",
    }
    paragraphs = {a: Paragraph(a, 0, 5, t) for a, t in texts.items()}
    articles = [Article(a, f"{a}.txt", f"{a}.txt", "", None, (p,)) for a, p in paragraphs.items()]
    _, divergences, _ = find_facts(articles, [Cluster(1, tuple(paragraphs.values()))])
    [d] = [d for d in divergences if d.kind == "entity" and d.severity == "conflict"]
    assert d.cluster == 1 and d.slot == "mayor Helena …"
    assert {(v.article, v.value) for v in d.values} == {("1", "Helena Strand"), ("2", "Helena Moreau")}


def _mention_texts(text: str) -> list[str]:
    from tui.facts.mentions import find_mentions

    return [m.text for m in find_mentions(text, set())]


def test_arabic_names_keep_their_lower_case_article():
    assert _mention_texts("Leaders discussed Bashar al-Assad in Brussels.") == ["Bashar al-Assad", "Brussels"]
    assert _mention_texts("The summit opened, and al-Qaida was on the agenda.") == ["al-Qaida"]
    assert _mention_texts("President Abdel Fattah el-Sisi met them.") == ["Abdel Fattah el-Sisi"]


def test_hyphenated_prefixes_that_are_no_particles_open_no_name():
    assert _mention_texts("The ex-President spoke to pro-Russian and anti-Taliban groups in mid-August.") == []


def test_a_surname_keeps_its_particle_after_a_title():
    assert _mention_texts("Ms von der Leyen said the bloc would act.") == ["von der Leyen"]
    assert _mention_texts("Secretary of State Antony Blinken arrived.") == ["Antony Blinken"]


def test_a_surname_with_its_particles_joins_the_full_name():
    s = compare_bodies(
        "Commission President Ursula von der Leyen opened the summit on Thursday, and al-Qaida was on the agenda.",
        "Von der Leyen opened the summit on Thursday. Al-Qaeda was on the agenda, officials told reporters.",
    )
    leyen = _entity(s, "Ursula von der Leyen")
    assert leyen is not None and {v.text for v in leyen.variants} == {"Ursula von der Leyen", "Von der Leyen"}
    qaida = _entity(s, "al-Qaida")
    assert qaida is not None and {v.text for v in qaida.variants} == {"al-Qaida", "Al-Qaeda"}


def test_a_particle_surname_shared_by_two_people_joins_neither():
    s = compare_bodies(
        "President Charles de Gaulle and Minister Anne de Gaulle met on Thursday.",
        "De Gaulle spoke first on Thursday, officials told reporters.",
    )
    assert _entity(s, "Charles de Gaulle") is not _entity(s, "Anne de Gaulle")
    assert "De Gaulle" not in {v.text for v in _entity(s, "Charles de Gaulle").variants}


def test_a_title_word_opening_a_body_name_is_no_title():
    assert _mention_texts("The General Confederation of Workers rejected the offer.") == [
        "General Confederation of Workers"
    ]
    assert _mention_texts("He plays in the Premier League for Arsenal.") == ["Premier League", "Arsenal"]
    assert _mention_texts("General Mark Milley of the Army spoke.") == ["Mark Milley", "Army"]


def test_a_law_keeps_the_title_word_it_opens_with():
    assert _mention_texts("The fines under the General Data Protection Regulation rose.") == [
        "General Data Protection Regulation"
    ]
    assert _mention_texts("He cited the Chief Justice Act and the Premier Accord.") == ["Chief Justice Act", "Premier Accord"]
    s = compare_bodies(
        "Fines under the General Data Protection Regulation rose, General Anna Berg said.",
        "General Data Protection Regulation fines rose in Selm, the regulator said on Monday.",
    )
    law = _entity(s, "General Data Protection Regulation")
    assert law is not None and law.kind != "person" and law.variants[0].articles == ("1", "2")
    assert _entity(s, "Data Protection Regulation") is None
    assert _entity(s, "Anna Berg").kind == "person"


def test_a_person_of_a_body_is_two_names_and_the_person_merges_with_another_spelling():
    s = compare_bodies(
        "The flaw was found by Andrei Volkov of Ironlake Security, the company said on Monday.",
        "Andrey Volkov, a researcher at Ironlake Security, found the flaw, the company said on Monday.",
    )
    person = _entity(s, "Andrei Volkov")
    assert person is not None and person.kind == "person"
    assert {v.text for v in person.variants} == {"Andrei Volkov", "Andrey Volkov"}
    assert _entity(s, "Ironlake Security").variants[0].articles == ("1", "2")
    [d] = found(s, "entity", person.name)
    assert d.severity == "variant" and {v.text for v in d.values} == {"Andrei Volkov", "Andrey Volkov"}


def test_a_titled_person_of_a_place_is_two_names():
    assert _mention_texts("President Vladimir Putin of Russia met Supreme Leader Ali Khamenei of Iran.") == [
        "Vladimir Putin", "Russia", "Ali Khamenei", "Iran"
    ]
    # The story names him after a title elsewhere: his first name makes him a person.
    s = compare_bodies(
        "Foreign Minister Sergei Lavrov arrived in Ankara on Monday.",
        "Sergei Lavrov of Russia arrived in Ankara on Monday.",
    )
    assert {v.text for v in _entity(s, "Sergei Lavrov").variants} == {"Sergei Lavrov"}
    assert _entity(s, "Russia") is not None


def test_bodies_and_styles_with_of_stay_whole():
    assert _mention_texts(
        "The Bank of England, the University of Oxford and the Duke of Edinburgh wrote to the Republic of Korea."
    ) == ["Bank of England", "University of Oxford", "Duke of Edinburgh", "Republic of Korea"]
    assert _mention_texts("Federal Republic of Germany officials met the Harvard Kennedy School of Government.") == [
        "Federal Republic of Germany", "Harvard Kennedy School of Government"
    ]
    assert _mention_texts("The Massachusetts Institute of Technology and Lord Smith of Finsbury spoke.") == [
        "Massachusetts Institute of Technology", "Lord Smith of Finsbury"
    ]


def test_tens_of_thousands_names_no_one():
    assert _mention_texts("SELM, Tarvonia (NPA) — Tens of thousands marched through Selm.") == ["Selm", "Tarvonia", "Selm"]


def test_a_name_with_and_inside_is_whole_when_the_story_uses_its_acronym():
    s = compare_bodies(
        "Train drivers in the Rail and Transport Union (RTU) will strike from Monday, and Britain and France sent observers.",
        "The RTU said its members would strike from Monday, a spokesman told reporters in Selm.",
    )
    union = _entity(s, "Rail and Transport Union")
    assert union is not None and {v.text for v in union.variants} == {"Rail and Transport Union", "RTU"}
    assert _entity(s, "Britain") is not _entity(s, "France")
    assert _entity(s, "Rail") is None


def test_a_surname_alone_spelled_another_way_joins_the_full_name_and_shows_as_a_variant():
    s = compare_bodies(
        "Ukrainian President Volodymyr Zelenskyy met the envoy in Geneva on Monday.",
        "Zelensky met the envoy in Geneva and called the talks useful, according to Zelensky's office.",
        "President Volodymir Zelenskiy held talks with the envoy in Geneva.",
    )
    entity = _entity(s, "Zelensky")
    assert entity is not None
    assert {v.text for v in entity.variants} == {"Volodymyr Zelenskyy", "Zelensky", "Volodymir Zelenskiy"}
    assert entity.name != "Zelensky"  # a full name names the person
    [d] = found(s, "entity", entity.name)
    assert {v.text for v in d.values} == {"Volodymyr Zelenskyy", "Zelensky", "Volodymir Zelenskiy"}


def test_a_surname_alone_like_two_peoples_joins_neither():
    s = compare_bodies(
        "Opposition leader Maria Kowalska spoke first.",
        "Finance minister Jan Kowalski answered her.",
        "Kowalsky said the budget would pass.",
    )
    assert _entity(s, "Maria Kowalska") is not _entity(s, "Jan Kowalski")
    assert "Kowalsky" not in {v.text for v in _entity(s, "Jan Kowalski").variants}


def test_a_given_name_written_short_is_the_same_person():
    s = compare_bodies(
        "The US envoy, Steve Witkoff, said a deal was close.",
        "US envoy Steven Witkoff said a deal was close.",
    )
    entity = _entity(s, "Steve Witkoff")
    assert entity is not None and {v.text for v in entity.variants} == {"Steve Witkoff", "Steven Witkoff"}


def test_given_names_of_two_people_stay_apart_though_one_begins_the_other():
    s = compare_bodies(
        "Team captain Paul Moreno scored twice.",
        "Team captain Paula Moreno scored twice.",
        "Coach Chris Adair praised the side, and assistant coach Christine Adair agreed.",
    )
    assert _entity(s, "Paul Moreno") is not _entity(s, "Paula Moreno")
    assert _entity(s, "Chris Adair") is not _entity(s, "Christine Adair")


def test_a_source_after_according_to_is_no_place():
    s = compare_bodies("A deal was close, according to Okafor, who led the talks in Geneva.")
    assert _entity(s, "Okafor").kind != "place"
    assert _entity(s, "Geneva").kind == "place"
