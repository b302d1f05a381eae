"""How far below ground something is: "700 metres underground", "some 700m (2,300ft)
underground", "at a depth of 700m". One depth told in metres and in feet is one depth,
compared in metres."""

from __future__ import annotations

import re

from .figures import QUALIFIER_WORDS

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
