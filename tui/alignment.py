"""Group paragraphs of different articles that make the same point into clusters.

Every paragraph of one story shares the story's words, so plain character ratios
separate nothing. What does separate paragraphs is the specific content they share:
rare words, names, numbers and short phrases, each weighted by how rare it is in this
story, and damped when it is ordinary English ("significant", "took") or the
vocabulary of reporting ("said", "news agency"); a source named at the end of a sentence
(", police said.", ", according to the minister.") and a wire story's dateline are left
out. A sentence that opens by conceding something ("Although Russia still does not
recognise the government, the Kremlin has engaged with it") makes its point after the
comma: the words of the concession weigh BACKGROUND_WEIGHT of their weight. Two
paragraphs are compared as wholes and sentence by sentence, because a rewritten paragraph
often keeps one sentence's point and drops the rest. Spelling variants of names meet
before weighting.

Outlets rarely give one quantity the same way: a toll rises between editions, one counts
"about 50" prisoners where another counts 52, one reads 182 millimetres of rain off a gauge
and another 180mm. So every number from NEAR_FROM up also counts as two overlapping ranges
about NEAR_WIDTH wide ("about 50"), at NEAR_SHARE of its weight: close figures meet a little,
the same figure meets fully. Years stay exact (2019 is not about 2021), and a time of day
("11:40 p.m.") is no count at all. A number spelled out ("Seventy-six seats are needed",
"Sixteen people have died") is read in figures, since house styles and sentence openings
spell out numbers that other outlets write in figures.

Clusters are grown from the strongest pair down, by average link, and never hold two
paragraphs of one article. Identical paragraphs are weighed once, with their count.
Up to EXACT_LIMIT distinct paragraphs every pair is scored at once with numpy. Beyond
that, a pile of hundreds of versions of one story, the first EXACT_LIMIT are clustered
that way and every later paragraph joins the cluster it matches best on average; the
average cosine to a cluster comes exactly from the sum of its members' unit vectors, so
no paragraph is compared with every member. What joins nothing is clustered the same
way in the next round.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz.distance import Levenshtein

from .facts.figures import WORD_NUMBER, words_value
from .models import Cluster, Paragraph
from .segmenting import LEAD_END, SENTENCE_END
from .tokens import content_tokens, generic_stems, raw_words, reporting_stems, sentences, split_concession

DEFAULT_THRESHOLD = 0.05
LINK_SHARE = 0.8  # a merge needs this share of the threshold as average link
PHRASE_WINDOW = 3  # word pairs up to this far apart count as a phrase
PHRASE_WEIGHT = 1.0
SENTENCE_WEIGHT = 0.5  # share of the best sentence-to-sentence match in the score
GENERIC_DAMPING = 0.5
LATER_SENTENCE = 0.85  # weight of a match that is not on a paragraph's first sentence
BACKGROUND_WEIGHT = 0.6  # share of a word's weight inside an opening "Although ...," clause
REPORTING_DAMPING = 0.3
EXACT_LIMIT = 600  # up to this many distinct paragraphs, every pair is scored at once
BATCH = 2048  # paragraphs matched against the clusters at once, at most
BATCH_ENTRIES = 2_000_000  # and at most this many term-by-cluster products at once
TOP_CLUSTERS = 3  # best clusters tried, in order, for one paragraph
NEAR_SHARE = 0.3  # share of a number's weight carried by its "about this much" ranges
NEAR_WIDTH = 0.1  # width of one range, in natural log: figures within about 10% share one
NEAR_FROM = 10  # smaller numbers (two ministers, three days) are counted, not estimated


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


def _spelling_pattern(spelling: dict[str, str]) -> re.Pattern[str] | None:
    """Whitespace-delimited words that have a preferred spelling, in any case."""
    if not spelling:
        return None
    words = "|".join(re.escape(w) for w in sorted(spelling, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{words})(?!\S)", re.IGNORECASE)


_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_SAYING = r"said|says|told\s+[^,.;]{1,40}|added"
# Who a sentence's point comes from, when the sentence ends by saying so: ", police said.",
# ", according to the regional commissioner, Adam Malima." The same official is quoted on
# many points, so the source says nothing about which point a paragraph makes.
_TRAILING_SOURCE = re.compile(
    r",[”\"’]?\s+(?:"
    r"according\s+to\s+[^,.;]{1,80}(?:,\s+[A-Z][^,.;]{0,60})?"
    r"|(?:[\w’'-]+\s+){1,5}(?:" + _SAYING + r"|reported)"
    r"|(?:said|says)\s+[^,.;]{1,80}"
    r"|[^,.;]{1,50},\s+" + _NAME + r",\s+(?:" + _SAYING + ")"  # ", the UN envoy, Miriam Solberg, told reporters."
    + r"|" + _NAME + r",\s+[^,.;]{1,50},\s+(?:" + _SAYING + ")"  # ", Miriam Solberg, the UN envoy, said."
    + r")\s*[.!?\"”’]*\s*$"
)


# Where a wire story was filed, opening its first paragraph: "BRESCOV, Lendria (CP) — ",
# "SELM, Tarvonia (NPA) — ", "DUBLIN, Oct 14 (Meridian) - ". The town is named again
# wherever the story goes, and the agency is the outlet's own: neither is the lead's point.
_WIRE_OPENING = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[^,—–()]{2,40}){0,3}" + LEAD_END)


# "one" stays a word (figures.WORD_NUMBER leaves it out alone): it is a pronoun ("one of
# them") as often as a number. The look-ahead rejects most words at their first letter.
_SPELLED_NUMBER = re.compile(rf"\b(?=[efnst])(?:{WORD_NUMBER})\b", re.IGNORECASE)


def _in_figures(text: str) -> str:
    """'Seventy-six seats' -> '76 seats', 'Sixteen people' -> '16 people'."""
    return _SPELLED_NUMBER.sub(lambda m: str(int(words_value(m.group()))), text)


_CLOCK_TIME = re.compile(r"\b(\d{1,2}):(\d{2})\b")


def _number_ranges(tokens: list[str], text: str) -> dict[str, tuple[str, str]]:
    """The two overlapping "about this much" ranges of each count among a text's tokens.

    Two figures within a factor of exp(NEAR_WIDTH / 2) always share at least one range;
    figures further apart than exp(NEAR_WIDTH) share none. A time of day ("11:40 p.m.")
    is no quantity of anything, and a year is exact."""
    clock = {part for time in _CLOCK_TIME.findall(text) for part in time} if ":" in text else set()
    ranges = {}
    for token in tokens:
        if not token[0].isdigit() or token in clock or token in ranges:
            continue
        try:
            value = float(token)
        except ValueError:  # "2021-08"
            continue
        if value < NEAR_FROM or (len(token) == 4 and 1900 <= value <= 2100):  # a year, likely
            continue
        position = math.log(value) / NEAR_WIDTH
        ranges[token] = (f"about:{math.floor(position)}", f"about:{math.floor(position + 0.5)}+")
    return ranges


def _tokens(text: str, spelling: dict[str, str], pattern: re.Pattern[str] | None) -> list[str]:
    text = _in_figures(_WIRE_OPENING.sub("", _TRAILING_SOURCE.sub("", text)))
    if pattern is not None:
        text = pattern.sub(lambda m: spelling.get(m.group().lower(), m.group()), text)
    return content_tokens(text)


def _phrases(tokens: list[str]) -> list[str]:
    """Ordered pairs of nearby content words: 'fight terror', 'formal recogn'."""
    return [
        f"{tokens[i]} {tokens[j]}"
        for i in range(len(tokens))
        for j in range(i + 1, min(len(tokens), i + PHRASE_WINDOW))
    ]


def _phrases_across(parts: list[tuple[list[str], list[int]]]) -> set[str]:
    """The phrases of a whole paragraph that span two of its sentences."""
    words = [t for tokens, _ in parts for t in tokens]
    found = set()
    boundary = 0
    for tokens, _ in parts[:-1]:
        boundary += len(tokens)
        for i in range(max(0, boundary - PHRASE_WINDOW + 1), boundary):
            for j in range(boundary, min(len(words), i + PHRASE_WINDOW)):
                found.add(f"{words[i]} {words[j]}")
    return found


def _damping(term: str) -> float:
    parts = term.split(" ")
    if any(p in reporting_stems() for p in parts):
        return REPORTING_DAMPING
    if any(p in generic_stems() for p in parts):
        return GENERIC_DAMPING
    return 1.0


def is_heading(text: str) -> bool:
    """A short line without a sentence ending: a section heading, not a point made."""
    return len(text.split()) <= 10 and not SENTENCE_END.search(text)


@dataclass
class _Rows:
    """Sparse unit vectors, one per row: row r is ids[start[r]:start[r + 1]] with vals."""

    start: np.ndarray
    ids: np.ndarray
    vals: np.ndarray

    def entries(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(position of the row in `rows`, term id, weight) of every entry of those rows."""
        lengths = self.start[rows + 1] - self.start[rows]
        total = int(lengths.sum())
        offsets = np.repeat(self.start[rows] - np.cumsum(lengths) + lengths, lengths)
        index = offsets + np.arange(total)
        return np.repeat(np.arange(len(rows)), lengths), self.ids[index], self.vals[index]

    def as_dict(self, row: int) -> dict[int, float]:
        a, b = self.start[row], self.start[row + 1]
        return dict(zip(self.ids[a:b].tolist(), self.vals[a:b].tolist()))


