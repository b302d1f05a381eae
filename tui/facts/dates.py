"""Dates in running text, as ISO strings with the precision the text gives.

Full ("December 18, 2024"), partial ("August 2021", "late 2023", "March 31", "2003")
and relative ("on Tuesday", "last month"). A relative date is resolved against the
article's publication date when there is one; otherwise it stays as written and is
never compared. A day or month without its year stays without it ("--03-31"): two
outlets publishing on either side of that day would otherwise give it two years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..segmenting import MONTHS
from .text import sentence_of

_MONTH_NAMES = sorted({k for k in MONTHS if k != "may"} | {"may"}, key=len, reverse=True)
_ANY_MONTH = "|".join(m.capitalize() for m in _MONTH_NAMES)
_FULL_MONTHS = sorted(
    "january february march april june july august september october november december".split(), key=len, reverse=True
)
_FULL_MONTH = "|".join(m.capitalize() for m in _FULL_MONTHS)  # never "May": a word too
_SHORT_MONTH = "|".join(m.capitalize() for m in _MONTH_NAMES if m not in _FULL_MONTHS and m != "may")
# Only a short name takes its full stop ("Sept."): "in March." ends a sentence.
MONTH = r"(?P<{name}>(?:" + _FULL_MONTH + r"|May)(?![a-z])|(?:" + _SHORT_MONTH + r")(?![a-z])\.?)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_PREFIX = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:1[89]|20)\d\d)(?!\d|,\d|\.\d)"
# "on Thursday 20 March", "Friday, March 14": the weekday is read with its date, not alone.
_DATE_AFTER = rf"(?!,?\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:{_ANY_MONTH})\b|(?:{_ANY_MONTH})\.?\s+[0-3]?\d\b))"
_PART = r"(?P<{name}>early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[\s-]+"

DATE_PATTERN = re.compile(
    r"\b(?=[\dA-Zeltmnoy])(?:"  # every date starts a word: rejects most positions at once
    + "|".join(
        (
            r"\b(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b",
            _WEEKDAY_PREFIX + MONTH.format(name="m1") + r"\s+" + _DAY.format(name="d1") + r"\b(?:,?\s+" + _YEAR.format(name="y1") + r")?",
            _WEEKDAY_PREFIX + r"\b" + _DAY.format(name="d2") + r"\s+" + MONTH.format(name="m2") + r"(?:,?\s+" + _YEAR.format(name="y2") + r")?",
            r"(?:" + _PART.format(name="part3") + r")?" + MONTH.format(name="m3") + r",?\s+" + _YEAR.format(name="y3"),
            r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Ff]rom\s)|(?<=\b[Dd]uring\s)|(?<=\b[Ll]ast\s)|(?<=\b[Tt]his\s)|(?<=\b[Ee]arly\s)|(?<=\b[Ll]ate\s)|(?<=\b[Mm]id-))"
            + MONTH.format(name="m4")
            + r"(?!\s+\d)",
            # a month named between two lower-case words ("made it clear February that"),
            # never "May", never an abbreviation, never before a name or a number
            r"(?<=[a-z] )(?P<m6>" + _FULL_MONTH + r")(?=\s+[a-z])",
            r"(?:\b" + _PART.format(name="part5") + r")?(?<![\d,.$£€-])\b" + _YEAR.format(name="y5") + r"(?P<decade>s)?\b(?!\s*(?:%|percent|per\s+cent|people|persons)\b)",
            r"\b(?P<rel>yesterday|today|tonight|(?:last|this|next)\s+(?:week|month|year)|(?:on\s+)?(?:last\s+|next\s+|this\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
            + _DATE_AFTER,
        )
    )
    + ")"
)
# Words that put a day ahead. An expectation told in the past tense is still ahead of the
# report: "the creek was expected to crest on Wednesday", in Tuesday's paper.
_FORWARD = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|(?:is|are|was|were)\s+expected|scheduled|planned|next)\b", re.I
)
# What "could" or "may" happen is ahead too ("rain could fall through Thursday"), unless it
# "could have"; told in the weekday's own clause only, as these words are common.
_MAYBE = re.compile(r"\b(?:could|may|might)\b(?!\s+have\b)", re.I)
_CLAUSE_START = re.compile(r".*(?:[,;:]|\s(?:and|but))\s", re.S)
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")
_YEAR_BEFORE = re.compile(r"\b(?:the|in|since|of|by|until|from|during|early|late|mid|before|after|its|their|'s)\W*$", re.I)
# The year a range of months ends on is its first month's too: "between June and August 2024".
_RANGE_YEAR = re.compile(
    r"\s+(?:and|to|through|until|-|–)\s+(?:May|" + _FULL_MONTH + r")\s+((?:1[89]|20)\d\d)\b"
)
# A wire dateline opening a paragraph ("DUBLIN, Oct 14 (Wire) - ") dates the report, not an event in it.
_DATELINE_BEFORE = re.compile(r"(?:[A-Z][A-Z.'’-]+[ \t]?)+,(?:[ \t]+[A-Z][\w.'’]*,?){0,3}[ \t]+")
_DATELINE_AFTER = re.compile(r",?(?:[ \t]+\d{4})?[ \t]*(?:\([^()]{1,40}\)[ \t]*)?[—–-][ \t]")
_QUALIFIED_YEAR = re.compile(r"(?:at\s+least|more\s+than|about|around|some|nearly|over|than)\s+$", re.I)


@dataclass(frozen=True)
class FoundDate:
    value: str  # "2024-12-18", "2021-08", "2003"; relative ones unresolved: "last month"
    text: str
    start: int
    end: int
    part: str | None = None  # "early", "mid", "late"
    resolved: bool = True
    relative: str | None = None  # "friday", "last month": how the text said it, when relative


def find_dates(text: str, published: str | None) -> list[FoundDate]:
    """Every date in a paragraph; `published` (ISO) resolves the relative ones."""
    out = []
    pub = _parse_iso(published)
    for m in DATE_PATTERN.finditer(text):
        if _DATELINE_BEFORE.fullmatch(text, 0, m.start()) and _DATELINE_AFTER.match(text, m.end()):
            continue
        g = m.groupdict()
        part = _part(g.get("part3") or g.get("part5"))
        if g["iso_y"]:
            value = f"{g['iso_y']}-{g['iso_m']}-{g['iso_d']}"
        elif g["m1"] or g["m2"]:
            month = _month(g["m1"] or g["m2"])
            day = int(g["d1"] or g["d2"])
            year = g["y1"] or g["y2"]
            if not 1 <= day <= 31:
                continue
            if year:
                value = f"{year}-{month:02d}-{day:02d}"
            else:  # outlets publishing on both sides of a new year would give it two years
                out.append(FoundDate(f"--{month:02d}-{day:02d}", m.group(), m.start(), m.end(), None, False))
                continue
        elif g["m3"]:
            value = f"{g['y3']}-{_month(g['m3']):02d}"
        elif g["m6"] or g["m4"]:
            month = _month(g["m6"] or g["m4"])
            if (g["m4"] or "").lower().startswith("may") and not re.search(r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast)\s$", text[: m.start()]):
                continue
            year = _RANGE_YEAR.match(text, m.end())
            if year:  # "between June and August 2024", "from March to May 2023": of that year
                out.append(FoundDate(f"{year.group(1)}-{month:02d}", m.group(), m.start(), m.end()))
                continue
            out.append(FoundDate(f"--{month:02d}", m.group(), m.start(), m.end(), None, False))
            continue
        elif g["y5"]:
            if g["decade"] or _QUALIFIED_YEAR.search(text[max(0, m.start() - 14) : m.start()]):
                continue
            if _COUNTED_AFTER.match(text, m.end()) and not _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "sent 1800 soldiers": a count; "the 2021 elections" stays a year
            value = g["y5"]
        else:
            found = _relative(g["rel"], pub, _told_ahead(text, m.start(), m.end()))
            if found is None:
                continue
            value, resolved = found
            relative = " ".join(g["rel"].lower().split()).removeprefix("on ")
            out.append(FoundDate(value, m.group(), m.start(), m.end(), None, resolved, relative))
            continue
        out.append(FoundDate(value, m.group(), m.start(), m.end(), part))
    return out


def compatible(a: str, b: str) -> bool:
    """Dates agree when one is a coarser form of the other ("2021" and "2021-08"); a day
    without its year ("--03-28") is held to the month and day of the other."""
    if a.startswith("--") or b.startswith("--"):
        a, b = _month_day(a), _month_day(b)
    return a.startswith(b) or b.startswith(a)


def _month_day(value: str) -> str:
    return value[2:] if value.startswith("--") else value[5:]


def _part(words: str | None) -> str | None:
    if not words:
        return None
    words = " ".join(words.lower().split())
    return {"the end of": "late", "the start of": "early", "the beginning of": "early"}.get(words, words)


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# The words that put a weekday ahead, in its own clause: "will strike on Friday", "talks are
# due on Monday"; or an intention, with the weekday after what is intended: "agreed to talks
# with union leaders on Friday", "threatened to walk out on Monday" ("agreed on Friday to
# meet" agreed on the past Friday).
_INTENDED = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!had\s)\b(?:agree[sd]?|plans?|intends?|promised|pledged|vowed|threatened|set|due|expected)"
    r"\s+to\s+\w+\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:and|but)\s")
# "will strike from Monday", "an open-ended strike from Monday": from a day on, which is to
# come; not a span that ended ("from Monday to Wednesday") nor one told in the past tense.
_OPENS = re.compile(r"[\s\"'“‘(]*(?:On\s+)?")
_FROM = re.compile(r"\bfrom\s+$", re.I)
_SPAN = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s", re.I)
_PAST = re.compile(r"\b(?:was|were|had|has\s+been|have\s+been)\b", re.I)
# A weekday between a verb and its infinitive dates the verb: "agreed on Thursday to meet".
_INFINITIVE_AFTER = re.compile(r"\s+to\s+[a-z]+\b")


def _told_ahead(text: str, start: int, end: int) -> bool:
    """Whether the clause of a weekday at `start`-`end` tells of days to come: a word of the
    future from its sentence's start to the clause's end, or anywhere in a sentence it opens
    ("accepted it late on Tuesday and called off a strike it had planned for next week" is
    of the past Tuesday); a day "from" which something starts; an intention before it."""
    sentence_start, sentence_end = sentence_of(text, start)
    stop = _CLAUSE_END.search(text, end)
    if _OPENS.fullmatch(text, sentence_start, start):  # "On Friday, the union will strike"
        stop = None
    window = text[sentence_start : stop.start() if stop else sentence_end]
    if _INFINITIVE_AFTER.match(text, end):
        window = text[sentence_start:start]  # "agreed on Thursday to hold their next meeting": agreed on the past Thursday
    if _FROM.search(text, max(0, start - 6), start) and not _SPAN.match(text, end) and not _PAST.search(window):
        return True
    if _FORWARD.search(window) or _INTENDED.search(text, sentence_start, start):
        return True
    opening = _CLAUSE_START.match(text, sentence_start, start)
    return _MAYBE.search(text, opening.end() if opening else sentence_start, start) is not None


def _relative(words: str, pub: date | None, ahead: bool) -> tuple[str, bool] | None:
    lower = " ".join(words.lower().split())
    if lower.startswith("on "):
        lower = lower[3:]
    if pub is None:
        return lower, False
    if lower in ("today", "tonight"):
        return pub.isoformat(), True
    if lower == "yesterday":
        return (pub - timedelta(days=1)).isoformat(), True
    shift, _, unit = lower.rpartition(" ") if " " in lower else ("", "", lower)
    if unit in WEEKDAYS:
        target = WEEKDAYS.index(unit)
        if shift == "next":  # the weekday of the week after: "next Thursday", said on a Wednesday, is in eight days
            return (pub + timedelta(days=7 - pub.weekday() + target)).isoformat(), True
        if shift != "last" and ahead:
            days = (target - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=days)).isoformat(), True
        days = (pub.weekday() - target) % 7
        return (pub - timedelta(days=days)).isoformat(), True
    step = {"last": -1, "this": 0, "next": 1}[shift]
    if unit == "year":
        return str(pub.year + step), True
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}", True
    return None  # "last week" says no day
