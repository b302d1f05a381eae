"""How well the engine aligns stories an editor has labelled by hand.

    python -m tui.bench.alignment_gold tests/alignment_gold
    python -m tui.bench.alignment_gold tests/alignment_gold --threshold 0.08

A gold file names paragraphs as "ARTICLE:LINE": the article's index in sorted file order
(its file name under "articles") and the 1-based line the paragraph starts on. "groups"
holds paragraphs of different articles that make the same point, "singletons" paragraphs
no other article carries; paragraphs named nowhere are not judged. "corpus" is the folder
of articles, relative to the gold file.

Precision and recall count pairs of named paragraphs from different articles: a pair is
found when the engine puts both in one cluster, and true when the gold groups them. The
pooled figures add up the pairs of every story, so a big story weighs more than a small one.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from ..alignment import DEFAULT_THRESHOLD
from ..engine import compare, load_sources

SHOWN = 60  # characters of a paragraph shown beside a missed or wrong pair


@dataclass(frozen=True)
class Judgement:
    """One story's alignment against its gold."""

    story: str
    gold_pairs: frozenset[frozenset[str]]
    found_pairs: frozenset[frozenset[str]]
    texts: dict[str, str]  # ref -> paragraph text, for every content paragraph
    not_content: tuple[str, ...]  # gold refs that are no content paragraph of the engine

    @property
    def hits(self) -> int:
        return len(self.gold_pairs & self.found_pairs)

    @property
    def missed(self) -> list[frozenset[str]]:
        return sorted(self.gold_pairs - self.found_pairs, key=sorted)

    @property
    def wrong(self) -> list[frozenset[str]]:
        return sorted(self.found_pairs - self.gold_pairs, key=sorted)


def _cross_pairs(groups: list[list[str]]) -> frozenset[frozenset[str]]:
    """Pairs inside each group whose paragraphs belong to different articles."""
    return frozenset(
        frozenset((a, b))
        for refs in groups
        for a, b in combinations(refs, 2)
        if a.split(":")[0] != b.split(":")[0]
    )


def judge(gold_path: Path, threshold: float = DEFAULT_THRESHOLD) -> Judgement:
    """Run the engine on the gold's corpus and compare its clusters with the gold."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    loaded = load_sources([str(gold_path.parent / gold["corpus"])])
    story = compare(loaded.sources, threshold)
    key_of = {name: key for key, name in gold["articles"].items()}
    article_key = {a.id: key_of.get(a.name) for a in story.articles}
    cluster_of: dict[str, int] = {}
    texts: dict[str, str] = {}
    for cluster in story.clusters:
        for p in cluster.members:
            ref = f"{article_key[p.article]}:{p.line}"
            cluster_of[ref], texts[ref] = cluster.id, p.text
    groups = [list(refs) for refs in gold["groups"].values()] + [[r] for r in gold["singletons"]]
    named = [ref for refs in groups for ref in refs]
    found: dict[object, list[str]] = {}
    for ref in named:
        found.setdefault(cluster_of.get(ref, ref), []).append(ref)
    return Judgement(
        story=gold_path.stem,
        gold_pairs=_cross_pairs(groups),
        found_pairs=_cross_pairs(list(found.values())),
        texts=texts,
        not_content=tuple(ref for ref in named if ref not in cluster_of),
    )


def ratios(judgements: list[Judgement]) -> tuple[float, float]:
    """Precision and recall over the pairs of all the judgements together."""
    hits = sum(j.hits for j in judgements)
    found = sum(len(j.found_pairs) for j in judgements)
    true = sum(len(j.gold_pairs) for j in judgements)
    return (hits / found if found else 1.0, hits / true if true else 1.0)


def _pair_line(judgement: Judgement, what: str, pair: frozenset[str]) -> str:
    shown = " ~ ".join(f"{ref} {judgement.texts.get(ref, '')[:SHOWN]!r}" for ref in sorted(pair))
    return f"  {what} pair {shown}"


def report(judgements: list[Judgement]) -> list[str]:
    """Per story its figures and the pairs it got wrong, then the pooled figures."""
    lines = []
    for j in judgements:
        precision, recall = ratios([j])
        lines.append(
            f"{j.story:<12} precision {precision:.2f}  recall {recall:.2f}"
            f"  (gold pairs {len(j.gold_pairs)}, found {len(j.found_pairs)}, right {j.hits})"
        )
        lines += [f"  gold names {ref}, which is no content paragraph" for ref in j.not_content]
        lines += [_pair_line(j, "missed", p) for p in j.missed]
        lines += [_pair_line(j, "wrong", p) for p in j.wrong]
    precision, recall = ratios(judgements)
    lines.append(f"{'pooled':<12} precision {precision:.2f}  recall {recall:.2f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui.bench.alignment_gold", description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="folder of gold files (*.json)")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="the aligner's threshold")
    args = parser.parse_args(argv)
    paths = sorted(args.gold.glob("*.json"))
    if not paths:
        parser.error(f"no gold files in {args.gold}")
    print("\n".join(report([judge(path, args.threshold) for path in paths])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
