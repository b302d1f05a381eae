"""Names as the JSON report shows them, in three reports of one visit: sentence openers
that are no names, a law that opens with a title word, a person "of" a company, and
spellings that differ by a doubled letter or a letter pair of one sound."""

from __future__ import annotations

import json
from contextlib import redirect_stdout
from io import StringIO

import pytest

from facts_helpers import STORIES
from tui import cli


@pytest.fixture(scope="module")
def report():
    return json.loads(_json_of(STORIES / "envoys"))


def _json_of(folder) -> str:
    """What `python -m tui --format json FOLDER` prints."""
    out = StringIO()
    with redirect_stdout(out):
        assert cli.main(["--format", "json", str(folder)]) == 0
    return out.getvalue()


def _variants(report) -> dict[str, dict[str, list[str]]]:
    """Entity name -> each way it is written -> the articles writing it."""
    return {e["name"]: {v["text"]: v["articles"] for v in e["variants"]} for e in report["entities"]}


def _variant_divergences(report) -> dict[str, set[tuple[str, str]]]:
    return {
        d["slot"]: {(v["article"], v["text"]) for v in d["values"]}
        for d in report["divergences"]
        if d["kind"] == "entity" and d["severity"] == "variant"
    }


def test_ordinary_words_opening_sentences_are_no_entities(report):
    written = {text for forms in _variants(report).values() for text in forms}
    assert not {"Markets", "Volunteer", "Officials", "Everyone", "Residents", "Shippers", "Fines"} & written
    # A surname opening a sentence is the man the story names in full.
    assert _variants(report)["Bashar al-Assad"]["Asad"] == ["2"]


def test_a_law_keeps_its_title_word(report):
    assert _variants(report)["General Data Protection Regulation"] == {"General Data Protection Regulation": ["2", "3"]}
    assert "Data Protection Regulation" not in _variants(report)


def test_a_person_of_a_company_is_the_person_the_other_report_spells_another_way(report):
    assert _variants(report)["Andrei Volkov"] == {"Andrei Volkov": ["1"], "Andrey Volkov": ["2"]}
    assert _variants(report)["Ironlake Security"] == {"Ironlake Security": ["1", "2"]}


def test_doubled_letters_and_one_sound_spellings_are_one_person_and_a_variant(report):
    assert _variant_divergences(report) == {
        "Bashar al-Assad": {("1", "Bashar al-Assad"), ("2", "Bashar al-Asad"), ("3", "Bashar al-Assad")},
        "Moussa Faki": {("1", "Moussa Faki"), ("2", "Musa Faki"), ("3", "Moussa Faki")},
        "Andrei Volkov": {("1", "Andrei Volkov"), ("2", "Andrey Volkov")},
    }
    assert next(e for e in report["entities"] if e["name"] == "Moussa Faki")["kind"] == "person"


def test_a_country_acting_at_a_sentences_start_is_a_name(tmp_path):
    # Written nowhere else, "China" and "Kenya" are still named: they act in their sentence.
    (tmp_path / "a.txt").write_text(
        "Valley council formed\n\nChina has not recognized the Valley Council.\n\nEveryone has gone home.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Council recognized\n\nKenya said it recognized the Valley Council on Friday.\n\nOfficials said little.\n",
        encoding="utf-8",
    )
    names = {e["name"] for e in json.loads(_json_of(tmp_path))["entities"]}
    assert {"China", "Kenya", "Valley Council"} <= names
    assert not {"Everyone", "Officials"} & names