@dataclass
class _Terms:
    """Distinct paragraphs weighed against the story, whole and sentence by sentence."""

    whole: _Rows
    sentences: _Rows  # scaled by the weight of the sentence's position
    first_sentence: np.ndarray  # paragraph r owns sentence rows first_sentence[r]:first_sentence[r + 1]


def _weigh(texts: list[str], counts: np.ndarray) -> _Terms:
    """Term vectors of every distinct text; a text's count weighs in document frequencies."""
    spelling = _name_spellings(texts)
    pattern = _spelling_pattern(spelling)
    vocabulary: dict[str, int] = {}
    # Rewritten copies keep many sentences whole: each distinct sentence is read once.
    known: dict[str, tuple[list[str], list[int]]] = {}

    def read(sentence: str) -> tuple[list[str], dict[int, float]]:
        found = known.get(sentence)
        if found is None:
            background, point = split_concession(sentence)
            tokens = main = _tokens(point, spelling, pattern)
            share = dict.fromkeys({*main, *_phrases(main)}, 1.0)
            if background:
                tokens = _tokens(background, spelling, pattern) + main
                for term in {*tokens, *_phrases(tokens)}:
                    share.setdefault(term, BACKGROUND_WEIGHT)
            for number, ranges in _number_ranges(tokens, sentence).items():
                for term in ranges:
                    share.setdefault(term, NEAR_SHARE * share[number])
            ids = {vocabulary.setdefault(t, len(vocabulary)): w for t, w in share.items()}
            found = known[sentence] = (tokens, ids)
        return found

    whole_ids, whole_start, whole_share = array("i"), array("q", [0]), array("d")
    sent_ids, sent_start, sent_first, sent_share = array("i"), array("q", [0]), array("b"), array("d")
    first_sentence = array("q", [0])
    for text in texts:
        parts = [read(sentence) for sentence in sentences(text)]
        whole = dict(parts[0][1])
        for position, (tokens, ids) in enumerate(parts):
            sent_ids.extend(ids)
            sent_share.extend(ids.values())
            sent_start.append(len(sent_ids))
            sent_first.append(position == 0)
            if position:
                for term, share in ids.items():
                    whole[term] = max(share, whole.get(term, 0.0))
        if len(parts) > 1:
            for phrase in _phrases_across(parts):
                whole.setdefault(vocabulary.setdefault(phrase, len(vocabulary)), 1.0)
        whole_ids.extend(whole)
        whole_share.extend(whole.values())
        whole_start.append(len(whole_ids))
        first_sentence.append(len(sent_start) - 1)
    terms = list(vocabulary)
    ids = np.frombuffer(whole_ids, dtype=np.int32)
    starts = np.frombuffer(whole_start, dtype=np.int64)
    df = np.bincount(ids, weights=np.repeat(counts, np.diff(starts)), minlength=len(terms))
    idf = np.log((counts.sum() + 1) / (df + 0.5))
    damping = np.array([_damping(t) for t in terms]) * np.array([PHRASE_WEIGHT if " " in t else 1.0 for t in terms])
    weight = np.where(idf > 0, idf, 0.0) * damping
    position = np.where(np.frombuffer(sent_first, dtype=np.int8) == 1, 1.0, LATER_SENTENCE)
    return _Terms(
        whole=_unit_rows(starts, ids, weight, np.frombuffer(whole_share)),
        sentences=_unit_rows(
            np.frombuffer(sent_start, dtype=np.int64),
            np.frombuffer(sent_ids, dtype=np.int32),
            weight,
            np.frombuffer(sent_share),
            position,
        ),
        first_sentence=np.frombuffer(first_sentence, dtype=np.int64),
    )


