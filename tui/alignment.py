"""Group paragraphs of different articles that make the same point into clusters.

Every paragraph of one story shares the story's words, so plain character ratios
separate nothing. What does separate paragraphs is the specific content they share:
rare words and names weighted by how rare they are in this story, numbers and dates,
and one sentence that closely matches a sentence of the other paragraph. Spelling
variants still meet because similar rare words are merged before weighting.

Candidate pairs come from an inverted index of rare terms, so only paragraphs that
share something specific are ever scored.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .models import Cluster, Paragraph
from .tokens import content_tokens, raw_words, sentences

DEFAULT_THRESHOLD = 0.30

_NUMBER = re.compile(r"^\d[\d.,]*$")


@dataclass
class _Doc:
    """One paragraph as weighted terms, whole and per sentence."""

    paragraph: Paragraph
    terms: dict[str, float]
    norm: float
    sentence_terms: list[dict[str, float]]
    sentence_norms: list[float]


def _names(text: str) -> set[str]:
    """Capitalised words that do not start a sentence: likely names."""
    found = set()
    for sentence in sentences(text):
        for word in raw_words(sentence)[1:]:
            if word[0].isupper() and len(word) > 2:
                found.add(word.lower().replace("’", "'").removesuffix("'s"))
    return found


def _spelling_map(vocabulary: set[str]) -> dict[str, str]:
    """Map each long term to one representative of its near-identical spellings."""
    mapping: dict[str, str] = {}
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for term in sorted(vocabulary):
        if len(term) >= 6 and not term[0].isdigit():
            buckets[(term[:2], len(term))].append(term)
    for (prefix, length), terms in sorted(buckets.items()):
        for term in terms:
            if term in mapping:
                continue
            limit = 2 if length >= 9 else 1
            for other_length in range(length - limit, length + 1):
                for other in buckets.get((prefix, other_length), ()):
                    if other == term or other in mapping and mapping[other] != other:
                        continue
                    if other < term or other_length < length:
                        if Levenshtein.distance(term, other, score_cutoff=limit) <= limit:
                            mapping[term] = mapping.get(other, other)
                            break
                if term in mapping:
                    break
            mapping.setdefault(term, term)
    return mapping


def _weights(texts: list[str]) -> tuple[list[list[str]], dict[str, float], dict[str, str]]:
    """Tokenise every paragraph and weight each term by inverse document frequency."""
    token_lists = [content_tokens(t) for t in texts]
    vocabulary = {tok for toks in token_lists for tok in toks}
    spelling = _spelling_map(vocabulary)
    token_lists = [[spelling.get(t, t) for t in toks] for toks in token_lists]
    df: dict[str, int] = defaultdict(int)
    for toks in token_lists:
        for tok in set(toks):
            df[tok] += 1
    n = len(texts)
    idf = {tok: math.log((n + 1) / (count + 0.5)) for tok, count in df.items()}
    return token_lists, idf, spelling


def _vector(tokens: list[str], idf: dict[str, float], boost: set[str]) -> dict[str, float]:
    vec: dict[str, float] = {}
    for tok in set(tokens):
        weight = idf.get(tok, 0.0)
        if weight <= 0:
            continue
        if tok in boost or _NUMBER.match(tok):
            weight *= 1.5
        vec[tok] = weight * weight
    return vec


def _norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values())) or 1.0


def _cosine(a: dict[str, float], na: float, b: dict[str, float], nb: float) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[k] for k, v in a.items() if k in b) / (na * nb)


def _build_docs(paragraphs: list[Paragraph]) -> list[_Doc]:
    token_lists, idf, spelling = _weights([p.text for p in paragraphs])
    docs = []
    for para, toks in zip(paragraphs, token_lists):
        names = {spelling.get(n, n) for n in _names(para.text)}
        vec = _vector(toks, idf, names)
        sent_vecs = []
        for sentence in sentences(para.text):
            stoks = [spelling.get(t, t) for t in content_tokens(sentence)]
            sent_vecs.append(_vector(stoks, idf, names))
        docs.append(
            _Doc(para, vec, _norm(vec), sent_vecs, [_norm(v) for v in sent_vecs])
        )
    return docs


def similarity(a: _Doc, b: _Doc) -> float:
    """How strongly two paragraphs make the same point, 0..1."""
    whole = _cosine(a.terms, a.norm, b.terms, b.norm)
    best_sentence = 0.0
    for sa, na in zip(a.sentence_terms, a.sentence_norms):
        if not sa:
            continue
        for sb, nb in zip(b.sentence_terms, b.sentence_norms):
            if sb:
                best_sentence = max(best_sentence, _cosine(sa, na, sb, nb))
    return max(whole, 0.75 * best_sentence + 0.25 * whole)


def candidate_pairs(docs: list[_Doc], max_postings: int = 2000) -> set[tuple[int, int]]:
    """Pairs of paragraphs of different articles that share at least one weighted term."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        for term in doc.terms:
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
    docs = _build_docs(paragraphs)
    scored = []
    for i, j in candidate_pairs(docs):
        s = similarity(docs[i], docs[j])
        if s >= threshold:
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
        ri, rj = find(i), find(j)
        if ri == rj or arts[ri] & arts[rj]:
            continue
        total = 0.0
        for x in members[ri]:
            for y in members[rj]:
                total += sims.get((x, y) if x < y else (y, x), 0.0)
        if total / (len(members[ri]) * len(members[rj])) < threshold * 0.8:
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
