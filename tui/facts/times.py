"""Times of day ("1:39pm", "13:39 IST", "noon") as 24-hour HH:MM, with their time zone
and the qualifier said before them.

A time without a zone is on the clock of where the story happens ("3:15am local time").
When an article gives it beside the same moment in a known zone ("3:15am local time
(00:15 GMT)", "01:15 BST (03:15 local time)"), the story learns that clock, and its
other times without a zone are compared with zoned ones in UTC.

A qualifier widens the moment a time names, as "about" widens a count: "around 2pm" is
1:45pm to 2:15pm ("about 1:30" ten minutes each way, a time that is not on a quarter hour five),
"shortly after 2pm" 2pm to 2:30pm, "just before midnight" 11:30pm to midnight. A bare
"after", "before" or "by" makes the time a bound, not a moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .records import Found

# Offsets in minutes of the zone abbreviations news copy uses; others are kept but not converted.
ZONE_OFFSETS = {
    "UTC": 0, "GMT": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "IST": 330, "PKT": 300, "MMT": 390, "ICT": 420, "WIB": 420, "SGT": 480, "HKT": 480, "PHT": 480,
    "CST": -360, "CDT": -300, "EST": -300, "EDT": -240, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}
_ZONE = r"(?:\s*\(?(?P<{name}>[A-Z]{{3,4}})\)?(?![A-Za-z]))?"
TIME_PATTERN = re.compile(
    r"\b(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?\s*(?P<ampm>[aApP])\.?\s?[mM]\b\.?" + _ZONE.format(name="zone12")
    + r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s*(?:hrs|hours|h)\b)?" + _ZONE.format(name="zone24")
    + r"|\b(?P<word>[Nn]oon|[Mm]idday|[Mm]idnight)\b",
)


# What each qualifier says of the moment, longest first.
QUALIFIERS = {
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx", "circa": "approx",
    "shortly after": "after", "just after": "after", "soon after": "after", "a little after": "after",
    "just past": "after", "moments after": "after", "minutes after": "after", "a few minutes after": "after",
    "shortly before": "before", "just before": "before", "a little before": "before", "moments before": "before",
    "minutes before": "before", "a few minutes before": "before",
    "after": "bound", "before": "bound", "by": "bound", "no later than": "bound",
}
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+") + r")\s+$", re.I
)
# How far an approximate time reaches: the more exact the clock it gives, the less.
APPROX_MINUTES = 15  # "around 2pm"
QUARTER_APPROX_MINUTES = 10  # "about 1:30", "around 2:45"; five minutes for "about 11:28"
NEAR_MINUTES = 30  # "shortly after", "just before"
DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class FoundTime:
    value: str  # "13:39"
    zone: str | None
    text: str  # with its qualifier: "around 2pm"
    start: int
    end: int
    qualifier: str | None = None  # "around", "shortly after"

    @property
    def comparable(self) -> bool:
        """Whether the time names a moment, not a bound ("after 2pm", "by noon")."""
        return QUALIFIERS.get(self.qualifier or "") != "bound"

    @property
    def bounds(self) -> tuple[int, int]:
        """The minutes after midnight, local, that the wording allows."""
        at = clock_minutes(self.value)
        minutes = at % 60
        kind = QUALIFIERS.get(self.qualifier or "")
        if kind == "approx":
            spread = APPROX_MINUTES if minutes == 0 else QUARTER_APPROX_MINUTES if minutes % 15 == 0 else 5
            return at - spread, at + spread
        if kind == "after":
            return at, at + NEAR_MINUTES
        if kind == "before":
            return at - NEAR_MINUTES, at
        return at, at

    @property
    def minutes_utc(self) -> int | None:
        """Minutes after midnight UTC, when the zone is known."""
        if self.zone is None or self.zone not in ZONE_OFFSETS:
            return None
        return (clock_minutes(self.value) - ZONE_OFFSETS[self.zone]) % DAY_MINUTES


def clock_minutes(value: str) -> int:
    """Minutes after midnight of a clock time written "HH:MM"."""
    hours, minutes = map(int, value.split(":"))
    return hours * 60 + minutes


def find_times(text: str) -> list[FoundTime]:
    out = []
    for m in TIME_PATTERN.finditer(text):
        zone = m.group("zone12") or m.group("zone24")
        if m.group("word"):
            value = "00:00" if m.group("word").lower() == "midnight" else "12:00"
        elif m.group("h12"):
            hour = int(m.group("h12")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
            value = f"{hour:02d}:{int(m.group('m12') or 0):02d}"
        else:
            value = f"{int(m.group('h24')):02d}:{m.group('m24')}"
        shown = m.group().strip()
        if shown.endswith(")") and "(" not in shown:
            shown = shown[:-1]  # "(00:15 GMT)": the bracket closes around the time, not the zone
        if shown.endswith("m.") and not shown.endswith(".m."):
            shown = shown[:-1]  # "6:45 am." ends a sentence
        start, end = m.start(), m.start() + len(shown)
        said = _QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
        qualifier = " ".join(said.group("q").lower().split()) if said else None
        if said:
            start, shown = said.start(), text[said.start() : end]
        out.append(FoundTime(value, zone, shown, start, end, qualifier))
    return out


# Between a time and the same moment in another clock: a few words and an opening bracket.
_CONVERSION = re.compile(r"[^().;!?\d]{0,30}\(\s*")


def paired_moments(text: str, times: list[FoundTime]) -> dict[int, int]:
    """The times without a zone (by index) that a paragraph gives beside the same moment in
    a known zone, with that moment's minutes UTC: "3:15am local time (00:15 GMT)"."""
    out = {}
    for i, (a, b) in enumerate(zip(times, times[1:])):
        if not _CONVERSION.fullmatch(text, a.end, b.start) or not (a.comparable and b.comparable):
            continue
        if a.zone is None and b.minutes_utc is not None:
            out[i] = b.minutes_utc
        elif b.zone is None and a.minutes_utc is not None:
            out[i + 1] = a.minutes_utc
    return out


def on_local_clock(found: list[Found]) -> list[Found]:
    """Times without a zone, given their minutes UTC when the story's paired times show one
    local clock (every pair differs from UTC by the same offset); else as they were."""
    offsets = {
        (clock_minutes(f.value) - f.utc_minutes) % DAY_MINUTES
        for f in found
        if f.kind == "time" and f.zone is None and f.utc_minutes is not None
    }
    if len(offsets) != 1:
        return found
    offset = offsets.pop()
    return [
        replace(f, utc_minutes=(clock_minutes(f.value) - offset) % DAY_MINUTES)
        if f.kind == "time" and f.zone is None and f.utc_minutes is None
        else f
        for f in found
    ]
