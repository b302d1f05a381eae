"""Split an article's text into paragraphs that remember the line they start on.

Also finds the headline and a publication dateline, which belong to the article
rather than to any cluster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
# One to four capitalised words: a byline's name ("Jane Roe") or an outlet's ("CBS News").
_NAME_WORDS = r"(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,3}"
# "By Jane Roe | ", "Jane Roe, ": a byline before the date.
_BYLINE_LEAD = (
    r"(?:(?:by\s+)?(?!(?:on|in|at|as|of|from|since|until|after|before|during)\b)" + _NAME_WORDS + r"\s*[|,•·]\s*"
    # a blog's "Posted by riversidewriter on ", "Written by Jane Roe on "
    r"|(?:posted|written|published)\s+by\s+@?[\w.-]+(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+on\s+)?"
)
# "By Jane Roe, Reuters • 3 min read • ", "Analysis · Dana Horvath, Infrastructure
# correspondent · ": parts of a byline before the word or the date that dates it.
_PARTS_LEAD = (
    r"(?:(?:[^•·|\n]{1,60}\s*[•·|]\s*){1,3}(?=(?:first\s+)?(?:published|posted|updated)\b|\d"
    r"|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s))?"
)
_ZONE = r"(?-i:[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?"  # "GMT", "IST", "GMT+1", "UTC+05:30"
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"  # "6:04pm", "06:04:56 PM", "18.04"
_LEAD = (
    _PARTS_LEAD
    + _BYLINE_LEAD
    + r"(?:(?:first\s+published|published|posted|updated|last\s+updated|last\s+modified|modified|date)"
    r"(?:\s+on)?\s*:?\s*)?"
    r"(?:" + _CLOCK + r"\s*(?:" + _ZONE + r")?,?\s+)?"  # "Updated 3:45 PM GMT, March 5, 2025"
)
_DATELINE_PATTERNS = (
    # Wednesday, December 18, 2024 / Dec. 18 2024
    re.compile(_LEAD + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
    # 18 December 2024 / Wednesday 18 December, 2024
    re.compile(_LEAD + _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I),
    # 2024-12-18, 2024-12-18T09:15:00Z
    re.compile(
        _LEAD + r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
        re.I,
    ),
    # 18.12.2024: written with dots, day first everywhere ("12/03/2025" is left alone: its
    # order depends on the country)
    re.compile(_LEAD + r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})", re.I),
)
# After the date: a time and its zone, then a byline or the outlet's name
# ("Posted on May 3, 2024 at 9:15 am by Rhys Evans", "March 14, 2025 / 10:32 AM / CBS News").
_TIME_TAIL = re.compile(
    r"^[\s,|/•·-]*(?:at\s+)?(?:" + _CLOCK + r"(?:,?\s*" + _ZONE + r"\b)?)?"
    r"(?:[\s,|/•·-]*\d{1,3}\s*min(?:ute)?s?\s+read)?"  # "12 March 2025 • 6 min read"
    # when the page was last changed: "Updated 2 hours ago", "Updated 3:10 PM"
    r"(?:[\s,|/•·-]*(?:last\s+)?updated\s+(?:\d{1,3}\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago"
    r"|" + _CLOCK + r"(?:,?\s*" + _ZONE + r"\b)?))?"
    r"(?:[\s,|/•·-]*by\s+(?:" + _NAME_WORDS + r"|@?[\w.-]{3,20})"
    r"|\s*[|/•·]\s*" + _NAME_WORDS + r")?\s*$",
    re.I,
)

SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
# Wrapped lines stop joining once a paragraph would pass this length, so that no
# paragraph makes alignment crawl (its cost grows with the square of the length). Single
# lines are already cut to this length when an article is read.
MAX_PARAGRAPH_CHARS = 20_000


@dataclass(frozen=True)
class RawParagraph:
    line: int
    text: str


def split_paragraphs(text: str) -> list[RawParagraph]:
    """Split text into paragraphs: one per line, except lines that are hard-wrapped.

    Web copies put one paragraph on a line; plain-text articles wrap long paragraphs
    over several lines. A line joins the next one only when it is long and does not end
    a sentence, and the next line continues it (no blank line, no list or heading mark,
    no dateline). The first paragraph, the headline, never takes the line below it.
    """
    paragraphs: list[RawParagraph] = []
    start = 0
    buffer: list[str] = []
    size = 0
    lines = text.split("\n")
    width = _wrap_width(lines)
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            if buffer:
                paragraphs.append(RawParagraph(start, " ".join(buffer)))
                buffer = []
            continue
        if (
            buffer and paragraphs and _continues(buffer[-1], stripped, width)
            and size + len(stripped) < MAX_PARAGRAPH_CHARS
        ):
            buffer.append(stripped)
            size += len(stripped) + 1
            continue
        if buffer:
            paragraphs.append(RawParagraph(start, " ".join(buffer)))
        buffer = [stripped]
        size = len(stripped)
        start = number
    if buffer:
        paragraphs.append(RawParagraph(start, " ".join(buffer)))
    return paragraphs


def _continues(previous: str, line: str, width: int) -> bool:
    if len(previous) < 50 or SENTENCE_END.search(previous):
        return False
    if re.match(r"^(?:[-*+•#>]|\d+[.)])\s", line):
        return False
    if (line[:1].isupper() or line[:1].isdigit()) and len(previous) + 1 + len(line.split(maxsplit=1)[0]) <= width:
        return False  # its first word would have fit on the line above: no wrap put it here
    if _OWN_LINE.match(line):
        return False  # "Rachel Okafor Technology editor" under a standfirst: a byline, not its end
    if _WIRE_OPENING.match(line):
        return False  # "VIENNA, March 4 (Reuters) - ..." under a caption: a story's first paragraph
    return parse_dateline(line) is None


# Lines that stand alone under a headline or standfirst without a full stop: two to five
# capitalised words and a role's word or two, a byline ("Rachel Okafor Technology editor";
# the last line of wrapped prose ends its sentence, this one ends none), and a reading time
# ("4 min read").
_OWN_LINE = re.compile(
    r"^(?:[Bb]y:?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}(?:\s+[a-z]+){0,2}$|^\d{1,3}\s*min(?:ute)?s?\s+read\b"
)

# A wire story's first line: its place in capitals, perhaps a date, the agency in brackets
# and a dash ("VIENNA, March 4 (Reuters) - ", "JACKSON, Tenn. (KXLN) — "). It starts a
# paragraph even under a line that ends no sentence (a picture's caption).
_WIRE_OPENING = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3},?(?:\s+[^()]{1,30})?\s*\([A-Za-z .&-]{1,30}\)\s*(?:—|–|--?)\s"
)


def _wrap_width(lines: list[str]) -> int:
    """How long the article's lines of 50 characters or more run: nine in ten are no longer.
    Hard-wrapped text keeps them near the wrap; a web copy (a paragraph a line) runs far past
    its list items, so a list item there is not read as a wrapped line ("Five miners remain
    trapped" below "... to the surface alive since the weekend")."""
    lengths = sorted(n for n in (len(line.strip()) for line in lines) if n >= 50)
    return lengths[(len(lengths) - 1) * 9 // 10] if lengths else 0


def parse_dateline(text: str) -> str | None:
    """The ISO date of a line that is only a date (a dateline), else None."""
    text = text.strip()
    if len(text) > 100:
        return None
    for pattern in _DATELINE_PATTERNS:
        match = pattern.match(text)
        if match and _TIME_TAIL.match(text[match.end() :]):
            return _iso(match)
    return _slash_date(text) if "/" in text else None


# "18/12/2024", "Last Updated: 18/12/2024 10:05": a date written with slashes, read only when
# one of its first two numbers is past 12 and so must be the day ("12/18/2024" is month
# first, as the United States writes it); "03/04/2025" is March 4 in one country and 3
# April in another, and is left unread.
_SLASH_DATE = re.compile(_LEAD + r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})", re.I)


def _slash_date(text: str) -> str | None:
    match = _SLASH_DATE.match(text)
    if not match or not _TIME_TAIL.match(text[match.end() :]):
        return None
    first, second = int(match.group("day")), int(match.group("month"))
    if first > 12:
        return _iso(match)
    if second > 12:
        return _iso_date(match.group("year"), first, second)
    return None  # either could be the month


def _iso_date(year: str, month: int, day: int) -> str | None:
    try:
        return date(int(year), month, day).isoformat()
    except ValueError:
        return None


# A wire story's first paragraph can open with its place and date: "MWANZA, Tanzania,
# Sept. 21, 2025 — " or "NEW YORK, March 3, 2024 (Reuters) - ". LEAD_END is the agency and
# the dash that close it.
_LEAD_PLACE = r"(?-i:(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}){0,2})),?\s+"
LEAD_END = r"\s*(?:\([A-Za-z .&-]{1,30}\)\s*)?(?:—|–|--?)\s"
_LEAD_DATELINES = tuple(re.compile(_LEAD_PLACE + p.pattern + LEAD_END, re.I) for p in _DATELINE_PATTERNS)
_NOT_A_PLACE = frozenset("on in by at as of from since until after before during".split())


def lead_dateline(text: str) -> str | None:
    """The ISO date of a dateline that opens a paragraph, as wire copy writes it:
    "MWANZA, Tanzania, Sept. 21, 2025 — At least 136 people..." A date elsewhere ("On
    Sept. 21, 2025, ...") says when something happened, not when the story was written."""
    for pattern in _LEAD_DATELINES:
        match = pattern.match(text)
        if match and match.group("place").split()[0].lower() not in _NOT_A_PLACE:
            return _iso(match)
    return None


def _iso(match: re.Match[str]) -> str | None:
    month_text = match.group("month").lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
    day, year = int(match.group("day")), int(match.group("year"))
    if month and 1 <= month <= 12 and 1800 <= year <= 2200:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    return None
