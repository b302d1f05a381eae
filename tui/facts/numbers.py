"""Counts in running text: the number, its qualifier, and the slot it counts.

"at least 2,389 people were injured" gives 2389, "at least", slot "people injured".
The slot is read from the words after the number ("145 deaths", "10 killed in
Bangkok") or, when those say only "people", from the verb or toll before it
("killed 145 people", "the death toll rose to 1,644"). A number whose slot
cannot be read is left out: it could not be compared safely.

News tells one slot in many words, and those words are read as one slot: a toll
("the number of people killed has risen to 224", "the toll climbed to 224"), the people
aboard ("carrying 400 passengers", "265 people on board"), survivors ("40 survivors",
"41 people were rescued alive", "40 people survived") and a span of something ("four
days of national mourning", "three days of mourning"). What the words set apart stays
apart: a vessel's capacity ("designed to carry 100 passengers") is not its load, and
passengers counted beside a crew ("300 passengers and 12 crew") are not all aboard.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..tokens import STOP_WORDS
from .counted import counted_slot
from .count_words import (
    CALENDAR, CARRIED, CUSTODY, DURATIONS, HARMS, LINKING, MEASURES, NOT_A_LOAD, PEOPLE, PREPOSITIONS, RESIDENTS,
    SYNONYMS, TIME_UNITS, TOLL_WORDS, UNSAID_NOUN,
)

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12, "bn": 10**9, "m": 10**6, "tn": 10**12, "k": 1_000}
_UNIT_WORDS = "|".join(sorted((u for u in UNITS if u != "one"), key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
_WORD_NUMBER = rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}|one))?|{_UNIT_WORDS})"
NUMBER_PATTERN = re.compile(
    r"(?P<currency>[$£€])?(?<![\w.,/-])(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?=(?P<glued>bn|tn|m|k|km|ft)\b)|(?![\w/]|[.,]\d|-\d))"
    rf"|(?<![\w-])(?P<words>{_WORD_NUMBER})(?![\w-])"
    r"|\b(?P<half>half\s+an?)(?=\s+(?:hundred|thousand|million|billion)\b)",  # "half a billion"
    re.I,
)
_SCALE_AFTER = re.compile(r"\s*(?P<scale>hundred|thousand|million|billion|trillion|bn\b|tn\b|m\b|k\b)", re.I)
# A bare "530m" before a count noun in the plural is millions ("530m users", "2m people");
# before anything else it is metres or nothing to tell ("a 5m wall", "5m high").
_MILLIONS_OF = re.compile(r"\s+(?:people|[a-z]*[a-rt-z]s)\b")
QUALIFIERS = {
    "at least": "low", "more than": "low", "over": "low", "above": "low", "upwards of": "low",
    "in excess of": "low", "just over": "low", "well over": "low", "no fewer than": "low", "no less than": "low",
    "nearly": "near", "almost": "near", "close to": "near", "just under": "near", "just shy of": "near",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "up to": "high", "as many as": "high", "at most": "high", "fewer than": "high", "less than": "high",
    "under": "high", "no more than": "high", "as much as": "high", "as high as": "high",
}
_QUALIFIER_WORDS = "|".join(sorted(QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+")
_QUALIFIER_BEFORE = re.compile(r"\b(?P<q>" + _QUALIFIER_WORDS + r")\s+$", re.I)
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
_DEPTH_OF = re.compile(r"\bdepths?\s+of\s+(?:(?:" + _QUALIFIER_WORDS + r")\s+)?$", re.I)
_OR_MORE = re.compile(r"^\s*(?:\+|or\s+more\b|and\s+more\b|plus\b)", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]")
_TOLL_BEFORE = re.compile(
    r"\b(?P<noun>death|injury|casualty|fatality|[a-z]+)\s+(?:toll|count|tally|total|number)\b[^.;]{0,60}?(?:to|at|of|reached|hit|is|was|stands\s+at|stood\s+at)?\s*$",
    re.I,
)
# The words that hand a toll its figure: "has risen to", "stood at", "reached", with a qualifier.
_QUALIFIER_TAIL = r"(?:(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+") + r")\s+)?"
_REACHES = r"\b(?:to|at|of|reached|reaches|hit|hits|is|was|were|are|topped|passed|exceeded)\s+" + _QUALIFIER_TAIL + "$"
# "the number of people killed in the capsizing ... has risen to": what is counted, then the figure.
_NUMBER_OF = re.compile(r"\b(?:number|count|tally|total)\s+of\s+(?P<phrase>[^.;:\d]{1,90}?)\s+" + _REACHES, re.I)
# A toll with no noun of harm is the death toll: "the toll has climbed to", "the quake's toll stands at".
_BARE_TOLL = re.compile(
    r"(?:\b(?:" + "|".join(sorted(TOLL_WORDS - {"s"})) + r")|\w['’]s?)\s+toll\b[^.;:\d]{0,60}?" + _REACHES, re.I
)
_PROJECTED = re.compile(
    r"\b(?:could|may|might|will|would|expected|likely|predicted|projected|forecast|feared\s+to)\b", re.I
)
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+ed|killing|injuring|wounding|hurt)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|around\s+|some\s+)?$", re.I)
# People made to leave, however it is worded: "forced 12,000 from their homes", "20,000
# residents were forced from their homes", "prompted 5,000 people to flee".
_LEFT_HOME = re.compile(
    r"^\s*(?:(?:" + "|".join(sorted(PEOPLE | RESIDENTS)) + r")\s+)?(?:(?:were|was|have|has|had|been|being)\s+)*"
    r"(?:(?:forced|driven|chased)\s+)?(?:(?:from|out\s+of)\s+(?:their\s+)?homes?|to\s+(?:flee|evacuate|leave\s+(?:their\s+)?homes?))\b",
    re.I,
)
_EVACUATION_OF = re.compile(r"\bevacuations?\s+of\s+" + _QUALIFIER_TAIL + "$", re.I)
# An order or a call to leave is not a departure: "ordered 6,500 residents to evacuate".
_ORDERED = re.compile(
    r"\b(?:ordered|told|urged|advised|asked|warned|called\s+on)\s+(?:the\s+)?(?:evacuations?\s+of\s+)?" + _QUALIFIER_TAIL + "$",
    re.I,
)
# A flight to a named place or abroad counts refugees, not evacuees: "have fled to Poland".
_ABROAD = re.compile(
    r"^[^.;!?]*?\b(?:fled|evacuated|displaced)\s+(?:(?:to|into|across)\s+(?:neighbou?ring\s+)?"
    r"(?P<to>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)|(?P<away>abroad|overseas|across\s+the\s+border))"
)
# Displacement that lasts is not one event's evacuation: "remain displaced", "for years".
_LASTING = re.compile(
    r"^[^.;!?]*?\b(?:remain(?:s|ed)?|still|for\s+(?:years|decades|months)|over\s+the\s+(?:past|last)|years\s+after)\b", re.I
)
_PLACE_AFTER = re.compile(r"^\s*(?P<prep>in|at|across|from)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_PLACE_OPENING = re.compile(r"^\s*(?:[Ii]n|[Aa]cross)\s+(?:neighbou?ring\s+|the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_ON_BOARD = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:on\s+board|aboard)\b")
# What a vessel, vehicle or venue can take, not what it took: "a capacity of", "designed to carry".
_CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity\s+(?:of|for)|maximum\s+of|room\s+for|space\s+for|seats|seating"
    r"|(?:designed|built|licensed|certified|rated|meant|intended|able|allowed|permitted|authori[sz]ed|approved)"
    r"\s+to\s+(?:carry|hold|take|seat|transport|accommodate)"
    r"|(?:can|could|cannot|can't)\s+(?:carry|hold|take|seat|accommodate))\s+" + _QUALIFIER_TAIL + "$",
    re.I,
)
# A load being carried: "was carrying more than 400 passengers"; "had"/"with" only before "passengers".
_CARRYING = re.compile(r"\b(?:carrying|carried|transporting|ferrying)\s+" + _QUALIFIER_TAIL + "$", re.I)
_CARRYING_PASSENGERS = re.compile(r"\b(?:had|has|with)\s+" + _QUALIFIER_TAIL + "$", re.I)
# "300 passengers and 12 crew": the passengers alone, not everyone aboard.
_CREW_BESIDE = re.compile(
    rf"^\s*passengers?\s*,?\s+(?:and|plus|as\s+well\s+as)\s+(?:\d[\d,]*|{_WORD_NUMBER})\s+(?:[a-z]+\s+)?crew", re.I
)
# "between 300 and 400 passengers" is one count that may be anything from 300 to 400.
_AT_A_TIME = re.compile(r"^\s*[a-z]+\s+at\s+a\s+time\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_NEXT = re.compile(rf"\s+and\s+(?:[$£€]?\d|(?:{_WORD_NUMBER})\b)", re.I)
_AND = re.compile(r"\s+and\s+")
# A currency named in words after a sum takes the symbol the sum would be written with.
CURRENCY_WORDS = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$"}
_CURRENCY_WORD = re.compile(r"\s*(" + "|".join(CURRENCY_WORDS) + r")\b", re.I)
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.I)
# Words that open a sentence before a count and say how many, not which: "Another 40 prisoners".
_OPENING_QUANTIFIERS = frozenset(
    "another nearly almost around roughly approximately exactly precisely several fewer barely".split()
)
_LABEL_BEFORE = re.compile(r"\b[A-Z][\w-]*\s?$|\b(?:No|no|number|aged|age|page|article|resolution|flight|route)\.?\s$")


# "Dumont, 67, was arrested", "Anna Varga, 47, will be sworn in": a person's age between commas.
_AGE_AFTER_NAME = re.compile(r"\b(?P<name>[A-Z][a-z][\w'’-]*),\s*$")
_AGE_CLOSES = re.compile(r"\s*(?:,|\band\b)")


@dataclass(frozen=True)
class FoundNumber:
    value: float
    qualifier: str | None
    slot: str  # "people killed", "people injured in Bangkok", "ministers"
    local: bool  # a slot too ordinary to compare across the whole story ("days", "percent")
    text: str
    start: int
    end: int
    unit: str | None = None  # "percent", or the currency of a sum ("£", "$")
    floor: float | None = None  # the first figure of "between 300 and 400"
    factor: float = 1.0  # a length: metres to the unit it is written in ("2,300 feet")

    @property
    def measured(self) -> float:
        """The value in the unit it is compared in: a length in whole metres."""
        return self.value if self.factor == 1.0 else float(round(self.value * self.factor))

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of true values the wording allows, in the unit it is compared in."""
        low, high = self._written_bounds()
        return low * self.factor, high * self.factor

    def _written_bounds(self) -> tuple[float, float]:
        x = self.value
        if self.floor is not None:  # "between 300 and 400"
            return self.floor, x
        kind = QUALIFIERS.get(self.qualifier or "", None) if self.qualifier != "or more" else "low"
        if kind == "low":
            return x, math.inf
        if kind == "high":
            return 0.0, x
        if kind == "near":
            return x * 0.85, x
        if kind == "approx":
            return x * 0.9, x * 1.1
        if x >= 100 and x % 100 == 0:
            # A round number is often a rounded one: it stands for the values that round to
            # it. "45,000" stands for 44,500 to 45,500, "40,000" for 35,000 to 45,000 (half a
            # unit of its last significant digit); "100,000" for 95,000 to 150,000, since
            # below 100,000 a value rounds to the ten thousand (80,000 stays 80,000). The
            # top is left out, as in rounding half up: "2,000" and "3,000" do not meet.
            unit = 100
            while x % (unit * 10) == 0:
                unit *= 10
            return x - (unit / 20 if x == unit else unit / 2), math.nextafter(x + unit / 2, 0.0)
        return x, x


