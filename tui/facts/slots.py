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
    CAPTIVES, CALENDAR, CARRIED, CUSTODY, DURATIONS, LINKING, MEASURES, PEOPLE, PREPOSITIONS, RESIDENTS, SYNONYMS,
    TIME_UNITS, UNSAID_NOUN,
)
from .counted import counted_slot
from .figures import QUALIFIER_BEFORE, QUALIFIER_TAIL, QUALIFIERS, SCALES, TENS, UNITS, WORD
from .leaving import leaves_home, leaving
from .sums import money_noun
from .tolls import VERB_BEFORE, slot_from_before


def count_slot(after: str, before: str, currency: str | None) -> tuple[str, bool] | None:
    """The counted slot, and whether it is only worth comparing inside one cluster."""
    raw = WORD.findall(after[:60])
    if raw and raw[0][0].isupper():
        # "10 Downing Street", "three Russian soldiers": a name follows, not a count noun; but
        # "52 Valdorian prisoners were freed" are one side's captives
        released = counted_slot(after, before, "") if len(raw) > 1 and raw[1].lower() in CAPTIVES else None
        return (released + (place_after(after) or place_before(before)), False) if released else None
    words = [w.lower() for w in raw]
    if currency:
        return (f"{money_noun(words, before)} ({currency})", True)
    if not words:
        return None
    first = words[0]
    if first in ("%", "percent", "pc") or (first == "per" and words[1:2] == ["cent"]):
        of = _share_of(raw[2 if first == "per" else 1 :])
        return (f"percent (of {of})" if of else _what("percent", before), True)
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
        return (
            _custody(first, words[1:], before) or _span_of(first, words[1:]) or _period(first, raw[1:])
            or _talks(first, before) or _what(first, before), True,
        )
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
    if not first.isalpha() or first in STOP_WORDS and first not in PEOPLE or _names_a_time(first):
        # "another 450 last year", "150 on Monday": a time follows, no noun; the words before tell
        bare = not first.isalpha() or first in UNSAID_NOUN or _names_a_time(first)
        found = slot_from_before(before, generic=False, bare=bare)
        return (found[0] + (place_after(after) or place_before(before)), found[1]) if found else None
    listed = _listed(after)
    if listed:
        return (listed, True)
    head = SYNONYMS.get(first, first)
    index = _linked(words, 1)
    placed = 1 + _place_words(raw)
    if placed > 1 and _linked(words, placed) > placed:  # "250 homes in Pontypridd were flooded"
        index = _linked(words, placed)
    follower = words[index] if index < len(words) else ""
    generic = first in PEOPLE or first in RESIDENTS and leaving(follower, before)
    marked = first in SYNONYMS
    if generic and _alive(words[1:8]):  # "41 people were rescued alive", "40 people were found alive"
        return ("survived" + (place_after(after) or place_before(before)), False)
    # "1,200 flights cancelled on Monday"; a measure is of an amount, whatever the verb ("burned 42,000 acres")
    told_after = index == 1 and first not in MEASURES and _past_form(follower) and _no_object(words, index)
    if follower in SYNONYMS or (follower.endswith("ed") and follower.isalpha() and (index > 1 or generic)) or told_after:
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
    elif not marked and index == 1 and _noun_like(follower) and not _participle_after_plural(first, follower):
        head = f"{first} {follower}"  # "four fishing boats": the slot is "fishing boats"
        done = _done_after(words, 2)
        if done:  # "12 police officers were injured", "40 aid workers killed on Monday"
            head, marked = f"{head} {done}", True
    elif not marked and index == 1 and first not in MEASURES and (of := _head_of(words[1:])):
        head = f"{of} {first}"  # "100,000 doses of oral vaccine" are "vaccine doses"
    elif not marked and first not in MEASURES and (done := _done_to(before, words)):
        head, marked = f"{first} {done}", True  # "cancelled 1,200 flights" are "flights cancelled"
    place = place_after(after) or place_before(before)
    if not (marked or place):
        head += _where_of(before)
    # A bare count ("two countries", "500 soldiers") is compared only where the point is the same.
    return (head + place, not (marked or place))


# "schools in 11 counties", "people in 14 counties": a count of places that something is in;
# what is in them tells two such counts apart.
_THING_IN = re.compile(r"\b(?P<noun>[a-z]{3,})\s+in\s+$", re.I)


def _where_of(before: str) -> str:
    """" (schools)" for "Schools in 11 coastal counties", else nothing."""
    m = _THING_IN.search(before)
    noun = m.group("noun").lower() if m else ""
    return f" ({noun})" if noun and noun not in STOP_WORDS and _noun_like(noun) else ""


