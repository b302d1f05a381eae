"""Weather told in units: a wind's speed, a gust, rain fallen, a storm's category.

"sustained winds of 140 mph" and "sustained winds of 225 km/h" are one speed, compared in
km/h; "14 inches of rain" and "about 360 millimetres" one rainfall, compared in mm. What
the figure measures is read from its clause: a gust is not the sustained wind, and "below
35 mph" is a threshold, not a measure. A storm's category ("a Category 4 storm") is a
rank, not a count. Weather changes by the hour and differs from town to town, so these
are compared only where articles tell the same point (inside one cluster).
"""

from __future__ import annotations

import re

from .text import sentence_of

# Speeds in km/h per unit written.
SPEEDS = {
    "km/h": 1.0, "kph": 1.0, "kmh": 1.0, "kilometres per hour": 1.0, "kilometers per hour": 1.0,
    "mph": 1.609344, "miles per hour": 1.609344, "knots": 1.852,
}
# Depths of rain in mm per unit written.
RAIN_DEPTHS = {
    "mm": 1.0, "millimetres": 1.0, "millimeters": 1.0, "cm": 10.0, "centimetres": 10.0, "centimeters": 10.0,
    "inches": 25.4, "inch": 25.4,
}


def _units(table: dict[str, float]) -> str:
    return "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(table, key=len, reverse=True))


_SPEED_AFTER = re.compile(r"\s*(?P<unit>" + _units(SPEEDS) + r")(?![\w/])", re.I)
_RAIN_AFTER = re.compile(r"\s*(?P<unit>" + _units(RAIN_DEPTHS) + r")(?![\w/])", re.I)
# "14 inches of rain", "254 millimetres of rainfall"; else rain is named before the figure,
# in its sentence ("rainfall totals reached 14 inches"): "six inches of water" is no rain.
_OF_RAIN = re.compile(r"\s+of\s+(?:rain|rainfall|precipitation)\b", re.I)
_RAIN_WORD = re.compile(r"\b(?:rain|rainfall|rains|precipitation)\b", re.I)
_GUST = re.compile(r"\bgusts?\b", re.I)
_SUSTAINED = re.compile(r"\b(?:sustained|maximum|top|peak)\s+winds?\b|\bwinds?\s+of\b", re.I)
# "dropped below 35 mph", "under 40 mph", "above 74 mph": a threshold, not a measure.
_THRESHOLD = re.compile(r"\b(?:below|under|above|exceeding|exceeds?)\s+$", re.I)
# A storm's rank on its scale: "a Category 4 storm", "as a category-3 hurricane".
_CATEGORY_BEFORE = re.compile(r"\b[Cc]ategory[\s-]$")
_STORM_AFTER = re.compile(r"\s*(?:storm|hurricane|typhoon|cyclone)\b", re.I)


# Rain is compared in millimetres, whatever unit an article gives it in ("14 inches").
RAIN_SLOT = "millimetres"
THRESHOLD = "threshold"  # the slot of "below 35 mph": read, and left out


def weather_measure(text: str, start: int, end: int, before: str) -> tuple[str, float, int] | None:
    """The slot of a figure that measures weather, the factor to its compared unit, and where
    its unit ends; `THRESHOLD` for a speed that is a limit; None for any other figure."""
    if _CATEGORY_BEFORE.search(before) and _STORM_AFTER.match(text, end):
        return "storm category", 1.0, end
    speed = _SPEED_AFTER.match(text, end)
    if speed and _THRESHOLD.search(before):
        return THRESHOLD, 1.0, speed.end("unit")
    if speed:
        return _wind(text, start, speed)
    rain = _RAIN_AFTER.match(text, end)
    if rain and (_OF_RAIN.match(text, rain.end()) or _RAIN_WORD.search(text, sentence_of(text, start)[0], start)):
        return RAIN_SLOT, RAIN_DEPTHS[_unit(rain)], rain.end("unit")
    return None


def _wind(text: str, start: int, speed: re.Match) -> tuple[str, float, int] | None:
    """A gust or the sustained wind, whichever the clause before the figure names last."""
    clause = text[sentence_of(text, start)[0] : start]
    gust, sustained = _last(_GUST, clause), _last(_SUSTAINED, clause)
    if gust < 0 and sustained < 0:
        return None  # "moving at 15 mph", "at speeds of 120 km/h": of what, the words do not say
    slot = "gust (km/h)" if gust > sustained else "sustained wind (km/h)"
    return slot, SPEEDS[_unit(speed)], speed.end("unit")


def _last(pattern: re.Pattern, clause: str) -> int:
    """Where the last match of a pattern in a clause starts; -1 when none."""
    found = -1
    for m in pattern.finditer(clause):
        found = m.start()
    return found


def _unit(m: re.Match) -> str:
    return " ".join(m.group("unit").lower().split())
