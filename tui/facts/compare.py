"""Judge groups of facts about one slot: conflict, variant, partial, or nothing to say.

Facts are grouped by slot twice: inside each cluster (loose keys: the paragraphs make
the same point), and across the story (strict keys), the latter only for slots that
span clusters. Each group is judged in time linear in its size.
"""

from __future__ import annotations

import math
import re
from datetime import date
from collections import defaultdict
from collections.abc import Iterable

from ..models import Divergence
from .dates import WEEKDAYS
from .dates import compatible as dates_compatible
from .count_words import SYNONYMS
from .records import Found
from .times import clock_minutes

MAX_DISTINCT = 200
DAY_MINUTES = 24 * 60
# Counts that grow (or shrink) as the hours pass: tolls, and households without power.
GROWING = frozenset(SYNONYMS.values()) | {"casualties", "missing", "displaced", "homeless", "evacuated", "households"}


def judge(kind: str, facts: list[Found], published: dict[str, str | None]) -> str | None:
    """"conflict", "variant", "agree", or None when the slot is ambiguous (an article contradicts itself).

    An article that gives two values for one slot shows that the slot may hold two facts
    ("killed 5 in one town and 3 in another"): it takes no side, and no pair of values it
    gives together is held against each other. Between the other articles a conflict still
    counts, so a few garbled copies in a pile of hundreds do not silence a changed figure;
    such a slot yields a conflict or nothing, never a variant or a partial.
    """
    by_article: dict[str, list[Found]] = defaultdict(list)
    for f in facts:
        by_article[f.article].append(f)
    torn = [own for own in by_article.values() if not _consistent(kind, own)]
    if torn:
        return _conflict_beside(kind, by_article, torn, published)
    if len(by_article) > 1 and _conflicting(kind, by_article, published):
        return "conflict"
    # "on Thursday" said twice is one wording, whether a dateline resolved it or not.
    values = {(f.relative if kind == "date" and f.relative in WEEKDAYS else f.value, f.qualifier) for f in facts}
    texts = {_wording(f.text) for f in facts}
    if len(by_article) > 1 and (len(values) > 1 or len(texts) > 1):
        return "variant"
    return "agree"


def _conflict_beside(
    kind: str, by_article: dict[str, list[Found]], torn: list[list[Found]], published: dict[str, str | None]
) -> str | None:
    """"conflict" when two articles that each give one value disagree, on values no single
    article gives together; else None."""
    together = _said_together(torn)
    torn_articles = {own[0].article for own in torn}
    seen: dict[tuple, tuple[Found, set[str]]] = {}
    for article, own in by_article.items():
        if article in torn_articles:
            continue
        for f in own:
            key = (f.value, f.qualifier, f.zone, published.get(article))
            seen.setdefault(key, (f, set()))[1].add(article)
    distinct = list(seen.values())
    if len(distinct) > MAX_DISTINCT:
        return None  # too many values to weigh pair by pair
    for i, (fa, articles_a) in enumerate(distinct):
        for fb, articles_b in distinct[i + 1 :]:
            if articles_a == articles_b and len(articles_a) == 1:
                continue
            if frozenset((fa.value, fb.value)) in together:
                continue
            days = {a: published.get(a) for a in (fa.article, fb.article)}
            days.update(a=days[fa.article], b=days[fb.article])
            if _conflicting(kind, {"a": [fa], "b": [fb]}, days):
                return "conflict"
    return None


def _said_together(torn: list[list[Found]]) -> set[frozenset[str]]:
    """The pairs of values some article gives together for one slot."""
    pairs = set()
    for own in torn:
        values = sorted({f.value for f in own})
        pairs.update(frozenset((a, b)) for i, a in enumerate(values) for b in values[i + 1 :])
    return pairs


def _clusters_together(kind: str, facts: list[Found], cluster_of: dict[tuple[str, int], int]) -> set[frozenset]:
    """The pairs of clusters in which one article gives two values for a slot."""
    by_article: dict[str, list[Found]] = defaultdict(list)
    for f in facts:
        by_article[f.article].append(f)
    pairs = set()
    for own in by_article.values():
        if _consistent(kind, own):
            continue
        where = sorted({(cluster_of[(f.article, f.line)], f.value) for f in own})
        pairs.update(
            frozenset((ca, cb)) for i, (ca, va) in enumerate(where) for cb, vb in where[i + 1 :] if ca != cb and va != vb
        )
    return pairs


