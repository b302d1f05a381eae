"""The benchmark's story generator: reproducible, and right about its own truth."""

from __future__ import annotations

from collections import Counter

import pytest

from tui.bench.generator import base_paragraphs, generate_story
from tui.bench.scoring import cluster_quality, conflicts_found
from tui.engine import build_articles, compare
from tui.models import Cluster, Divergence, FactValue, Paragraph, Story


@pytest.fixture(scope="module")
def story():
    return generate_story(40, seed=11)


def _lines(text: str) -> dict[int, str]:
    return {n: line for n, line in enumerate(text.split("\n"), start=1) if line.strip()}


def test_same_seed_same_pile_other_seed_other_pile(story):
    again = generate_story(40, seed=11)
    assert [s.text for s in again.sources] == [s.text for s in story.sources]
    assert again.truth == story.truth and again.conflicts == story.conflicts
    other = generate_story(40, seed=12)
    assert [s.text for s in other.sources] != [s.text for s in story.sources]


def test_base_paragraphs_mix_the_seeds_with_text_of_its_own():
    bases = base_paragraphs()
    seeds = {p.text for a in compare_seeds_articles() for p in a.paragraphs}
    from_seeds = [b for b in bases if b in seeds]
    assert 10 < len(from_seeds) < len(bases)
    assert len(set(bases)) == len(bases)


def compare_seeds_articles():
    from tui.engine import load_sources
    from tui.loading import BUNDLED_SEEDS

    return build_articles(load_sources([str(BUNDLED_SEEDS)]).sources)


def test_every_line_is_either_a_true_paragraph_or_chrome(story):
    for number, source in enumerate(story.sources, start=1):
        article = str(number)
        for line in _lines(source.text):
            key = (article, line)
            assert (key in story.truth) != (key in story.boilerplate), key
    per_article = Counter(article for article, _ in story.truth)
    assert 10 <= min(per_article.values()) and max(per_article.values()) <= 30


def test_an_article_uses_each_base_paragraph_at_most_once(story):
    seen = Counter((article, base) for (article, _), base in story.truth.items())
    assert max(seen.values()) == 1


def test_injected_conflicts_point_at_the_changed_words(story):
    assert story.conflicts
    texts = {str(n): _lines(s.text) for n, s in enumerate(story.sources, start=1)}
    for conflict in story.conflicts:
        assert story.truth[(conflict.article, conflict.line)] == conflict.base
        assert conflict.changed in texts[conflict.article][conflict.line]
        assert conflict.original in story.base_texts[conflict.base]
        assert conflict.original != conflict.changed
    assert {c.kind for c in story.conflicts} <= {"number", "date", "entity"}


def test_the_engine_keeps_every_true_paragraph_and_sets_the_chrome_aside(story):
    kept = {p.key for a in build_articles(story.sources) for p in a.paragraphs}
    assert set(story.truth) <= kept
    assert not kept & story.boilerplate


def _story_of(groups: list[list[tuple[str, int]]]) -> Story:
    clusters = tuple(
        Cluster(n, tuple(Paragraph(a, 0, line, "") for a, line in group)) for n, group in enumerate(groups, 1)
    )
    return Story(articles=(), clusters=clusters)


def test_cluster_quality_counts_pairs_of_different_articles(story):
    by_base: dict[int, list] = {}
    for key, base in story.truth.items():
        by_base.setdefault(base, []).append(key)
    perfect = cluster_quality(_story_of(list(by_base.values())), story)
    assert (perfect.precision, perfect.recall) == (1.0, 1.0)
    alone = cluster_quality(_story_of([[k] for k in story.truth]), story)
    assert (alone.precision, alone.recall) == (1.0, 0.0)
    first, second = list(by_base.values())[:2]
    merged = cluster_quality(_story_of([first + second] + list(by_base.values())[2:]), story)
    assert merged.recall == 1.0 and merged.precision < 1.0


def test_a_conflict_counts_once_reported_between_its_paragraph_and_a_peer():
    tiny = generate_story(30, seed=3)
    conflict = tiny.conflicts[0]
    peers = [k for k, b in tiny.truth.items() if b == conflict.base and k[0] != conflict.article]
    clusters = [[(conflict.article, conflict.line)] + peers]
    silent = _story_of(clusters)
    unreported = conflicts_found(silent, tiny)
    assert unreported.reported == 0
    # the benchmark names what it missed: the change and where it is
    assert unreported.missed[0].startswith(
        f"article {conflict.article} line {conflict.line}, {conflict.kind} {conflict.original} -> {conflict.changed}"
    )
    values = tuple(FactValue(a, line, "x", "x") for a, line in [(conflict.article, conflict.line), peers[0]])
    told = Story(articles=(), clusters=silent.clusters, divergences=(Divergence("number", "conflict", "s", 1, values),))
    found = conflicts_found(told, tiny)
    assert found.reported == found.reported_of_aligned == 1 and found.aligned >= 1


def test_a_rewrite_keeps_the_month_of_a_day():
    import random

    from tui.bench.generator import rewrite

    text = "The foreign ministers of the five neighbouring countries met on March 31 in a lakeside town to agree on a statement."
    for seed in range(300):
        out = rewrite(text, random.Random(seed))
        if " 31" in out:
            assert "March 31" in out, out


def test_a_rewrite_keeps_the_word_before_a_month_or_a_figure():
    import random

    from tui.bench.generator import rewrite

    text = "President Putin made it clear in July that Russia now views the group as an ally, and sent 600 soldiers to the border region."
    for seed in range(300):
        out = rewrite(text, random.Random(seed))
        assert "in July" in out, out
        if "600" in out:  # a trailing clause may be cut whole
            assert "sent 600" in out, out


def test_a_changed_fact_is_never_part_of_a_clock_time():
    import random

    from tui.bench.generator import change_fact

    text = "Pumps at the lock failed at 3:45 a.m., leaving 2,400 homes without power for 6.5 hours."
    for seed in range(200):
        changed = change_fact(text, random.Random(seed))
        assert changed and "3:45 a.m." in changed[0], changed


def test_a_count_changed_past_a_thousand_is_written_as_a_count_not_a_year():
    import random

    from tui.bench.generator import _other_number

    for seed in range(200):
        new = _other_number("600", random.Random(seed))
        assert int(new.replace(",", "")) < 1000 or "," in new, new
    assert all("," not in _other_number("2003", random.Random(seed)) for seed in range(50))


def test_a_rewrite_keeps_names_and_titles_whole():
    import random

    from tui.bench.generator import rewrite

    text = "Prime Minister Elin Soder cancelled a trip to a summit in Lisbon and was due to visit the shelters with the head of the river authority."
    for seed in range(300):
        assert "Prime Minister Elin Soder" in rewrite(text, random.Random(seed))
