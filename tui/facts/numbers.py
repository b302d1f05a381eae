"""Counts in running text: the number, its qualifier, and the slot it counts.

"at least 2,389 people were injured" gives 2389, "at least", slot "people injured".
The slot is read from the words after the number ("145 deaths", "10 killed in
Bangkok") or, when those say only "people", from the verb or toll before it
("killed 145 people", "the death toll rose to 1,644"). A number whose slot
cannot be read is left out: it could not be compared safely.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..tokens import STOP_WORDS

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12, "bn": 10**9, "m": 10**6}
_UNIT_WORDS = "|".join(sorted((u for u in UNITS if u != "one"), key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
_WORD_NUMBER = rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}|one))?|{_UNIT_WORDS})"
NUMBER_PATTERN = re.compile(
    r"(?P<currency>[$£€])?(?<![\w.,/-])(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w/]|[.,]\d|-\d)"
    rf"|(?<![\w-])(?P<words>{_WORD_NUMBER})(?![\w-])",
    re.I,
)
_SCALE_AFTER = re.compile(r"\s*(?P<scale>hundred|thousand|million|billion|trillion|bn\b|m\b)", re.I)
QUALIFIERS = {
    "at least": "low", "more than": "low", "over": "low", "above": "low", "upwards of": "low",
    "in excess of": "low", "just over": "low", "well over": "low", "no fewer than": "low", "no less than": "low",
    "nearly": "near", "almost": "near", "close to": "near", "just under": "near", "just shy of": "near",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "up to": "high", "as many as": "high", "at most": "high", "fewer than": "high", "less than": "high",
    "under": "high", "no more than": "high",
}
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+") + r")\s+$", re.I
)
_OR_MORE = re.compile(r"^\s*(?:\+|or\s+more\b|and\s+more\b|plus\b)", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]")
_TOLL_BEFORE = re.compile(
    r"\b(?P<noun>death|injury|casualty|fatality|[a-z]+)\s+(?:toll|count|tally|total|number)\b[^.;]{0,60}?(?:to|at|of|reached|hit|is|was|stands\s+at|stood\s+at)?\s*$",
    re.I,
)
_NUMBER_OF = re.compile(r"\b(?:number|count|tally|total)\s+of\s+(?:the\s+)?(?P<noun>[a-z]+)\b[^.;\d]{0,30}$", re.I)
_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+ed|killing|injuring|wounding|hurt)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|around\s+|some\s+)?$", re.I)
PEOPLE = frozenset({"people", "persons", "individuals", "others", "person"})
LINKING = frozenset(
    {"were", "was", "have", "has", "had", "been", "are", "is", "being", "remain", "remained", "remains",
     "reportedly", "reported", "confirmed", "feared", "believed", "now", "still", "also", "being"}
)
SYNONYMS = {
    "dead": "killed", "deaths": "killed", "death": "killed", "killed": "killed", "died": "killed",
    "fatalities": "killed", "lives": "killed", "bodies": "killed", "perished": "killed", "fatality": "killed",
    "killing": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "injuring": "injured", "wounding": "injured",
    "missing": "missing", "unaccounted": "missing",
}
HARMS = frozenset({"killed", "injured", "missing"})
TIME_UNITS = frozenset(
    {"year", "years", "decade", "decades", "month", "months", "week", "weeks", "day", "days", "hour",
     "hours", "minute", "minutes", "second", "seconds", "century", "centuries", "times", "percent", "per", "%"}
)
_PLACE_AFTER = re.compile(r"^\s*(?P<prep>in|at|across|from)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_PLACE_OPENING = re.compile(r"^\s*(?:[Ii]n|[Aa]cross)\s+(?:neighbou?ring\s+|the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_ON_BOARD = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:on\s+board|aboard)\b")
_LABEL_BEFORE = re.compile(r"\b[A-Z][\w-]*\s?$|\b(?:No|no|number|aged|age|page|article|resolution|flight|route)\.?\s$")


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

    @property
    def bounds(self) -> tuple[float, float]:
        """The range of true values the wording allows."""
        x = self.value
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
            # A round number is often a rounded one: "45,000" stands for 44,500 to 45,500,
            # "40,000" for 35,000 to 45,000 (half a unit of its last significant digit).
            unit = 100
            while x % (unit * 10) == 0:
                unit *= 10
            return x - unit / 2, x + unit / 2
        return x, x


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
    for m in NUMBER_PATTERN.finditer(text):
        if any(s <= m.start() < e for s, e in masked):
            continue
        start, end = m.start(), m.end()
        value = _value(m)
        if value is None:
            continue
        scale = _SCALE_AFTER.match(text, end)
        if scale and (len(scale.group("scale")) > 2 or m.group("currency")):  # "5 m" is metres, "$5m" is money
            value *= SCALES[scale.group("scale").lower()]
            end = scale.end()
        before = text[max(0, start - 60) : start]
        qualifier = None
        q = _QUALIFIER_BEFORE.search(before)
        if q:
            qualifier = " ".join(q.group("q").lower().split())
            start = start - (len(before) - q.start())
        elif m.group("digits") and _LABEL_BEFORE.search(before):
            continue  # "Boeing 737", "Article 5", "aged 45": names and labels, not counts
        after = text[end : end + 80]
        more = _OR_MORE.match(after)
        if more and qualifier is None:
            qualifier, after, end = "or more", after[more.end() :], end + more.end()
        slot = _slot(after, text[max(0, m.start() - 100) : m.start()], m.group("currency"))
        if slot is None:
            if unread is not None:
                unread.append(FoundNumber(value, qualifier, "", True, text[start:end].strip(), start, end))
            continue
        label, local = slot
        if label.split(" in ")[0].split(" at ")[0] in HARMS:
            label = "people " + label  # "145 deaths", "2,389 injured": "people killed", "people injured"
        unit = m.group("currency") or ("percent" if label == "percent" or label.startswith("percent (") else None)
        out.append(FoundNumber(value, qualifier, label, local, text[start:end].strip(), start, end, unit))
    return out


def _value(m: re.Match) -> float | None:
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
        noun = next((w for w in words[:3] if w.isalpha() and w not in STOP_WORDS), "")
        return (f"{noun or 'amount'} ({currency})", True)
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
        return (unit + (" " + words[2] if len(words) > 2 and words[2].isalpha() else ""), True) if unit in TIME_UNITS else None
    if first in TIME_UNITS:
        return (_what(first, before), True)
    if first in LINKING:  # "3,408 were injured", "145 have died"
        rest = [w for w in words[1:4] if w not in LINKING]
        if rest and rest[0] in SYNONYMS:
            return (SYNONYMS[rest[0]] + (_place(after) or _place_before(before)), False)
    if not first.isalpha() or first in STOP_WORDS and first not in PEOPLE:
        found = _slot_from_before(before, generic=False, bare=not first.isalpha())
        return (found[0] + (_place(after) or _place_before(before)), found[1]) if found else None
    head = SYNONYMS.get(first, first)
    index = 1
    generic = first in PEOPLE
    while index < len(words) and words[index] in LINKING:
        index += 1
    follower = words[index] if index < len(words) else ""
    marked = first in SYNONYMS
    if follower in SYNONYMS or (follower.endswith("ed") and follower.isalpha() and (index > 1 or generic)):
        participle = SYNONYMS.get(follower, follower)
        head = participle if generic else f"{first} {participle}"
        marked = True
    elif generic:
        from_before = _slot_from_before(before, generic=True)
        if from_before:
            return (from_before[0] + (_place(after) or _place_before(before)), from_before[1])
    elif not marked and index == 1 and _noun_like(follower):
        head = f"{first} {follower}"  # "four fishing boats": the slot is "fishing boats"
    place = _place(after) or _place_before(before)
    # A bare count ("two countries", "500 soldiers") is compared only where the point is the same.
    return (head + place, not (marked or place))


def _what(unit: str, before: str) -> str:
    """A share or a duration is about the words just before it: "inflation rose to 3%"
    and "core inflation was 2.8%" are two slots."""
    clause = re.split(r"[,;:.!?()\d]", before)[-1]
    words = [w.lower() for w in _WORD.findall(clause) if w.isalpha() and w.lower() not in STOP_WORDS]
    return f"{unit} ({' '.join(words[-2:])})" if words else unit


# Prepositions the stop words leave out: "9,000 households across the valley" counts households.
PREPOSITIONS = frozenset("across along alongside around behind beside beyond inside near outside throughout onto past".split())


def _noun_like(word: str) -> bool:
    return (
        word.isalpha() and word not in STOP_WORDS and word not in PREPOSITIONS and word not in LINKING
        and not word.endswith("ed") and word not in SYNONYMS
    )


def _slot_from_before(before: str, generic: bool, bare: bool = False) -> tuple[str, bool] | None:
    """The slot from the words before a count: a toll ("death toll rose to"), or a verb
    ("killed 145 people"; with no noun after the count, only a verb of harm: "killed 145.")."""
    number_of = _NUMBER_OF.search(before)
    if number_of and number_of.group("noun").lower() in SYNONYMS:
        return (SYNONYMS[number_of.group("noun").lower()], False)
    toll = _TOLL_BEFORE.search(before)
    if toll and toll.group("noun").lower() not in STOP_WORDS:
        noun = toll.group("noun").lower()
        return ({"death": "killed", "injury": "injured", "casualty": "casualties", "fatality": "killed"}.get(noun, noun), False)
    verb = _VERB_BEFORE.search(before)
    if verb and (generic or (bare and verb.group("verb").lower() in SYNONYMS)):
        word = verb.group("verb").lower()
        return (SYNONYMS.get(word, word), False)
    return None


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
        if m.group("place").split()[0].lower() not in CALENDAR:
            found = f" in {m.group('place')}"
    return found


def _place(after: str) -> str:
    """Where the counted thing happened, when the text says so right after: " in Bangkok"."""
    rest = re.sub(r"^\s*(?:[A-Za-z]+\s+){0,3}?(?=(?:in|at|across|from)\s+(?:the\s+)?[A-Z])", " ", after, count=1)
    if _ON_BOARD.match(after):
        return " on board"
    place = _PLACE_AFTER.match(rest)
    if place and place.group("place").split()[0].lower() not in CALENDAR:
        return f" {place.group('prep')} {place.group('place')}"
    return ""