# "400 soldiers, police officers and volunteers": the count is of the whole list (of three
# nouns at least: two joined by "and" may be a count and a verb, "1,000 jobs and shut").
_ITEM = r"[a-z]+(?:\s+[a-z]+)?"
_LIST = re.compile(rf"^\s*(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*)\s*,?\s+and\s+(?P<last>{_ITEM})", re.I)


def _listed(after: str) -> str | None:
    """The nouns a count heads a list of ("400 soldiers, police officers and volunteers"),
    as written; None when the words after it are no list of nouns ("12 teams from the
    army, the police and", "19 people and injured 27")."""
    m = _LIST.match(after)
    if not m:
        return None
    last = m.group("last").split()
    if len(last) > 1 and not _plain_noun(last[1]):
        last = last[:1]  # "and volunteers were digging"
    items = [item.split() for item in m.group("items").split(",")] + [last]
    if len(items) < 3:
        return None  # "1,000 jobs and shut a factory", "16 deaths, and rescuers": no list
    if not all(_plain_noun(w) for item in items for w in item):
        return None
    named = [" ".join(item).lower() for item in items]
    return ", ".join(named[:-1]) + " and " + named[-1]


def _plain_noun(word: str) -> bool:
    lower = word.lower()
    return lower not in STOP_WORDS and not lower.endswith(("ed", "ing")) and lower not in LINKING


# What may follow a verb that takes no object: "1,200 flights cancelled on Monday", "300
# homes destroyed by the fire", "500 workers walked out".
_NO_OBJECT_AFTER = frozenset(
    "in on at by across after over during since amid because due following from as throughout "
    "nationwide overnight yesterday today so out off away back home down up".split()
)
# Words after a counted noun that give it a verb of its own: "warned 300 flights could be cancelled".
_OWN_VERB = frozenset("could would will may might should must can cannot".split())
# Words before a verb that make it describe the figure: "an estimated 1,200", "the reported 300".
_DESCRIBED = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+$", re.I)


def _linked(words: list[str], at: int) -> int:
    """Where the words from `at` on leave the linking ones ("were", "have been") behind."""
    while at < len(words) and words[at] in LINKING:
        at += 1
    return at


def _place_words(raw: list[str]) -> int:
    """How many words after a counted noun name a place ("homes in Pontypridd were", "flights
    from the Gulf"): a preposition, "the" maybe, and capitalised words; none when no place."""
    if len(raw) < 3 or raw[1] not in ("in", "at", "across", "from"):
        return 0
    at = 3 if raw[2] == "the" else 2
    end = at
    while end < len(raw) and raw[end][0].isupper():
        end += 1
    return end - 1 if end > at else 0


def _past_form(word: str) -> bool:
    """A verb's past form ("cancelled", "destroyed"); not a present one in "-eed" ("need")."""
    return word.endswith("ed") and word.isalpha() and not word.endswith("eed") and word not in STOP_WORDS


def _no_object(words: list[str], at: int) -> bool:
    """Whether the verb at `at` has no object after it: the count before it is what the verb
    was done to ("1,200 flights cancelled on Monday") or who did it alone ("500 workers
    walked out"), not the doer of a deed to something else ("300 soldiers attacked the base")."""
    following = words[at + 1 : at + 2]
    return not following or not following[0].isalpha() or following[0] in _NO_OBJECT_AFTER or _names_a_time(following[0])


# "would cut 1,200 jobs", "shed 1,200 jobs", "slashed 1,000 jobs": one cut, told in any tense.
CUTS = frozenset("cut cuts cutting shed sheds shedding slash slashes slashed axe axes axed eliminate eliminates eliminated".split())
_CUT_BEFORE = re.compile(r"\b(?P<verb>" + "|".join(sorted(CUTS)) + r")\s+(?:another\s+)?" + QUALIFIER_TAIL + "$", re.I)


# A deed told with "did" for emphasis, or as a noun: "the two sides did sign 12 agreements",
# "witnessed the signing of 12 agreements". Not "did not", which denies it.
_DID_OR_DOING = re.compile(
    r"(?:\b(?:did|does|do)\s+(?P<verb>[a-z]{3,}(?<!not))|\bthe\s+(?P<verb2>[a-z]{3,})ing\s+of)\s+" + QUALIFIER_TAIL + "$",
    re.I,
)


def _past_of(verb: str) -> str:
    """The regular past form of a verb's base: "sign" is "signed", "close" "closed"."""
    return verb + ("d" if verb.endswith("e") else "ed")


