"""A prisoner exchange told by a wire, each side's press and an analysis the next day: the
swap's whole against each side's share, one side's captives counted two ways, who mediated
affirmed and denied, and a journalist's name spelled two ways."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, claim_conflicts, compare_bodies, entity_written, found, read_counts, story, values_by_article

WIRE, HERALD, TODAY, REVIEW = "a_wire.txt", "b_herald.txt", "c_today.txt", "d_review.txt"


@pytest.fixture(scope="module")
def exchange():
    return story("exchange")


def _ids(s):
    return [article_id(s, name) for name in (WIRE, HERALD, TODAY, REVIEW)]


def test_one_side_s_captives_counted_two_ways_conflict(exchange):
    # "Ketran handed over 52 Valdorian prisoners of war" against "Ketran released 50
    # Valdorian prisoners in return": told in different clusters, compared across the story.
    a, _, c, _ = _ids(exchange)
    [d] = found(exchange, "number", "Valdorian prisoners released")
    assert d.severity == "conflict" and d.cluster is None
    assert values_by_article(d) == {a: {"52"}, c: {"50"}}


def test_the_swap_s_whole_and_each_side_s_share_are_not_one_side_s_count(exchange):
    # "exchanged 100 prisoners", "Each side freed 50 prisoners", "52 Valdorian prisoners",
    # "48 Ketrani detainees": four counts, none of them held against another.
    for d in exchange.divergences:
        if d.kind == "number" and d.severity == "conflict":
            assert {v.value for v in d.values} == {"52", "50"} and d.slot == "Valdorian prisoners released"
    slots = {f.slot: f.value for f in exchange.facts if f.kind == "number" and "prisoners" in f.slot}
    assert slots["prisoners exchanged"] == "100"
    assert slots["prisoners released by each side"] == "50"


@pytest.mark.parametrize(
    "sentence, reading",
    [
        ("Valdoria and Ketran exchanged 100 prisoners on Saturday.", ("100", None, "prisoners exchanged")),
        ("Each side freed 50 prisoners, officials said.", ("50", None, "prisoners released by each side")),
        ("The sides released 50 prisoners each on Friday.", ("50", None, "prisoners released by each side")),
        ("Ketran handed over 52 Valdorian prisoners of war.", ("52", None, "Valdorian prisoners released")),
        ("Hamas freed three Israeli hostages on Sunday.", ("3", None, "Israeli hostages released")),
        ("The army handed over 40 prisoners on Friday.", ("40", None, "prisoners released")),
    ],
)
def test_whose_captives_a_count_is(sentence, reading):
    assert read_counts(sentence) == [reading]


def test_handed_over_bounds_nothing_and_over_before_a_count_still_does():
    assert read_counts("The army handed over 40 prisoners.") == [("40", None, "prisoners released")]
    assert read_counts("Over 40 prisoners were freed.") == [("40", "over", "prisoners released")]


def test_captives_of_two_sides_are_never_compared():
    s = compare_bodies(
        "On Sunday Israel released 90 Palestinian prisoners, officials said.",
        "On Sunday Hamas freed three Israeli hostages, officials said.",
        published="2025-01-20",
    )
    assert not [d for d in s.divergences if d.kind == "number"]


def test_who_mediated_affirmed_in_the_passive_and_denied_is_a_conflict(exchange):
    # "The exchange was mediated by Orsova" against "Orsova did not mediate the exchange".
    a, _, c, _ = _ids(exchange)
    [d] = found(exchange, "claim", "mediated")
    assert d.severity == "conflict" and values_by_article(d) == {a: {"affirmed"}, c: {"negated"}}


def test_a_passive_with_its_doer_named_meets_the_doer_s_denial():
    assert claim_conflicts("The deal was signed by Orsova on Friday.", "Orsova has not signed the agreement.") == {
        "signed the deal": {"1": "affirmed", "2": "negated"}
    }
    assert claim_conflicts("The bill was approved by the Senate.", "The Senate did not approve the bill.") == {
        "approved the bill": {"1": "affirmed", "2": "negated"}
    }


def test_a_denial_of_one_doer_leaves_another_free_to_have_done_it():
    # "was not mediated by Qatar" denies Qatar's deed, not that the exchange was mediated.
    assert claim_conflicts("The exchange was not mediated by Qatar, officials said.", "The exchange was mediated by Turkey.") == {}
    assert claim_conflicts("The exchange was not mediated by Qatar, officials said.", "Qatar mediated the exchange.") == {
        "mediated the exchange": {"1": "negated", "2": "affirmed"}
    }


def test_a_name_written_with_ks_and_with_x_is_one_man(exchange):
    assert entity_written(exchange, "Aleksei Morozan") is entity_written(exchange, "Alexei Morozan")
    [d] = found(exchange, "entity", "Aleksei Morozan")
    assert d.severity == "variant" and {v.text for v in d.values} == {"Aleksei Morozan", "Alexei Morozan"}


def test_a_date_before_and_then_a_verb_is_the_first_verb_s(exchange):
    # "detained in Ketran since March 2024 and sentenced to 12 years": the detention's
    # date, which meets "arrested in Ketran in March 2024".
    a, b, _, _ = _ids(exchange)
    [d] = found(exchange, "date", "detained")
    assert d.severity == "partial" and values_by_article(d) == {a: {"2024-03"}, b: {"2024-03"}}
    assert not found(exchange, "date", "sentenced")
