"""How far below ground something is: "700 metres underground", "some 700m (2,300ft)
underground", "at a depth of 700m". One depth told in metres and in feet is one depth,
compared in metres."""

from __future__ import annotations

import re

from .figures import QUALIFIER_WORDS
from .text import sentence_of

# Lengths in metres: a depth told in metres and in feet is one depth ("700m (2,300ft) underground").
LENGTHS = {
    "m": 1.0, "metre": 1.0, "metres": 1.0, "meter": 1.0, "meters": 1.0, "km": 1000.0, "kilometre": 1000.0,
    "kilometres": 1000.0, "kilometer": 1000.0, "kilometers": 1000.0, "ft": 0.3048, "foot": 0.3048, "feet": 0.3048,
    "mile": 1609.344, "miles": 1609.344,
}
_LENGTH_AFTER = re.compile(
    r"\s*(?P<unit>" + "|".join(sorted(LENGTHS, key=len, reverse=True)) + r")\b"
    r"(?:\s*\([^()]{0,30}\))?\)?\s*(?:of\s+(?:rock|earth|rubble|soil)\s+)?",
    re.I,
)
# How far down: under the ground, below the surface, or "at a depth of".
_BELOW = re.compile(r"(?:underground|below\s+(?:the\s+)?(?:surface|ground)|beneath\s+the\s+(?:surface|ground))\b", re.I)
_DEPTH_OF = re.compile(r"\bdepths?\s+of\s+(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", re.I)


def depth_after(text: str, end: int, before: str) -> tuple[float, int] | None:
    """How far down something is, when a length is said to be below ground ("700 metres
    underground", "some 700m (2,300ft) underground", "at a depth of 700m"): metres per
    unit, and where the unit ends."""
    unit = _LENGTH_AFTER.match(text, end)
    if unit is None or not (_BELOW.match(text, unit.end()) or _DEPTH_OF.search(before)):
        return None
    return LENGTHS[unit.group("unit").lower()], unit.end("unit")


# How far out from a place an evacuation reaches: "within a 3-kilometre radius of the plant",
# "within 5km of the site", "a 3-kilometre zone around the plant", "a radius of two miles".
_HYPHENED_LENGTH = re.compile(
    r"-(?P<unit>" + "|".join(sorted((u for u in LENGTHS if len(u) > 2), key=len, reverse=True)) + r")\b", re.I
)
_WITHIN = re.compile(r"\b(?:within|inside)\s+(?:a\s+|an\s+)?(?:radius\s+of\s+)?(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", re.I)
_RADIUS_OF = re.compile(r"\bradius\s+of\s+(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", re.I)
_ZONE_AFTER = re.compile(r"\s*(?:exclusion\s+|evacuation\s+|safety\s+)?(?:radius|zone|cordon|perimeter)\b", re.I)
_OF_PLACE = re.compile(r"\s*(?:radius\s+)?(?:of|from|around)\b", re.I)


# What makes a zone one that people leave: only such zones are compared ("schools within
# 10km were closed" is another zone).
_LEFT = re.compile(
    r"\b(?:evacuat\w*|(?:were|was|been)\s+moved|moved\s+(?:out|away)|ordered\s+(?:out|to\s+leave)"
    r"|told\s+to\s+leave|left\s+their\s+homes|exclusion|cordon\w*|sealed\s+off)\b",
    re.I,
)


def radius_after(text: str, end: int, before: str) -> tuple[float, int] | None:
    """How far out a zone that people leave reaches, in metres per unit, and where the unit
    ends: a length "within" which people are evacuated "of" a place, or one that sizes an
    evacuation's radius or zone. "20 kilometres away" and "up to 2km from the plant" say how
    far, not a zone; "schools within 10km were closed" is no evacuation."""
    unit = _HYPHENED_LENGTH.match(text, end) or _LENGTH_AFTER.match(text, end)
    if unit is None or not _LEFT.search(text, *sentence_of(text, end)):
        return None
    after = unit.end("unit")
    zone = _ZONE_AFTER.match(text, after)
    if zone or _RADIUS_OF.search(before) or (_WITHIN.search(before) and _OF_PLACE.match(text, after)):
        return LENGTHS[unit.group("unit").lower()], zone.end() if zone else after
    return None
