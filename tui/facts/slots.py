"""What a count counts, read from the words around it: the slot.

The slot is read from the words after the number ("145 deaths", "10 killed in Bangkok")
or, when those say only "people", from the verb or toll before it ("killed 145 people",
"the death toll rose to 1,644"). Shares and spans of time are about the words before
them ("inflation rose to 3%"); a term of custody is one slot however it is worded
("seven years in prison", "jailed for seven years")."""

from __future__ import annotations

import re

from ..tokens import STOP_WORDS
from .aboard import CAPACITY_BEFORE, people_aboard
from .count_places import place_after, place_before
from .count_words import (
    CALENDAR, CARRIED, CUSTODY, DURATIONS, LINKING, MEASURES, PEOPLE, PREPOSITIONS, RESIDENTS, SYNONYMS,
    TIME_UNITS, UNSAID_NOUN,
)
from .counted import counted_slot
from .figures import QUALIFIER_BEFORE, SCALES, TENS, UNITS, WORD
from .leaving import leaves_home, leaving
from .sums import money_noun
from .tolls import slot_from_before


def count_slot(after: str, before: str, currency: str | None) -> tuple[str, bool] | None:
    """The counted slot, and whether it is only worth comparing inside one cluster."""
    raw = WORD.findall(after[:60])
    if raw and raw[0][0].isupper():
        return None  # "10 Downing Street", "three Russian soldiers": a name follows, not a count noun
    words = [w.lower() for w in raw]
    if currency:
        return (f"{money_noun(words)} ({currency})", True)
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
    if CAPACITY_BEFORE.search(before):
        noun = first if first in CARRIED or _noun_like(first) else ""
        return (f"capacity ({noun})" if noun else "capacity", True)  # what it can take, not what it took
    aboard = people_aboard(first, words, after, before)
    if aboard:
        return aboard
    if leaves_home(first, after, before):
        return ("evacuated" + (place_after(after) or place_before(before)), False)
    counted = counted_slot(after, before, _sentence_around(before, after))
    if counted:
        return (counted + (place_after(after) or place_before(before)), False)
    if first in LINKING:  # "3,408 were injured", "145 have died"
        rest = [w for w in words[1:4] if w not in LINKING]
        if rest and rest[0] in SYNONYMS:
            return (SYNONYMS[rest[0]] + (place_after(after) or place_before(before)), False)
        if rest and rest[0].endswith("ed") and rest[0].isalpha() and rest[0] not in STOP_WORDS:
            # "5,000 were evacuated"; "40 were pulled out alive" are survivors
            at = words.index(rest[0])
            head = "survived" if _alive(words[at : at + 8]) else rest[0]
            return (head + (place_after(after) or place_before(before)), False)
    if not first.isalpha() or first in STOP_WORDS and first not in PEOPLE:
        found = slot_from_before(before, generic=False, bare=not first.isalpha() or first in UNSAID_NOUN)
        return (found[0] + (place_after(after) or place_before(before)), found[1]) if found else None
    head = SYNONYMS.get(first, first)
    index = 1
    while index < len(words) and words[index] in LINKING:
        index += 1
    follower = words[index] if index < len(words) else ""
    generic = first in PEOPLE or first in RESIDENTS and leaving(follower, before)
    marked = first in SYNONYMS
    if generic and _alive(words[1:8]):  # "41 people were rescued alive", "40 people were found alive"
        return ("survived" + (place_after(after) or place_before(before)), False)
    if follower in SYNONYMS or (follower.endswith("ed") and follower.isalpha() and (index > 1 or generic)):
        participle = SYNONYMS.get(follower, follower)
        if generic:
            head = participle
        else:  # "three soldiers died" are "soldiers killed"; "500,000 refugees fled" stay refugees
            head = f"{first} {follower if participle == 'evacuated' else participle}"
        marked = True
    elif generic:
        from_before = slot_from_before(before, generic=True)
        if from_before:
            return (from_before[0] + (place_after(after) or place_before(before)), from_before[1])
    elif not marked and index == 1 and _noun_like(follower):
        head = f"{first} {follower}"  # "four fishing boats": the slot is "fishing boats"
    elif not marked and index == 1 and first not in MEASURES and (of := _head_of(words[1:])):
        head = f"{of} {first}"  # "100,000 doses of oral vaccine" are "vaccine doses"
    place = place_after(after) or place_before(before)
    # A bare count ("two countries", "500 soldiers") is compared only where the point is the same.
    return (head + place, not (marked or place))


def _sentence_around(before: str, after: str) -> str:
    """The words of a count's sentence that `before` and `after` hold."""
    return re.split(r"[.!?]\s", before)[-1] + " " + re.split(r"[.!?](?:\s|$)", after)[0]



def _what(unit: str, before: str) -> str:
    """A share or a duration is about the words just before it: "inflation rose to 3%"
    and "core inflation was 2.8%" are two slots."""
    clause = QUALIFIER_BEFORE.sub("", re.split(r"[,;:.!?()\d]", before)[-1])  # "rose roughly 3%" is "rose"
    words = [w.lower() for w in WORD.findall(clause) if w.isalpha() and w.lower() not in STOP_WORDS]
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


def _noun_like(word: str) -> bool:
    return (
        word.isalpha() and word not in STOP_WORDS and word not in PREPOSITIONS and word not in LINKING
        and not word.endswith("ed") and word not in SYNONYMS
    )
