"""Facts whose paragraph does not say what they are about, read from the same place in
another paragraph of their cluster.

"the river could rise a further 20." says no unit; "the river could rise a further 40
centimetres." in the same cluster does. The count sits where the other's count sits:
the same two words before it, and after it the same words that follow the other's unit.
So it counts centimetres too, and 20 against 40 is a conflict.

A date whose clause has no event word ("from Afghanistan in August 2019.") takes the
event of the date of another paragraph of its cluster that sits between the same two
words before and the same words after ("withdrawal from Afghanistan in August 2021.").

A date that tells an event no other article of its cluster tells, at the same place as
a date whose event several of them share ("the Marrow, in August 1998, the evacuation"
against "the Marrow, in August 1997, forced the evacuation"), is that date in a copy
that lost or changed the verb, and takes its event. So is a count that reads a later
word as its unit because the copy lost the words between ("roughly 7,200 land" against
"roughly 2,400 hectares of low land").

Only inside one cluster (the paragraphs make the same point), only from a fact that
its own paragraph reads, and never across the story.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from .records import Found

_TOKEN = re.compile(r"[\w’'-]+|[.!?;:]")
_STOP = frozenset(".!?;:")
BEFORE = 2  # words before a fact that must match
AFTER = 2  # tokens after it (a sentence end counts) that must match
PARAGRAPH_START = "\n"  # stands for the words before a fact that opens its paragraph


@dataclass(frozen=True)
class Unread:
    """A count with no slot, or a date with no event, and where it sits in its paragraph."""

    fact: Found  # a date keeps its own record; a count has slot "" until it gets one
    start: int
    end: int


def words_before(text: str, start: int) -> tuple[str, ...]:
    """The words just before a fact; at the paragraph's start, the start counts as one."""
    words = _TOKEN.findall(text, max(0, start - 80), start)
    if len(words) < BEFORE and start <= 80:
        words = [PARAGRAPH_START] * (BEFORE - len(words)) + words
    if any(w in _STOP for w in words[-BEFORE:]):
        return ()
    return tuple(w.lower() for w in words[-BEFORE:]) if len(words) >= BEFORE else ()


def _after(text: str, end: int, skip: int) -> tuple[str, ...]:
    words = [w.lower() for w in _TOKEN.findall(text, end, end + 80)]
    if skip and (not words or words[0] in _STOP):
        return ()  # no unit word to skip
    words = words[skip:]
    for i, w in enumerate(words[:AFTER]):
        if w in _STOP:
            return tuple(words[: i + 1])
    return tuple(words[:AFTER]) if len(words) >= AFTER else tuple(words)


Before = Callable[[str, int], tuple[str, ...]]


def read_from_peers(
    unread: list[tuple[str, Unread]],
    read: list[tuple[str, Found]],
    cluster_of: dict[tuple[str, int], int],
    before: Before = words_before,
) -> list[tuple[Found, Found]]:
    """`unread`: (paragraph text, fact) of the facts their paragraph cannot place;
    `read`: (paragraph text, fact) of the dates and counts it can. Returns each unread
    fact that a paragraph of its cluster places, with the fact it becomes there.
    `before` gives the words before a fact (a memo of `words_before`, say)."""
    wanted: dict[tuple, list[Unread]] = defaultdict(list)
    for text, u in unread:
        cluster = cluster_of.get((u.fact.article, u.fact.line))
        words = before(text, u.start)
        if cluster is None or not words:
            continue
        wanted[(cluster, u.fact.kind, words, _after(text, u.end, 0))].append(u)
    if not wanted:
        return []
    clusters = {key[0] for key in wanted}
    places = {key[:3] for key in wanted}
    offered: dict[tuple, Counter] = defaultdict(Counter)
    first_seen: dict[tuple, dict] = defaultdict(dict)
    for text, f in read:
        cluster = cluster_of.get((f.article, f.line))
        if cluster not in clusters or f.local_key is None or f.start < 0:
            continue
        # A count read with its unit: the unread one lacks that word; a date: nothing lacks.
        place = (cluster, f.kind, before(text, f.start))
        if place not in places:
            continue
        told = (f.slot, f.local_key, f.unit)
        # Offered at the same words before and after, and (the key of three) before only.
        for key in (place + (_after(text, f.end, 1 if f.kind == "number" else 0),), place):
            offered[key][told] += 1
            first_seen[key].setdefault(told, len(first_seen[key]))
    out = []
    for key, facts in wanted.items():
        if key not in offered:
            # A copy that lost more than the unit ("About 18,000 the valley" against "About
            # 9,000 households across the valley"): the words before decide, when only one
            # slot is told after them.
            if len(offered.get(key[:3], ())) != 1:
                continue
            key = key[:3]
        counts = offered[key]
        slot, local, unit = max(counts, key=lambda s: (counts[s], -first_seen[key][s]))
        out.extend((u.fact, replace(u.fact, slot=slot, local_key=local, unit=unit)) for u in facts)
    return out


def settle_lonely(
    read: list[tuple[str, Found]], cluster_of: dict[tuple[str, int], int], before: Before = words_before
) -> list[tuple[Found, Found]]:
    """`read`: (paragraph text, fact) of the dates and counts paragraphs place. Returns each
    date or count whose slot only its own article tells in its cluster, with the fact it
    becomes when the same two words before it, in other articles, lead to a shared slot:
    the one most of them tell, if one is. A count takes it only when the word it reads as
    its unit follows the others' count a few words on ("roughly 7,200 land" against "roughly
    2,400 hectares of low land"): "destroyed 40 barns" against "destroyed 120 homes" is
    another count."""
    holders: dict[tuple, set[str]] = defaultdict(set)  # (cluster, kind, local key) -> articles
    at_place: dict[tuple, list[tuple[str, Found]]] = defaultdict(list)  # (cluster, kind, words before)
    for text, f in read:
        cluster = cluster_of.get((f.article, f.line))
        if cluster is None or f.local_key is None:
            continue
        holders[(cluster, f.kind, f.local_key)].add(f.article)
        words = before(text, f.start)
        if words:
            at_place[(cluster, f.kind, words)].append((text, f))
    out = []
    for (cluster, kind, _), found in at_place.items():
        def told(key: tuple) -> int:
            return len(holders[(cluster, kind, key)])

        shared = {f.local_key: (text, f) for text, f in found if told(f.local_key) >= 2}
        counts = sorted((told(k) for k in shared), reverse=True)
        if not counts or counts[1:2] == counts[:1]:
            continue  # nothing to take, or no one slot told by the most articles
        key = max(shared, key=told)
        model_text, model = shared[key]
        for _, f in found:
            if f.local_key == key or holders[(cluster, kind, f.local_key)] != {f.article}:
                continue
            if kind == "number" and (f.local_key[1:] != key[1:] or not _follows(f.slot, model_text, model.end)):
                continue  # told of another time ("a previous flood killed 12"), or another thing
            out.append((f, replace(f, slot=model.slot, local_key=key, story_key=model.story_key, unit=model.unit)))
    return out


def _follows(slot: str, text: str, end: int, within: int = 5) -> bool:
    """Whether the words of a slot are among the words just after a fact: "land" after
    "2,400 hectares of low land"; not "people missing" after "23 people were injured",
    whose "people" says nothing of what was counted."""
    after = {w.lower() for w in _TOKEN.findall(text, end, end + 80)[:within]}
    return all(word in after for word in slot.split(" (")[0].split(" in ")[0].split())
