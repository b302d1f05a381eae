"""Turn one paragraph into facts: dates, times and counts with the slot each is about."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..models import Paragraph
from ..tokens import STOP_WORDS, stem
from .claims import DETERMINERS, MAX_SCOPE, NEGATION, FoundClaim, find_denials
from .dates import WEEKDAYS, FoundDate, find_dates
from .deeds import deed_denials
from .group_deeds import group_denials
from .mentions import Mention
from .names import NameIndex
from .counted import is_batch
from .crowds import read_crowds
from .offers import read_offers
from .numbers import FoundNumber, find_numbers, plain
from .passive import passive_denials
from .places import Unread
from .records import Found
from .shares import read_shares
from .stances import stance_claims
from .text import WORD, clause_of, clause_spans, sentence_of
from .times import find_times, paired_moments

# Past forms that do not end in -ed, and nouns of events, name what a date is about.
IRREGULAR_PAST = frozenset(
    """
    took seized began begun came fell struck hit made held won lost left met rose sent became broke
    ran went gave set shot caught fled led built sold bought paid spent fought drew swept brought
    began arose sank stood wrote spoke chose froze grew knew threw flew
    """.split()
)
# A date next to "said" dates the statement, not the event: outlets quote different statements.
REPORTING = frozenset(
    "said told stated reported noted wrote explained commented claimed quoted posted tweeted asked replied".split()
)
# Verbs news prose uses interchangeably for one event: "was arrested in November 2023" and
# "was detained in October 2023" date one arrest. Each meets the first word of its group.
# "Killed" and "died" stay apart: a toll is told "have died since the heatwave began on
# July 6", and the date near the verb is often another event's.
EVENT_SYNONYMS = (
    "arrested detained apprehended",
    "capsized overturned sank flipped",
    "sentenced jailed imprisoned",
    "released freed",
    "struck hit jolted",
    "resigned quit",
    "approved adopted passed",
    "banned outlawed prohibited",
    "began started",
    "opened inaugurated",
    "seized captured",
)
_EVENT_STEM = {stem(word): stem(group.split()[0]) for group in EVENT_SYNONYMS for word in group.split()}
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should", "must", "to"})
# After a form of "be" or "have" stands a participle, however it is formed: "was read",
# "had been shut"; not an adjective ("was likely", "was peaceful").
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})
# A clause that opens on these tells another event than the moment beside it.
_OTHER_EVENT = re.compile(r"\s*(?:after|before|since|until|which|who|that)\b", re.I)
_ADJECTIVE = re.compile(r"(?:y|ful|ous|ive|able|ible|ic|al|ant|ent)$")
_EVENT_NOUN = re.compile(r"(?:wal|val|sal|tion|sion|ment)$")
PAST_DAYS = 45
# A verb after "and" starts another deed than the one a date right before it tells.
_JOINED = re.compile(r"\b(?:and|but|then)\b", re.I)
# Before a participle, these make it describe a noun ("the trapped men"); "that" may be a
# relative pronoun before a verb ("a report that warned").
_DESCRIBING = DETERMINERS - {"that", "this"}
_BOUND = re.compile(r"\b(?:before|after|by|until|till|to|ahead\s+of|prior\s+to|no\s+later\s+than)\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)
# The year a change is measured from: "down from 63.1 percent in 2021", "up from 22.5% in
# 2021", "than 40 in 2019". It dates the old figure, no event of the story.
_BASELINE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to))\s+(?:about\s+|around\s+|nearly\s+)?[$€£]?\d[\d.,]*"
    r"(?:\s*%|\s+(?:per\s*cent|percent|points?|[a-z]+(?:\s+[a-z]+)?))?\s+in\s+$",
    re.I,
)
# "July to September", "between June and August": the first end of a span of time, no one date.
_RANGE_ON = re.compile(r"\s*(?:(?P<and>and)|to|through|till|until|[-–])\s*", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
# "police said on Tuesday", "told reporters on Monday", "said in a statement on Friday": the
# date of a statement, which outlets quote from different days, not of what it tells.
_SAID_ON = re.compile(
    r"\b(?:" + "|".join(sorted(REPORTING)) + r")(?:\s+(?:reporters|journalists|parliament|lawmakers|[A-Z]\w+))?"
    r"(?:\s+(?:in|at)\s+an?\s+(?:statement|interview|briefing|news\s+conference|press\s+conference))?\s+(?:on\s+)?$"
)
_TALLY = re.compile(r"\b(?P<yes>\d{1,4})\s*(?:votes?\s+)?(?:to|-|–)\s*(?P<no>\d{1,4})\b(?!\s*(?:[-–/:.]\d|%|percent|per\s+cent))")
_VOTE = re.compile(r"\bvot(?:e|es|ed|ing)\b|\bballots?\b|\bmargin\b|\bruling\b|\bdecision\b|\bverdict\b", re.I)
_TALLY_VERB = re.compile(r"\b(?:passed|approved|confirmed|rejected|defeated|adopted|upheld|overturned)\b[^.;]{0,30}$", re.I)
_OTHER_TIME = re.compile(
    r"\b(?:previous(?:ly)?|earlier|prior|similar|another|former|past|last\s+time|in\s+total|so\s+far\s+this\s+year)\b", re.I
)


def paragraph_facts(
    paragraph: Paragraph,
    published: str | None,
    mentions: list[Mention],
    names: NameIndex,
    dates: list[FoundDate] | None = None,
) -> tuple[list[Found], list[FoundClaim], list[Unread]]:
    """Dates, times and numbers of a paragraph as `Found`, the claims it denies (and the
    stances it tells either way), and the dates and counts it says nothing of what they are
    about (see `places`). `dates`, when given, are the paragraph's `find_dates(text, published)`."""
    text, article, line = paragraph.text, paragraph.article, paragraph.line
    named = [(m, names.canonical_of(m.text) or m.text) for m in mentions]
    out: list[Found] = []
    unread: list[Unread] = []
    dates = find_dates(text, published) if dates is None else dates
    times = find_times(text)
    masked = [(d.start, d.end) for d in dates] + [(t.start, t.end) for t in times]
    spans = [(d.start, d.end) for d in dates]
    for d in dates:
        if _SAID_ON.search(text, max(0, d.start - 60), d.start):
            out.append(Found("date", "said", d.value, d.text, article, line, None, None, qualifier=d.part,
                             relative=d.relative, start=d.start, end=d.end))
            continue
        event = _next_meeting(text, d.start, spans) or _event(text, d.start, d.end, named, spans)
        # "on Friday" with no dateline, or "by 2026", "before March", says no one date
        bound = (
            _BOUND.search(text, max(0, d.start - 12), d.start)
            or _BASELINE.search(text, max(0, d.start - 60), d.start)
            or _opens_span(text, d, dates)
            or _denied(text, d.start)
        )
        comparable = (d.resolved or d.value.startswith("--")) and not bound
        # An unresolved weekday still names a day: inside a cluster, where the articles tell
        # one event, "on Wednesday" and "on Thursday" disagree.
        weekday = not d.resolved and d.value in WEEKDAYS and not bound
        local = (event[0],) if event and (comparable or weekday) else None
        story = (event[0], event[2]) if event and event[2] and comparable else None
        slot = _event_label(event) if event else "date"
        fact = Found(
            "date", slot, d.value, d.text, article, line, local, story,
            qualifier=d.part, relative=d.relative, start=d.start, end=d.end,
        )
        out.append(fact)
        if event is None and comparable:
            unread.append(Unread(fact, d.start, d.end))
    paired = paired_moments(text, times)
    for i, t in enumerate(times):
        event = _event(text, t.start, t.end, named, spans)
        # "after 9pm", "by noon" bound a moment without naming it: nothing to compare
        local = ((event[0],) if event else ("time of day",)) if t.comparable else None
        story = (event[0], event[2]) if event and event[2] and t.comparable else None
        slot = _event_label(event) if event else "time"
        low, high = t.bounds
        out.append(
            Found(
                "time", slot, t.value, t.text, article, line, local, story, t.qualifier, low, high,
                utc_minutes=paired.get(i, t.minutes_utc), zone=t.zone,
            )
        )
    for tally in _TALLY.finditer(text):
        if any(s <= tally.start() < e for s, e in masked) or not (
            _VOTE.search(text, max(0, tally.start() - 40), min(len(text), tally.end() + 15))
            or _TALLY_VERB.search(text[max(0, tally.start() - 40) : tally.start()])
        ):
            continue
        # "a vote of 312 to 198", "voting 310 to 200", "passed 52-48": for and against.
        masked.append((tally.start(), tally.end()))
        for slot, group in (("votes for", "yes"), ("votes against", "no")):
            value = tally.group(group)
            out.append(
                Found(
                    "number", slot, value, tally.group(), article, line, (slot, None), None,
                    low=float(value), high=float(value), start=tally.start(), end=tally.end(),
                )
            )
    timeline = [(d.start, d.value, _is_past(d.value, published)) for d in dates if d.resolved]
    bare: list[FoundNumber] = []
    context: frozenset[str] | None = None  # read once, for the paragraph's first share or sum
    for n in read_offers(read_shares(read_crowds(find_numbers(text, masked, bare), bare, text), text, named), text):
        when = _day_of(text, n.start, dates) if is_batch(n.slot) else _when(text, n.start, timeline)
        # The whole of "64 of the 151 seats" is never held against a part ("won 19 seats").
        key = (n.slot, when, "whole") if n.whole else (n.slot, when)
        story = None if n.local or when == "earlier" else key
        low, high = n.bounds
        measured = n.unit is not None and n.unit != "age"  # a share or a sum
        if measured and context is None:
            context = frozenset(w.lower() for w in WORD.findall(text))
        out.append(
            Found(
                "number", n.slot, plain(n.measured), n.text, article, line, key, story,
                n.qualifier, low, high, start=n.start, end=n.end, unit=n.unit,
                context=context if measured else frozenset(), final=_told_final(text, n.start),
            )
        )
    for n in bare:
        low, high = n.bounds
        fact = Found("number", "", plain(n.value), n.text, article, line, None, None, n.qualifier, low, high)
        unread.append(Unread(fact, n.start, n.end))
    # Every way a paragraph denies something: an act on a name, a passive, a deed; and the
    # stances told either way in opposite words ("accepted", "rejected").
    denials = (
        find_denials(text, named) + passive_denials(text, named) + deed_denials(text, named) + group_denials(text)
        + stance_claims(text, named)
    )
    return out, denials, unread


