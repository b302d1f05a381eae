"""Counts in running text: the number, its qualifier, and the slot it counts.

"at least 2,389 people were injured" gives 2389, "at least", slot "people injured".
This module walks a paragraph's figures and sets aside what is no count: labels
("Boeing 737"), ages after a name, the first figure of "between 300 and 400". The rest
is told elsewhere: the figure, its qualifier and its range in `figures`; what it counts
in `slots` (with `tolls`, `aboard`, `leaving` and `count_places`); depths below ground,
and the radius of an evacuation ("within a 3-kilometre radius"), in `depths`; sums and
their currencies in `sums`. A number whose slot cannot be read is left out: it could not
be compared safely.

News tells one slot in many words, and those words are read as one slot: a toll
("the number of people killed has risen to 224", "the toll climbed to 224"), the people
aboard ("carrying 400 passengers", "265 people on board"), survivors ("40 survivors",
"41 people were rescued alive", "40 people survived") and a span of something ("four
days of national mourning", "three days of mourning"). What the words set apart stays
apart: a vessel's capacity ("designed to carry 100 passengers") is not its load, and
passengers counted beside a crew ("300 passengers and 12 crew") are not all aboard.
"""

from __future__ import annotations

import re

from ..tokens import STOP_WORDS
from .count_places import place_after
from .count_words import CALENDAR, HARMS
from .depths import depth_after, radius_after
from .figures import (
    NUMBER_PATTERN, MILLIONS_OF, QUALIFIER_BEFORE, SCALE_AFTER, SCALES, WORD_NUMBER, FoundNumber, figure_value,
    past_hundred, plain,
)
from .leaving import displacement
from .measures import THRESHOLD, weather_measure
from .slots import count_slot
from .sums import CURRENCY_WORD, CURRENCY_WORDS

__all__ = ["FoundNumber", "find_numbers", "place_after", "plain"]

_OR_MORE = re.compile(r"^\s*(?:\+|or\s+more\b|and\s+more\b|plus\b)", re.I)
# "between 300 and 400 passengers" is one count that may be anything from 300 to 400.
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_NEXT = re.compile(rf"\s+and\s+(?:[$£€]?\d|(?:{WORD_NUMBER})\b)", re.I)
_AND = re.compile(r"\s+and\s+")
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|pc\b)", re.I)
# Words that open a sentence before a count and say how many, not which: "Another 40 prisoners".
_OPENING_QUANTIFIERS = frozenset(
    "another nearly almost around roughly approximately exactly precisely several fewer barely".split()
)
_LABEL_BEFORE = re.compile(r"\b[A-Z][\w-]*\s?$|\b(?:No|no|number|aged|age|page|article|resolution|flight|route)\.?\s$")


# Between a sum and its conversion into another currency: "€1.2bn (about $1.3 billion)".
_CONVERTED = re.compile(r"\s*(?:euros?|dollars?)?\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|almost|or)\s+)?", re.I)
# "handed over 52 prisoners", "took over 300 shops": "over" ends the verb, it bounds nothing.
_HANDED = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|took|take|takes|taken|taking|sign|signs|signed|signing)\s+$",
    re.I,
)
# "Dumont, 67, was arrested", "Anna Varga, 47, will be sworn in": a person's age between commas.
_AGE_AFTER_NAME = re.compile(r"\b(?P<name>[A-Z][a-z][\w'’-]*),\s*$")
_AGE_CLOSES = re.compile(r"\s*(?:,|\band\b)")
# A scale joined to the word after it makes a modifier, not a count: "a million-dollar fine".
_MODIFIER = re.compile(r"-[A-Za-z]")
# "a dozen times", "a hundred times over": a manner of speaking, not a count of anything.
_TIMES_OVER = re.compile(r"\s+times\b", re.I)
# "one in a million", "nine in ten voters": the whole of a ratio, not a count of anything.
_RATIO_OF = re.compile(rf"\b(?:one|\d+|{WORD_NUMBER})\s+in\s+$", re.I)
# "64 of the 151 seats", "nine of the 12 miners were rescued": the whole a part is taken
# from, never compared with a part; what the sentence tells (won, rescued) is the part's, where
# it is (on board) the whole's: "killed 38 of the 67 people on board".
_WHOLE_OF = re.compile(rf"(?:\d|\b(?:{WORD_NUMBER}))[\d,.]*\s+of\s+(?:the|its|their|his|her)\s+$", re.I)


def _length_told(text: str, end: int, before: str) -> bool:
    """Whether a figure with a length glued on ("700m", "5km") is a depth or a zone's radius."""
    return depth_after(text, end, before) is not None or radius_after(text, end, before) is not None


def _is_label(before: str) -> bool:
    """A number right after a name or a label word ("Boeing 737", "Article 5"); not one after
    a capitalised word that only opens a sentence ("The 66-year-old", "All 40 passengers",
    "Another 40 prisoners")."""
    label = _LABEL_BEFORE.search(before)
    return label is not None and label.group().strip().lower() not in STOP_WORDS | _OPENING_QUANTIFIERS


