"""Word-level differences inside a cluster, ready for highlighting.

Each member's words are marked as shared (some other member has them in the same
order, by a longest common subsequence of words) or its own. The comparison is n-way and symmetric: no member is the reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .models import Cluster, Paragraph

_PIECES = re.compile(r"\S+|\s+")
# Below this share of shared words a member is a rewording, and marking almost every
# word as different would only hide the facts.
REWORDED_BELOW = 0.35


@dataclass(frozen=True)
class Span:
    """A run of a paragraph's text, and whether the other members lack it."""

    text: str
    changed: bool


@dataclass(frozen=True)
class MemberDiff:
    paragraph: Paragraph
    spans: tuple[Span, ...]
    shared_share: float  # share of this member's words found in another member

    @property
    def reworded(self) -> bool:
        return self.shared_share < REWORDED_BELOW


def _word_key(piece: str) -> str:
    return re.sub(r"[^\w]", "", piece.lower().replace("’", "'"))


def diff_cluster(cluster: Cluster) -> tuple[MemberDiff, ...]:
    """Mark, for every member, the words no other member has in the same place."""
    pieces = [_PIECES.findall(p.text) for p in cluster.members]
    word_positions = [[i for i, piece in enumerate(ps) if not piece.isspace()] for ps in pieces]
    keys = [[_word_key(ps[i]) for i in pos] for ps, pos in zip(pieces, word_positions)]
    shared = [[False] * len(k) for k in keys]
    for a in range(len(keys)):
        for b in range(len(keys)):
            if a == b:
                continue
            # A longest common subsequence of words, bit-parallel: linear enough even
            # for long, repetitive paragraphs where difflib's matcher goes quadratic.
            for block in Indel.opcodes(keys[a], keys[b]).as_matching_blocks():
                for offset in range(block.size):
                    shared[a][block.a + offset] = True
    result = []
    for member, ps, pos, flags in zip(cluster.members, pieces, word_positions, shared):
        changed_at = {pos[n]: not flag for n, flag in enumerate(flags)}
        spans: list[Span] = []
        for i, piece in enumerate(ps):
            changed = changed_at.get(i, None)
            if changed is None:  # whitespace joins the run around it
                changed = bool(spans) and spans[-1].changed and changed_at.get(i + 1, False)
            if spans and spans[-1].changed == changed:
                spans[-1] = Span(spans[-1].text + piece, changed)
            else:
                spans.append(Span(piece, changed))
        share = sum(flags) / len(flags) if flags else 1.0
        if len(cluster.members) < 2:
            spans, share = [Span(member.text, False)], 1.0
        result.append(MemberDiff(member, tuple(spans), share))
    return tuple(result)
