"""A member paragraph as styled Content: its own words, its facts, its conflicting values.

The article text is never parsed as markup; styles are laid over plain text by offset.
Styles name theme variables, so they follow the theme. Conflicting values also get a
`≠` marker so they read without colour.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content

from ..models import Divergence, Fact, Paragraph
from ..wordiff import MemberDiff

CHANGED_STYLE = "$text-warning on $warning-muted"
CONFLICT_STYLE = "bold $text-error on $error-muted"
VARIANT_STYLE = "bold $text-warning"
CONFLICT_MARK = "≠"
SEARCH_STYLE = "reverse"
FACT_STYLES = {
    "number": "underline $text-accent",
    "date": "underline $text-accent",
    "time": "underline $text-accent",
    "entity": "underline $text-primary",
    "claim": "italic",
}


def find_text(haystack: str, needle: str, taken: set[int] | None = None) -> int | None:
    """Where `needle` first appears in `haystack` (ignoring case), skipping starts already taken."""
    if not needle:
        return None
    folded, target = haystack.casefold(), needle.casefold()
    if len(folded) != len(haystack):  # case folding changed lengths: fall back to exact
        folded, target = haystack, needle
    start = folded.find(target)
    while start != -1 and taken is not None and start in taken:
        start = folded.find(target, start + 1)
    return None if start == -1 else start


def changed_ranges(diff: MemberDiff | None) -> list[tuple[int, int]]:
    """Character ranges of the words no other member has, unless the member is reworded."""
    if diff is None or diff.reworded:
        return []
    ranges, offset = [], 0
    for span in diff.spans:
        if span.changed and span.text.strip():
            ranges.append((offset, offset + len(span.text)))
        offset += len(span.text)
    return ranges


def fact_ranges(paragraph: Paragraph, facts: Iterable[Fact]) -> list[tuple[int, int, str]]:
    ranges, taken = [], set()
    for fact in facts:
        if fact.article != paragraph.article or fact.paragraph_line != paragraph.line:
            continue
        start = find_text(paragraph.text, fact.text, taken)
        if start is None:
            continue
        taken.add(start)
        ranges.append((start, start + len(fact.text), FACT_STYLES.get(fact.kind, "underline")))
    return ranges


def value_ranges(
    paragraph: Paragraph, last_line: int, divergences: Iterable[Divergence], severity: str = "conflict"
) -> list[tuple[int, int]]:
    """Ranges of this paragraph's values in divergences of one severity (by default, conflicts)."""
    ranges, taken = [], set()
    for divergence in divergences:
        if divergence.severity != severity:
            continue
        for value in divergence.values:
            if value.article != paragraph.article or not paragraph.line <= value.line <= last_line:
                continue
            start = find_text(paragraph.text, value.text, taken)
            if start is None:
                continue
            taken.add(start)
            ranges.append((start, start + len(value.text)))
    return ranges


def search_ranges(text: str, search: str) -> list[tuple[int, int]]:
    """Every place the search words appear, ignoring case."""
    ranges: list[tuple[int, int]] = []
    needle = search.strip()
    start = find_text(text, needle) if needle else None
    while start is not None:
        ranges.append((start, start + len(needle)))
        rest = find_text(text[start + len(needle):], needle)
        start = None if rest is None else start + len(needle) + rest
    return ranges


def paragraph_content(
    paragraph: Paragraph,
    diff: MemberDiff | None = None,
    facts: Iterable[Fact] = (),
    divergences: Iterable[Divergence] = (),
    last_line: int | None = None,
    search: str = "",
) -> Content:
    """The paragraph with differences, facts, search hits, variants and conflicts styled, `≠` before each conflict."""
    text = paragraph.text
    content = Content(text)
    for start, end in changed_ranges(diff):
        content = content.stylize(CHANGED_STYLE, start, end)
    for start, end, style in fact_ranges(paragraph, facts):
        content = content.stylize(style, start, end)
    for start, end in search_ranges(text, search):
        content = content.stylize(SEARCH_STYLE, start, end)
    last = paragraph.line if last_line is None else last_line
    for start, end in value_ranges(paragraph, last, divergences, "variant"):
        content = content.stylize(VARIANT_STYLE, start, end)
    conflicts = sorted(value_ranges(paragraph, last, divergences))
    for start, end in conflicts:
        content = content.stylize(CONFLICT_STYLE, start, end)
    for start, _end in reversed(conflicts):
        marker = Content.styled(CONFLICT_MARK, CONFLICT_STYLE)
        content = content[:start] + marker + content[start:]
    return content
