"""People made to leave their homes, however it is worded ("forced 12,000 from their
homes", "the evacuation of 10,000 people", "12,000 residents fled"), told apart from
those told to leave, refugees who crossed to another country and those displaced for
years."""

from __future__ import annotations

import re

from .count_words import PEOPLE, RESIDENTS, SYNONYMS
from .figures import QUALIFIER_TAIL
from .tolls import VERB_BEFORE

# People made to leave, however it is worded: "forced 12,000 from their homes", "20,000
# residents were forced from their homes", "prompted 5,000 people to flee".
_LEFT_HOME = re.compile(
    r"^\s*(?:(?:" + "|".join(sorted(PEOPLE | RESIDENTS)) + r")\s+)?(?:(?:were|was|have|has|had|been|being)\s+)*"
    r"(?:(?:forced|driven|chased)\s+)?(?:(?:from|out\s+of)\s+(?:their\s+)?homes?|to\s+(?:flee|evacuate|leave\s+(?:their\s+)?homes?))\b",
    re.I,
)
_EVACUATION_OF = re.compile(r"\bevacuations?\s+of\s+" + QUALIFIER_TAIL + "$", re.I)
# An order or a call to leave is not a departure: "ordered 6,500 residents to evacuate".
_ORDERED = re.compile(
    r"\b(?:ordered|told|urged|advised|asked|warned|called\s+on)\s+(?:the\s+)?(?:evacuations?\s+of\s+)?" + QUALIFIER_TAIL + "$",
    re.I,
)
# A flight to a named place or abroad counts refugees, not evacuees: "have fled to Poland".
_ABROAD = re.compile(
    r"^[^.;!?]*?\b(?:fled|evacuated|displaced)\s+(?:(?:to|into|across)\s+(?:neighbou?ring\s+)?"
    r"(?P<to>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)|(?P<away>abroad|overseas|across\s+the\s+border))"
)
# Displacement that lasts is not one event's evacuation: "remain displaced", "for years".
_LASTING = re.compile(
    r"^[^.;!?]*?\b(?:remain(?:s|ed)?|still|for\s+(?:years|decades|months)|over\s+the\s+(?:past|last)|years\s+after)\b", re.I
)


def leaves_home(first: str, after: str, before: str) -> bool:
    """Whether a count is of people made to leave their homes ("forced 12,000 from their
    homes", "the evacuation of 10,000 people"), not of those told to ("ordered to evacuate")."""
    if _ORDERED.search(before):
        return False
    return bool(_LEFT_HOME.match(after) or (first in PEOPLE or first in RESIDENTS) and _EVACUATION_OF.search(before))


def leaving(follower: str, before: str) -> bool:
    """Whether residents counted are said to leave: "12,000 residents fled", "displaced 30,000 residents"."""
    verb = VERB_BEFORE.search(before)
    return SYNONYMS.get(follower) == "evacuated" or bool(verb and SYNONYMS.get(verb.group("verb").lower()) == "evacuated")


def displacement(after: str) -> str:
    """People made to leave are "people evacuated", whatever the verb, unless the words say
    they crossed to a named place or abroad ("have fled to Poland": "people fled to Poland")
    or have been away long ("remain displaced years after": "people displaced")."""
    abroad = _ABROAD.match(after)
    if abroad:
        return "people fled " + ("to " + abroad.group("to") if abroad.group("to") else abroad.group("away"))
    return "people displaced" if _LASTING.match(after) else "people evacuated"
