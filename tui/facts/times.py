"""Times of day ("1:39pm", "13:39 IST", "noon") as 24-hour HH:MM, with their time zone."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class FoundTime:
    value: str  # "13:39"
    zone: str | None
    text: str
    start: int
    end: int

    @property
    def minutes_utc(self) -> int | None:
        """Minutes after midnight UTC, when the zone is known."""
        if self.zone is None or self.zone not in ZONE_OFFSETS:
            return None
        hours, minutes = map(int, self.value.split(":"))
        return (hours * 60 + minutes - ZONE_OFFSETS[self.zone]) % (24 * 60)


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
        if shown.endswith("m.") and not shown.endswith(".m."):
            shown = shown[:-1]  # "6:45 am." ends a sentence
        out.append(FoundTime(value, zone, shown, m.start(), m.start() + len(shown)))
    return out