def _denied(text: str, start: int) -> bool:
    """Whether a date is of a deed its clause denies ("had not been inspected since 2022",
    "was never paid in March"): the day a thing did not happen is no day of it."""
    c_start, _ = clause_of(text, start)
    return any(len(WORD.findall(text, n.end(), start)) <= MAX_SCOPE for n in NEGATION.finditer(text, c_start, start))


def _opens_span(text: str, d: FoundDate, dates: list[FoundDate]) -> bool:
    """Whether a date is the first end of a span ("for July to September", "between June and
    August"); "on January 25 and April 14" are two dates."""
    joined = _RANGE_ON.match(text, d.end)
    if joined is None or not any(o.start == joined.end() for o in dates):
        return False
    return not joined.group("and") or _BETWEEN.search(text, max(0, d.start - 12), d.start) is not None


def dateline_reading(dates: list[FoundDate], published: str | None) -> tuple:
    """All that the facts of a paragraph take from its article's dateline: how its relative
    dates resolve and which of its dates are past. Two copies of a text that read the same
    give the same facts."""
    return tuple((d.value, d.resolved) for d in dates if d.relative) + tuple(
        _is_past(d.value, published) for d in dates if d.resolved
    )


def _is_past(value: str, published: str | None) -> bool:
    """A date well before the article's own time: a count told with it is about another time."""
    if not published:
        return len(value) <= 7  # "in 2016", "in March 2019"; a full date may be today's
    if len(value) == 4:
        return value < published[:4]
    try:
        then = date.fromisoformat(value if len(value) == 10 else value + "-28")
        return (date.fromisoformat(published[:10]) - then).days > PAST_DAYS
    except ValueError:
        return False


