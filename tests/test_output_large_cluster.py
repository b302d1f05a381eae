"""A point told by sixty articles: the text output still marks each member's own words,
against the cluster's most repeated versions, and says so."""

from __future__ import annotations

import re

from tui.engine import build_articles
from tui.export.as_markdown import iter_markdown
from tui.export.as_text import iter_text
from tui.loading import Source
from tui.models import Cluster, Story
from tui.wordiff import EXACT_UP_TO, REFERENCES

USUAL = "The harbour authority said the ferry to Osterby would resume sailing on the morning tide once divers had inspected the damaged pier."
OTHER = USUAL.replace("damaged pier", "damaged landing stage")
WORDS = "amber birch cedar delta ember fjord garnet hazel indigo juniper kestrel linden maple nectar onyx " \
    "poplar quartz russet sorrel tamarack umber violet willow yarrow zircon".split()


def _pile() -> Story:
    """Sixty articles whose paragraphs make one cluster (the aligner is not under test)."""
    bodies = [USUAL] * 25 + [OTHER] * 10
    # twenty-five versions of their own, each with one word no other article has
    bodies += [USUAL.replace("resume sailing", f"resume {word} sailing") for word in WORDS]
    articles = build_articles(
        [Source(name=f"{i:02d}.txt", path=f"{i:02d}.txt", text=f"Ferry news {i}\n\n{body}\n") for i, body in enumerate(bodies)]
    )
    members = tuple(p for a in articles for p in a.paragraphs)
    assert len(members) == len(bodies)
    return Story(articles=tuple(articles), clusters=(Cluster(1, members),))


def test_a_cluster_of_many_texts_is_written_with_own_words_marked():
    story = _pile()
    count = len(story.articles)
    assert len(WORDS) + 2 > EXACT_UP_TO
    chunks = list(iter_text(story))
    assert len(chunks) == 2  # the header, then the cluster
    block = chunks[1]
    assert block.startswith(f"\n== Cluster 1 of 1 · {count} of {count} articles\n")
    flat = block.replace("\n    ", " ").replace("\n   ", " ")
    assert f"({len(WORDS) + 2} different texts: each is compared with the {REFERENCES} most repeated" in flat
    members = re.findall(r"^-- \[(\d+)\] \S+ line \d+ \(([^)]*)\)\n((?:    .*\n)+)", block, re.M)
    assert len(members) == count
    for number, note, body in members:
        body = " ".join(body.split())
        index = int(number) - 1
        if index < 35:  # said by several articles word for word
            assert note == "100% shared" and "{+" not in body
        else:
            word = WORDS[index - 35]
            assert f"resume {{+{word}+}} sailing" in body  # its own word, and only that
            assert body.count("{+") == 1


def test_markdown_says_how_a_large_cluster_is_marked():
    md = "".join(iter_markdown(_pile()))
    assert f"*{len(WORDS) + 2} different texts: each is compared with the {REFERENCES} most repeated" in md
    assert "resume **amber** sailing" in md
