"""A national strike told by a wire, a daily and a business paper: two crowd figures by
source, a pay offer and a demand in percentages, arrests told as a verb and as a noun, and
stances told in opposite words."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def strike():
    return story("strike")


def _ids(s):
    return [article_id(s, name) for name in ("a_wire.txt", "b_clarion.txt", "c_commerce_review.txt")]


def test_all_three_reports_are_of_one_day(strike):
    assert [a.published for a in strike.articles] == ["2025-03-12"] * 3


def test_the_police_figures_of_the_crowd_conflict(strike):
    # "Police said 80,000 people took part in the march", "police estimated the crowd at 95,000"
    [d] = found(strike, "number", "crowd (police)")
    a, b, _ = _ids(strike)
    assert d.severity == "conflict"
    assert values_by_article(d) == {a: {"80000"}, b: {"95000"}}


def test_the_organisers_figure_is_never_set_against_the_police(strike):
    # 250,000 in all three, "about 250,000" in the business paper: one figure, agreed.
    assert not found(strike, "number", "crowd (organisers)")
    for d in strike.divergences:
        values = {v.value for v in d.values}
        assert not ({"250000"} & values and {"80000", "95000"} & values)


def test_the_pay_offer_conflicts_and_the_demand_agrees(strike):
    # "a 4.5% rise", "4.5 per cent" against "a 5% rise"; 9% demanded in all three.
    [d] = found(strike, "number", "percent offered")
    a, b, c = _ids(strike)
    assert d.severity == "conflict"
    assert values_by_article(d) == {a: {"4.5"}, b: {"4.5"}, c: {"5"}}
    assert not found(strike, "number", "percent demanded")
    assert not [d for d in strike.divergences if d.kind == "number" and "9" in {v.value for v in d.values}]


def test_arrests_and_people_arrested_are_one_count(strike):
    # "Police arrested 43 people", "43 people were arrested" against "Police made 47 arrests"
    [d] = found(strike, "number", "arrested")
    a, b, c = _ids(strike)
    assert d.severity == "conflict"
    assert values_by_article(d) == {a: {"43"}, b: {"43"}, c: {"47"}}


def test_no_other_figure_conflicts(strike):
    # Officers injured (12, 12, "a dozen"), protesters hurt (20) and treated (30), 38% of
    # civil servants, inflation, rents, the markets' figures: none is set against another.
    conflicts = {d.slot for d in strike.divergences if d.kind == "number" and d.severity == "conflict"}
    assert conflicts == {"crowd (police)", "percent offered", "arrested"}


def test_refusing_to_negotiate_conflicts_with_agreeing_to_talks(strike):
    # "has refused to negotiate until the strike is called off" against "agreed to talks"
    [d] = found(strike, "claim", "agreed to talks (Tomas Renko)")
    _, b, c = _ids(strike)
    assert d.severity == "conflict"
    assert values_by_article(d) == {b: {"negated"}, c: {"affirmed"}}


def test_the_rejection_date_conflicts(strike):
    # "The GCW on Tuesday rejected", "The General Confederation of Workers rejected ... on
    # Tuesday night" against "The GCW rejected the offer on Monday": the union by acronym
    # and in full is one doer.
    [d] = [d for d in found(strike, "date", "rejected", "conflict") if d.cluster is None]
    a, b, c = _ids(strike)
    assert values_by_article(d) == {a: {"2025-03-11"}, b: {"2025-03-11"}, c: {"2025-03-10"}}


def test_the_rail_union_rejecting_conflicts_with_it_accepting(strike):
    # "The smaller Rail and Transport Union also rejected the offer" against "the Rail and
    # Transport Union ... accepted it late on Tuesday"
    [d] = found(strike, "claim", "accepted (Rail and Transport Union)")
    _, b, c = _ids(strike)
    assert d.severity == "conflict"
    assert values_by_article(d) == {b: {"negated"}, c: {"affirmed"}}


def test_the_unions_by_acronym_and_in_full_are_one_entity_each(strike):
    spellings = [{v.text for v in e.variants} for e in strike.entities]
    assert {"GCW", "General Confederation of Workers"} in spellings
    assert {"RTU", "Rail and Transport Union"} in spellings
    assert not {"Photograph", "Tens", "Rail", "Opposition"} & {e.name for e in strike.entities}


def test_newspaper_chrome_is_set_aside_and_the_headline_is_found_under_a_cookie_notice(strike):
    a, b, c = _ids(strike)
    titles = {art.id: art.title for art in strike.articles}
    assert titles[b].startswith("'This is a pay cut'")

    def reason(article: str, opening: str) -> str:
        art = next(x for x in strike.articles if x.id == article)
        [why] = [bp.reason for bp in art.boilerplate if bp.paragraph.text.startswith(opening)]
        return why

    assert reason(a, "We use cookies") == reason(b, "We use cookies") == reason(c, "We use cookies") == "cookie notice"
    assert reason(b, "Strikers march along") == reason(c, "The empty departures hall") == "picture caption"
    assert reason(b, "1. Selm housing") == reason(b, "3. The quiet death") == "links to other stories"
    assert reason(b, "Elena Marsh in Selm") == "byline or credits"
    assert reason(c, "Hugo Brandt is the") in ("author bio", "page chrome after the article")


def test_talks_agreed_on_friday_are_the_friday_to_come(strike):
    # "agreed to talks with union leaders on Friday", written on Wednesday 12 March
    [d] = found(strike, "date", "talks (Tomas Renko)")
    _, _, c = _ids(strike)
    assert values_by_article(d) == {c: {"2025-03-14"}}


def test_the_second_strike_is_one_day(strike):
    # "next Thursday" (written on Wednesday 12 March), "Thursday 20 March", "20 March"
    conflicts = [d for d in strike.divergences if d.kind == "date" and d.severity == "conflict"]
    assert {d.slot for d in conflicts} == {"rejected (General Confederation of Workers)"}
    a, b, c = _ids(strike)
    said = {(f.article, f.text): f.value for f in strike.facts if f.kind == "date"}
    assert said[(a, "next Thursday")] == "2025-03-20"
    assert said[(b, "Thursday 20 March")] == "--03-20" and (b, "on Thursday") not in said
    assert said[(c, "20 March")] == "--03-20"


def test_a_preposition_is_no_event_of_a_date(strike):
    # "rejected the government's offer of 4.5 per cent over two years on Tuesday night":
    # the date is of the rejection, not of "over".
    _, b, _ = _ids(strike)
    [slot] = [f.slot for f in strike.facts if f.kind == "date" and f.article == b and f.text == "on Tuesday"]
    assert slot.startswith("rejected")
