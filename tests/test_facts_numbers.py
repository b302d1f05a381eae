"""Counts: tolls that differ conflict, qualifiers and other places do not."""

from __future__ import annotations

import pytest

from facts_helpers import STORIES, article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def quake():
    return story("quake")


def test_injured_counts_that_differ_are_a_conflict(quake):
    [d] = found(quake, "number", "people injured", "conflict")
    by = values_by_article(d)
    assert by[article_id(quake, "b_river_wire.txt")] == {"2389"}
    assert by[article_id(quake, "c_hill_gazette.txt")] == {"3408"}


def test_at_least_a_thousand_does_not_conflict_with_1644(quake):
    assert not found(quake, "number", "people killed", "conflict") or all(
        d.slot != "people killed" for d in found(quake, "number", "people killed", "conflict")
    )
    [d] = [d for d in found(quake, "number", "people killed") if d.slot == "people killed"]
    assert d.severity == "variant"
    qualifiers = {v.value: v.qualifier for v in d.values}
    assert qualifiers == {"1000": "at least", "1644": None}


def test_words_and_digits_are_one_number_and_nine_differs(quake):
    [d] = found(quake, "number", "people killed in Bangkok", "conflict")
    by = values_by_article(d)
    assert by[article_id(quake, "a_delta_times.txt")] == {"10"}
    assert by[article_id(quake, "b_river_wire.txt")] == {"10"}  # "Ten"
    assert by[article_id(quake, "c_hill_gazette.txt")] == {"9"}  # "nine"


def test_deaths_in_bangkok_are_not_compared_with_the_national_toll(quake):
    for d in quake.divergences:
        if d.kind == "number":
            assert not ({"10", "9"} & {v.value for v in d.values} and "1644" in {v.value for v in d.values})


def test_a_toll_of_another_year_is_another_slot(quake):
    four = [f for f in quake.facts if f.kind == "number" and f.value == "4"]
    assert four and four[0].slot == "people killed in Bagan"
    assert not any("4" in {v.value for v in d.values} for d in quake.divergences if d.kind == "number")


def test_amounts_with_and_without_up_to_agree():
    s = story("senate")
    amounts = [f for f in s.facts if f.kind == "number" and f.slot.startswith("amount")]
    assert {(f.value, f.qualifier) for f in amounts} == {("5000000", "up to"), ("5000000", None)}
    assert not found(s, "number", "amount")


def _paired(name: str):
    """The story's articles with paragraph i of every article in cluster i, whatever the aligner says."""
    from tui.engine import build_articles, load_sources
    from tui.facts import find_facts
    from tui.models import Cluster

    articles = build_articles(load_sources([str(STORIES / name)]).sources)
    count = max(len(a.paragraphs) for a in articles)
    clusters = [
        Cluster(i, tuple(a.paragraphs[i] for a in articles if i < len(a.paragraphs))) for i in range(count)
    ]
    return articles, find_facts(articles, clusters)


def test_shares_of_different_things_are_different_slots():
    articles, (_, divergences, _) = _paired("economy")
    [conflict] = [d for d in divergences if d.severity == "conflict"]
    assert conflict.kind == "number" and conflict.cluster == 0
    assert conflict.slot == "percent (inflation rose)"
    assert {v.value for v in conflict.values} == {"3.2", "3.4"}
    # "core inflation was 2.8%" in both, "5.1%" and "5.1 percent": nothing to report.
    assert all("2.8" not in {v.value for v in d.values} for d in divergences)
    assert all("5.1" not in {v.value for v in d.values} for d in divergences)


@pytest.mark.parametrize(
    "sentence,value,qualifier,slot",
    [
        ("The quake killed 1,644.", "1644", None, "people killed"),
        ("More than 3,400 were injured.", "3400", "more than", "people injured"),
        ("The number of injured rose to 3,408.", "3408", None, "people injured"),
        ("It has killed at least 1,644 people.", "1644", "at least", "people killed"),
        ("The death toll rose to 1.5 million.", "1500000", None, "people killed"),
        ("In Thailand, nine people were killed.", "9", None, "people killed in Thailand"),
        ("A plane with 150 people on board.", "150", None, "people on board"),
        ("Nearly 93 people are missing.", "93", "nearly", "people missing"),
    ],
)
def test_how_tolls_are_written(sentence, value, qualifier, slot):
    from tui.facts.numbers import find_numbers, plain

    [n] = find_numbers(sentence, [])
    assert (plain(n.value), n.qualifier, n.slot) == (value, qualifier, slot)