def _participle_after_plural(first: str, follower: str) -> bool:
    """"12 agreements covering energy": an "-ing" word after a plural noun describes it,
    it makes no compound noun with it ("four fishing boats" does)."""
    return first.endswith("s") and follower.endswith("ing")


def _done_to(before: str, words: list[str]) -> str | None:
    """The verb right before a count of things, as its slot tells it: "cancelled 1,200
    flights" counts the "flights cancelled" that "1,200 flights were cancelled" counts. Not a
    word that describes the figure ("an estimated 1,200"), nor a verb whose object is a
    clause ("warned 300 flights could be cancelled")."""
    told = _DID_OR_DOING.search(before)
    if told and not (words[1:2] and words[1] in LINKING):
        return _past_of((told.group("verb") or told.group("verb2")).lower())  # "did sign 12 agreements", "the signing of 12 agreements"
    verb = VERB_BEFORE.search(before) or _CUT_BEFORE.search(before)
    if verb is None or _DESCRIBED.search(before, 0, verb.start()):
        return None
    if words[1:2] and (words[1] in LINKING or words[1] in _OWN_VERB or words[1:3] == ["to", "be"]):
        return None
    word = verb.group("verb").lower()
    if word in SYNONYMS:
        return SYNONYMS[word]
    if word in CUTS:
        return "cut"
    return word if _past_form(word) and word not in QUALIFIERS else None


def _done_after(words: list[str], at: int) -> str | None:
    """What a counted noun of two words had done to it, told right after it: "were
    injured", "killed", "cancelled on Monday"; not a deed of its own to something else
    ("five rescue teams searched the area")."""
    index = _linked(words, at)
    follower = words[index] if index < len(words) else ""
    if follower in SYNONYMS:
        return follower if SYNONYMS[follower] == "evacuated" else SYNONYMS[follower]
    if _past_form(follower) and (index > at or _no_object(words, index)):
        return follower
    return None


def _sentence_around(before: str, after: str) -> str:
    """The words of a count's sentence that `before` and `after` hold."""
    return re.split(r"[.!?]\s", before)[-1] + " " + re.split(r"[.!?](?:\s|$)", after)[0]



def _what(unit: str, before: str) -> str:
    """A share or a duration is about the words just before it: "inflation rose to 3%"
    and "core inflation was 2.8%" are two slots. Names inside the clause are not what is
    measured ("shares in Norvik Systems closed 7.1% lower" are "shares closed"), nor are
    words glued to a figure ("5G")."""
    clause = QUALIFIER_BEFORE.sub("", re.split(r"[,;:.!?()]|\d[\w.]*", before)[-1])  # "rose roughly 3%" is "rose"
    found = WORD.findall(clause)
    words = [
        w.lower() for i, w in enumerate(found)
        if w.isalpha() and w.lower() not in STOP_WORDS and (i == 0 or not w[0].isupper())
    ]
    return f"{unit} ({' '.join(words[-2:])})" if words else unit


_OWNERS = frozenset({"its", "their", "his", "her", "our", "the", "a", "an", "all"})


def _share_of(raw: list[str]) -> str | None:
    """What a share is of, told after it: "8% of its workforce" is a share of the workforce,
    "15% of Esteria's industrial solvents" of the solvents; names and owners are left out."""
    if not raw or raw[0].lower() != "of":
        return None
    words = []
    for word in raw[1:5]:
        lower = word.lower()
        if lower in _OWNERS or word.endswith(("'s", "’s")) or (word[0].isupper() and not words):
            continue
        if not word.isalpha() or lower in STOP_WORDS or word[0].isupper():
            break
        words.append(lower)
    return " ".join(words[-2:]) or None


def _period(unit: str, rest: list[str]) -> str | None:
    """A period a figure is told for: "the three months to September 30" is the period up
    to September, whatever sum the sentence told before it."""
    if unit not in DURATIONS or rest[:1] not in (["to"], ["ending"], ["ended"], ["through"]) or len(rest) < 2:
        return None
    return f"{unit} (to {rest[1]})" if rest[1][0].isupper() and rest[1].lower() in CALENDAR else None


# How long a meeting went on, however it is told: "the talks lasted three hours", "the
# leaders met for nearly four hours", "held talks for four hours", "the meeting, which lasted".
_MEETING = re.compile(r"\b(?:talks|met|meeting|summit|negotiations|discussions)\b[^.!?]*$", re.I)


def _talks(unit: str, before: str) -> str | None:
    """A span of hours or days a meeting lasted, as one slot: "hours (talks lasted)"."""
    if unit not in DURATIONS or unit.startswith(("year", "decade", "centur")) or not _MEETING.search(before):
        return None
    return f"{unit if unit.endswith('s') else unit + 's'} (talks lasted)"


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