def _is_label(before: str) -> bool:
    """A number right after a name or a label word ("Boeing 737", "Article 5"); not one after
    a capitalised word that only opens a sentence ("The 66-year-old", "All 40 passengers",
    "Another 40 prisoners")."""
    label = _LABEL_BEFORE.search(before)
    return label is not None and label.group().strip().lower() not in STOP_WORDS | _OPENING_QUANTIFIERS


def plain(value: float) -> str:
    """A number as a plain decimal: 2389, 6.4, 1500000."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def find_numbers(
    text: str, masked: list[tuple[int, int]], unread: list[FoundNumber] | None = None
) -> list[FoundNumber]:
    """Every count in a paragraph whose slot can be read; `masked` spans (dates, times) are
    skipped. The counts whose slot cannot be read go to `unread`, with slot "", when given."""
    out = []
    floor: tuple[float, bool, int, int] | None = None  # "between 300 and": value, scaled, start, end
    for m in NUMBER_PATTERN.finditer(text):
        if any(s <= m.start() < e for s, e in masked):
            continue
        start, end = m.start(), m.end()
        value = _value(m)
        if value is None:
            continue
        scale = _SCALE_AFTER.match(text, end)
        glued = bool(scale and scale.start("scale") == end)  # "1.2bn", "530m", "300k"
        # "5 m" is metres, "$5m" money; glued to a bare figure, "bn" and "tn" are scales
        # still, and "m" before a plural noun ("530m users"); "5m" and "300k" alone are not
        bare_scale = glued and (
            scale.group("scale").lower() in ("bn", "tn")
            or scale.group("scale").lower() == "m" and _MILLIONS_OF.match(text, scale.end())
        )
        scaled = bool(scale and (len(scale.group("scale")) > 2 or m.group("currency") or bare_scale))
        before = text[max(0, start - 60) : start]
        if glued and not scaled and _depth(text, end, before) is None:
            continue  # "5m", "300k" glued to a number without a currency: metres, a distance run
        if scale and scaled:
            value *= SCALES[scale.group("scale").lower()]
            end = scale.end()
        between = _BETWEEN.search(before)
        if between and _AND_NEXT.match(text, end):
            floor = (value, scaled, start - (len(before) - between.start()), end)
            continue
        low, floor = (floor, None) if floor and _AND.fullmatch(text, floor[3], start) else (None, None)
        slot_at = start
        qualifier = None
        q = _QUALIFIER_BEFORE.search(before)
        if low:
            # "between 3 and 4 million": the first figure takes the second's scale
            low = (low[0] if low[1] or not scaled else low[0] * SCALES[scale.group("scale").lower()],) + low[1:]
            said = " ".join(text[low[2] : low[3]].split()[1:])  # the first figure as written: "5,000"
            qualifier, slot_at, start = f"between {said} and", low[2], low[2]
        elif q:
            qualifier = " ".join(q.group("q").lower().split())
            start = start - (len(before) - q.start())
        elif m.group("digits") and not m.group("currency") and _is_label(before) and not _PERCENT.match(text, end):
            continue  # "Boeing 737", "Article 5", "aged 45": names and labels, not counts ("Ortiz 43%" is a share)
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
        depth = _depth(text, end, before)
        if depth is not None:
            factor, end = depth
            out.append(FoundNumber(value, qualifier, "depth (m)", False, text[start:end].strip(), start, end, None, None, factor))
            continue
        if m.group("glued") in ("km", "ft"):
            continue  # "10km", "300ft" that no depth: of what, the words do not say
        currency = m.group("currency")
        said = _CURRENCY_WORD.match(after)
        if said and not currency:  # "1.2 billion euros" is the sum "€1.2bn" is
            currency, after = CURRENCY_WORDS[said.group(1).lower()], after[said.end() :]
        slot = _slot(after, text[max(0, slot_at - 100) : slot_at], currency)
        bottom = low[0] if low and low[0] <= value else None
        if low and bottom is None:
            continue  # "between 400 and 300": not a range to trust
        if slot is None:
            if unread is not None:
                said = text[start:end].strip()
                unread.append(FoundNumber(value, qualifier, "", True, said, start, end, None, bottom))
            continue
        label, local = slot
        head = label.split(" in ")[0].split(" at ")[0].split(" from ")[0]
        if head == "evacuated":
            label = _displacement(after) + label[len(head) :]
        elif head in HARMS:
            label = "people " + label  # "145 deaths", "2,389 injured": "people killed", "people injured"
        unit = currency or next((u for u in ("percent", "age") if label == u or label.startswith(u + " (")), None)
        out.append(FoundNumber(value, qualifier, label, local, text[start:end].strip(), start, end, unit, bottom))
    return out


def _depth(text: str, end: int, before: str) -> tuple[float, int] | None:
    """How far down something is, when a length is said to be below ground ("700 metres
    underground", "some 700m (2,300ft) underground", "at a depth of 700m"): metres per
    unit, and where the unit ends."""
    unit = _LENGTH_AFTER.match(text, end)
    if unit is None or not (_BELOW.match(text, unit.end()) or _DEPTH_OF.search(before)):
        return None
    return LENGTHS[unit.group("unit").lower()], unit.end("unit")


def _value(m: re.Match) -> float | None:
    if m.group("half"):
        return 0.5
    if m.group("digits"):
        return float(m.group("digits").replace(",", ""))
    words = m.group("words").lower().replace("-", " ").split()
    total = 0.0
    for word in words:
        total += TENS.get(word, 0) + UNITS.get(word, 0)
    return total or None


def _slot(after: str, before: str, currency: str | None) -> tuple[str, bool] | None:
    """The counted slot, and whether it is only worth comparing inside one cluster."""
    raw = _WORD.findall(after[:60])
    if raw and raw[0][0].isupper():
        return None  # "10 Downing Street", "three Russian soldiers": a name follows, not a count noun
    words = [w.lower() for w in raw]
    if currency:
        return (f"{_money_noun(words)} ({currency})", True)
    if not words:
        return None
    first = words[0]
    if first in ("%", "percent") or (first == "per" and words[1:2] == ["cent"]):
        return (_what("percent", before), True)
    if first == "-" and len(words) > 1 and re.fullmatch(r"(?:year|month|week|day)s?-old", words[1]):
        who = words[2] if len(words) > 2 and words[2].isalpha() and words[2] not in STOP_WORDS else ""
        return (f"age{' (' + who + ')' if who else ''}", True)  # "a 71-year-old man"
    if first == "-" and len(words) > 1:
        unit = words[1]
        if unit not in TIME_UNITS:
            return None
        custody = _custody(unit, words[2:], before)
        return (custody or unit + (" " + words[2] if len(words) > 2 and words[2].isalpha() else ""), True)
    if first in TIME_UNITS:
        return (_custody(first, words[1:], before) or _span_of(first, words[1:]) or _what(first, before), True)
    if _CAPACITY_BEFORE.search(before):
        noun = first if first in CARRIED or _noun_like(first) else ""
        return (f"capacity ({noun})" if noun else "capacity", True)  # what it can take, not what it took
    aboard = _aboard(first, words, after, before)
    if aboard:
        return aboard
    if _left_home(first, after, before):
        return ("evacuated" + (place_after(after) or _place_before(before)), False)
    counted = counted_slot(after, before, _sentence_around(before, after))
    if counted:
        return (counted + (place_after(after) or _place_before(before)), False)
    if first in LINKING:  # "3,408 were injured", "145 have died"
        rest = [w for w in words[1:4] if w not in LINKING]
        if rest and rest[0] in SYNONYMS:
            return (SYNONYMS[rest[0]] + (place_after(after) or _place_before(before)), False)
        if rest and rest[0].endswith("ed") and rest[0].isalpha() and rest[0] not in STOP_WORDS:
            # "5,000 were evacuated"; "40 were pulled out alive" are survivors
            at = words.index(rest[0])
            head = "survived" if _alive(words[at : at + 8]) else rest[0]
            return (head + (place_after(after) or _place_before(before)), False)
    if not first.isalpha() or first in STOP_WORDS and first not in PEOPLE:
        found = _slot_from_before(before, generic=False, bare=not first.isalpha() or first in UNSAID_NOUN)
        return (found[0] + (place_after(after) or _place_before(before)), found[1]) if found else None
    head = SYNONYMS.get(first, first)
    index = 1
    while index < len(words) and words[index] in LINKING:
        index += 1
    follower = words[index] if index < len(words) else ""
    generic = first in PEOPLE or first in RESIDENTS and _leaving(follower, before)
    marked = first in SYNONYMS
    if generic and _alive(words[1:8]):  # "41 people were rescued alive", "40 people were found alive"
        return ("survived" + (place_after(after) or _place_before(before)), False)
    if follower in SYNONYMS or (follower.endswith("ed") and follower.isalpha() and (index > 1 or generic)):
        participle = SYNONYMS.get(follower, follower)
        if generic:
            head = participle
        else:  # "three soldiers died" are "soldiers killed"; "500,000 refugees fled" stay refugees
            head = f"{first} {follower if participle == 'evacuated' else participle}"
        marked = True
    elif generic:
        from_before = _slot_from_before(before, generic=True)
        if from_before:
            return (from_before[0] + (place_after(after) or _place_before(before)), from_before[1])
    elif not marked and index == 1 and _noun_like(follower):
        head = f"{first} {follower}"  # "four fishing boats": the slot is "fishing boats"
    elif not marked and index == 1 and first not in MEASURES and (of := _head_of(words[1:])):
        head = f"{of} {first}"  # "100,000 doses of oral vaccine" are "vaccine doses"
    place = place_after(after) or _place_before(before)
    # A bare count ("two countries", "500 soldiers") is compared only where the point is the same.
    return (head + place, not (marked or place))


def _sentence_around(before: str, after: str) -> str:
    """The words of a count's sentence that `before` and `after` hold."""
    return re.split(r"[.!?]\s", before)[-1] + " " + re.split(r"[.!?](?:\s|$)", after)[0]


def _left_home(first: str, after: str, before: str) -> bool:
    """Whether a count is of people made to leave their homes ("forced 12,000 from their
    homes", "the evacuation of 10,000 people"), not of those told to ("ordered to evacuate")."""
    if _ORDERED.search(before):
        return False
    return bool(_LEFT_HOME.match(after) or (first in PEOPLE or first in RESIDENTS) and _EVACUATION_OF.search(before))


def _leaving(follower: str, before: str) -> bool:
    """Whether residents counted are said to leave: "12,000 residents fled", "displaced 30,000 residents"."""
    verb = _VERB_BEFORE.search(before)
    return SYNONYMS.get(follower) == "evacuated" or bool(verb and SYNONYMS.get(verb.group("verb").lower()) == "evacuated")


def _displacement(after: str) -> str:
    """People made to leave are "people evacuated", whatever the verb, unless the words say
    they crossed to a named place or abroad ("have fled to Poland": "people fled to Poland")
    or have been away long ("remain displaced years after": "people displaced")."""
    abroad = _ABROAD.match(after)
    if abroad:
        return "people fled " + ("to " + abroad.group("to") if abroad.group("to") else abroad.group("away"))
    return "people displaced" if _LASTING.match(after) else "people evacuated"


def _money_noun(words: list[str]) -> str:
    """What a sum is: the noun right after it ("a $5 million fine") or after "in" or "of"
    ("$10 million in aid", "$2bn of debt"); "$4.3 billion in the third quarter" says only
    when, so two sums of one quarter (revenue, profit) are not one slot."""
    if words and words[0].isalpha() and words[0] not in STOP_WORDS:
        return words[0]
    if words[:1] in (["in"], ["of"]) and len(words) > 1 and words[1].isalpha() and words[1] not in STOP_WORDS:
        return words[1]
    return "amount"


def _what(unit: str, before: str) -> str:
    """A share or a duration is about the words just before it: "inflation rose to 3%"
    and "core inflation was 2.8%" are two slots."""
    clause = _QUALIFIER_BEFORE.sub("", re.split(r"[,;:.!?()\d]", before)[-1])  # "rose roughly 3%" is "rose"
    words = [w.lower() for w in _WORD.findall(clause) if w.isalpha() and w.lower() not in STOP_WORDS]
    return f"{unit} ({' '.join(words[-2:])})" if words else unit


def _span_of(unit: str, rest: list[str]) -> str | None:
    """A span of something: "four days of national mourning" is "days of mourning", the head
    of the phrase after "of"; "three days of ceasefire" is another slot."""
    head = _head_of(rest) if unit in DURATIONS else None
    if not head:
        return None
    return f"{unit if unit.endswith('s') else unit + 's'} of {head}"


def _head_of(rest: list[str]) -> str | None:
    """The head of an "of" phrase: "of oral vaccine last week" is "vaccine"."""
    if rest[:1] != ["of"]:
        return None
    phrase = rest[2:] if rest[1:2] in (["the"], ["a"], ["an"]) else rest[1:]
    head = None
    for word in phrase[:3]:
        if not _noun_like(word) or word in UNITS or word in TENS or word in SCALES or _names_a_time(word):
            break
        head = word
    return head


def _names_a_time(word: str) -> bool:
    """Words that open a time after a phrase: "last week", "next month", "Friday"."""
    return word in TIME_UNITS or word in CALENDAR or word in ("last", "next", "ago")


# "sentenced to six years", "jailed for seven years": a term of custody.
_SENTENCED_TO = re.compile(r"\b(?:sentenced|jailed|imprisoned)\s+(?:\w+\s+){0,3}?(?:to|for)\s+(?:(?:at\s+least|more\s+than|nearly|about|up\s+to)\s+)?$", re.I)


def _custody(unit: str, rest: list[str], before: str) -> str | None:
    """The length of a sentence to custody, as one slot ("years in prison")."""
    if unit not in DURATIONS:
        return None
    units = unit if unit.endswith("s") else unit + "s"
    if rest[:1] == ["in"] and rest[1:2] and rest[1] in CUSTODY or rest[:2] == ["behind", "bars"]:
        return f"{units} in prison"
    if rest[:1] and (rest[0] in CUSTODY or rest[0] in ("sentence", "term")) or _SENTENCED_TO.search(before):
        return f"{units} in prison"
    return None


def _aboard(noun: str, words: list[str], after: str, before: str) -> tuple[str, bool] | None:
    """Everyone a vessel or vehicle carries: "265 people on board", "carrying more than 400
    passengers". Not passengers counted beside a crew ("300 passengers and 12 crew"), nor
    those aboard who met a fate ("40 people on board were killed": a toll)."""
    if noun not in CARRIED or _CREW_BESIDE.match(after):
        return None
    on_board = _ON_BOARD.match(after)
    if on_board:
        rest = [w.lower() for w in _WORD.findall(after[on_board.end() :])][:4]
        fate = next((w for w in rest if w not in LINKING), "")
        linked = rest[:1] != [fate]  # "were evacuated", not "overturned" (what the vessel did)
        if fate in SYNONYMS or (linked and fate.endswith("ed") and fate.isalpha()):
            return (SYNONYMS.get(fate, fate), False)
        return ("people on board", False)
    carrying = _CARRYING.search(before) or (noun.startswith("passenger") and _CARRYING_PASSENGERS.search(before))
    fate = next((w for w in words[1:4] if w not in LINKING), "")
    # Not "carrying 40 people to safety" (a rescue), nor "2 million passengers a year" (traffic).
    if carrying and fate not in SYNONYMS and fate not in NOT_A_LOAD and not _AT_A_TIME.match(after):
        return ("people on board", False)
    return None


def _alive(words: list[str]) -> bool:
    """Whether the clause after a count says its people came out alive ("were rescued
    alive"); "buried alive" and "burned alive" say the opposite."""
    previous = ""
    for word in words:
        if word == "alive":
            return previous not in ("buried", "burned", "burnt")
        if not word.isalpha():
            return False
        previous = word
    return False


def _counted(phrase: str) -> str | None:
    """The harm a "number of ..." phrase counts: "people killed in the capsizing", "dead",
    "confirmed deaths", "people who have died"; or the participle after people ("people
    evacuated"). Not a harm further on ("homes destroyed by the quake that killed")."""
    words = [w.lower() for w in _WORD.findall(phrase) if w.isalpha()]
    for i, word in enumerate(words[:4]):
        if word in SYNONYMS:
            return SYNONYMS[word]
        if i and (words[i - 1] in PEOPLE or words[i - 1] == "those") and word.endswith("ed") and word not in STOP_WORDS:
            return word
        if word in STOP_WORDS and word not in ("the", "those", "who", "have", "has", "had", "been", "were", "was"):
            return None
    return None


def _noun_like(word: str) -> bool:
    return (
        word.isalpha() and word not in STOP_WORDS and word not in PREPOSITIONS and word not in LINKING
        and not word.endswith("ed") and word not in SYNONYMS
    )


def _slot_from_before(before: str, generic: bool, bare: bool = False) -> tuple[str, bool] | None:
    """The slot from the words before a count: a toll ("death toll rose to"), or a verb
    ("killed 145 people"; with no noun after the count, only a verb of harm: "killed 145.")."""
    number_of = _NUMBER_OF.search(before)
    toll = _TOLL_BEFORE.search(before)
    bare_toll = _BARE_TOLL.search(before)
    if any(m and _forecast(before[m.start() :]) for m in (number_of, toll, bare_toll)):
        return None  # "the toll could rise to 300", "is expected to reach": a forecast, not a count
    counted = _counted(number_of.group("phrase")) if number_of else None
    if counted:
        return (counted, False)
    if (not toll or toll.group("noun").lower() in TOLL_WORDS) and bare_toll:
        return ("killed", False)  # "the toll has climbed to 224": in news, a toll is of the dead
    if toll and toll.group("noun").lower() not in STOP_WORDS and toll.group("noun").lower() not in TOLL_WORDS:
        noun = toll.group("noun").lower()
        return ({"death": "killed", "injury": "injured", "casualty": "casualties", "fatality": "killed"}.get(noun, noun), False)
    verb = _VERB_BEFORE.search(before)
    if verb and (generic or (bare and verb.group("verb").lower() in SYNONYMS and not _other_noun_shared(before))):
        word = verb.group("verb").lower()
        return (SYNONYMS.get(word, word), False)
    return None


# "infected 300 cattle and killed 56": the count after the verb shares the noun of the one before.
_SHARED_NOUN = re.compile(
    rf"(?:\d|\b(?:{_WORD_NUMBER})\b)[\d,.]*\s+(?P<noun>[a-z]+)\s+(?:and|but)\s+(?:(?:have|has|had)\s+)?[a-z]+\s+[a-z ]*$",
    re.I,
)


def _other_noun_shared(before: str) -> bool:
    """Whether a bare count after a verb takes, from the count coordinated before it, a noun
    that is not of people: "infected 300 cattle and killed 56" counts no people killed."""
    shared = _SHARED_NOUN.search(before)
    return shared is not None and shared.group("noun").lower() not in PEOPLE | RESIDENTS


def _forecast(words_to_figure: str) -> bool:
    """Whether the clause that hands a toll its figure forecasts it ("could rise to", "is
    expected to reach"); a forecast in an aside ("the toll, which could rise, stood at")
    does not count."""
    return _PROJECTED.search(re.split(r"[,;:()—–]", words_to_figure)[-1]) is not None


def _place_before(before: str) -> str:
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
    rest = re.sub(r"^\s*(?:[A-Za-z]+\s+){0,3}?(?=(?:in|at|across|from)\s+(?:the\s+)?[A-Z])", " ", after, count=1)
    if _ON_BOARD.match(after):
        return " on board"
    place = _PLACE_AFTER.match(rest)
    if place and not _calendar(place.group("place")):
        return f" {place.group('prep')} {place.group('place')}"
    return ""
