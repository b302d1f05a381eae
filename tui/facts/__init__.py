"""Facts: dates, times, numbers, names and claims, and where articles diverge on them.

`find_facts` reads every paragraph once (names first, so that dates and claims can
speak of canonical names), then judges the facts slot by slot, inside each cluster
and across the story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..acronyms import expansions
from ..models import Article, Cluster, Divergence, Entity, Fact, FactValue
from .claims import FoundClaim, find_assertions, subjects_agree
from .compare import divergences as slot_divergences
from .dates import DATE_PATTERN
from .deeds import deed_assertions
from .group_deeds import group_assertions
from .dates import find_dates
from .extract import dateline_reading, paragraph_facts
from .mentions import find_mentions, titled_first_names
from .names import NameIndex, build_index
from .passive import passive_assertions, spread_everyone
from .places import Unread, read_from_peers, settle_lonely, words_before
from .records import Found
from .roles import role_conflicts
from .text import fold, lowercase_vocabulary
from .times import on_local_clock

__all__ = ["find_facts"]


def find_facts(
    articles: Sequence[Article], clusters: Sequence[Cluster]
) -> tuple[tuple[Fact, ...], tuple[Divergence, ...], tuple[Entity, ...]]:
    """Every fact of the story, the divergences between articles, and the entities table."""
    paragraphs = [(art, p) for art in articles for p in art.paragraphs]
    distinct = list(dict.fromkeys(p.text for _, p in paragraphs))
    common = lowercase_vocabulary(distinct) | titled_first_names(distinct)
    stands_for = expansions(distinct)
    # "Food and Drug Administration (FDA)": a name with "and" inside, known by its acronym.
    spelled_out = tuple(name for name in stands_for.values() if " and " in name)
    # Syndicated copies repeat paragraphs word for word: each distinct text is read once.
    by_text = {text: find_mentions(text, common, spelled_out) for text in distinct}
    mentions = [by_text[p.text] for _, p in paragraphs]
    names = build_index([(p.article, p.line, m) for (_, p), ms in zip(paragraphs, mentions) for m in ms], stands_for)
    found: list[Found] = []
    claims: list[tuple[str, int, FoundClaim]] = []
    unread: list[tuple[str, Unread]] = []
    placed: list[tuple[str, Found]] = []
    read: dict[tuple[str, str | None], tuple[list[Found], list[FoundClaim], list[Unread]]] = {}
    dated: dict[str, bool] = {}
    dates_read: dict[tuple[str, str | None], list] = {}
    for (art, p), ms in zip(paragraphs, mentions):
        if p.text not in dated:
            dated[p.text] = DATE_PATTERN.search(p.text) is not None
        dates = None
        if dated[p.text]:  # copies of a text are read once per way they read the dateline
            at = (p.text, art.published)
            dates = dates_read.get(at)
            if dates is None:
                dates = dates_read[at] = find_dates(p.text, art.published)
            key = (p.text, dateline_reading(dates, art.published))
        else:
            key = (p.text, ())
        if key in read:
            facts, candidates, loose = read[key]
            index = {id(f): i for i, f in enumerate(facts)}
            facts = [f.at(p.article, p.line) for f in facts]
            loose = [_moved(u, facts, index, p) for u in loose]
        else:
            facts, candidates, loose = read[key] = paragraph_facts(p, art.published, ms, names, dates)
        found.extend(facts)
        if loose:
            unread.extend((p.text, u) for u in loose)
        placed.extend((p.text, f) for f in facts if f.start >= 0 and f.local_key is not None)
        claims.extend((p.article, p.line, c) for c in candidates)
    claims.extend(_assertions(paragraphs, mentions, names, frozenset(c.predicate for _, _, c in claims)))
    found.extend(_claim_facts(spread_everyone(claims)))
    cluster_of = {(p.article, p.line): c.id for c in clusters for p in c.members}
    found = on_local_clock(_placed_by_peers(found, unread, placed, cluster_of))
    cluster_articles = {c.id: c.articles for c in clusters}
    published = {a.id: a.published for a in articles}
    result = slot_divergences(found, cluster_of, cluster_articles, published)
    result.extend(_claim_divergences(found, cluster_of))
    result.extend(_entity_divergences(names, cluster_of))
    canonical: dict[int, list] = {}  # one list per distinct text's mentions
    named = [
        (p, canonical.get(id(ms)) or canonical.setdefault(id(ms), [(m, names.canonical_of(m.text) or m.text) for m in ms]))
        for (_, p), ms in zip(paragraphs, mentions)
    ]
    places = {fold(e.name) for e in names.entities if e.kind in ("place", "organisation") and " " not in e.name}
    result.extend(role_conflicts(named, cluster_of, places))
    order = {c.id: i for i, c in enumerate(clusters)}
    result.sort(key=lambda d: (d.cluster is None, order.get(d.cluster, 0), _SEVERITY.get(d.severity, 3)))
    facts = tuple(f.fact() for f in found if f.kind != "claim" or f.story_key is not None)
    return facts, tuple(result), names.entities


_SEVERITY = {"conflict": 0, "variant": 1, "partial": 2}


def _moved(u: Unread, facts: list[Found], index: dict[int, int], p) -> Unread:
    """An unread fact of a repeated paragraph, on the copy's own record when it has one."""
    at = index.get(id(u.fact))
    fact = facts[at] if at is not None else u.fact.at(p.article, p.line)
    return Unread(fact, u.start, u.end)


