"""From paths to a `Story`: load, clean, segment, align, find facts.

The one entry point every face of storydiff uses, so they always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .alignment import DEFAULT_THRESHOLD, align_paragraphs
from .boilerplate import classify, lines_repeated_across
from .facts import find_facts
from .loading import InputProblem, LoadError, Source, expand_paths, read_source
from .models import Article, Boilerplate, Paragraph, Story
from .segmenting import split_paragraphs


@dataclass(frozen=True)
class LoadResult:
    """The readable inputs and the problems of the others."""

    sources: tuple[Source, ...]
    problems: tuple[InputProblem, ...]


def load_sources(paths: list[str]) -> LoadResult:
    """Read every input; skip the unusable ones, the chrome-only ones and the duplicates, saying why.

    A file given twice (by any path) and two files with the same text are compared once:
    an article aligned with its own copy would look like two outlets agreeing.
    """
    import hashlib

    files, problems = expand_paths(paths)
    sources: list[Source] = []
    seen_paths: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    for path in files:
        key = _identity(path)
        if key in seen_paths:
            problems.append(InputProblem(path, f"given twice (same file as {seen_paths[key]})"))
            continue
        seen_paths[key] = path
        try:
            source = read_source(path)
        except LoadError as exc:
            problems.append(InputProblem(path, str(exc)))
            continue
        text_key = hashlib.sha256(" ".join(source.text.split()).encode("utf-8", "replace")).hexdigest()
        if text_key in seen_texts:
            problems.append(InputProblem(path, f"same text as {seen_texts[text_key]}; compared once"))
            continue
        seen_texts[text_key] = source.path
        sorted_out = classify(split_paragraphs(source.text))
        reasons = {reason for _, reason in sorted_out.boilerplate} - {"headline", "dateline"}
        if not sorted_out.content and reasons:
            problems.append(
                InputProblem(path, f"no article text, only page chrome ({', '.join(sorted(reasons))})")
            )
            continue
        sources.append(source)
    return LoadResult(tuple(sources), tuple(problems))


def _identity(path: str) -> str:
    """The same string for every path that names the same file."""
    import os

    if path == "-":
        return "-"
    try:
        st = os.stat(path)
        return f"{st.st_dev}:{st.st_ino}"
    except (OSError, ValueError):
        pass
    try:
        return os.path.abspath(path)
    except OSError:  # the working folder itself is gone
        return path


def build_articles(sources: tuple[Source, ...] | list[Source]) -> list[Article]:
    """Segment every source and sort its paragraphs into content and boilerplate."""
    raw = [split_paragraphs(s.text) for s in sources]
    shared = lines_repeated_across(raw) if len(raw) > 1 else set()
    articles = []
    for number, (source, paragraphs) in enumerate(zip(sources, raw), start=1):
        article_id = str(number)
        sorted_out = classify(paragraphs, shared)
        content = tuple(
            Paragraph(article_id, i, p.line, p.text) for i, p in enumerate(sorted_out.content)
        )
        chrome = tuple(
            Boilerplate(Paragraph(article_id, -1, p.line, p.text), reason)
            for p, reason in sorted_out.boilerplate
        )
        warnings = list(source.warnings)
        if not content:
            warnings.append("no article text found, only page chrome")
        articles.append(
            Article(
                id=article_id,
                name=source.name,
                path=source.path,
                title=sorted_out.title,
                published=sorted_out.published,
                paragraphs=content,
                boilerplate=chrome,
                warnings=tuple(warnings),
            )
        )
    return articles


def compare(
    sources: tuple[Source, ...] | list[Source],
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[str], None] | None = None,
) -> Story:
    """Align the articles and find where they diverge.

    `progress`, when given, is told each stage as it starts (to show a waiting reader)."""
    tell = progress or (lambda stage: None)
    tell(f"cleaning {len(sources)} articles")
    articles = build_articles(sources)
    paragraphs = [p for art in articles for p in art.paragraphs]
    tell(f"aligning {len(paragraphs)} paragraphs")
    clusters = align_paragraphs(paragraphs, threshold)
    notes = []
    if len(articles) == 1:
        notes.append("only one article: nothing to compare")
    tell(f"finding facts in {len(clusters)} clusters")
    facts, divergences, entities = find_facts(articles, clusters)
    return Story(
        articles=tuple(articles),
        clusters=tuple(clusters),
        facts=facts,
        divergences=divergences,
        entities=entities,
        threshold=threshold,
        notes=tuple(notes),
    )