def _torn(kind: str, facts: list[Found]) -> tuple[list[Found], set[frozenset[str]]]:
    """The facts of the articles that give one value for the slot (the sides shown), and
    the pairs of values the others give together."""
    by_article: dict[str, list[Found]] = defaultdict(list)
    for f in facts:
        by_article[f.article].append(f)
    torn = [own for own in by_article.values() if not _consistent(kind, own)]
    if not torn:
        return facts, set()
    out = {own[0].article for own in torn}
    return [f for f in facts if f.article not in out], _said_together(torn)


def divergences(
    found: list[Found],
    cluster_of: dict[tuple[str, int], int],
    cluster_articles: dict[int, tuple[str, ...]],
    published: dict[str, str | None],
) -> list[Divergence]:
    """Divergences inside clusters, then across the story."""
    local: dict[tuple, list[Found]] = defaultdict(list)
    story: dict[tuple, list[Found]] = defaultdict(list)
    kinds_in_cluster: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in found:
        cluster = cluster_of.get((f.article, f.line))
        if cluster is None or f.kind == "claim":
            continue
        kinds_in_cluster[cluster][f.kind].add(f.article)
        if f.local_key is not None:
            local[(cluster, f.kind, f.local_key)].append(f)
        if f.story_key is not None:
            story[(f.kind, f.story_key)].append(f)
    _one_moment(local)
    told = {key: {f.article for f in facts} for key, facts in story.items()}
    # What the articles tell anywhere, by kind and slot ("time", "collapsed").
    told_as: dict[tuple[str, str], dict[str, list[Found]]] = defaultdict(lambda: defaultdict(list))
    for f in found:
        told_as[(f.kind, f.slot)][f.article].append(f)
    out = []
    for (cluster, kind, _), facts in local.items():
        audience = cluster_articles.get(cluster, ())
        if len(audience) < 2:
            continue
        verdict = judge(kind, facts, published)
        silent: tuple[str, ...] = ()
        if verdict == "agree":
            # An article that tells the slot in another cluster is not silent on it: the same
            # event with the same names, or the same slot however few names its clause gives.
            elsewhere = {a for f in facts if f.story_key is not None for a in told[(kind, f.story_key)]}
            silent = tuple(a for a in audience if a not in kinds_in_cluster[cluster][kind] and a not in elsewhere)
            if silent:
                alike = _telling_alike(kind, facts, silent, told_as, published)
                silent = tuple(a for a in silent if a not in alike)
            verdict = "partial" if silent and not _only_local_units(facts) else None
        elif verdict == "variant" and _only_local_units(facts):
            verdict = None  # "six" and "just over six" hours: not worth a line
        if verdict:
            out.append(_divergence(kind, verdict, _torn(kind, facts)[0], cluster, silent))
    for (kind, _), facts in story.items():
        clusters = {cluster_of[(f.article, f.line)] for f in facts}
        articles = {f.article for f in facts}
        if len(clusters) < 2 or len(articles) < 2:
            continue
        verdict = judge(kind, facts, published)
        sides, together = _torn(kind, facts)
        if together:  # clusters where one article gives two values hold two facts of the slot
            together = _clusters_together(kind, facts, cluster_of)
        if verdict == "conflict" and not _across(kind, sides, cluster_of, published, together):
            # the disagreement is inside one cluster, and shown there
            verdict = None if together else "variant"
        if verdict == "variant" and _shown_in_a_cluster(kind, sides, out):
            continue
        if verdict in ("conflict", "variant"):
            out.append(_divergence(kind, verdict, sides, None))
    return out


def _shown_in_a_cluster(kind: str, facts: list[Found], shown: list[Divergence]) -> bool:
    """Whether a cluster's divergence already shows every way the story writes this fact:
    "36.8" and "37.1" in one cluster, with a third article's "36.8" elsewhere, need no
    second line for the story."""
    written = {(f.value, f.text) for f in facts}
    slots = {f.slot for f in facts}
    return any(
        d.kind == kind and d.cluster is not None and d.slot in slots and written <= {(v.value, v.text) for v in d.values}
        for d in shown
    )


def _telling_alike(
    kind: str,
    facts: list[Found],
    articles: tuple[str, ...],
    told_as: dict[tuple[str, str], dict[str, list[Found]]],
    published: dict[str, str | None],
) -> set[str]:
    """Those of the articles that give a slot of these facts elsewhere with a value that
    agrees ("collapsed at 6:40" beside "collapsed just before 7 a.m."); not "the floods of
    2019 killed 40" beside "killed on Wednesday", another event under the same verb."""
    alike = set()
    for article in articles:
        own = [f for slot in {f.slot for f in facts} for f in told_as[(kind, slot)].get(article, ())]
        if own and judge(kind, facts + own, published) in ("agree", "variant"):
            alike.add(article)
    return alike


