"""Everyone a vessel or vehicle carries: "265 people on board", "carrying more than 400
passengers". What the words set apart stays apart: a vessel's capacity ("designed to carry
100 passengers") is not its load, and passengers counted beside a crew ("300 passengers and
12 crew") are not all aboard."""

from __future__ import annotations

import re

from .count_words import CARRIED, LINKING, NOT_A_LOAD, SYNONYMS
from .figures import QUALIFIER_TAIL, WORD, WORD_NUMBER

ON_BOARD = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:on\s+board|aboard)\b")
# What a vessel, vehicle or venue can take, not what it took: "a capacity of", "designed to carry".
CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity\s+(?:of|for)|maximum\s+of|room\s+for|space\s+for|seats|seating"
    r"|(?:designed|built|licensed|certified|rated|meant|intended|able|allowed|permitted|authori[sz]ed|approved)"
    r"\s+to\s+(?:carry|hold|take|seat|transport|accommodate)"
    r"|(?:can|could|cannot|can't)\s+(?:carry|hold|take|seat|accommodate))\s+" + QUALIFIER_TAIL + "$",
    re.I,
)
# A load being carried: "was carrying more than 400 passengers"; "had"/"with" only before "passengers".
_CARRYING = re.compile(r"\b(?:carrying|carried|transporting|ferrying)\s+" + QUALIFIER_TAIL + "$", re.I)
_CARRYING_PASSENGERS = re.compile(r"\b(?:had|has|with)\s+" + QUALIFIER_TAIL + "$", re.I)
# "300 passengers and 12 crew": the passengers alone, not everyone aboard.
_CREW_BESIDE = re.compile(
    rf"^\s*passengers?\s*,?\s+(?:and|plus|as\s+well\s+as)\s+(?:\d[\d,]*|{WORD_NUMBER})\s+(?:[a-z]+\s+)?crew", re.I
)
_AT_A_TIME = re.compile(r"^\s*[a-z]+\s+at\s+a\s+time\b", re.I)


def people_aboard(noun: str, words: list[str], after: str, before: str) -> tuple[str, bool] | None:
    """Everyone a vessel or vehicle carries: "265 people on board", "carrying more than 400
    passengers". Not passengers counted beside a crew ("300 passengers and 12 crew"), nor
    those aboard who met a fate ("40 people on board were killed": a toll)."""
    if noun not in CARRIED or _CREW_BESIDE.match(after):
        return None
    on_board = ON_BOARD.match(after)
    if on_board:
        rest = [w.lower() for w in WORD.findall(after[on_board.end() :])][:4]
        fate = next((w for w in rest if w not in LINKING), "")
        linked = rest[:1] != [fate]  # "were evacuated", not "overturned" (what the vessel did)
        if fate in SYNONYMS or (linked and fate.endswith("ed") and fate.isalpha()):
            return (SYNONYMS.get(fate, fate), False)
        return ("people on board", False)
    carrying = _CARRYING.search(before) or (noun.startswith("passenger") and _CARRYING_PASSENGERS.search(before))
    fate = next((w for w in words[1:4] if w not in LINKING), "")
    # Not "carrying 40 people to safety" (a rescue), nor "2 million passengers a year" (traffic).
    if carrying and fate not in SYNONYMS and fate not in NOT_A_LOAD and not _AT_A_TIME.match(after):
        return ("people on board", False)
    return None
