"""Properties that hold for any input: random text and random bytes through the engine and
every output."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.cli import render
from tui.engine import compare
from tui.loading import LoadError, Source, decode
from tui.sanitize import neutralise

FORMATS = ("text", "markdown", "json")
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# What a terminal acts on: C0 and C1 controls (but newline), DEL, bidi controls.
ACTIVE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")

WORDS = (
    "ferry harbour Korven Dravik engine rescue 212 passengers March 2025 fog pier captain said "
    "the on at of and was were 6 p.m. Sunday [bold] [/] *not* `code` <b> | « » “ ” é "
    # What the fact finders parse, at its edges.
    "February 30, 2024 31/02/2025 25:61 00:00 99999999999999999999999 1,2,3,4 3.5 million "
    "at least more than up to about £5bn $12 40% 1e308 12th Nov. 0 -5 two thousand nine "
    "Mr. Dr. O’Neil al-Sharif McDonald's U.S. 1,644 2,389 dead injured killed not denied"
).split()

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=20).map(lambda w: " ".join(w).capitalize() + ".")
paragraph = st.one_of(
    st.lists(sentence, min_size=1, max_size=4).map(" ".join),
    st.text(max_size=120),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
)
article_text = st.tuples(
    st.lists(paragraph, min_size=1, max_size=8),
    st.sampled_from(["\n", "\n\n", "\r\n\r\n", "\r"]),
).map(lambda parts: parts[1].join(parts[0]))
story_texts = st.lists(article_text, min_size=1, max_size=4)


def sources_from_bytes(blobs: list[bytes]) -> list[Source]:
    """What loading makes of each blob; refused blobs are left out, as the CLI does."""
    sources = []
    for n, data in enumerate(blobs, start=1):
        try:
            text, warnings = decode(data)
        except LoadError:
            continue
        sources.append(Source(f"a{n}.txt", f"a{n}.txt", text, tuple(warnings)))
    return sources


def outputs(sources: list[Source]) -> dict[str, str]:
    story = compare(sources)
    return {fmt: "".join(render(story, fmt)) for fmt in FORMATS}


@PROPERTY
@given(st.text())
def test_neutralised_text_holds_nothing_a_terminal_acts_on(text: str) -> None:
    clean, _ = neutralise(text)
    assert not ACTIVE.search(clean.replace("\n", ""))
    assert neutralise(clean) == (clean, 0)


@PROPERTY
@given(story_texts)
def test_any_text_even_unneutralised_goes_through_every_output(texts: list[str]) -> None:
    sources = [Source(f"a{n}.txt", f"a{n}.txt", text) for n, text in enumerate(texts, start=1)]
    produced = outputs(sources)
    json.loads(produced["json"])


@PROPERTY
@given(st.lists(st.binary(max_size=400), min_size=1, max_size=4))
def test_random_bytes_are_refused_or_shown_without_escapes(blobs: list[bytes]) -> None:
    sources = sources_from_bytes(blobs)
    if not sources:
        return
    for fmt, text in outputs(sources).items():
        assert not ACTIVE.search(text.replace("\n", "")), fmt


@PROPERTY
@given(story_texts)
def test_loaded_text_reaches_no_output_with_an_escape(texts: list[str]) -> None:
    sources = sources_from_bytes([t.encode("utf-8", "surrogatepass") for t in texts])
    if not sources:
        return
    for fmt, text in outputs(sources).items():
        assert "\x1b" not in text and "\x9b" not in text, fmt


@PROPERTY
@given(story_texts)
def test_every_content_paragraph_is_in_exactly_one_cluster(texts: list[str]) -> None:
    sources = sources_from_bytes([t.encode("utf-8", "surrogatepass") for t in texts])
    if not sources:
        return
    story = compare(sources)
    placed = [p.key for c in story.clusters for p in c.members]
    content = [p.key for a in story.articles for p in a.paragraphs]
    assert sorted(placed) == sorted(content)
    assert len(set(placed)) == len(placed)
    for cluster in story.clusters:
        assert len(cluster.articles) == len(cluster.members)  # one paragraph per article at most


_CLUSTER_HEAD = re.compile(r"== Cluster (\d+) of \d+ · ")
_MEMBER = re.compile(r"-- \[(\d+)\] .* line (\d+)(?: \([^)]*\))?$")


def clusters_in_text(text: str) -> list[tuple[int, list[tuple[str, int]]]]:
    """The clusters as the text output lists them: id, then (article, line) per member."""
    found: list[tuple[int, list[tuple[str, int]]]] = []
    for line in text.split("\n"):
        if line.startswith("== "):
            head = _CLUSTER_HEAD.match(line)
            if head:
                found.append((int(head.group(1)), []))
            continue
        member = _MEMBER.match(line)
        if member and found:
            found[-1][1].append((member.group(1), int(member.group(2))))
    return found


@PROPERTY
@given(story_texts)
def test_text_and_json_agree_on_clusters(texts: list[str]) -> None:
    sources = sources_from_bytes([t.encode("utf-8", "surrogatepass") for t in texts])
    if not sources:
        return
    produced = outputs(sources)
    data = json.loads(produced["json"])
    from_json = [(c["id"], [(m["article"], m["line"]) for m in c["members"]]) for c in data["clusters"]]
    assert clusters_in_text(produced["text"]) == from_json


def test_the_cluster_reader_reads_a_real_story() -> None:
    """The reader above finds the clusters of the seeds, several of them aligned."""
    from tui.engine import load_sources
    from tui.loading import BUNDLED_SEEDS

    produced = outputs(list(load_sources([str(BUNDLED_SEEDS)]).sources))
    data = json.loads(produced["json"])
    in_text = clusters_in_text(produced["text"])
    assert len(in_text) == len(data["clusters"]) > 10
    assert sum(1 for _, members in in_text if len(members) > 1) >= 3
    assert in_text == [(c["id"], [(m["article"], m["line"]) for m in c["members"]]) for c in data["clusters"]]
