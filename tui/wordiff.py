"""Word-level differences inside a cluster, ready for highlighting.

Each member's words are marked as shared (some other member has them in the same
order, by a longest common subsequence of words) or its own. The comparison is n-way
and symmetric: no member is the reference.

Members with the same text are compared once: a text two members give is shared word
for word. Up to `EXACT_UP_TO` distinct texts, every text is compared with every other.
Past that (a story published hundreds of times, where comparing every pair would take
minutes), every text is compared with the cluster's `REFERENCES` most repeated texts
(the earliest first among equally repeated ones): a word is then shared when one of
those usual versions has it in the same order, and a member's own words are the ones
none of them has; another rare version may have them too. `bounded(cluster)` says
which rule a cluster gets, so outputs can say so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .models import Cluster, Paragraph

_PIECES = re.compile(r"\S+|\s+")
# Below this share of shared words a member is a rewording, and marking almost every
# word as different would only hide the facts.
REWORDED_BELOW = 0.35
EXACT_UP_TO = 20  # distinct texts compared all against all
REFERENCES = 8  # past that, the most repeated texts every text is compared with


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


_NOT_WORD = re.compile(r"[^\w]")


def _word_key(piece: str) -> str:
    return _NOT_WORD.sub("", piece.lower().replace("’", "'"))


def bounded(cluster: Cluster) -> bool:
    """Whether the cluster's texts are compared with its most repeated texts only."""
    return len({p.text for p in cluster.members}) > EXACT_UP_TO


def references(cluster: Cluster) -> tuple[str, ...]:
    """The texts every text is compared with in a bounded cluster: the most repeated ones."""
    counts = Counter(p.text for p in cluster.members)
    order = {text: i for i, text in reversed(list(enumerate(p.text for p in cluster.members)))}
    return tuple(sorted(counts, key=lambda t: (-counts[t], order[t]))[:REFERENCES])


def diff_cluster(cluster: Cluster) -> tuple[MemberDiff, ...]:
    """Mark, for every member, the words no other member has in the same place (in a
    bounded cluster: none of the most repeated texts)."""
    counts = Counter(p.text for p in cluster.members)
    distinct = list(counts)
    pieces = {t: _PIECES.findall(t) for t in distinct}
    positions = {t: [i for i, piece in enumerate(ps) if not piece.isspace()] for t, ps in pieces.items()}
    known: dict[str, str] = {}  # a word's key, worked out once per cluster
    keys = {
        t: [known.get(w) or known.setdefault(w, _word_key(w)) for w in (pieces[t][i] for i in positions[t])]
        for t in distinct
    }
    others = references(cluster) if bounded(cluster) else distinct
    marked: dict[str, tuple[tuple[Span, ...], float]] = {}
    for text in distinct:
        if counts[text] > 1:  # another member gives it word for word
            shared = [True] * len(keys[text])
        else:
            shared = [False] * len(keys[text])
            for other in others:
                if other == text:
                    continue
                if all(shared):
                    break  # nothing left to find
                # A longest common subsequence of words, bit-parallel: linear enough even
                # for long, repetitive paragraphs where difflib's matcher goes quadratic.
                for block in Indel.opcodes(keys[text], keys[other]).as_matching_blocks():
                    shared[block.a : block.a + block.size] = [True] * block.size
        marked[text] = _spans(pieces[text], positions[text], shared)
    result = []
    for member in cluster.members:
        spans, share = marked[member.text]
        if len(cluster.members) < 2:
            spans, share = (Span(member.text, False),), 1.0
        result.append(MemberDiff(member, spans, share))
    return tuple(result)


def _spans(ps: list[str], pos: list[int], flags: list[bool]) -> tuple[tuple[Span, ...], float]:
    changed_at = {pos[n]: not flag for n, flag in enumerate(flags)}
    runs: list[tuple[bool, list[str]]] = []
    for i, piece in enumerate(ps):
        changed = changed_at.get(i, None)
        if changed is None:  # whitespace joins the run around it
            changed = bool(runs) and runs[-1][0] and changed_at.get(i + 1, False)
        if runs and runs[-1][0] == changed:
            runs[-1][1].append(piece)
        else:
            runs.append((changed, [piece]))
    share = sum(flags) / len(flags) if flags else 1.0
    return tuple(Span("".join(texts), changed) for changed, texts in runs), share