@pytest.mark.parametrize("sentence", ["He scored 52.", "Boeing 737 jets.", "She was aged 45.", "COVID-19 cases.", "10 Downing Street"])
def test_labels_and_bare_numbers_are_not_counts(sentence):
    from tui.facts.numbers import find_numbers

    assert find_numbers(sentence, []) == []


@pytest.mark.parametrize(
    "sentence,slot",
    [
        ("The regulator imposed a €1.2 billion fine on the company.", "fine (€)"),
        ("Donors pledged $10 million in aid for the flood victims.", "aid ($)"),
        ("The firm carries £2bn of debt into the merger.", "debt (£)"),
        # with no noun after it, the measure its clause names before it
        ("Revenue rose to $4.3 billion in the third quarter.", "revenue ($)"),
        ("Net profit fell to $1.1 billion in the third quarter.", "profit ($)"),
        ("Sales fell to €4.2bn, the company said.", "revenue (€)"),
        ("The cuts would save 300 million euros a year.", "savings (€)"),
        ("It expects annual savings of €350m from the plan.", "savings (€)"),
        ("The government set aside £2.5 billion to help households.", "amount (£)"),
    ],
)
def test_a_sum_is_what_the_noun_after_it_names_and_not_the_time_it_is_for(sentence, slot):
    from tui.facts.numbers import find_numbers

    [n] = find_numbers(sentence, [])
    assert n.slot == slot


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The regulator imposed a €1.2bn fine.", "1200000000"),
        ("It raised $5m in funding.", "5000000"),
        ("He paid £300k for the house.", "300000"),
        ("Its debt of $1.5tn worries investors.", "1500000000000"),
    ],
)
def test_a_sum_with_its_scale_glued_on_is_read(sentence, value):
    from tui.facts.numbers import find_numbers, plain

    [n] = find_numbers(sentence, [])
    assert plain(n.value) == value


@pytest.mark.parametrize("sentence", ["The wall is 5m high.", "She ran 5k on Monday.", "The 10mm rain fell."])
def test_a_scale_glued_on_without_a_currency_is_a_measure_and_not_read(sentence):
    from tui.facts.numbers import find_numbers

    assert find_numbers(sentence, []) == []


def test_a_bare_figure_with_bn_or_with_m_before_a_plural_noun_is_scaled():
    from facts_helpers import read_counts

    assert read_counts("The breach hit 530m users, 2m people and 1.5bn records.") == [
        ("530000000", None, "users"), ("2000000", None, "people"), ("1500000000", None, "records"),
    ]
    # A bare "5m" before no plural noun is metres, or nothing to tell: not read.
    assert read_counts("A 5m wall fell and the 3m-long boat sank 100m offshore.") == []


def test_a_currency_in_words_is_the_sum_its_symbol_writes():
    from facts_helpers import read_counts

    # the conversion in brackets is the outlet's own, at its own rate: not read
    assert read_counts("It was fined a record 1.2 billion euros (about $1.3 billion).") == [
        ("1200000000", None, "fine (€)"),
    ]
    assert read_counts("a fine of 1.2 billion euros") == read_counts("a fine of €1.2bn")


def test_as_much_as_bounds_a_figure_from_above():
    from facts_helpers import compare_bodies

    s = compare_bodies("Shares in Corvana fell as much as 3.1% in New York.", "Shares in Corvana fell 2.3% in New York.")
    assert not [d for d in s.divergences if d.kind == "number"]
    s = compare_bodies("Shares in Corvana fell as much as 3.1% in New York.", "Shares in Corvana fell 3.5% in New York.")
    assert [d.severity for d in s.divergences if d.kind == "number"] == ["conflict"]


def test_a_qualifier_is_no_word_of_a_shares_slot():
    from facts_helpers import read_counts

    assert read_counts("Inflation rose roughly 3% in May.") == [("3", "roughly", "percent (inflation rose)")]
    assert read_counts("Inflation rose 3.4% in May.") == [("3.4", None, "percent (inflation rose)")]
