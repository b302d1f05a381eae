"""Claims: one predicate affirmed by one article and denied by another."""

from __future__ import annotations

from facts_helpers import article_id, claim_conflicts, found, story


def test_invited_and_not_invited_conflict():
    s = story("quake")
    [d] = found(s, "claim", "invited", "conflict")
    sides = {(v.article, v.value) for v in d.values}
    assert sides == {
        (article_id(s, "a_delta_times.txt"), "affirmed"),
        (article_id(s, "b_river_wire.txt"), "negated"),
    }


def test_seed_recognition_claim_sides():
    s = story("../../seeds")
    [d] = found(s, "claim", "recognized", "conflict")
    by_name = {a.id: a.name[:3] for a in s.articles}
    sides = {(by_name[v.article], v.line, v.value) for v in d.values}
    assert ("002", 5, "affirmed") in sides
    assert {("000", 8, "negated"), ("001", 7, "negated"), ("003", 14, "negated")} <= sides
    assert not any(value == "affirmed" and name != "002" for name, _, value in sides)


def test_no_claim_conflict_where_nothing_is_denied():
    s = story("senate")
    assert not found(s, "claim", "")


def _tiny(tmp_path, texts: dict[str, str]):
    from tui.engine import compare, load_sources

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return compare(load_sources([str(tmp_path)]).sources)


def test_first_country_to_recognize_is_an_affirmation(tmp_path):
    s = _tiny(tmp_path, {
        "a.txt": "Council news\n\nRussia became the first country to recognize the Valley Council on Monday.\n",
        "b.txt": "Council isolated\n\nNo country has formally recognized the Valley Council so far.\n",
    })
    [d] = found(s, "claim", "recognize", "conflict")
    assert {(s.article(v.article).name, v.value) for v in d.values} == {("a.txt", "affirmed"), ("b.txt", "negated")}


def test_hedged_and_passive_claims_are_not_affirmations(tmp_path):
    s = _tiny(tmp_path, {
        "a.txt": "Council news\n\nRussia could recognize the Valley Council. The decision to recognize the Valley Council was delayed.\n",
        "b.txt": "Council isolated\n\nNo country has formally recognized the Valley Council so far.\n",
    })
    assert not found(s, "claim", "")


def test_claims_about_things_need_the_same_actor(tmp_path):
    s = _tiny(tmp_path, {
        "a.txt": "Talks\n\nHamas has accepted the ceasefire deal. The government has approved the budget. "
                 "The police received the money.\n",
        "b.txt": "Talks stall\n\nHamas has not accepted the ceasefire deal. The government has not approved the budget. "
                 "The army has not received the money.\n",
    })
    slots = {d.slot: {s.article(v.article).name: v.value for v in d.values} for d in found(s, "claim", "", "conflict")}
    assert slots == {
        "accepted the ceasefire deal": {"a.txt": "affirmed", "b.txt": "negated"},
        "approved the budget": {"a.txt": "affirmed", "b.txt": "negated"},
    }


def test_denials_deny_and_questions_assert_nothing(tmp_path):
    s = _tiny(tmp_path, {
        "a.txt": "Ties\n\nRussia has recognized the Valley Council, the ministry said.\n",
        "b.txt": "Ties\n\nThe ministry denied that Russia had recognized the Valley Council.\n",
        "c.txt": "Ties\n\nHas Russia recognized the Valley Council? Officials would not say.\n",
    })
    [d] = found(s, "claim", "recognized", "conflict")
    assert {(s.article(v.article).name, v.value) for v in d.values} == {("a.txt", "affirmed"), ("b.txt", "negated")}


def test_a_proposal_or_a_plan_named_as_a_thing_is_no_hedge():
    from facts_helpers import compare_bodies

    said = "Israel has {} the proposal for a six-week ceasefire in Gaza, officials said on Sunday."
    s = compare_bodies(said.format("accepted"), said.format("not accepted"))
    [d] = [d for d in s.divergences if d.kind == "claim"]
    assert d.severity == "conflict" and {v.value for v in d.values} == {"affirmed", "negated"}
    # "plans to accept" still asserts nothing
    s = compare_bodies(
        "Israel plans to accept the proposal for a six-week ceasefire in Gaza, officials said on Sunday.",
        said.format("not accepted"),
    )
    assert not [d for d in s.divergences if d.kind == "claim" and d.severity == "conflict"]


def test_one_thing_named_two_ways_and_an_irregular_participle_still_meet():
    assert claim_conflicts(
        "Orsk has not withdrawn its troops from the border, the minister said on Monday.",
        "Orsk has withdrawn its forces from the border, officials in the capital said on Monday.",
    ) == {"withdrawn the forces": {"1": "negated", "2": "affirmed"}}
    assert claim_conflicts(
        "Valdoria signed the agreement with Orsk on Monday in the capital.",
        "Valdoria has not signed the deal with Orsk, officials in the capital said.",
    ) == {"signed the deal": {"1": "affirmed", "2": "negated"}}


def test_two_different_things_done_stay_apart():
    assert claim_conflicts(
        "Valdoria signed the agreement with Orsk on Monday in the capital.",
        "Valdoria has not signed the budget with Orsk, officials in the capital said.",
    ) == {}
    assert claim_conflicts(
        "Orsk has withdrawn its forces from the border, officials said on Monday.",
        "Orsk has not withdrawn its ambassador from the capital, the minister said on Monday.",
    ) == {}
