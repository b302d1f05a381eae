"""Whatever the words and clusters, the facts engine never fails and never reports a
number or date conflict whose values all agree."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.facts import find_facts
from tui.models import Article, Cluster, Paragraph

WORDS = (
    "the The Russia Sergey Sergei Lavrov not no has recognized recognize killed 1,644 2,389 at least "
    "12:50 pm IST on Friday March 31 , . 2021 late August people were injured in Bangkok $ 5 million % "
    "— “ ” ’s Naypyidaw Naypyitaw nine Ten toll death rose to first country Mr. 3-1 COVID-19 Feb. 29 "
    "2023-02-30 mid- May may nearly about 100 93 115 60 143 injured dead missing 1:39pm 13:39"
).split()

paragraph = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)
article = st.tuples(st.lists(paragraph, min_size=1, max_size=4), st.sampled_from([None, "2024-02-29", "2025-03-29"]))


def _agree(kind: str, a: str, b: str) -> bool:
    if kind == "number":
        return float(a) == float(b)
    return a.startswith(b) or b.startswith(a)


@settings(max_examples=60, deadline=None)
@given(st.lists(article, min_size=2, max_size=3), st.booleans())
def test_conflicts_always_disagree(raw, one_cluster):
    articles = []
    for number, (texts, published) in enumerate(raw, start=1):
        paragraphs = tuple(Paragraph(str(number), i, 2 * i + 1, t) for i, t in enumerate(texts))
        articles.append(Article(str(number), f"{number}.txt", f"{number}.txt", "", published, paragraphs))
    if one_cluster:
        by_index: dict[int, list[Paragraph]] = {}
        for art in articles:
            for p in art.paragraphs:
                by_index.setdefault(p.index, []).append(p)
        clusters = [Cluster(i, tuple(ps)) for i, ps in by_index.items()]
    else:
        clusters = [Cluster(i, (p,)) for i, p in enumerate(p for a in articles for p in a.paragraphs)]
    facts, divergences, entities = find_facts(articles, clusters)
    for d in divergences:
        assert d.values
        if d.severity == "conflict":
            assert len({v.article for v in d.values}) >= 2
        if d.severity == "conflict" and d.kind in ("number", "date"):
            values = [v.value for v in d.values]
            assert not all(_agree(d.kind, a, b) for a, b in itertools.combinations(values, 2))
    for e in entities:
        assert e.variants
