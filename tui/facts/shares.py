"""Percentages that are shares of the vote, and whose share each one is.

"won 54.2 percent of the vote", "took 52.4% of the votes cast" and "her share of the
vote was 54%" are one slot, "share of the vote", told of the candidate or party the
clause names before the figure: "share of the vote (Maria Lopez)" is compared across
the story, and never with another candidate's share. The name must be the one that
takes the share: in "Lopez beat Ortiz with 54%" only small words stand between Ortiz
and the figure, so the share is Lopez's. After a share, a bare percentage of the same
sentence told of a name is that name's share ("to Ortiz's 41%").

Not shares: how far the count has gone ("with 95 percent of the vote counted", "of the
vote in"), turnout, and any percentage of something else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..tokens import STOP_WORDS
from .mentions import Mention
from .count_places import place_after
from .figures import FoundNumber
from .text import WORD, clause_spans, sentence_of

VOTE_SHARE = "share of the vote"
COUNTED = "share of the vote counted"
_VOTE = r"of\s+(?:the\s+)?(?:(?:popular|valid|national)\s+)?(?:votes?|ballots?)(?:\s+cast)?\b"
# After a percentage: "percent of the vote", "% share of the votes cast".
_SHARE_AFTER = re.compile(r"^\s*(?:%|percent|per\s+cent)\s+(?:share\s+)?" + _VOTE + r"(?P<rest>[^.;:!?]*)", re.I)
# Before it: "her share of the vote was 54%", "rose to just over 54%".
_SHARE_BEFORE = re.compile(
    r"\bshare\s+" + _VOTE + r"\s+(?:was|is|stood\s+at|rose\s+to|fell\s+to|of|at)\s+(?:[a-z]+\s+){0,2}$", re.I
)
# "of the vote counted", "of ballots tallied so far", "of the vote in,": how far the count has gone.
_PROGRESS = re.compile(r"^\s*(?:[a-z]+ed\b|in\s*(?:[,;]|$)|reporting\b)", re.I)
# A bare percentage that may be a share told by ellipsis: "and Ortiz 41%", not "5% of its seats".
_BARE = re.compile(r"^\s*(?:%|percent|per\s+cent)(?!\s+(?:share\s+)?of\b)", re.I)


# A percentage a name won, told without "of the vote": "won 36.8%", "came third with 12.5
# percent", "with 36.8 percent"; the figure ends its clause or names the round.
_WON_BEFORE = re.compile(
    r"\b(?:won|wins|took|takes|secured|received|garnered|polled|got|had|(?:(?:came|was|finished)\s+[a-z]+\s+)?with)\s+$",
    re.I,
)
_WON_AFTER = re.compile(
    r"^\s*(?:%|percent\b|per\s+cent\b)\s*(?:[,.;:)]|$|and\b|in\s+the\s+(?:first|second|final|last)\s+round\b)", re.I
)
# Between the name and the verb: nothing, a relative "who", or an aside in commas.
_JOINS_OWNER = re.compile(r"\s*(?:,\s+who\s+|,\s+(?:a|an|the)\s+[^,\d]{1,50},\s+)?", re.I)


def read_shares(numbers: list[FoundNumber], text: str, named: list[tuple[Mention, str]]) -> list[FoundNumber]:
    """The counts of a paragraph, with its percentages of the vote read as shares."""
    out = []
    shared: set[int] = set()  # the sentences that tell a share of the vote
    for n in numbers:
        out.append(_as_share(n, text, named, shared) if n.unit == "percent" else n)
    return out


def _as_share(n: FoundNumber, text: str, named: list[tuple[Mention, str]], shared: set[int]) -> FoundNumber:
    sentence = sentence_of(text, n.start)
    after, before = text[n.end : n.end + 80], text[max(0, n.start - 100) : n.start]
    share = _SHARE_AFTER.match(after)
    if share and _PROGRESS.match(share.group("rest")):
        return replace(n, slot=COUNTED, unit=None)
    if share or _SHARE_BEFORE.search(before):
        shared.add(sentence[0])
        place = place_after(share.group("rest")) if share else ""
        return _owned(n, VOTE_SHARE + place, share_owner(text, n.start, sentence, named))
    won = _won_by(text, n.start, named) if _WON_AFTER.match(after) else None
    if won:
        shared.add(sentence[0])
        return _owned(n, VOTE_SHARE, won)
    owner = share_owner(text, n.start, sentence, named) if sentence[0] in shared and _BARE.match(after) else None
    return _owned(n, VOTE_SHARE, owner) if owner else n


def _won_by(text: str, start: int, named: list[tuple[Mention, str]]) -> str | None:
    """The candidate or party a bare percentage was won by: the name just before the verb
    of winning ("Marec won 36.8%", "Irina Marec, who won 36.8 percent", "Irina Marec with
    36.8 percent", "Lupan, a retired general, was third with 12.5 percent")."""
    verb = _WON_BEFORE.search(text, max(0, start - 60), start)
    if not verb:
        return None
    for m, name in named:
        if m.kind != "place" and m.end <= verb.start() and _JOINS_OWNER.fullmatch(text, m.end, verb.start()):
            return name
    return None


def _owned(n: FoundNumber, slot: str, owner: str | None) -> FoundNumber:
    """A share told of a named owner is compared across the story; one whose owner the
    clause does not name stays inside its cluster."""
    if owner is None:
        return replace(n, slot=slot, unit=None)
    return replace(n, slot=slot.replace(VOTE_SHARE, f"{VOTE_SHARE} ({owner})", 1), local=False, unit=None)


def share_owner(text: str, start: int, sentence: tuple[int, int], named: list[tuple[Mention, str]]) -> str | None:
    """The canonical name whose share the figure at `start` is: the nearest name before it
    in its clause that more than small words join to it ("Lopez won", "Lopez's 54%",
    "and Ortiz 43%"), with no figure of its own between ("Lopez took 52% to 41% for Ortiz"); never a place."""
    clause = max((c for c, _ in clause_spans(text, *sentence) if c <= start), default=sentence[0])
    before = [(m, name) for m, name in named if clause <= m.start and m.end <= start and m.kind != "place"]
    for m, name in sorted(before, key=lambda pair: -pair[0].end):
        between = text[m.end : start]
        if re.search(r"\d", between):
            return None
        if re.fullmatch(r"(?:['’]s?)?\s*", between) or any(w.lower() not in STOP_WORDS for w in WORD.findall(between)):
            return name
    return None
