"""From paths to a `Story`: load, clean, segment, align, find facts.

The one entry point every face of storydiff uses, so they always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .alignment import DEFAULT_THRESHOLD, align_paragraphs
from .boilerplate import classify, lines_repeated_across
from .loading import InputProblem, LoadError, Source, expand_paths, read_source
from .models import Article, Boilerplate, Paragraph, Story
from .segmenting import split_paragraphs


@dataclass(frozen=True)
class LoadResult:
    """The readable inputs and the problems of the others."""

    sources: tuple[Source, ...]
    problems: tuple[InputProblem, ...]


def load_sources(paths: list[str]) -> LoadResult:
    """Read every input; skip the unusable ones and the exact duplicates, saying why."""
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
        text_key = " ".join(source.text.split())
        if text_key in seen_texts:
            problems.append(InputProblem(path, f"same text as {seen_texts[text_key]}; compared once"))
            continue
        seen_texts[text_key] = path
        sources.append(source)
    return LoadResult(tuple(sources), tuple(problems))


def _identity(path: str) -> str:
    if path == "-":
        return "-"
    import os

    try:
        st = os.stat(path)
        return f"{st.st_dev}:{st.st_ino}"
    except OSError:
        return os.path.abspath(path)


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


def compare(sources: tuple[Source, ...] | list[Source], threshold: float = DEFAULT_THRESHOLD) -> Story:
    """Align the articles and find where they diverge."""
    articles = build_articles(sources)
    paragraphs = [p for art in articles for p in art.paragraphs]
    clusters = align_paragraphs(paragraphs, threshold)
    notes = []
    if len(articles) == 1:
        notes.append("only one article: nothing to compare")
    return Story(
        articles=tuple(articles),
        clusters=tuple(clusters),
        threshold=threshold,
        notes=tuple(notes),
    )