def _unit_rows(
    start: np.ndarray, ids: np.ndarray, weight: np.ndarray, share: np.ndarray, scale: np.ndarray | None = None
) -> _Rows:
    """Weigh every entry (term weight times its share), drop the weightless, scale rows to
    unit length (times `scale`, one factor per row)."""
    rows = np.repeat(np.arange(len(start) - 1), np.diff(start))
    vals = weight[ids] * share
    keep = vals > 0
    rows, ids, vals = rows[keep], ids[keep], vals[keep]
    norms = np.sqrt(np.bincount(rows, weights=vals * vals, minlength=len(start) - 1))
    norms[norms == 0] = 1.0
    vals = vals / norms[rows]
    if scale is not None:
        vals = vals * scale[rows]
    new_start = np.zeros(len(start), dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=len(start) - 1), out=new_start[1:])
    return _Rows(new_start, ids.astype(np.int32), vals)


def _gram(rows: _Rows, which: np.ndarray) -> np.ndarray:
    """Dot products of every pair of the given rows, summed term by term over postings."""
    position, ids, vals = rows.entries(which)
    order = np.argsort(ids, kind="stable")
    position, ids, vals = position[order], ids[order], vals[order]
    gram = np.zeros((len(which), len(which)))
    if len(ids) == 0:
        return gram
    bounds = np.flatnonzero(np.diff(ids)) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(ids)]))
    for a, b in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist()):
        at = position[a:b]
        gram[np.ix_(at, at)] += np.outer(vals[a:b], vals[a:b])
    return gram


