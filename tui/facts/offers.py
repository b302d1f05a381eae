"""Percentages offered and percentages demanded, as two slots.

A pay dispute is told in percentages: "rejected the government's offer of a 4.5% rise",
"has offered public employees a 5% rise over two years", "the union is demanding 9%",
"wants 9% for this year alone". What is offered is one slot, "percent offered", and what
is asked for another, "percent demanded", whatever else the clause says before the
figure ("rejected the offer", "public employees"): the word of offering or asking nearest
before the figure in its clause decides, a few words from it with no other percentage or
verb between them ("the proposal was approved by 52%" is no offer).

The figure must be what is offered or asked, a rise or an amount ("a 5% rise", "4.5 per
cent over two years"), not a part of something else ("offered to cut 5% of jobs"). An
offer told as one of several ("the first offer", "a revised offer", "an earlier demand")
is not the offer on the table, and keeps the slot `numbers` gave it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .figures import FoundNumber
from .text import WORD, clause_spans, sentence_of

_OFFERED = frozenset("offer offers offered offering proposal proposals proposed proposes propose".split())
_DEMANDED = frozenset("demand demands demanded demanding want wants wanted wanting seek seeks seeking sought".split())
# "calls for", "asking for", "pushing for": asked for too.
_ASKS_FOR = re.compile(r"\b(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?)\s+for\b", re.I)
_PERCENT = re.compile(r"%|\bper\s*cent\b", re.I)
# What may follow the figure: a rise, or nothing more about it ("9% for this year", "4.5 per cent over two years").
_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)(?:\s+(?:pay\s+|wage\s+|salary\s+)?(?:rises?|raises?|increases?|hikes?|uplifts?)\b"
    r"|\s+(?:over|for|in|from|this|next|spread|across|on|by|a\s+year)\b|\s*(?:[,.;:)!?\"”]|$))",
    re.I,
)
# An offer among others is not the one on the table.
_ANOTHER = re.compile(r"\b(?:first|initial|original|earlier|previous|prior|revised|new|improved|latest|sweetened|second|third)\b", re.I)


def read_offers(numbers: list[FoundNumber], text: str) -> list[FoundNumber]:
    """The counts of a paragraph, with the percentages offered or demanded read as such."""
    return [_offer(n, text) or n if n.unit == "percent" else n for n in numbers]


def _offer(n: FoundNumber, text: str) -> FoundNumber | None:
    if not _AFTER.match(text, n.end):
        return None
    sentence = sentence_of(text, n.start)
    clause = max((a for a, _ in clause_spans(text, *sentence) if a <= n.start), default=sentence[0])
    before = text[clause : n.start]
    said = [(m.end(), "demanded") for m in _ASKS_FOR.finditer(before)] + [
        (m.end(), _SIDES[m.group().lower()]) for m in WORD.finditer(before) if m.group().lower() in _SIDES
    ]
    if not said:
        return None
    at, side = max(said)
    between = [w.lower() for w in WORD.findall(before, at)]
    if _PERCENT.search(before, at) or _ANOTHER.search(before) or len(between) > MAX_BETWEEN:
        return None
    if any(w in _LINKING or w.endswith("ed") for w in between):
        return None  # "the proposal was approved by 52%": the figure is another verb's
    return replace(n, slot=f"percent {side}")


MAX_BETWEEN = 6  # "has offered 1.9 million public employees a 5% rise"
_LINKING = frozenset("is are was were be been being has have had".split())
_SIDES = {word: "offered" for word in _OFFERED} | {word: "demanded" for word in _DEMANDED}
