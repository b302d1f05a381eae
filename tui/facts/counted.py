"""Counts whose slot news tells in several words, read from the words around them.

People rescued: "three miners were brought to the surface", "rescuers pulled 12 workers
out", "29 miners have been rescued"; those brought out alive are survivors ("were pulled
out alive"). People infected: "has infected 1,234 people", "1,243 confirmed cases", "1,500 infections",
"300 people fell ill". Whose data a breach reached: "the data of 533 million users", "530m
users were affected". Captives set free: "50 prisoners were freed", "were handed over",
"the first 50 prisoners crossed the bridge", "freed 40 hostages". What the words set
apart stays apart: new, suspected or active cases, cases a day, cases where no illness
is spoken of (a court's), and captives yet to be freed ("will release 250 prisoners").
"""

from __future__ import annotations

import re

from .outages import outage_slot
from .count_words import CAPTIVES, CASE_TOTALS, PEOPLE, PERSON_NOUNS, RELEASED, RESCUE_MOVES, RESCUED, RESIDENTS, SYNONYMS

_CASES = re.compile(r"^\s*(?:(?:" + "|".join(sorted(CASE_TOTALS)) + r")\s+)?(?P<noun>cases|infections)\b", re.I)
# A case is of an illness only where its sentence speaks of one: "cases" alone may be a court's.
_ILLNESS = re.compile(
    r"\b(?:outbreaks?|epidemics?|pandemics?|infect\w*|diseases?|illness(?:es)?|virus(?:es)?|health|sick\w*|patients?)\b",
    re.I,
)
# "45 cases a day", "cases in the past 24 hours": a rate or the latest part, not the total.
_RATE = re.compile(
    r"^\W*(?:[a-z]+\s+)?(?:a|per|each|every)\s+(?:day|week|month)\b"
    r"|^\W*(?:[a-z]+\s+){0,2}?(?:daily|overnight|(?:in|over|during)\s+the\s+(?:past|last))\b",
    re.I,
)
_LINKED = r"(?:(?:were|was|have|has|had|been)\s+)*"
_FELL_ILL = re.compile(
    r"^\s*(?:" + "|".join(sorted(PEOPLE | RESIDENTS)) + r")\s+" + _LINKED
    + r"(?:fell|fallen|became|become|got|gotten|taken)\s+(?:ill|sick)\b",
    re.I,
)
_CAPTIVE = re.compile(r"^\s*(?P<noun>" + "|".join(sorted(CAPTIVES)) + r")\b", re.I)
_SET_FREE = re.compile(r"\s+" + _LINKED + r"(?:" + "|".join(w.replace(" ", r"\s+") for w in RELEASED) + r")\b", re.I)
# "freed 40 prisoners", "released the first 50 hostages"; not "will release 250 prisoners".
_FREED_BEFORE = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in (*RELEASED, "traded") if " " not in w or "over" in w)
    + r")\s+(?:(?:the|first|another|at|least|about|around|some|nearly|more|than|over|all)\s+){0,3}$",
    re.I,
)


# Whose data a breach reached: "the personal data of 533 million users", "data belonging
# to 530m users", "affecting 50 million accounts", "50 million accounts were compromised".
_DATA_OF = re.compile(
    r"\b(?:data|details|information|records|files)\s+(?:of|on|from|belonging\s+to)\s+(?:[a-z]+\s+){0,2}$", re.I
)
_EXPOSING = re.compile(r"\b(?:affecting|exposing|compromising|impacting)\s+(?:[a-z]+\s+){0,2}$", re.I)
_BREACHED = re.compile(r"\s+" + _LINKED + r"(?:exposed|compromised|leaked|stolen|hacked|breached|affected|impacted)\b", re.I)
# Data about people is no leak of it, and "affected" is any harm (a flood's): a count is a
# breach's only where its sentence speaks of one.
_DATA_BREACH = re.compile(r"\b(?:breach\w*|hack\w*|leak\w*|expos\w*|compromis\w*|stolen|theft|cyber\w*)", re.I)
_PLURAL_NOUN = re.compile(r"^\s*(?P<noun>people|[a-z]*[a-rt-z]s)\b")


def counted_slot(after: str, before: str, sentence: str) -> str | None:
    """The slot of a count these words name ("infected", "prisoners released", "users
    affected", "miners rescued"), else None. `after` and `before` are the words after and
    before the count, `sentence` its sentence."""
    return (
        _infected(after, sentence) or _released(after, before) or _affected(after, before, sentence)
        or _rescued(after, before) or outage_slot(after, before)
    )


