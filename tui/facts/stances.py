"""Stances told in opposite words: accepting or rejecting an offer, agreeing to talks or
refusing them.

"The union accepted the offer" and "the union rejected the offer" tell one deed, affirmed
and denied; so do "the minister agreed to talks" and "the minister has refused to
negotiate". Neither pair shares a word, so neither `claims` nor `deeds` can meet them: here
each is read as the deed "accept" or "negotiate" of the name that opens the sentence
("But the union, which represents most drivers, accepted it"), with what was accepted
(the offer, the deal) as its owner; "it" leaves the owner open.

Read only in plain sentences, as `deeds` reads: no question, hedge or condition before the
verb ("would", "if", "is expected to"), no doubt ("reportedly") or other time ("in 2019",
"previously"). A refusal "until" something happens is still a refusal ("refused to
negotiate until the strike is called off"). A negated verb is left unread: "did not reject"
says no acceptance, and "has not accepted the offer" against "accepted the offer" is one
word both ways, which `claims` reads.
"""

from __future__ import annotations

import re

from ..tokens import STOP_WORDS
from .claims import HEDGE, NEGATION, FoundClaim
from .mentions import Mention
from .passive import told_as_done
from .text import sentence_spans

_THING = r"(?P<noun>offer|deal|proposal|plan|agreement|terms|package|settlement|bid|compromise)"
_MEET = r"(?:(?:hold|open|resume|start|begin|enter(?:\s+into)?)\s+)?(?:talks|negotiations|negotiate|meet)\b"
# Each stance: the words that take it and those that refuse it.
_STANCES = (
    (
        "accept", "accepted",
        re.compile(r"\b(?:accepted|accepts)\s+(?:(?P<it>it|them)\b(?!\s+(?:was|is|were|are|had|has|would|will|could)\b)"
                   r"|(?:the|its|their|an?)\s+(?:[a-z’'-]+\s+){0,2}?" + _THING + r"\b)"),
        re.compile(r"\b(?:rejected|rejects|turned\s+down|turns\s+down|refused|refuses|spurned)\s+"
                   r"(?:(?P<it>it|them)\b(?!\s+(?:was|is|were|are|had|has|would|will|could)\b)"
                   r"|(?:the|its|their|an?)\s+(?:[a-z’'-]+\s+){0,2}?" + _THING + r"\b)"),
    ),
    (
        "negotiate", "agreed to talks",
        re.compile(r"\bagree[sd]?\s+to\s+" + _MEET),
        re.compile(r"\b(?:refused|refuses|declined|declines|ruled\s+out|rules\s+out|rejected|rejects)\s+"
                   r"(?:to\s+" + _MEET + r"|(?:any\s+)?(?:talks|negotiations)\b)"),
    ),
)
# Between the doer and its verb: an aside in commas, auxiliaries, adverbs, a weekday.
_BETWEEN = re.compile(
    r"(?:\s*,[^,.;]{1,120},)?(?:\s+(?:has|have|had|did|does|not|never|also|then|later|now|since|already|finally|itself|[a-z]+ly"
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*\s+"
)
# Before the doer: an opening word and a title or adjective ("But the", "Labour minister", "The smaller").
_OPENING = re.compile(r"(?:(?:but|and|yet|so|however|meanwhile),?\s+)?(?:the\s+)?(?P<title>(?:[A-Za-z-]+\s+){0,2})", re.I)


def stance_claims(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """Each stance a paragraph tells of a named doer, affirmed or refused."""
    if not any(w in text for w in ("accept", "reject", "turn", "refus", "spurn", "agree", "declin", "rule")):
        return []
    out = []
    for s_start, s_end in sentence_spans(text):
        sentence = text[s_start:s_end]
        if not told_as_done(sentence):
            continue
        for predicate, word, *patterns in _STANCES:
            for affirmed, pattern in zip((True, False), patterns):
                for m in pattern.finditer(text, s_start, s_end):
                    claim = _stance(text, s_start, m, mentions, predicate, word, affirmed)
                    if claim is not None:
                        out.append(claim)
    return out


def _stance(text: str, s_start: int, m: re.Match, mentions, predicate: str, word: str, affirmed: bool) -> FoundClaim | None:
    if HEDGE.search(text, s_start, m.start()):
        return None
    doer = _doer(text, s_start, m.start(), mentions)
    if doer is None:
        return None
    name, at = doer
    if NEGATION.search(text, at, m.start()):
        return None  # "did not reject" says no acceptance; "has not accepted" is read by `claims`
    owner = m.groupdict().get("noun")
    return FoundClaim(predicate, word, name, None, affirmed, text[s_start : m.end()].strip(), s_start, True, owner=owner, deed=True)


def _doer(text: str, s_start: int, verb: int, mentions: list[tuple[Mention, str]]) -> tuple[str, int] | None:
    """The name that opens the sentence and does the verb at `verb`, and where it ends."""
    for mention, canonical in sorted(mentions, key=lambda pair: -pair[0].end):
        if mention.kind == "place" or not s_start <= mention.start < mention.end <= verb:
            continue
        between = _BETWEEN.fullmatch(text, mention.end, verb)
        if between is None:
            return None
        opening = _OPENING.fullmatch(text, s_start, mention.start)
        title = opening.group("title").split() if opening else None
        if title is None or any(w.lower() in STOP_WORDS or not w.isalpha() for w in title):
            return None
        return canonical, mention.end
    return None