def _placed_by_peers(found: list[Found], unread, placed, cluster_of) -> list[Found]:
    """Dates and counts whose own paragraph says not what they are about, or tells of an
    event no other article tells, placed by the paragraphs of their cluster that say it at
    the same place (see `places`)."""
    before = lru_cache(maxsize=None)(words_before)  # copies of a paragraph share their places
    became = settle_lonely(placed, cluster_of, before)
    if unread:
        became += read_from_peers(unread, placed, cluster_of, before)
    if not became:
        return found
    # Dates and settled counts are among the found facts; counts with no slot were not.
    replaced = {id(old): new for old, new in became}
    out = [replaced.pop(id(f), f) for f in found]
    out.extend(replaced.values())
    return out


def _assertions(paragraphs, mentions, names: NameIndex, denied: frozenset[str]) -> list[tuple[str, int, FoundClaim]]:
    """What the articles affirm, actively, passively or as a deed, of the predicates some article denies."""
    if not denied:
        return []
    out = []
    read: dict[str, list[FoundClaim]] = {}
    for (_, p), ms in zip(paragraphs, mentions):
        if p.text not in read:
            named = _canonical(ms, names)
            read[p.text] = (
                find_assertions(p.text, named, denied)
                + passive_assertions(p.text, named, denied)
                + deed_assertions(p.text, named, denied)
                + group_assertions(p.text, denied)
            )
        out.extend((p.article, p.line, c) for c in read[p.text])
    return out


def _canonical(ms, names: NameIndex) -> list:
    """Each mention paired with its canonical name, as claims speak of them."""
    return [(m, names.canonical_of(m.text) or m.text) for m in ms]


# What a claim's value reads, by whether it is an intention and whether it is affirmed.
VALUES = {False: {True: "affirmed", False: "negated"}, True: {True: "intends", False: "does not intend"}}
YES = frozenset({"affirmed", "intends"})


