"""The size of a crowd, by who counted it: police or organisers.

News gives two figures for one march and says whose each is: "Police said 80,000 people
took part in the march, while the union, which called the strike, put the figure at
250,000"; "Organisers said 250,000 people joined the march; police estimated the crowd at
95,000". The two sources never agree and are never compared: a figure is "crowd (police)"
or "crowd (organisers)", and only figures of one source are held against each other.

A count is a crowd when its words say people took part in a gathering ("marched",
"took part in the march", "joined the rally") or that a source sized one ("put the figure
at", "estimated the crowd at", "a crowd of"). Its source is the one named between it and
the figure before it in its sentence ("Police said ...", "...; police estimated"), else an
attribution closing its clause ("..., organisers said", "according to police"). A count
whose source is not told, or is told both ways, keeps the slot `numbers` gave it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .count_places import place_after
from .figures import FoundNumber
from .text import sentence_of

_GATHERING = r"(?:march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|processions?|vigils?|crowds?|gatherings?|parades?)"
_HAS_GATHERING = re.compile(r"\b" + _GATHERING + r"\b", re.I)
# After the count: "people took part in the march", "marched", "protesters joined the rally".
_TOOK_PART = re.compile(
    r"^\s*(?:(?:people|persons|protesters|demonstrators|marchers|workers|strikers|supporters)\s+)?"
    r"(?:(?:had|have|has)\s+)?(?P<verb>marched|rallied|demonstrated|took\s+part|joined|attended|turned\s+out)\b"
    r"(?P<rest>[^.;:!?]*)",
    re.I,
)
# What "took part in" or "joined" names, if anything: "in the strike" is no gathering.
_OBJECT = re.compile(r"^\s*(?:in\s+|at\s+)?(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b", re.I)
# Before the count: "put the figure at", "estimated the crowd at", "a crowd of", "the crowd numbered".
_SIZED = re.compile(
    r"\b(?:(?:put|puts|estimated|estimates|gave|placed|counted)\s+(?:the\s+)?(?:(?P<noun>crowd|figure|number|turnout|attendance)"
    r"(?:\s+size)?\s+at|(?:size\s+of\s+the\s+)?crowd\s+at)|crowd\s+(?:of|at|was|numbered|stood\s+at))\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|roughly|only|just)\s+)?$",
    re.I,
)
_POLICE = re.compile(r"\b(?:police|authorities|interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|prefecture)\b", re.I)
_ORGANISERS = re.compile(
    r"\b(?:organi[sz]ers?|unions?|(?:which|who)\s+(?:had\s+)?(?:called|organi[sz]ed|led)\s+(?:the|it)\b)", re.I
)
# An attribution closing the count's clause: "..., organisers said", "according to police".
_SAID_AFTER = re.compile(
    r"^[^.;:!?]*?(?:,\s*(?:the\s+)?(?P<who>[a-z ]{3,40}?)\s+(?:said|say|says|estimated)\b|\baccording\s+to\s+(?P<to>[a-z ]{3,40}))",
    re.I,
)


def read_crowds(numbers: list[FoundNumber], bare: list[FoundNumber], text: str) -> list[FoundNumber]:
    """The counts of a paragraph with its crowd figures read by source; the crowd figures
    found among the `bare` counts (those `numbers` found no slot for) move out of it."""
    if not _HAS_GATHERING.search(text) and "marched" not in text:
        return numbers
    everything = sorted(numbers + bare, key=lambda n: n.start)
    found = {id(n) for n in numbers}
    out, moved = [], set()
    for i, n in enumerate(everything):
        crowd = _crowd(n, text, everything[i - 1].end if i else 0)
        if crowd is not None:
            out.append(crowd)
            moved.add(id(n))
        elif id(n) in found:
            out.append(n)
    bare[:] = [n for n in bare if id(n) not in moved]
    return out


def _crowd(n: FoundNumber, text: str, previous_end: int) -> FoundNumber | None:
    if n.unit is not None:
        return None
    start, end = sentence_of(text, n.start)
    after, before = text[n.end : end], text[start : n.start]
    if not (_took_part(after, text[start:end]) or _sized(before, text[start:end])):
        return None
    source = _source(text[max(start, previous_end) : n.start]) or _source_after(after)
    if source is None:
        return None
    return replace(n, slot=f"crowd ({source})" + place_after(after), local=True)


def _took_part(after: str, sentence: str) -> bool:
    """Whether the words after a count say its people took part in a gathering: what they
    took part in or joined is one, or, named nowhere, the sentence speaks of one."""
    m = _TOOK_PART.match(after)
    if m is None:
        return False
    if m.group("verb").lower() in ("marched", "rallied", "demonstrated"):
        return True
    named = _OBJECT.match(m.group("rest"))
    if named:
        return re.fullmatch(_GATHERING, named.group("noun"), re.I) is not None
    return _HAS_GATHERING.search(sentence) is not None


def _sized(before: str, sentence: str) -> bool:
    """Whether the words before a count size a crowd: "estimated the crowd at", or "put the
    figure at" in a sentence that speaks of a gathering."""
    m = _SIZED.search(before)
    if m is None:
        return False
    return m.group("noun") is None or m.group("noun").lower() == "crowd" or _HAS_GATHERING.search(sentence) is not None


def _source(words: str) -> str | None:
    """Whose figure the words before it give: police or organisers, when only one is named."""
    police, organisers = _POLICE.search(words), _ORGANISERS.search(words)
    if police and not organisers:
        return "police"
    if organisers and not police:
        return "organisers"
    return None


def _source_after(after: str) -> str | None:
    said = _SAID_AFTER.match(after)
    return _source(said.group("who") or said.group("to")) if said else None
