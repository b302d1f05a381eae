"""Group paragraphs of different articles that make the same point into clusters.

Every paragraph of one story shares the story's words, so plain character ratios
separate nothing. What does separate paragraphs is the specific content they share:
rare words, names, numbers and short phrases, each weighted by how rare it is in this
story, and damped when it is ordinary English ("significant", "took") or the
vocabulary of reporting ("said", "news agency"). Two paragraphs are compared as wholes
and sentence by sentence, because a rewritten paragraph often keeps one sentence's
point and drops the rest. Spelling variants of names meet before weighting.

Candidate pairs come from an inverted index of rare terms, so only paragraphs that
share something specific are ever scored. Clusters are grown from the strongest pair
down, by average link, and never hold two paragraphs of one article.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .models import Cluster, Paragraph
from .segmenting import SENTENCE_END
from .tokens import content_tokens, generic_stems, raw_words, reporting_stems, sentences

DEFAULT_THRESHOLD = 0.05
LINK_SHARE = 0.8  # a merge needs this share of the threshold as average link
PHRASE_WINDOW = 3  # word pairs up to this far apart count as a phrase
PHRASE_WEIGHT = 1.0
SENTENCE_WEIGHT = 0.5  # share of the best sentence-to-sentence match in the score
GENERIC_DAMPING = 0.5
LATER_SENTENCE = 0.85  # weight of a match that is not on a paragraph's first sentence
REPORTING_DAMPING = 0.3


@dataclass
class _Doc:
    """One paragraph as weighted terms, whole and per sentence."""

    paragraph: Paragraph
    terms: dict[str, float]
    norm: float
    sentence_terms: list[dict[str, float]]
    sentence_norms: list[float]


def _name_spellings(texts: list[str]) -> dict[str, str]:
    """Map capitalised words to one spelling when they differ by a letter or two."""
    names: set[str] = set()
    for text in texts:
        for word in raw_words(text):
            if word[0].isupper() and len(word) >= 6 and word.isalpha():
                names.add(word.lower())
    buckets: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names):
        buckets[name[:2]].append(name)
    mapping: dict[str, str] = {}
    for group in buckets.values():
        for i, name in enumerate(group):
            if name in mapping:
                continue
            limit = 2 if len(name) >= 9 else 1
            for other in group[i + 1 :]:
                if other not in mapping and abs(len(other) - len(name)) <= limit:
                    if Levenshtein.distance(name, other, score_cutoff=limit) <= limit:
                        mapping[other] = name
    return mapping


def _tokens(text: str, spelling: dict[str, str]) -> list[str]:
    if spelling:
        text = " ".join(spelling.get(w.lower(), w) for w in text.split())
    return content_tokens(text)


def _phrases(tokens: list[str]) -> list[str]:
    """Ordered pairs of nearby content words: 'fight terror', 'formal recogn'."""
    return [
        f"{tokens[i]} {tokens[j]}"
        for i in range(len(tokens))
        for j in range(i + 1, min(len(tokens), i + PHRASE_WINDOW))
    ]


def _idf(token_lists: list[list[str]]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for toks in token_lists:
        for tok in set(toks):
            df[tok] += 1
    n = len(token_lists)
    return {tok: math.log((n + 1) / (count + 0.5)) for tok, count in df.items()}


def _damping(term: str) -> float:
    parts = term.split(" ")
    if any(p in reporting_stems() for p in parts):
        return REPORTING_DAMPING
    if any(p in generic_stems() for p in parts):
        return GENERIC_DAMPING
    return 1.0


def _vector(words: list[str], phrases: list[str], idf: dict[str, float], phrase_idf: dict[str, float]) -> dict[str, float]:
    vec: dict[str, float] = {}
    for term in set(words):
        weight = idf.get(term, 0.0)
        if weight > 0:
            vec[term] = weight * _damping(term)
    for term in set(phrases):
        weight = phrase_idf.get(term, 0.0)
        if weight > 0:
            vec[term] = PHRASE_WEIGHT * weight * _damping(term)
    return vec


def _norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values())) or 1.0


def _cosine(a: dict[str, float], na: float, b: dict[str, float], nb: float) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[k] for k, v in a.items() if k in b) / (na * nb)


def build_docs(paragraphs: list[Paragraph]) -> list[_Doc]:
    """Weigh every paragraph's terms against the whole story."""
    spelling = _name_spellings([p.text for p in paragraphs])
    split = [[_tokens(s, spelling) for s in sentences(p.text)] for p in paragraphs]
    words = [[t for sent in sents for t in sent] for sents in split]
    phrase_lists = [_phrases(w) for w in words]
    idf, phrase_idf = _idf(words), _idf(phrase_lists)
    docs = []
    for para, sents, toks, phrases in zip(paragraphs, split, words, phrase_lists):
        vec = _vector(toks, phrases, idf, phrase_idf)
        sent_vecs = [_vector(s, _phrases(s), idf, phrase_idf) for s in sents]
        docs.append(_Doc(para, vec, _norm(vec), sent_vecs, [_norm(v) for v in sent_vecs]))
    return docs