def _when(text: str, offset: int, timeline: list[tuple[int, str, bool]]) -> str | None:
    """What time a count is told for, when its sentence says it is not the story's own:
    the date nearest to it in its sentence, when that date is past ("in 2015, 9,000
    died"), or "earlier" for a word like "previous". "On Thursday the court sentenced him
    to seven years for bribes taken between 2016 and 2021" tells the count of Thursday."""
    start, end = sentence_of(text, offset)
    nearest = min(
        ((abs(position - offset), value, past) for position, value, past in timeline if start <= position < end),
        default=None,
    )
    if nearest is not None and nearest[2]:
        return nearest[1][:7]
    if _tells_other_time(text, start, end):
        return "earlier"
    return None


def _day_of(text: str, offset: int, dates: list[FoundDate]) -> str | None:
    """The day a batch is told of: the date nearest to its count in its sentence, resolved
    or not ("friday"); a date it is counted up to or from ("since Friday", "by Sunday") is
    kept apart from the day of one batch. None when its sentence names no date."""
    start, end = sentence_of(text, offset)
    nearest = min((d for d in dates if start <= d.start < end), key=lambda d: abs(d.start - offset), default=None)
    if nearest is None:
        return None
    window = text[max(0, nearest.start - 12) : nearest.start]
    bound = _BOUND.search(window) or _SINCE.search(window)
    return f"{bound.group().split()[0].lower()} {nearest.value}" if bound else nearest.value


@lru_cache(maxsize=256)
def _tells_other_time(text: str, start: int, end: int) -> bool:
    """Whether a sentence speaks of another time ("previous", "earlier"): asked once per
    sentence, however many counts it holds."""
    return _OTHER_TIME.search(text, start, end) is not None