_MOVED = "|".join(RESCUE_MOVES)
_SAVED = "|".join(RESCUED)
# Where a rescue takes people: "out", "to the surface", "from the rubble", "to safety".
_WAY_OUT = r"(?:out|up|free|from|to\s+(?:the\s+)?(?:surface|safety|shore|hospital)|alive)\b"
_RESCUED_AFTER = re.compile(
    r"^\s*(?P<noun>[a-z]+)\s+(?:(?:were|was|have|has|had|been|being|now|also|since|safely|all)\s+)+"
    rf"(?:(?:{_SAVED})\b|(?:{_MOVED})\s+(?:[a-z]+\s+)?{_WAY_OUT})",
    re.I,
)
_RESCUER_BEFORE = re.compile(
    rf"\b(?P<verb>{_SAVED}|{_MOVED})\s+(?:(?:the|another|a|further|first|last|at|least|about|around|some|nearly|more|than|over|all)\s+){{0,3}}$",
    re.I,
)
_RESCUED_OBJECT = re.compile(rf"^\s*(?P<noun>[a-z]+)(?P<out>\s+(?:[a-z]+\s+)?{_WAY_OUT})?", re.I)
_ALIVE = re.compile(r"[^,;.]*?(?<!buried\s)(?<!burned\s)(?<!burnt\s)\balive\b", re.I)


def _rescued(after: str, before: str) -> str | None:
    """People brought out of danger: "29 miners have been rescued", "rescuers brought three
    miners to the surface"; "survived" when the words say alive ("pulled out alive")."""
    told = _RESCUED_AFTER.match(after)
    if told is None:
        verb = _RESCUER_BEFORE.search(before)
        told = _RESCUED_OBJECT.match(after) if verb else None
        if told is None or (verb.group("verb").lower() not in RESCUED and not told.group("out")):
            return None
    noun = told.group("noun").lower()
    single = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if noun in SYNONYMS or not (noun in PERSON_NOUNS or single in PERSON_NOUNS):
        return None  # "40 survivors" are a slot of their own; "three bodies" were not rescued
    fate = "survived" if _ALIVE.match(after, told.start("noun")) else "rescued"
    return fate if noun in PEOPLE else f"{noun} {fate}"


def _infected(after: str, sentence: str) -> str | None:
    """People infected, told as cases of an illness, infections or people who fell ill."""
    cases = _CASES.match(after)
    if cases:
        rate = _RATE.match(after[cases.end() :])
        illness = cases.group("noun").lower() == "infections" or _ILLNESS.search(sentence)
        return "infected" if illness and not rate else None
    return "infected" if _FELL_ILL.match(after) else None


def _released(after: str, before: str) -> str | None:
    """Captives set free: "50 prisoners were handed over", "freed 40 hostages". A swap's
    count is both sides' ("exchanged 100 prisoners"), and "each side freed 50" one side's:
    neither is a count of the captives one side set free."""
    side = _SIDE.match(after)  # "52 Valdorian prisoners": one side's captives
    if side:
        after = after[side.end() :]
    captive = _CAPTIVE.match(after)
    if not captive:
        return None
    freed = _SET_FREE.match(after, captive.end()) or _FREED_BEFORE.search(before)
    if not freed:
        return None
    noun = (side.group("side") + " " if side else "") + captive.group("noun").lower()
    if _SWAPPED.search(freed.group()):
        return noun + " exchanged"
    if _EACH_SIDE.search(before) or _EACH_AFTER.match(after, captive.end()):
        return noun + " released by each side"
    return noun + " released"


# A capitalised word before captives says whose they are: "Valdorian", "Israeli", "Guantanamo".
_SIDE = re.compile(r"^\s*(?P<side>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s+(?:" + "|".join(sorted(CAPTIVES)) + r")\b)")
# "exchanged 100 prisoners", "100 prisoners were swapped": the swap's whole, both ways.
_SWAPPED = re.compile(r"\b(?:exchanged|swapped|traded)\b", re.I)
# "each side freed 50 prisoners", "released 50 prisoners each".
_EACH_SIDE = re.compile(r"\beach\s+(?:side|country|party|government)\s+(?:[a-z]+\s+){1,4}$", re.I)
_EACH_AFTER = re.compile(r"\s+each\b", re.I)


def is_batch(slot: str) -> bool:
    """Whether a slot counts a batch told of its own day ("the first 50 prisoners freed on
    Friday"): two days' batches are two facts, and a batch of no told day is of none."""
    return slot.split(" in ")[0].split(" at ")[0].endswith(" released")


def _affected(after: str, before: str, sentence: str) -> str | None:
    """The people or accounts whose data a breach reached, however it is told: "the data of
    533 million users", "553 million users were leaked", "affecting 50 million accounts"."""
    counted = _PLURAL_NOUN.match(after)
    if not counted or not _DATA_BREACH.search(sentence):
        return None
    if _DATA_OF.search(before) or _EXPOSING.search(before) or _BREACHED.match(after, counted.end()):
        return counted.group("noun").lower() + " affected"
    return None