def similarity(a: _Doc, b: _Doc) -> float:
    """How strongly two paragraphs make the same point, 0..1."""
    whole = _cosine(a.terms, a.norm, b.terms, b.norm)
    best_sentence = 0.0
    for x, (sa, na) in enumerate(zip(a.sentence_terms, a.sentence_norms)):
        if not sa:
            continue
        for y, (sb, nb) in enumerate(zip(b.sentence_terms, b.sentence_norms)):
            if sb:
                # A paragraph's first sentence states its point; later ones elaborate.
                weight = (1.0 if x == 0 else LATER_SENTENCE) * (1.0 if y == 0 else LATER_SENTENCE)
                best_sentence = max(best_sentence, weight * _cosine(sa, na, sb, nb))
    return (1 - SENTENCE_WEIGHT) * whole + SENTENCE_WEIGHT * best_sentence


def is_heading(text: str) -> bool:
    """A short line without a sentence ending: a section heading, not a point made."""
    return len(text.split()) <= 10 and not SENTENCE_END.search(text)


def candidate_pairs(docs: list[_Doc], max_postings: int = 2000) -> set[tuple[int, int]]:
    """Pairs of paragraphs of different articles that share at least one weighted word."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        if is_heading(doc.paragraph.text):
            continue
        for term in doc.terms:
            if " " not in term:
                index[term].append(i)
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) > max_postings:
            continue
        for x, i in enumerate(postings):
            art = docs[i].paragraph.article
            for j in postings[x + 1 :]:
                if docs[j].paragraph.article != art:
                    pairs.add((i, j))
    return pairs


def align_paragraphs(paragraphs: list[Paragraph], threshold: float = DEFAULT_THRESHOLD) -> list[Cluster]:
    """Cluster paragraphs so that each cluster holds at most one paragraph per article."""
    docs = build_docs(paragraphs)
    scored = []
    for i, j in candidate_pairs(docs):
        s = similarity(docs[i], docs[j])
        if s > 0:
            scored.append((s, i, j))
    scored.sort(key=lambda e: (-e[0], e[1], e[2]))
    sims = {(i, j): s for s, i, j in scored}
    parent = list(range(len(docs)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(docs))}
    arts: dict[int, set[str]] = {i: {d.paragraph.article} for i, d in enumerate(docs)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for s, i, j in scored:
        if s < threshold:
            break
        ri, rj = find(i), find(j)
        if ri == rj or arts[ri] & arts[rj]:
            continue
        total = 0.0
        for x in members[ri]:
            for y in members[rj]:
                total += sims.get((x, y) if x < y else (y, x), 0.0)
        if total / (len(members[ri]) * len(members[rj])) < threshold * LINK_SHARE:
            continue
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
        arts[ri] |= arts.pop(rj)

    # Clusters follow the articles' own order: the first article's points first.
    groups = sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
    return [
        Cluster(id=n, members=tuple(docs[x].paragraph for x in group))
        for n, group in enumerate(groups, start=1)
    ]
