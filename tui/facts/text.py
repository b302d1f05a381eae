"""Sentences, clauses and words of a paragraph, with their offsets, for the extractors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from ..tokens import STOP_WORDS, stem

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;:](?=\s|$)|[()\[\]]|\s[—–-]\s|—|–)\s*|\s+(?:while|whereas|but|although|though|because)\s+"
    r"|\s+(?=(?:since|when|after|before|which|who|that|until|where)\s+(?:the|a|an|its|their|his|her|[A-Z])\b)"
)
WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'.-]*[\w]|[A-Za-z\u00C0-\u024F]")
QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})

ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "no", "vs", "jr", "sr"})


@lru_cache(maxsize=256)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end offsets of each sentence of a paragraph (kept for the paragraph's
    other facts, which ask again)."""
    return tuple(_sentence_spans(text))


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[max(start, match.start() - 4) : match.start()].rstrip(".").split(" ")[-1].lower()
        if before in ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
            continue
        yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def is_question(sentence: str) -> bool:
    """Whether a sentence asks rather than tells ("Will the talks resume?"): it asserts nothing."""
    return sentence.rstrip(" \"”’')").endswith("?")


def sentence_of(text: str, offset: int) -> tuple[int, int]:
    """Start and end offsets of the sentence that holds `offset`."""
    return next(((s, e) for s, e in sentence_spans(text) if s <= offset < e), (0, len(text)))


def clause_of(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Start and end offsets of the clause that holds `start` (or `end`), else of its sentence."""
    sentence = sentence_of(text, start)
    return next(
        ((a, b) for a, b in clause_spans(text, *sentence) if a <= start < b or end is not None and a < end <= b),
        sentence,
    )


@lru_cache(maxsize=1024)
def clause_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Clauses of one sentence: split at commas, dashes, brackets and contrast words."""
    return tuple(_clause_spans(text, start, end))


def _clause_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > cursor:
            yield cursor, match.start()
        cursor = match.end()
    if cursor < end:
        yield cursor, end


def fold(text: str) -> str:
    """Lower case without accents, with straight quotes: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.translate(QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def is_common(word: str) -> bool:
    return word.lower() in STOP_WORDS


def lowercase_vocabulary(texts: list[str]) -> set[str]:
    """Every word the story writes in lower case, and every capitalised word it writes
    inside a sentence (marked with a leading "^"): what tells a name from a sentence opener.
    The stems of the lower-case words are there too (marked "~"): a story that writes
    "rescued" and "rescue teams" tells that "Rescuers" opening a sentence is no name."""
    vocab: set[str] = set()
    for text in texts:
        lower = [w for w in WORD.findall(text) if w[0].islower()]
        vocab.update(lower)
        vocab.update("~" + stem(w) for w in lower)
        for m in _INNER_CAPITAL.finditer(text):
            word = _POSSESSIVE.sub("", m.group(1))
            vocab.add("^" + word.split("-")[0] if "-" in word and word.split("-")[1][:1].islower() else "^" + word)
    return vocab


_POSSESSIVE = re.compile(r"['’]s?$")
_INNER_CAPITAL = re.compile(r"(?<=[\w,;’'])\s+([A-Z][\w’'-]*)")