def find_numbers(
    text: str, masked: list[tuple[int, int]], unread: list[FoundNumber] | None = None
) -> list[FoundNumber]:
    """Every count in a paragraph whose slot can be read; `masked` spans (dates, times) are
    skipped. The counts whose slot cannot be read go to `unread`, with slot "", when given."""
    out = []
    floor: tuple[float, bool, int, int] | None = None  # "between 300 and": value, scaled, start, end
    read_to = 0  # where the last figure ends: "two hundred and fifty" holds no "fifty" of its own
    last_sum: tuple[str, int] | None = None  # the currency of the last sum read, and where it ends
    for m in NUMBER_PATTERN.finditer(text):
        if m.start() < read_to or any(s <= m.start() < e for s, e in masked):
            continue
        start, end = m.start(), m.end()
        value = figure_value(m)
        if value is None:
            continue
        scale = SCALE_AFTER.match(text, end)
        glued = bool(scale and scale.start("scale") == end)  # "1.2bn", "530m", "300k"
        # "5 m" is metres, "$5m" money; glued to a bare figure, "bn" and "tn" are scales
        # still, and "m" before a plural noun ("530m users"); "5m" and "300k" alone are not
        bare_scale = glued and (
            scale.group("scale").lower() in ("bn", "tn")
            or scale.group("scale").lower() == "m" and MILLIONS_OF.match(text, scale.end())
        )
        scaled = bool(scale and (len(scale.group("scale")) > 2 or m.group("currency") or bare_scale))
        before = text[max(0, start - 60) : start]
        if glued and not scaled and m.group("glued") != "pc" and not _length_told(text, end, before):
            continue  # "5m", "300k" glued to a number without a currency: metres, a distance run
        if scale and scaled:
            value *= SCALES[scale.group("scale").lower()]
            end = scale.end()
            if not m.group("digits") and scale.group("scale").lower() == "hundred":
                value, end = past_hundred(text, end, value)
                read_to = end
            if len(scale.group("scale")) > 2 and _MODIFIER.match(text, end):
                continue
        if m.group("article") and _TIMES_OVER.match(text, end) or _RATIO_OF.search(text, 0, start):
            continue
        between = _BETWEEN.search(before)
        if between and _AND_NEXT.match(text, end):
            floor = (value, scaled, start - (len(before) - between.start()), end)
            continue
        low, floor = (floor, None) if floor and _AND.fullmatch(text, floor[3], start) else (None, None)
        slot_at = start
        qualifier = None
        weather = weather_measure(text, start, end, before)  # "140 mph", "14 inches of rain", "Category 4"
        q = QUALIFIER_BEFORE.search(before)
        if low:
            # "between 3 and 4 million": the first figure takes the second's scale
            low = (low[0] if low[1] or not scaled else low[0] * SCALES[scale.group("scale").lower()],) + low[1:]
            said = " ".join(text[low[2] : low[3]].split()[1:])  # the first figure as written: "5,000"
            qualifier, slot_at, start = f"between {said} and", low[2], low[2]
        elif q and not (q.group("q").lower() == "over" and _HANDED.search(before, 0, q.start())):
            qualifier = " ".join(q.group("q").lower().split())
            start = start - (len(before) - q.start())
        elif m.group("digits") and not m.group("currency") and _is_label(before) and not _PERCENT.match(text, end) and not weather:
            continue  # "Boeing 737", "Article 5", "aged 45": names and labels, not counts ("Ortiz 43%" is a share)
        if weather:
            slot, factor, end = weather
            if slot == THRESHOLD:
                continue
            out.append(FoundNumber(value, qualifier, slot, True, text[start:end].strip(), start, end, None, None, factor))
            continue
        after = text[end : end + 80]
        named = _AGE_AFTER_NAME.search(before)
        if m.group("digits") and qualifier is None and named and _AGE_CLOSES.match(after):
            # "Pierre Dumont, 67, was arrested": an age set after a name
            if 0 < value < 120 and named.group("name").lower() not in CALENDAR:
                out.append(FoundNumber(value, None, "age", True, m.group(), start, end, "age"))
            continue
        more = _OR_MORE.match(after)
        if more and qualifier is None:
            qualifier, after, end = "or more", after[more.end() :], end + more.end()
        depth = depth_after(text, end, before)
        if depth is not None:
            factor, end = depth
            out.append(FoundNumber(value, qualifier, "depth (m)", False, text[start:end].strip(), start, end, None, None, factor))
            continue
        radius = radius_after(text, end, before)
        if radius is not None:  # compared inside a cluster only: a story tells of several zones
            factor, end = radius
            said = text[start:end].strip()
            out.append(FoundNumber(value, qualifier, "evacuation radius (m)", True, said, start, end, None, None, factor))
            continue
        if m.group("glued") in ("km", "ft"):
            continue  # "10km", "300ft" that no depth: of what, the words do not say
        currency = m.group("currency")
        said = CURRENCY_WORD.match(after)
        if said and not currency:  # "1.2 billion euros" is the sum "€1.2bn" is
            currency, after = CURRENCY_WORDS[said.group(1).lower()], after[said.end() :]
        if currency:
            converted = last_sum and last_sum[0] != currency and _CONVERTED.fullmatch(text, last_sum[1], m.start())
            last_sum = (currency, end + (said.end() if said and not m.group("currency") else 0))
            if converted:
                continue  # "4.2 billion euros ($4.9 billion)": the outlet's own conversion, at its own rate
        slot = count_slot(after, text[max(0, slot_at - 100) : slot_at], currency)
        bottom = low[0] if low and low[0] <= value else None
        if low and bottom is None:
            continue  # "between 400 and 300": not a range to trust
        if slot is None:
            if unread is not None:
                said = text[start:end].strip()
                unread.append(FoundNumber(value, qualifier, "", True, said, start, end, None, bottom))
            continue
        label, local = slot
        whole = _WHOLE_OF.search(text, max(0, start - 40), start) is not None and not label.endswith("on board")
        head = label.split(" in ")[0].split(" at ")[0].split(" from ")[0]
        if head == "evacuated":
            label = displacement(after) + label[len(head) :]
        elif head in HARMS:
            label = "people " + label  # "145 deaths", "2,389 injured": "people killed", "people injured"
        unit = currency or next((u for u in ("percent", "age") if label == u or label.startswith(u + " (")), None)
        out.append(FoundNumber(value, qualifier, label, local, text[start:end].strip(), start, end, unit, bottom, whole=whole))
    return out
