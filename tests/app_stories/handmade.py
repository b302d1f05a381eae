"""A small story with hand-made clusters, facts and divergences, for the browser's tests.

The articles are the text files beside this module; the clusters and divergences are
written out here so that screens do not change when the aligner or fact finder is tuned.
"""

from __future__ import annotations

from pathlib import Path

from tui.engine import build_articles, load_sources
from tui.models import Cluster, Divergence, Fact, FactValue, Story

HERE = Path(__file__).resolve().parent

# (file stem, line) of the paragraphs that make each cluster.
CLUSTERS = (
    (("coast_daily", 5), ("harbour_gazette", 5), ("north_wire", 5)),
    (("coast_daily", 7), ("harbour_gazette", 7), ("north_wire", 7)),
    (("coast_daily", 9), ("harbour_gazette", 9)),
    (("coast_daily", 11), ("north_wire", 9)),
    (("harbour_gazette", 11),),
    (("north_wire", 11),),
)

# kind, severity, slot, cluster number, ((file stem, line, text, value, qualifier), ...)
DIVERGENCES = (
    ("number", "conflict", "boats driven ashore", 1, (
        ("coast_daily", 5, "four", "4", None),
        ("harbour_gazette", 5, "three", "3", None),
        ("north_wire", 5, "three", "3", None),
    )),
    ("number", "conflict", "people rescued", 2, (
        ("coast_daily", 7, "More than 15", "15", "more than"),
        ("harbour_gazette", 7, "At least 12", "12", "at least"),
        ("north_wire", 7, "12", "12", None),
    )),
    ("date", "conflict", "harbour reopens", 3, (
        ("coast_daily", 9, "Tuesday", "tuesday", None),
        ("harbour_gazette", 9, "Monday", "monday", None),
    )),
    ("entity", "variant", "harbour master", 3, (
        ("coast_daily", 9, "Anna Pryce", "Anna Price", None),
        ("harbour_gazette", 9, "Anna Price", "Anna Price", None),
    )),
    ("number", "partial", "homes without power", 4, (
        ("coast_daily", 11, "300", "300", None),
        ("north_wire", 9, "300", "300", None),
    )),
)

# Facts on which the articles agree, beside the values above.
AGREED = (
    ("number", "wind limit knots", (("coast_daily", 9, "40 knots", "40"), ("harbour_gazette", 9, "40 knots", "40"))),
    ("number", "people in hospital", (
        ("coast_daily", 7, "two", "2"), ("harbour_gazette", 7, "two", "2"), ("north_wire", 7, "two", "2"),
    )),
)


def harbour_story() -> Story:
    """The three harbour articles with the clusters and divergences written above."""
    loaded = load_sources([str(HERE)])
    articles = build_articles(loaded.sources)
    ids = {a.label: a.id for a in articles}
    paragraphs = {(a.label, p.line): p for a in articles for p in a.paragraphs}
    clusters = tuple(
        Cluster(number, tuple(paragraphs[key] for key in keys)) for number, keys in enumerate(CLUSTERS, start=1)
    )
    divergences = []
    facts = []
    for kind, severity, slot, cluster, values in DIVERGENCES:
        sides = []
        for stem, line, text, value, qualifier in values:
            sides.append(FactValue(ids[stem], line, text, value, qualifier))
            facts.append(Fact(kind, slot, value, text, ids[stem], line, line, qualifier))
        divergences.append(Divergence(kind, severity, slot, cluster, tuple(sides)))
    for kind, slot, values in AGREED:
        for stem, line, text, value in values:
            facts.append(Fact(kind, slot, value, text, ids[stem], line, line))
    return Story(
        articles=tuple(articles),
        clusters=clusters,
        divergences=tuple(divergences),
        facts=tuple(facts),
        threshold=0.3,
    )


def harbour_sources():
    """The sources of the harbour articles, for tests that run the real engine."""
    return load_sources([str(HERE)]).sources
