"""Counts news tells of a disaster in fixed phrases: homes without power and people ordered
to leave.

Homes without power are one slot, "households", however the utility counts them ("640,000
homes and businesses were without power", "820,000 customers had lost electricity", "power
was out for 820,000 customers"). People ordered to leave are not people who left: "1.2 million
people were under evacuation orders", "had been ordered to leave", "the 1.2 million people
who had been told to evacuate", "evacuation orders covering more than a million people".
"""

from __future__ import annotations

import re

from .figures import QUALIFIER_TAIL

# Utilities count customers, papers homes or households: one slot, named as "9,000
# households were without electricity" is.
POWER_SLOT = "households"
_LINKED = r"(?:(?:were|was|have|has|had|been|are|is|still|now|who|that)\s+)*"
_POWER = r"(?:power|electricity)"
# The counted noun and its verb after the count: "homes and businesses were still without power".
# A count followed by "the" has lost its noun ("18,000 the valley were"): it is not read here.
_WITHOUT_POWER = re.compile(
    r"^\s*(?!(?:the|a|an|its|their)\b)(?:[a-z]+\s+){0,3}?" + _LINKED + r"(?:without|lost|losing|lacked|lacking)\s+(?:their\s+)?" + _POWER + r"\b",
    re.I,
)
# The outage told before the count: "power was out for 820,000 customers", "leaving 820,000
# without power", "outages affecting 500,000 homes".
_POWER_OUT_FOR = re.compile(
    r"\b" + _POWER + r"\s+" + _LINKED + r"(?:out|cut(?:\s+off)?|knocked\s+out)\s+(?:for|to)\s+" + QUALIFIER_TAIL + "$",
    re.I,
)
_OUTAGES_HITTING = re.compile(r"\b(?:outages?|blackouts?)\s+(?:affecting|hitting|for)\s+" + QUALIFIER_TAIL + "$", re.I)
_LEAVING = re.compile(r"\b(?:left|leaving|leave|plunged|plunging)\s+" + QUALIFIER_TAIL + "$", re.I)
_THEN_WITHOUT = re.compile(r"^\s*(?:[a-z]+\s+){0,3}?(?:without\s+" + _POWER + r"|in\s+the\s+dark)\b", re.I)

_ORDER = r"(?:ordered|told|urged|advised|asked|instructed)\s+to\s+(?:leave|evacuate|flee|get\s+out)\b"
_UNDER_ORDERS = r"(?:under|subject\s+to)\s+(?:mandatory\s+|voluntary\s+)?evacuation\s+orders?\b"
# "1 million people had been ordered to leave", "1.2 million people were under evacuation orders".
_ORDERED_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?" + _LINKED + r"(?:" + _ORDER + "|" + _UNDER_ORDERS + ")", re.I)
# "evacuation orders covering 1.2 million people", "orders, which had covered more than a million".
_ORDERS_COVERING = re.compile(
    r"\bevacuation\s+orders?\b[^.;]{0,40}?\b(?:covering|covered|cover|affecting|affected|for)\s+" + QUALIFIER_TAIL + "$",
    re.I,
)


def outage_slot(after: str, before: str) -> str | None:
    """"households" (without power) or "people ordered to evacuate" when the words around a count tell it, else None."""
    if _WITHOUT_POWER.match(after) or _POWER_OUT_FOR.search(before) or _OUTAGES_HITTING.search(before):
        return POWER_SLOT
    if _LEAVING.search(before) and _THEN_WITHOUT.match(after):
        return POWER_SLOT
    if _ORDERED_AFTER.match(after) or _ORDERS_COVERING.search(before):
        return "people ordered to evacuate"
    return None
