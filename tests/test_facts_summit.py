"""Two leaders meeting in a third country, told by a wire and an eastern paper on the day,
a Gulf paper the day after and a radio bulletin: a joint statement signed and not signed,
the next meeting told as a month, as a full date and as another month, trade in dollars and
in won, a dozen agreements and fourteen, a foreign minister transliterated two ways, two
officials who share a surname, an agency by its acronym and in full, and talks of three
hours against nearly four."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, claim_conflicts, entity_written, found, read_counts, story, values_by_article

WIRE, HERALD, OBSERVER, RADIO = "a_capital_wire.txt", "b_eastern_herald.md", "c_gulf_observer.txt", "d_world_radio.txt"


@pytest.fixture(scope="module")
def summit():
    return story("summit")


def _ids(s):
    return [article_id(s, name) for name in (WIRE, HERALD, OBSERVER, RADIO)]


def test_each_report_is_dated_by_its_own_dateline(summit):
    assert [a.published for a in summit.articles] == ["2025-11-20", "2025-11-20", "2025-11-21", "2025-11-20"]


def test_signed_a_joint_statement_and_left_without_signing_one_conflict(summit):
    wire, _, observer, _ = _ids(summit)
    [d] = found(summit, "claim", "signed the joint statement")
    assert d.severity == "conflict"
    assert values_by_article(d) == {wire: {"affirmed"}, observer: {"negated"}}


def test_the_next_meeting_in_march_on_march_14_and_in_april(summit):
    # "meet again in March", "their next meeting on March 14, 2026", "The next summit ... in April".
    wire, herald, _, radio = _ids(summit)
    [d] = found(summit, "date", "next meeting", "conflict")
    assert values_by_article(d) == {wire: {"--03"}, herald: {"2026-03-14"}, radio: {"--04"}}


def test_the_day_they_agreed_is_not_the_day_they_will_meet(summit):
    # "agreed on Thursday to hold their next meeting on March 14": Thursday is the summit's.
    _, herald, *_ = _ids(summit)
    days = {f.text: f.value for f in summit.facts if f.article == herald and f.kind == "date"}
    assert days["on Thursday"] == "2025-11-20"


def test_twelve_agreements_and_a_dozen_agree_fourteen_conflicts(summit):
    # "the signing of 12 agreements", "signed a dozen agreements", "did sign 12 agreements", "signed 14 agreements".
    wire, herald, observer, radio = _ids(summit)
    [d] = found(summit, "number", "agreements signed", "conflict")
    assert values_by_article(d) == {wire: {"12"}, herald: {"12"}, observer: {"12"}, radio: {"14"}}


def test_three_hours_against_nearly_four_conflicts(summit):
    wire, _, observer, radio = _ids(summit)
    [d] = found(summit, "number", "hours (talks lasted)", "conflict")
    assert values_by_article(d) == {wire: {"3"}, observer: {"3"}, radio: {"4"}}


def test_the_only_number_conflicts_are_agreements_and_hours(summit):
    # $48 billion of trade and "about 67 trillion won" are not compared; nor are the oil and
    # gas "worth more than $40 billion".
    conflicts = {d.slot for d in summit.divergences if d.kind == "number" and d.severity == "conflict"}
    assert conflicts == {"agreements signed", "hours (talks lasted)"}


def test_the_foreign_minister_transliterated_two_ways_is_one_man(summit):
    minister = entity_written(summit, "Khalid al-Mansouri")
    assert minister is not None and entity_written(summit, "Khaled Al-Mansoori") is minister
    [d] = found(summit, "entity", "Khalid al-Mansouri")
    assert d.severity == "variant"


def test_a_person_of_a_country_is_not_the_country(summit):
    # "Foreign Minister Khaled Al-Mansoori of Qadira": the minister, then the country.
    assert "Khaled Al-Mansoori of Qadira" not in {v.text for e in summit.entities for v in e.variants}


def test_two_officials_named_kim_stay_two_people(summit):
    minister, spokesman = entity_written(summit, "Kim Seo-yeon"), entity_written(summit, "Kim Dae-ho")
    assert minister is not None and spokesman is not None and minister is not spokesman
    assert entity_written(summit, "Kim") not in (minister, spokesman)


def test_a_korean_name_keeps_its_second_syllable_and_is_known_by_its_family_name(summit):
    # "President Lee Jun-ho" and "Haddad will host Lee": Lee is his family name.
    president = entity_written(summit, "Lee Jun-ho")
    assert president is not None and entity_written(summit, "Lee Jun") is None
    assert entity_written(summit, "Lee") is president


def test_the_agency_by_its_acronym_and_in_full_is_one_body(summit):
    agency = entity_written(summit, "Hanmar Export Credit Agency")
    assert agency is not None and entity_written(summit, "HECA") is agency


@pytest.mark.parametrize(
    "sentence, reading",
    [
        ("Both sides did sign 12 agreements on energy.", [("12", None, "agreements signed")]),
        ("The leaders witnessed the signing of 12 agreements covering energy.", [("12", None, "agreements signed")]),
        ("The leaders met for nearly four hours at the villa.", [("4", "nearly", "hours (talks lasted)")]),
    ],
)
def test_what_a_count_counts(sentence, reading):
    assert read_counts(sentence) == reading


def test_without_signing_denies_what_signed_affirms():
    told = claim_conflicts(
        "Lee and Haddad signed a joint statement on Thursday.",
        "Haddad and Lee left Varenne on Thursday without signing a joint statement.",
    )
    assert told == {"signed the joint statement": {"1": "affirmed", "2": "negated"}}