def _one_moment(local: dict[tuple, list[Found]]) -> None:
    """Inside a cluster where every article gives one value of a kind, the values are of
    one fact, whatever words each article tells it with, and are compared as one slot:
    clock times ("went down at 11:28", "crashed at 11:28", "came down at 10:28"), sums of
    one currency ("£2.5 billion to help households", "£2.7 billion to support them") and
    shares ("3.2%", "3.4 percent"), each told of the same time."""
    by_class: dict[tuple, list[tuple]] = defaultdict(list)
    for key, facts in local.items():
        unit = "time" if key[1] == "time" else facts[0].unit if key[1] == "number" else None
        if unit is not None:
            by_class[(key[0], unit)].append(key)
    for (cluster, unit), keys in by_class.items():
        if len(keys) < 2:
            continue
        facts = [f for key in keys for f in local[key]]
        per_article = defaultdict(set)
        for f in facts:
            per_article[f.article].add(f.utc_minutes if f.utc_minutes is not None else (f.value, f.zone))
        if len(per_article) < 2 or any(len(said) > 1 for said in per_article.values()):
            continue
        # A count's key is (slot, the earlier time it is told of, if any): "since 2022" is another time.
        if len({key[2][1] if len(key[2]) > 1 else None for key in keys}) > 1:
            continue
        if unit not in ("time", "age") and not _one_measure([(key[2][0], local[key]) for key in keys]):
            continue
        for key in keys:
            del local[key]
        local[(cluster, keys[0][1], ("one value", unit))] = facts


# Words that tell which way a share or a sum went: a rise and a fall are two facts.
RISING = frozenset(
    "rose rise rises risen rising climbed climb climbs gained gain gains increased increase increases jumped jump "
    "surged grew grow grown up higher soared advanced rallied added".split()
)
FALLING = frozenset(
    "fell fall falls fallen falling dropped drop drops lost lose loses declined decline declines slipped slip "
    "down lower slumped plunged decreased shed tumbled sank eased shrank cut".split()
)
_NOT_A_MEASURE = frozenset({"percent", "amount", "in", "at", "from", "of"})


def _one_measure(slots: list[tuple[str, list[Found]]]) -> bool:
    """Whether shares or sums told in different words may be one measure: not when they go
    opposite ways ("the kron rose 1.1%" against "the kron lost almost 6 per cent"), nor
    when a paragraph of one names the other's measure beside its own figure ("revenue
    fell to 4.2 billion euros ... and net profit dropped 31%" tells no share of revenue),
    nor a part of a whole against a change ("8% of its workforce", "shares fell 9%")."""
    words = [(set(re.findall(r"[a-z]+", slot.lower())) - _NOT_A_MEASURE, facts) for slot, facts in slots]
    shares_of = {slot for slot, _ in slots if "(of " in slot}
    if shares_of and len(shares_of) < len(slots):
        return False  # "8% of its workforce" is a part of a whole, "shares fell 9%" a change
    for i, (own, _) in enumerate(words):
        for j, (other, facts) in enumerate(words):
            if i == j or own == other:
                continue
            if own & RISING and other & FALLING:
                return False
            if any((own - other) & f.context for f in facts):
                return False
    return True


def _across(
    kind: str, facts: list[Found], cluster_of: dict[tuple[str, int], int], published, together=frozenset()
) -> bool:
    """Whether facts of two different clusters disagree (pairs of distinct values, not of
    facts), leaving out pairs of clusters where one article gives two values (`together`)."""
    seen: dict[tuple, tuple[Found, set[int], set[str]]] = {}
    for f in facts:
        key = (f.value, f.qualifier, f.zone, published.get(f.article))
        first, clusters, articles = seen.setdefault(key, (f, set(), set()))
        clusters.add(cluster_of[(f.article, f.line)])
        articles.add(f.article)
    distinct = list(seen.values())
    if len(distinct) > MAX_DISTINCT:
        return True  # so many values cannot all sit in one cluster
    for i, (fa, clusters_a, articles_a) in enumerate(distinct):
        for fb, clusters_b, articles_b in distinct[i + 1 :]:
            if clusters_a == clusters_b and len(clusters_a) == 1:
                continue  # both only inside one cluster: that cluster says it
            if articles_a == articles_b and len(articles_a) == 1:
                continue
            if together and all(
                a == b or frozenset((a, b)) in together for a in clusters_a for b in clusters_b
            ):
                continue
            days = {a: published.get(a) for a in (fa.article, fb.article)}
            days.update(a=days[fa.article], b=days[fb.article])
            if _conflicting(kind, {"a": [fa], "b": [fb]}, days):
                return True
    return False


