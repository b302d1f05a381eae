"""A slot told before a count: a toll ("the death toll rose to 1,644", "the toll has
climbed to 224"), "the number of people killed ... has risen to", or a verb ("killed 145
people"). A toll that is forecast ("could rise to 300") is no count."""

from __future__ import annotations

import re

from ..tokens import STOP_WORDS
from .count_words import PEOPLE, RESIDENTS, SYNONYMS, TOLL_WORDS
from .figures import QUALIFIER_TAIL, WORD, WORD_NUMBER

_TOLL_BEFORE = re.compile(
    r"\b(?P<noun>death|injury|casualty|fatality|[a-z]+)\s+(?:toll|count|tally|total|number)\b[^.;]{0,90}?(?:to|at|of|reached|hit|is|was|stands\s+at|stood\s+at)?\s*$",
    re.I,
)
# The words that hand a toll its figure: "has risen to", "stood at", "reached", with a qualifier.
_REACHES = r"\b(?:to|at|of|reached|reaches|hit|hits|is|was|were|are|topped|passed|exceeded)\s+" + QUALIFIER_TAIL + "$"
# "the number of people killed in the capsizing ... has risen to": what is counted, then the figure.
_NUMBER_OF = re.compile(r"\b(?:number|count|tally|total)\s+of\s+(?P<phrase>[^.;:\d]{1,90}?)\s+" + _REACHES, re.I)
# A toll with no noun of harm is the death toll: "the toll has climbed to", "the quake's toll stands at".
_BARE_TOLL = re.compile(
    r"(?:\b(?:" + "|".join(sorted(TOLL_WORDS - {"s"})) + r")|\w['’]s?)\s+toll\b[^.;:\d]{0,90}?" + _REACHES, re.I
)
_PROJECTED = re.compile(
    r"\b(?:could|may|might|will|would|expected|likely|predicted|projected|forecast|feared\s+to)\b", re.I
)
VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+ed|killing|injuring|wounding|hurt)\s+" + QUALIFIER_TAIL + "$", re.I)


def _counted(phrase: str) -> str | None:
    """The harm a "number of ..." phrase counts: "people killed in the capsizing", "dead",
    "confirmed deaths", "people who have died"; or the participle after people ("people
    evacuated"). Not a harm further on ("homes destroyed by the quake that killed")."""
    words = [w.lower() for w in WORD.findall(phrase) if w.isalpha()]
    for i, word in enumerate(words[:4]):
        if word in SYNONYMS:
            return SYNONYMS[word]
        if i and (words[i - 1] in PEOPLE or words[i - 1] == "those") and word.endswith("ed") and word not in STOP_WORDS:
            return word
        if word in STOP_WORDS and word not in ("the", "those", "who", "have", "has", "had", "been", "were", "was"):
            return None
    return None



def slot_from_before(before: str, generic: bool, bare: bool = False) -> tuple[str, bool] | None:
    """The slot from the words before a count: a toll ("death toll rose to"), or a verb
    ("killed 145 people"; with no noun after the count, only a verb of harm: "killed 145.")."""
    number_of = _NUMBER_OF.search(before)
    toll = _TOLL_BEFORE.search(before)
    bare_toll = _BARE_TOLL.search(before)
    if any(m and _forecast(before[m.start() :]) for m in (number_of, toll, bare_toll)):
        return None  # "the toll could rise to 300", "is expected to reach": a forecast, not a count
    counted = _counted(number_of.group("phrase")) if number_of else None
    if counted:
        return (counted, False)
    if (not toll or toll.group("noun").lower() in TOLL_WORDS) and bare_toll:
        return ("killed", False)  # "the toll has climbed to 224": in news, a toll is of the dead
    if toll and toll.group("noun").lower() not in STOP_WORDS and toll.group("noun").lower() not in TOLL_WORDS:
        noun = toll.group("noun").lower()
        return ({"death": "killed", "injury": "injured", "casualty": "casualties", "fatality": "killed"}.get(noun, noun), False)
    verb = VERB_BEFORE.search(before)
    if verb and (generic or (bare and verb.group("verb").lower() in SYNONYMS and not _other_noun_shared(before))):
        word = verb.group("verb").lower()
        return (SYNONYMS.get(word, word), False)
    return None


# "infected 300 cattle and killed 56": the count after the verb shares the noun of the one before.
_SHARED_NOUN = re.compile(
    rf"(?:\d|\b(?:{WORD_NUMBER})\b)[\d,.]*\s+(?P<noun>[a-z]+)\s+(?:and|but)\s+(?:(?:have|has|had)\s+)?[a-z]+\s+[a-z ]*$",
    re.I,
)


def _other_noun_shared(before: str) -> bool:
    """Whether a bare count after a verb takes, from the count coordinated before it, a noun
    that is not of people: "infected 300 cattle and killed 56" counts no people killed."""
    shared = _SHARED_NOUN.search(before)
    return shared is not None and shared.group("noun").lower() not in PEOPLE | RESIDENTS


def _forecast(words_to_figure: str) -> bool:
    """Whether the clause that hands a toll its figure forecasts it ("could rise to", "is
    expected to reach"); a forecast in an aside ("the toll, which could rise, stood at")
    does not count."""
    return _PROJECTED.search(re.split(r"[,;:()—–]", words_to_figure)[-1]) is not None

