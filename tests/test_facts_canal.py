"""A canal story told by four outlets, one copy garbled: what a reader still needs to see."""

from __future__ import annotations

import subprocess
import sys

import pytest

from facts_helpers import STORIES, compare_bodies, article_id, found, story, values_by_article


@pytest.fixture(scope="module")
def canal():
    return story("canal")


def test_a_changed_year_of_a_relative_clause_is_a_conflict_and_a_garbled_copy_keeps_its_year(canal):
    # "which was rebuilt in 1974": the year of the rebuilding, in every copy. c_river_notes
    # lost the verb of its first year ("was in 1911"), which does not take the rebuilding's.
    [d] = [d for d in canal.divergences if d.kind == "date" and d.severity == "conflict"]
    assert d.slot == "rebuilt"
    assert values_by_article(d) == {
        article_id(canal, "a_tessel_times.txt"): {"1974"},
        article_id(canal, "b_valley_news.txt"): {"1974"},
        article_id(canal, "c_river_notes.txt"): {"1974"},
        article_id(canal, "d_county_wire.txt"): {"1976"},
    }


def test_a_count_whose_unit_a_copy_left_out_is_read_from_the_same_place_in_its_cluster(canal):
    [d] = found(canal, "number", "centimetres", "conflict")
    assert values_by_article(d)[article_id(canal, "d_county_wire.txt")] == {"60"}
    assert {v.value for v in d.values} == {"40", "60"}


def test_the_reader_sees_both_conflicts_in_the_text_output():
    text = subprocess.run(
        [sys.executable, "-m", "tui", "--format", "text", str(STORIES / "canal")],
        capture_output=True, text=True, check=True,
    ).stdout.replace("\n    ", " ")
    assert "CONFLICT number · centimetres: 40 in [1] line 9, [2] line 9, [3] line 9 ≠ 60 in [4] line 9" in text
    assert "1974 in [1] line 7, [2] line 7, [3] line 7 ≠ 1976 in [4] line 7" in text
    assert "2 conflicts" in text.splitlines()[0]


def _compare(*bodies: str):
    return compare_bodies(*bodies, published="2025-10-12")


def test_a_count_in_other_words_takes_no_unit_from_its_cluster():
    said = "Engineers said the water could rise a further 40 centimetres before the weekend, the trust said."
    other = "Engineers said the water could rise to 60 before the weekend, the trust said."
    s = _compare(said, said.replace("Engineers said", "Engineers warned"), other)
    assert len(s.clusters) == 1 and len(s.clusters[0].articles) == 3
    assert not [d for d in s.divergences if d.kind == "number"]


def test_a_month_named_without_in_is_still_a_date():
    said = "The canal trust made it clear in July that the Renwick lock would stay shut for repairs, its chairwoman said."
    lost = "The canal trust made it clear October that the Renwick lock would stay shut for repairs, its chairwoman said."
    s = _compare(said, said.replace("its chairwoman", "the chairwoman"), lost)
    [d] = [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]
    assert {v.value: v.text for v in d.values} == {"--07": "July", "--10": "October"}


def test_a_month_before_a_name_or_after_a_capital_is_no_date():
    s = _compare(
        "The trust thanked June Halloran and the Friends of the Canal, who raised the money for the gates.",
        "The trust thanked June Halloran and the Friends of the Canal, who raised money for the new gates.",
    )
    assert not [f for f in s.facts if f.kind == "date"]


def test_the_month_may_is_no_modal_before_the_next_word():
    said = "Engineers inspected the Renwick lock gates in March 2019 following complaints from boat owners, the trust said."
    s = _compare(said, said.replace("the trust said", "the trust added"), said.replace("March", "May"))
    [d] = [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]
    assert d.slot.startswith("inspected")
    assert {v.value for v in d.values} == {"2019-03", "2019-05"}


def test_a_year_whose_event_word_a_copy_lost_does_not_take_the_next_clause_s_event():
    said = "The Renwick steam ferry was launched in 1911, which sank in 1968 during a storm on the lake, the museum said."
    lost = "The Renwick steam ferry was in 1911, which sank in 1969 during a storm on the lake, the museum said."
    s = _compare(said, said.replace("the museum said", "the museum added"), lost)
    [d] = [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]
    assert d.slot.startswith("sank")
    assert {v.value for v in d.values} == {"1968", "1969"}