def _wording(text: str) -> str:
    """The words of a fact without what never changes its meaning: "on Friday" is "Friday",
    "1,644" is "1644", "6:45 a.m." is "6:45 am"."""
    words = re.sub(r"^(?:on|the)\s+", "", text.lower().strip())
    return re.sub(r"[^\w:]", "", words)


def _divergence(
    kind: str, severity: str, facts: Iterable[Found], cluster: int | None, silent: tuple[str, ...] = ()
) -> Divergence:
    seen = set()
    kept = []
    for f in sorted(facts, key=lambda f: (_order(f.article), f.line)):
        key = (f.article, f.line, f.value, f.text)
        if key not in seen:
            seen.add(key)
            kept.append(f)
    side_of = _sides(kind, kept) if severity == "conflict" else [0] * len(kept)
    values = tuple(f.side(side) for f, side in zip(kept, side_of))
    return Divergence(kind, severity, kept[0].slot, cluster, values, silent)


def _number_sides(facts: list[Found]) -> list[int]:
    """`_sides` for counts: a side keeps the range all its figures allow, so each figure is
    tried against a side at once, not against its every member (a pile of a thousand
    copies gives sides of hundreds)."""
    ranges: list[tuple[float, float]] = []
    out = []
    for f in facts:
        for n, (low, high) in enumerate(ranges):
            if max(low, f.low) <= min(high, f.high):
                ranges[n] = (max(low, f.low), min(high, f.high))
                out.append(n)
                break
        else:
            ranges.append((f.low, f.high))
            out.append(len(ranges) - 1)
    return out


def _sides(kind: str, facts: list[Found]) -> list[int]:
    """Which side of a conflict each fact takes: the first side whose facts all agree with
    it, so that "about 11:28" and "11:28" stand together against "10:28"."""
    if kind == "number":
        return _number_sides(facts)
    sides: list[list[Found]] = []
    out = []
    for f in facts:
        for n, members in enumerate(sides):
            if _consistent(kind, [*members, f]):
                members.append(f)
                out.append(n)
                break
        else:
            sides.append([f])
            out.append(len(sides) - 1)
    return out


def _order(article: str) -> tuple[int, str]:
    return (int(article), article) if article.isdigit() else (0, article)


def _only_local_units(facts: list[Found]) -> bool:
    """Durations and shares ("20-year", "40%") said by one side are not worth a line."""
    return all(f.kind == "number" and f.story_key is None for f in facts)


def _consistent(kind: str, own: list[Found]) -> bool:
    if len(own) < 2:
        return True
    if kind == "number":
        return max(f.low for f in own) <= min(f.high for f in own)
    if kind == "date":
        return _dates_agree(f.value for f in own)
    if kind == "time":
        return _times_agree(own)
    return True


def _conflicting(kind: str, by_article: dict[str, list[Found]], published: dict[str, str | None]) -> bool:
    if kind == "number":
        return _numbers_conflict(_after_final(by_article, published), published)
    if kind == "date":
        facts = [f for own in by_article.values() for f in own]
        if any(f.relative for f in facts):
            return _relative_dates_conflict(facts, published)
        return not _dates_agree(f.value for f in facts)
    if kind == "time":
        return not _times_agree([f for own in by_article.values() for f in own])
    return False


def _numbers_conflict(by_article: dict[str, list[Found]], published: dict[str, str | None]) -> bool:
    """Counts conflict when no single true value fits every article told on the same day.

    Tolls grow: articles published on different days are not held to one number. An
    undated article is held to every day's.
    """
    ranges: dict[str | None, tuple[float, float, int]] = {}
    facts = [f for own in by_article.values() for f in own]
    settled = all(f.story_key and f.story_key[1] for f in facts) or not all(_grows(f.slot) for f in facts)
    for article, own in by_article.items():
        low, high = max(f.low for f in own), min(f.high for f in own)
        day = None if settled else published.get(article)  # a past year's toll no longer grows
        old_low, old_high, count = ranges.get(day, (-math.inf, math.inf, 0))
        ranges[day] = (max(old_low, low), min(old_high, high), count + 1)
    undated = ranges.pop(None, (-math.inf, math.inf, 0))
    if not ranges:
        return undated[2] > 1 and undated[0] > undated[1]
    for low, high, count in ranges.values():
        if count + undated[2] > 1 and max(low, undated[0]) > min(high, undated[1]):
            return True
    return False


