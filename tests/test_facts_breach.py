"""A data breach told by a tech site, a financial wire and a newspaper: users affected in
millions, a fine in euros beside its dollar and pound sums, share moves, when the breach
was disclosed, and what the company denied or owned up to."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def breach():
    return story("breach")


def _ids(s):
    return [article_id(s, name) for name in ("a_circuit.txt", "b_wire.txt", "c_chronicle.txt")]


def test_every_report_is_dated_even_one_updated_hours_ago(breach):
    # "October 14, 2025 11:05 AM EDT Updated 2 hours ago" is the wire's dateline.
    assert [a.published for a in breach.articles] == ["2025-10-14"] * 3


def test_chrome_of_tech_and_finance_pages_is_set_aside(breach):
    a, b, c = _ids(breach)
    chrome = {(art.id, b.paragraph.line): b.reason for art in breach.articles for b in art.boilerplate}
    assert chrome[(a, 3)] == chrome[(c, 9)] == "cookie notice"
    assert chrome[(a, 5)] == "page chrome before the article"  # the section, "Security"
    assert chrome[(a, 25)] == "link to another article"  # "Read more: How scraping became ..."
    assert chrome[(b, 7)] == "dateline"
    assert chrome[(c, 5)] == "byline or credits"  # "Rachel Okafor, Technology editor"
    content = {(p.article, p.line) for cl in breach.clusters for p in cl.members}
    assert not content & set(chrome)


def test_users_affected_conflict_but_a_rounded_figure_does_not(breach):
    # "the personal data of 533 million users", "data belonging to 530 million users", "the
    # personal details of 553 million users were leaked": one count of the breach.
    a, b, c = _ids(breach)
    # The three leads make one point and share a cluster: the conflict is shown there.
    [conflict] = found(breach, "number", "users affected", "conflict")
    assert values_by_article(conflict) == {a: {"533000000"}, b: {"530000000"}, c: {"553000000"}}
    # 530 million stands for 525 to 535 million: it never conflicts with 533 million alone.
    for d in found(breach, "number", "users affected", "conflict"):
        assert "553000000" in {v.value for v in d.values}


def test_half_a_billion_accounts_is_read_and_held_apart_from_users(breach):
    # "More than half a billion accounts were affected": accounts are not users.
    assert not found(breach, "number", "accounts affected")
    assert not [d for d in breach.divergences if any(v.value == "500000000" for v in d.values)]


def test_sums_in_different_currencies_are_never_compared(breach):
    # "€1.2bn ($1.3 billion)", "1.2 billion euros ($1.31 billion)", "€1.2bn (£1.05bn)"
    for d in breach.divergences:
        if d.kind == "number":
            units = {v.value for v in d.values}
            assert not units & {"1200000000", "1300000000", "1310000000", "1050000000"}, d


def test_a_share_drop_of_as_much_as_is_no_conflict_nor_mixed_with_users_percent(breach):
    # "fell 2.3% to $412.60 in morning trading" and "fell as much as 3.1% in early trading";
    # "roughly 18% of Corvana's 3 billion monthly users" is another share.
    assert not [d for d in breach.divergences if d.kind == "number" and d.slot.startswith("percent")]


def test_disclosure_dates_conflict(breach):
    a, b, c = _ids(breach)
    [d] = found(breach, "date", "disclosed")
    assert d.severity == "conflict"
    assert values_by_article(d) == {a: {"--04-04"}, b: {"--04-04"}, c: {"--04-14"}}


def test_the_wire_datelines_date_is_no_date_of_the_story(breach):
    # "DUBLIN, Oct 14 (Meridian) - ...": the report's date, not an event's.
    assert not [d for d in breach.divergences if any(v.text == "Oct 14" for v in d.values)]


def test_denied_any_wrongdoing_against_admitted_wrongdoing(breach):
    _, b, c = _ids(breach)
    [d] = found(breach, "claim", "admitted")
    assert d.severity == "conflict"
    assert {v.article: v.value for v in d.values} == {b: "negated", c: "affirmed"}


def test_no_financial_data_exposed_against_financial_data_exposed(breach):
    a, _, c = _ids(breach)
    [d] = found(breach, "claim", "exposed (financial data)")
    assert d.severity == "conflict"
    assert {v.article: v.value for v in d.values} == {a: "negated", c: "affirmed"}


def test_the_company_and_the_regulator_are_one_entity_each_however_named(breach):
    from facts_helpers import entity_written

    assert entity_written(breach, "Corvana") is entity_written(breach, "Corvana Platforms Inc")
    assert entity_written(breach, "DPC") is entity_written(breach, "Data Protection Commission")


def test_the_researcher_of_a_firm_is_one_person_spelled_two_ways_and_the_law_keeps_its_name(breach):
    from facts_helpers import entity_written

    volkov = entity_written(breach, "Andrei Volkov")
    assert volkov is not None and volkov.kind == "person"
    assert {v.text for v in volkov.variants} == {"Andrei Volkov", "Andrey Volkov", "Volkov"}
    [d] = found(breach, "entity", volkov.name)
    assert d.severity == "variant" and {v.text for v in d.values} == {"Andrei Volkov", "Andrey Volkov"}
    assert entity_written(breach, "GDPR") is entity_written(breach, "General Data Protection Regulation")


def test_the_months_of_the_scraping_take_the_year_of_their_range(breach):
    # "between June and August 2024": June is of 2024 too, though as the first end of a
    # span it dates no one event and is not compared (see test_facts_layoffs).
    assert {f.value for f in breach.facts if f.kind == "date" and f.text == "June"} == {"2024-06"}
    assert not found(breach, "date", "abused")
