"""Names: spellings of one name merge, people who share a surname stay apart."""

from __future__ import annotations

from facts_helpers import found, story
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
