"""What was done to people told as a group, in the active voice.

"Forecasters warned residents for days" says what "residents had been warned" says; and
"residents said no one had warned them" denies it, the pronoun standing for the group that
speaks. Both meet the passive claims of `passive` under one slot ("warned (residents)").
Hedged, doubted or other-time sentences are left unread, as there.
"""

from __future__ import annotations

import re

from ..tokens import stem
from .claims import HEDGE, NEGATION, FoundClaim
from .count_words import PEOPLE, RESIDENTS
from .passive import DOUBT, tells_other_time
from .text import sentence_spans

_GROUPS = "|".join(sorted(RESIDENTS | PEOPLE | {"families", "households", "passengers", "tenants"}))
# "warned residents", "had evacuated villagers": a deed done to a group.
_DEED_TO_GROUP = re.compile(r"\b(?P<verb>[a-z]{4,}ed)\s+(?P<who>" + _GROUPS + r")\b")
_NOBODY = re.compile(r"\bno(?:body|-one|\s+one)\b", re.I)  # a cheap look before the full pattern
# "residents said no one had warned them", "villagers say nobody ever warned them".
_NO_ONE_DID = re.compile(
    r"\b(?P<who>" + _GROUPS + r")\s+(?:said|say|says|insisted|complained)\s+(?:that\s+)?"
    r"(?:no\s+one|no-one|nobody)\s+(?:(?:had|has|ever)\s+)*(?P<verb>[a-z]{4,}ed)\s+them\b",
    re.I,
)


def group_denials(text: str) -> list[FoundClaim]:
    """The deeds a paragraph denies were done to a group ("no one had warned them")."""
    if not _NOBODY.search(text) or not _NO_ONE_DID.search(text):
        return []
    return [c for s, e in sentence_spans(text) for c in _group_claims(text, s, e) if not c.affirmed]


def group_assertions(text: str, denied: frozenset[str]) -> list[FoundClaim]:
    """The deeds a paragraph affirms were done to a group, of the predicates some article denies."""
    lower = text.lower()
    if not any(predicate in lower for predicate in denied) or not _DEED_TO_GROUP.search(text):
        return []
    return [c for s, e in sentence_spans(text) for c in _group_claims(text, s, e) if c.affirmed and c.predicate in denied]


def _group_claims(text: str, s_start: int, s_end: int) -> list[FoundClaim]:
    """The claims a sentence tells of a group by an active verb, affirmed or denied."""
    if DOUBT.search(text, s_start, s_end) or tells_other_time(text, s_start, s_end):
        return []
    out = []
    for m in _NO_ONE_DID.finditer(text, s_start, s_end):
        out.append(_claim(m, False, text[s_start:s_end], s_start))
    for m in _DEED_TO_GROUP.finditer(text, s_start, s_end):
        if NEGATION.search(text, s_start, m.end()) or HEDGE.search(text, s_start, m.start()):
            continue
        out.append(_claim(m, True, text[s_start:s_end], s_start))
    return out


def _claim(m: re.Match, affirmed: bool, sentence: str, start: int) -> FoundClaim:
    verb = m.group("verb").lower()
    return FoundClaim(stem(verb), verb, m.group("who").lower(), None, affirmed, sentence.strip(), start, True, passive=True)