def _event(text: str, start: int, end: int, named: list[tuple[Mention, str]], dates: list[tuple[int, int]] = ()):
    """The nearest event word to a date or time in its clause, else in the rest of its
    sentence ("The flood, in August 1996, forced ..."), but for a clause that tells another
    event ("after a trial that lasted"); else a participle in its clause ("was read at
    10:15"); its stem, and the names around it."""
    sentence = sentence_of(text, start)
    clause = clause_of(text, start, end)
    # Not from a clause that holds a date of its own: in "in 1979, which ended in 1989",
    # 1979 is not when it ended.
    taken = tuple(
        (a, b) for a, b in clause_spans(text, *sentence)
        if (a, b) != clause and any(a <= d < b for d, _ in dates if d != start)
    )
    others = taken + tuple(
        (a, b) for a, b in clause_spans(text, *sentence) if (a, b) != clause and _OTHER_EVENT.match(text, a, b)
    )
    for (c_start, c_end), skip, participles in (
        (clause, (), False), (sentence, others, False), (clause, (), True), (sentence, taken, True)
    ):
        best = _nearest_event(text, c_start, c_end, start, end, skip, participles)
        if best is not None:
            break
    else:
        return None
    inside = [c for m, c in named if c_start <= m.start < c_end and not start <= m.start < end]  # not "IST"
    word_stem = stem(best)
    return _EVENT_STEM.get(word_stem, word_stem), best, frozenset(inside), tuple(dict.fromkeys(inside))


def _nearest_event(
    text: str, c_start: int, c_end: int, start: int, end: int, taken=(), participles: bool = False
) -> str | None:
    """A verb in the past ("took", "was added"), after a modal ("will reopen"), or a noun of
    an event ("withdrawal", "announcement"), and with `participles` a participle after an
    auxiliary ("was read", "was rebuilt"); not a verb of saying."""
    best: tuple[int, str] | None = None
    previous, previous_end = "", c_start
    for m in WORD.finditer(text, c_start, c_end):
        word = m.group()
        inside = start <= m.start() < end  # the date's own words: "May 2019" has no modal
        if text[previous_end : m.start()].strip():
            previous = ""  # a figure between: "belonging to 530 million" has no verb after "to"
        lower, after_modal = word.lower(), previous in MODALS
        participle = previous in AUXILIARIES and not _ADJECTIVE.search(lower)
        described = previous in _DESCRIBING and lower.endswith("ed")  # "the trapped men": an adjective
        previous, previous_end = ("" if inside else lower), m.end()
        if inside or word[0].isupper() or not lower.isalpha() or len(lower) < 4 or described:
            continue
        if taken and any(a <= m.start() < b for a, b in taken):
            continue
        if lower in STOP_WORDS and lower not in IRREGULAR_PAST:  # "made" is both
            continue
        event = lower.endswith("ed") or lower in IRREGULAR_PAST or _EVENT_NOUN.search(lower) or after_modal
        if lower in REPORTING or not (event or participles and participle):
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if m.start() >= end and _JOINED.search(text, end, m.start()):
            distance += len(text)  # "detained since March 2024 and sentenced": the date is the detention's
        if best is None or distance < best[0]:
            best = (distance, word)
    return best[1] if best else None


# "agreed to meet again in March", "hold their next meeting on March 14", "the next summit
# will be held in April": a story's parties have one next meeting, whoever the clause names.
_NEXT_MEETING = re.compile(
    r"\b(?:next|another|further)\s+(?:meeting|summit|round\s+of\s+talks|round|talks|session)\b"
    r"|\b(?:meet|convene|gather)\s+again\b",
    re.I,
)
NEXT_MEETING = ("next meeting", "next meeting", frozenset({"next meeting"}), ())


def _next_meeting(text: str, start: int, dates: list[tuple[int, int]]):
    """The next meeting, when it is told between a date and the date or sentence start before
    it ("agreed on Thursday to hold their next meeting on March 14" dates the meeting March 14,
    not Thursday)."""
    if not _NEXT_MEETING.search(text, 0, start):
        return None  # most dates: no meeting to come is told before them
    opening = max([sentence_of(text, start)[0]] + [e for _, e in dates if e <= start])
    return NEXT_MEETING if _NEXT_MEETING.search(text, opening, start) else None


def _event_label(event) -> str:
    _, word, _, ordered = event
    if not ordered:
        return word
    return f"{word} ({', '.join(ordered[:2])}{', …' if len(ordered) > 2 else ''})"


# "According to the final results", "the final count", "Final turnout was".
_FINAL = re.compile(r"\bfinal\s+(?:official\s+)?(?:results?|count|tally|figures?|turnout)\b", re.I)


def _told_final(text: str, start: int) -> bool:
    """Whether the sentence of a count tells it as a final result."""
    if "inal" not in text:
        return False
    s, e = sentence_of(text, start)
    return _FINAL.search(text, s, e) is not None
