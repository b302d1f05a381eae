"""Where a count happened, when its sentence says so: "10 killed in Bangkok", "In
Thailand, nine people were killed", "265 people on board"."""

from __future__ import annotations

import re

from .aboard import ON_BOARD
from .count_words import CALENDAR

# "killed two people in neighbouring Belmira": the neighbour is the place, not the home country.
_NEIGHBOURING = r"(?:the\s+|neighbou?ring\s+)?"
_PLACE_AFTER = re.compile(r"^\s*(?P<prep>in|at|across|from)\s+" + _NEIGHBOURING + r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_PLACE_OPENING = re.compile(r"^\s*(?:[Ii]n|[Aa]cross)\s+(?:neighbou?ring\s+|the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def place_before(before: str) -> str:
    """A place that frames the count: opening the sentence ("In Thailand, nine people were
    killed") or in its clause ("the toll in Thailand rose to 9"). A place elsewhere in the
    sentence ("derailed near Korvik, killing 31") is where the story happens, not a slot."""
    sentence = re.split(r"[.!?]\s", before)[-1]
    opening = _PLACE_OPENING.match(sentence)
    candidates = [opening] if opening else []
    candidates += list(_PLACE_BEFORE.finditer(re.split(r"[,;:]\s", sentence)[-1]))
    found = ""
    for m in candidates:
        if not _calendar(m.group("place")):
            found = f" in {m.group('place')}"
    return found


def _calendar(place: str) -> bool:
    """Whether a capitalised "place" is a day or month: "in Thursday's ferry disaster"."""
    return re.sub(r"['’]s?$", "", place.split()[0]).lower() in CALENDAR


def place_after(after: str) -> str:
    """Where the counted thing happened, when the text says so right after: " in Bangkok"."""
    rest = re.sub(r"^\s*(?:[A-Za-z]+\s+){0,3}?(?=(?:in|at|across|from)\s+" + _NEIGHBOURING + r"[A-Z])", " ", after, count=1)
    if ON_BOARD.match(after):
        return " on board"
    place = _PLACE_AFTER.match(rest)
    if place and not _calendar(place.group("place")):
        return f" {place.group('prep')} {place.group('place')}"
    return ""
