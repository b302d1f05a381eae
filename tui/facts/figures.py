"""A figure as written: digits or words ("2,389", "forty-five", "1.2bn", "half a
million"), the qualifier before it ("at least", "nearly") and the range of true values
the wording allows ("about 1,200" is 1,080 to 1,320; a round "40,000" is a rounded one)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12, "bn": 10**9, "m": 10**6, "tn": 10**12, "k": 1_000, "dozen": 12}
_UNIT_WORDS = "|".join(sorted((u for u in UNITS if u != "one"), key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
WORD_NUMBER = rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}|one))?|{_UNIT_WORDS})"
# Scale words a figure in words may be "a" of: "a million", "half a dozen", "one and a half million".
_SCALE_WORDS = "hundred|thousand|million|billion|trillion|dozen"
_AND_A_HALF = r"(?:\s+and\s+a\s+half|-and-a-half)\b"
NUMBER_PATTERN = re.compile(
    r"(?P<currency>[$£€])?(?<![\w.,/-])(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?=(?P<glued>bn|tn|m|k|km|ft|pc)\b)|(?![\w/]|[.,]\d|-\d))"
    # "four", "twenty-one", "four and a half"; "one" only before a scale or a half ("one of" is none)
    rf"|(?<![\w-])(?P<words>{WORD_NUMBER}|one(?={_AND_A_HALF}|\s+(?:{_SCALE_WORDS})\b))(?P<and_half>{_AND_A_HALF})?(?![\w-])"
    rf"|(?<![\w-])(?P<article>an?)(?=\s+(?:{_SCALE_WORDS})\b)"  # "a million", "a dozen"
    rf"|\b(?P<half>half\s+an?)(?=\s+(?:{_SCALE_WORDS})\b)",  # "half a billion", "half a dozen"
    re.I,
)
SCALE_AFTER = re.compile(r"\s*(?P<scale>hundred|thousand|million|billion|trillion|dozen\b|bn\b|tn\b|m\b|k\b)", re.I)
# A figure in words goes on past "hundred": "two hundred and fifty", "a hundred thousand".
_PAST_HUNDRED = re.compile(
    rf"(?:(?:\s+and)?[\s-]+(?P<rest>{WORD_NUMBER}|one)(?![\w-])(?!\s+(?:hundred|dozen)\b))?"
    r"(?:\s+(?P<larger>thousand|million|billion)\b)?",
    re.I,
)
# A bare "530m" before a count noun in the plural is millions ("530m users", "2m people");
# before anything else it is metres or nothing to tell ("a 5m wall", "5m high").
MILLIONS_OF = re.compile(r"\s+(?:people|[a-z]*[a-rt-z]s)\b")
QUALIFIERS = {
    "at least": "low", "more than": "low", "over": "low", "above": "low", "upwards of": "low",
    "in excess of": "low", "just over": "low", "well over": "low", "no fewer than": "low", "no less than": "low",
    "nearly": "near", "almost": "near", "close to": "near", "just under": "near", "just shy of": "near",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "up to": "high", "as many as": "high", "at most": "high", "fewer than": "high", "less than": "high",
    "under": "high", "no more than": "high", "as much as": "high", "as high as": "high",
}
# How far a figure converted from another unit may be off, by rounding: half a percent.
CONVERSION_SLACK = 0.005
QUALIFIER_WORDS = "|".join(sorted(QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+")
QUALIFIER_BEFORE = re.compile(r"\b(?P<q>" + QUALIFIER_WORDS + r")\s+$", re.I)
# A qualifier, if any, between the words before a figure and the figure: "reached at least ".
QUALIFIER_TAIL = r"(?:(?:" + QUALIFIER_WORDS + r")\s+)?"
# The words and signs around a figure, one by one: "people", "-", "%".
WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]")


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
    whole: bool = False  # the whole a part is taken from: 151 of "64 of the 151 seats"

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
            # Sums of money are told to two figures: "€300m" stands for €295m to €305m.
            unit = 100
            while x % (unit * 10) == 0:
                unit *= 10
            while self.unit not in (None, "percent", "age") and unit * 10 > x:
                unit /= 10  # a sum is rounded to two figures at most: "300 million euros" is not €350m
            return x - (unit / 20 if x == unit else unit / 2), math.nextafter(x + unit / 2, 0.0)
        if self.factor != 1.0:
            # Told in another unit, a figure was rounded from a conversion, or will be
            # converted: "161 mph" (259.1 km/h) meets "259 km/h"; "two miles" (3,219 m) is
            # not "3 km".
            return x * (1 - CONVERSION_SLACK), x * (1 + CONVERSION_SLACK)
        return x, x


def plain(value: float) -> str:
    """A number as a plain decimal: 2389, 6.4, 1500000."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def figure_value(m: re.Match) -> float | None:
    if m.group("half"):
        return 0.5
    if m.group("article"):
        return 1.0  # "a million": the scale follows
    if m.group("digits"):
        return float(m.group("digits").replace(",", ""))
    total = words_value(m.group("words")) + (0.5 if m.group("and_half") else 0.0)
    return total or None


def past_hundred(text: str, end: int, value: float) -> tuple[float, int]:
    """A figure in words that goes on past "hundred" ("two hundred and fifty", "a hundred
    thousand", "three hundred and twenty thousand"): its value, and where it ends. Not
    into another figure ("between two hundred and three hundred")."""
    more = _PAST_HUNDRED.match(text, end)
    if more.group("rest"):
        value += words_value(more.group("rest"))
    if more.group("larger"):
        value *= SCALES[more.group("larger").lower()]
    return value, more.end()


def words_value(words: str) -> float:
    """"twenty-one" is 21, "four" 4."""
    return sum(TENS.get(word, 0) + UNITS.get(word, 0) for word in words.lower().replace("-", " ").split())