def _similarities(terms: _Terms, nodes: np.ndarray) -> np.ndarray:
    """How strongly each pair of the given paragraphs makes the same point, 0..1."""
    whole = _gram(terms.whole, nodes)
    first, last = terms.first_sentence[nodes], terms.first_sentence[nodes + 1]
    lengths = last - first
    sentence_rows = np.repeat(first - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
    per_sentence = _gram(terms.sentences, sentence_rows)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    best = np.maximum.reduceat(np.maximum.reduceat(per_sentence, starts, axis=0), starts, axis=1)
    sims = (1 - SENTENCE_WEIGHT) * whole + SENTENCE_WEIGHT * best
    np.fill_diagonal(sims, 0.0)
    return sims


@dataclass
class _Nodes:
    """Distinct paragraph texts; identical paragraphs of different articles share one."""

    paragraphs: list[list[int]]  # paragraph indices of each node
    articles: list[set[str]]
    texts: list[str]

    @classmethod
    def collapse(cls, paragraphs: list[Paragraph]) -> _Nodes:
        nodes = cls([], [], [])
        by_text: dict[str, list[int]] = defaultdict(list)
        for index, para in enumerate(paragraphs):
            for node in by_text[para.text]:
                if para.article not in nodes.articles[node]:
                    break
            else:
                node = len(nodes.texts)
                by_text[para.text].append(node)
                nodes.paragraphs.append([])
                nodes.articles.append(set())
                nodes.texts.append(para.text)
            nodes.paragraphs[node].append(index)
            nodes.articles[node].add(para.article)
        return nodes


def _cluster_all_pairs(
    terms: _Terms, nodes: list[int], weights: np.ndarray, articles: list[set[str]], threshold: float,
    stats: dict[str, Any],
) -> list[list[int]]:
    """Average-link clusters from the strongest pair down, every pair scored."""
    if not nodes:
        return []
    sims = _similarities(terms, np.array(nodes))
    stats["pairs_scored"] = stats.get("pairs_scored", 0) + len(nodes) * (len(nodes) - 1) // 2
    first, second = np.triu_indices(len(nodes), 1)
    scores = sims[first, second]
    keep = scores >= threshold
    first, second, scores = first[keep], second[keep], scores[keep]
    order = np.lexsort((second, first, -scores))
    local_weights = weights[nodes]
    parent = list(range(len(nodes)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
    mass = {i: float(local_weights[i]) for i in range(len(nodes))}
    arts = {i: articles[node] for i, node in enumerate(nodes)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in zip(first[order].tolist(), second[order].tolist()):
        ri, rj = find(i), find(j)
        if ri == rj or not arts[ri].isdisjoint(arts[rj]):
            continue
        mi, mj = members[ri], members[rj]
        total = local_weights[mi] @ sims[np.ix_(mi, mj)] @ local_weights[mj]
        if total / (mass[ri] * mass[rj]) < threshold * LINK_SHARE:
            continue
        parent[rj] = ri
        mi.extend(members.pop(rj))
        mass[ri] += mass.pop(rj)
        arts[ri] = arts[ri] | arts.pop(rj)
    return [[nodes[x] for x in group] for group in members.values()]


def _best_sentence(sents: list[dict[int, float]], other_sents: list[dict[int, float]]) -> float:
    """The best sentence-to-sentence match of two paragraphs (position-weighted unit vectors)."""
    best = 0.0
    for a in sents:
        for b in other_sents:
            small, large = (a, b) if len(a) <= len(b) else (b, a)
            best = max(best, sum(v * large.get(k, 0.0) for k, v in small.items()))
    return best


def _join_clusters(
    terms: _Terms, clusters: list[list[int]], rest: list[int], weights: np.ndarray,
    articles: list[set[str]], threshold: float, stats: dict[str, Any],
) -> list[int]:
    """Add each later paragraph to the cluster it matches best on average; return the rest.

    A paragraph joins when its average whole-paragraph cosine to the cluster and its
    score with the cluster's most repeated member (its leader) pass the same tests as a
    merge of two clusters; the sentence part of the average is taken from the leader."""
    skeleton = np.array([node for group in clusters for node in group])
    label = np.repeat(np.arange(len(clusters)), [len(g) for g in clusters])
    position, ids, vals = terms.whole.entries(skeleton)
    column = np.full(int(terms.whole.ids.max()) + 1 if len(terms.whole.ids) else 1, -1, dtype=np.int64)
    known = np.unique(ids)
    column[known] = np.arange(len(known))
    # Column k of `sums` is the sum of cluster k's unit vectors, each counted as often as
    # its text occurs: its dot product with a unit vector is the sum of the cosines.
    sums = np.zeros((len(known), len(clusters)), dtype=np.float32)
    np.add.at(sums, (column[ids], label[position]), vals * weights[skeleton][position])
    mass = np.array([weights[g].sum() for g in clusters], dtype=np.float32)
    leaders = [max(g, key=lambda n: (weights[n], -n)) for g in clusters]
    leader_sums = np.zeros_like(sums)
    position, ids, vals = terms.whole.entries(np.array(leaders))
    leader_sums[column[ids], position] = vals
    leader_sentences = [_sentence_dicts(terms, n) for n in leaders]
    cluster_articles = [set().union(*(articles[n] for n in g)) for g in clusters]
    whole_share = 1 - SENTENCE_WEIGHT
    per_row = max(1, len(terms.whole.ids) // max(1, len(weights)))
    batch_rows = max(16, min(BATCH, BATCH_ENTRIES // (per_row * len(clusters))))
    left: list[int] = []
    for begin in range(0, len(rest), batch_rows):
        batch = np.array(rest[begin : begin + batch_rows])
        averages, leader_cosines = _batch_scores(terms.whole, batch, column, sums, leader_sums)
        averages /= mass[None, :]
        stats["pairs_scored"] += 2 * averages.size
        top = np.argsort(-averages, axis=1)[:, :TOP_CLUSTERS]
        for b, node in enumerate(batch.tolist()):
            for k in top[b].tolist():
                average_whole, cosine = float(averages[b, k]), float(leader_cosines[b, k])
                if average_whole <= 0:
                    break
                if not cluster_articles[k].isdisjoint(articles[node]):
                    continue
                # The sentence part only adds: look at it only when the whole part falls short.
                ok = whole_share * cosine >= threshold and whole_share * average_whole >= threshold * LINK_SHARE
                if not ok:
                    best = _best_sentence(_sentence_dicts(terms, node), leader_sentences[k])
                    ok = (
                        whole_share * cosine + SENTENCE_WEIGHT * best >= threshold
                        and whole_share * average_whole + SENTENCE_WEIGHT * best >= threshold * LINK_SHARE
                    )
                if ok:
                    clusters[k].append(node)
                    cluster_articles[k] |= articles[node]
                    a, z = terms.whole.start[node], terms.whole.start[node + 1]
                    cols_of_node = column[terms.whole.ids[a:z]]
                    seen = cols_of_node >= 0
                    sums[cols_of_node[seen], k] += terms.whole.vals[a:z][seen] * weights[node]
                    mass[k] += weights[node]
                    break
            else:
                left.append(node)
    return left


def _batch_scores(
    whole: _Rows, batch: np.ndarray, column: np.ndarray, *matrices: np.ndarray
) -> list[np.ndarray]:
    """Dot products of the batch's unit vectors with every column of each matrix."""
    row, ids, vals = whole.entries(batch)
    cols = column[ids]
    inside = cols >= 0
    row, cols, vals = row[inside], cols[inside], vals[inside].astype(np.float32)
    out = []
    for matrix in matrices:
        scores = np.zeros((len(batch), matrix.shape[1]), dtype=np.float32)
        if len(row):
            firsts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
            scores[row[firsts]] = np.add.reduceat(matrix[cols] * vals[:, None], firsts, axis=0)
        out.append(scores)
    return out


def _sentence_dicts(terms: _Terms, node: int) -> list[dict[int, float]]:
    return [terms.sentences.as_dict(r) for r in range(terms.first_sentence[node], terms.first_sentence[node + 1])]


def align_paragraphs(
    paragraphs: list[Paragraph],
    threshold: float = DEFAULT_THRESHOLD,
    stats: dict[str, Any] | None = None,
    all_pairs: bool = False,
) -> list[Cluster]:
    """Cluster paragraphs so that each cluster holds at most one paragraph per article.

    `stats`, when given, receives counts of the work done; `all_pairs` scores every pair
    whatever the size (to measure what the rounds save)."""
    stats = {} if stats is None else stats
    nodes = _Nodes.collapse(paragraphs)
    weights = np.array([len(p) for p in nodes.paragraphs], dtype=np.float64)
    stats.update(distinct_paragraphs=len(nodes.texts), pairs_scored=0, rounds=0)
    terms = _weigh(nodes.texts, weights)
    groups = [[n] for n, text in enumerate(nodes.texts) if is_heading(text)]
    remaining = [n for n, text in enumerate(nodes.texts) if not is_heading(text)]
    while remaining:
        stats["rounds"] += 1
        if all_pairs or len(remaining) <= EXACT_LIMIT:
            groups += _cluster_all_pairs(terms, remaining, weights, nodes.articles, threshold, stats)
            break
        clusters = _cluster_all_pairs(terms, remaining[:EXACT_LIMIT], weights, nodes.articles, threshold, stats)
        remaining = _join_clusters(
            terms, clusters, remaining[EXACT_LIMIT:], weights, nodes.articles, threshold, stats
        )
        groups += clusters
    # Clusters follow the articles' own order: the first article's points first.
    ordered = sorted((sorted(i for n in g for i in nodes.paragraphs[n]) for g in groups), key=lambda m: m[0])
    return [
        Cluster(id=n, members=tuple(paragraphs[i] for i in group))
        for n, group in enumerate(ordered, start=1)
    ]