def _after_final(by_article: dict[str, list[Found]], published: dict[str, str | None]) -> dict[str, list[Found]]:
    """Set aside the articles published before a final result of the slot was: they told
    an earlier stage of the count ("preliminary results", "with 98% counted"), which the
    final one revised."""
    final_days = [published.get(a) for a, own in by_article.items() if any(f.final for f in own)]
    final_day = min((d for d in final_days if d), default=None)
    if final_day is None:
        return by_article
    return {a: own for a, own in by_article.items() if not (published.get(a) or final_day) < final_day}


def _grows(slot: str) -> bool:
    """Tolls and tallies of people grow as news comes in; a train's passengers do not."""
    head = slot.split(" in ")[0].split()[-1]
    return head in GROWING or head.endswith("ed")


def _relative_dates_conflict(facts: list[Found], published: dict[str, str | None]) -> bool:
    """Dates where some are said relatively: "on Friday" twice is one claim whatever the
    datelines; two relative words are compared only from datelines a week apart at most.

    A weekday no dateline resolves is still a weekday: "on Wednesday" disagrees with
    "on Thursday" and with a full date that falls on another day, and agrees with one
    that falls on a Wednesday. Other unresolved words ("last month") are not compared."""
    distinct = {(f.value, f.relative, published.get(f.article)) for f in facts}
    if len(distinct) > MAX_DISTINCT:
        return False
    items = sorted(distinct, key=str)
    for i, (value_a, relative_a, day_a) in enumerate(items):
        for value_b, relative_b, day_b in items[i + 1 :]:
            if not (_resolved(value_a) and _resolved(value_b)):
                if _weekdays_differ(value_a, value_b):
                    return True
                continue
            if relative_a and relative_b:
                if relative_a == relative_b or not _near(day_a, day_b):
                    continue
            if not _dates_agree((value_a, value_b)):
                return True
    return False


def _resolved(value: str) -> bool:
    """Whether a date's value is a date ("2025-07-31", "--07-29", "2021"), not words left as said."""
    return value[:1].isdigit() or value.startswith("--")


def _weekdays_differ(a: str, b: str) -> bool:
    """Whether an unresolved weekday and another weekday, or a full date, name different days."""
    days = [_weekday_of(v) for v in (a, b)]
    return None not in days and days[0] != days[1]


def _weekday_of(value: str) -> int | None:
    if value in WEEKDAYS:
        return WEEKDAYS.index(value)
    if len(value) == 10 and value[:1].isdigit():
        try:
            return date.fromisoformat(value).weekday()
        except ValueError:
            return None
    return None


def _near(a: str | None, b: str | None, days: int = 7) -> bool:
    if not a or not b:
        return False
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days
    except ValueError:
        return False


def _dates_agree(values: Iterable[str]) -> bool:
    """Dates agree when every one is a coarser form of the most precise one."""
    distinct = sorted(set(values))
    if len(distinct) < 2:
        return True
    if not any(v.startswith("--") for v in distinct):
        longest = max(distinct, key=len)  # prefixes of one value agree with each other too
        return all(dates_compatible(longest, v) for v in distinct)
    return all(dates_compatible(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1 :])


def _times_agree(facts: list[Found]) -> bool:
    """One moment: a minute that every clock time allows in one zone, or every UTC time
    across known zones; each time allows what its qualifier says ("around 2pm": 1:45 to 2:15)."""
    if all(f.utc_minutes is not None for f in facts):  # zoned, or on the story's local clock
        return _one_minute([_utc_bounds(f) for f in facts])
    zones = {f.zone for f in facts if f.zone}
    if len(zones) <= 1:
        return _one_minute([(f.low, f.high) for f in facts])  # a time without zone is read as local
    if not _one_minute([_utc_bounds(f) for f in facts if f.utc_minutes is not None]):
        return False
    return _one_minute([(f.low, f.high) for f in facts if not f.zone])


def _utc_bounds(f: Found) -> tuple[float, float]:
    shift = f.utc_minutes - clock_minutes(f.value)
    return f.low + shift, f.high + shift


def _one_minute(spans: list[tuple[float, float]]) -> bool:
    """Whether one minute of the clock lies in every span of minutes after midnight; spans
    are short, so each is read on the side of midnight nearest the first."""
    if not spans:
        return True
    reference = spans[0][0]
    lows, highs = [], []
    for low, high in spans:
        moved = reference + (low - reference + DAY_MINUTES / 2) % DAY_MINUTES - DAY_MINUTES / 2
        lows.append(moved)
        highs.append(moved + high - low)
    return max(lows) <= min(highs)
