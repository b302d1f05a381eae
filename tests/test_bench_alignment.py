"""The aligner on piles too large to score every pair: as right as scoring them all."""

from __future__ import annotations

import pytest

from tui.alignment import EXACT_LIMIT, align_paragraphs
from tui.bench.generator import generate_story
from tui.bench.scoring import cluster_quality
from tui.engine import build_articles
from tui.models import Story


@pytest.fixture(scope="module")
def pile():
    generated = generate_story(70, seed=21)
    paragraphs = [p for a in build_articles(generated.sources) for p in a.paragraphs]
    return generated, paragraphs


def _quality(clusters, generated):
    return cluster_quality(Story(articles=(), clusters=tuple(clusters)), generated)


def test_rounds_find_the_true_clusters_like_all_pairs(pile):
    generated, paragraphs = pile
    stats: dict = {}
    rounds = align_paragraphs(paragraphs, stats=stats)
    assert stats["distinct_paragraphs"] > EXACT_LIMIT  # the pile is past the all-pairs size
    everything = align_paragraphs(paragraphs, all_pairs=True)
    for clusters in (rounds, everything):
        quality = _quality(clusters, generated)
        assert quality.precision >= 0.9 and quality.recall >= 0.9  # the benchmark's target


def test_identical_copies_are_weighed_once_and_still_one_per_article(pile):
    generated, paragraphs = pile
    stats: dict = {}
    clusters = align_paragraphs(paragraphs, stats=stats)
    assert stats["distinct_paragraphs"] < len({(p.article, p.text) for p in paragraphs})
    keys = [p.key for c in clusters for p in c.members]
    assert sorted(keys) == sorted(p.key for p in paragraphs)
    for cluster in clusters:
        assert len(cluster.articles) == len(cluster.members)


def test_a_paragraph_repeated_within_one_article_stays_apart():
    generated = generate_story(3, seed=8)
    paragraphs = [p for a in build_articles(generated.sources) for p in a.paragraphs]
    first = paragraphs[0]
    twin = type(first)(first.article, 99, 999, first.text)
    clusters = align_paragraphs(paragraphs + [twin])
    homes = [c for c in clusters if any(p.key in (first.key, twin.key) for p in c.members)]
    assert len(homes) == 2