def _claim_facts(claims: list[tuple[str, int, FoundClaim]]) -> list[Found]:
    """Keep the claims whose predicate and object the story states both ways."""
    polarity: dict[tuple, set[bool]] = defaultdict(set)
    for _, _, c in claims:
        polarity[c.key].add(c.affirmed)
    out = []
    labels: dict[tuple, str] = {}
    for _, _, c in sorted(claims, key=_label_rank):
        if len(polarity[c.key]) == 2 and _label_rank((None, None, c)) < 3:
            labels.setdefault(c.key, c.label)
    for article, line, c in claims:
        if c.key not in labels:
            continue
        value = VALUES[c.intent][c.affirmed]
        # Whose a patient is stands where a deed's doer would: two owners are two people.
        subject = c.owner if c.passive or c.intent or c.deed else c.subject  # an intent's or deed's owner: what it acts on
        out.append(Found("claim", labels[c.key], value, c.text, article, line, None, c.key, subject=subject, named=c.named))
    return out


def _label_rank(claim: tuple[str, int, FoundClaim]) -> int:
    """Which claims may name their slot, best first: what is affirmed; of what was done to
    someone, a verb of either side before a noun ("arrested" before "arrests have been made")."""
    c = claim[2]
    if not c.passive:
        return 0 if c.affirmed else 3
    return 1 if c.word.endswith("ed") else 2 if c.affirmed else 3


def _claim_divergences(found: list[Found], cluster_of: dict[tuple[str, int], int]) -> list[Divergence]:
    """A claim affirmed by one article and denied by another, of the same actor."""
    groups: dict[tuple, list[Found]] = defaultdict(list)
    for f in found:
        if f.kind == "claim":
            groups[f.story_key].append(f)
    out = []
    for facts in groups.values():
        facts = _drop_undecided(facts)
        yes = [f for f in facts if f.value in YES]
        no = [f for f in facts if f.value not in YES]
        sides = _opposed(yes, no) + _opposed(no, yes)
        if not sides:
            continue
        clusters = {cluster_of.get((f.article, f.line)) for f in sides}
        cluster = clusters.pop() if len(clusters) == 1 else None
        sides.sort(key=lambda f: (_article_order(f.article), f.line))
        values = tuple(dict.fromkeys(f.side(0 if f.value in YES else 1) for f in sides))
        out.append(Divergence("claim", "conflict", sides[0].slot, cluster, values))
    return out


def _opposed(facts: list[Found], others: list[Found]) -> list[Found]:
    """The facts that another article contradicts, about an actor both can mean."""
    by_subject: dict[str | None, set[str]] = defaultdict(set)
    for other in others:
        by_subject[other.subject].add(other.article)
    return [
        f for f in facts
        if any(
            subjects_agree(f.subject, subject, known=not f.named) and articles - {f.article}
            for subject, articles in by_subject.items()
        )
    ]


def _drop_undecided(facts: list[Found]) -> list[Found]:
    """An article that says both, of the same actor, takes no side."""
    by_article: dict[str, list[Found]] = defaultdict(list)
    for f in facts:
        by_article[f.article].append(f)
    keep = []
    for own in by_article.values():
        yes = [f for f in own if f.value in YES]
        no = [f for f in own if f.value not in YES]
        if any(subjects_agree(a.subject, n.subject, known=not a.named) for a in yes for n in no):
            continue
        keep.extend(own)
    return keep


def _entity_divergences(names: NameIndex, cluster_of: dict[tuple[str, int], int]) -> list[Divergence]:
    """One name spelled two ways across the articles: a variant worth showing."""
    out = []
    for entity in names.entities:
        spellings = names.spellings.get(entity.name, ())
        if len(spellings) < 2:
            continue
        sides = [
            FactValue(article, line, shown, entity.name)
            for shown, where in spellings
            for article, line in where.items()
        ]
        sides.sort(key=lambda v: (_article_order(v.article), v.line))
        clusters = {cluster_of.get((v.article, v.line)) for v in sides}
        cluster = clusters.pop() if len(clusters) == 1 else None
        out.append(Divergence("entity", "variant", entity.name, cluster, tuple(sides)))
    return out


def _article_order(article: str) -> tuple[int, str]:
    return (int(article), article) if article.isdigit() else (0, article)
