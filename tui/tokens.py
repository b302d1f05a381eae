"""Words as the aligner sees them: lower-cased, crudely stemmed, stop words dropped."""

from __future__ import annotations

import re
from functools import lru_cache

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each even ever few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just let me more most much must my myself no nor not now of off on
    once one only or other our ours ourselves out over own same she should so some still such
    than that the their theirs them themselves then there these they this those through to too
    under until up upon very was we were what when where which while who whom why will with
    would yet you your yours yourself yourselves said says say saying told according however
    although though since also new may might shall would like well made make makes including
    per via amid among toward towards within without whose itself s t
    """.split()
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_SUFFIXES = (
    "ational", "ization", "isation", "fulness", "ousness", "iveness", "ations", "ation",
    "ements", "ement", "ments", "ment", "ingly", "ities", "ity", "ness", "ings", "ing",
    "ions", "ion", "ally", "edly", "ers", "ies", "ied", "ed", "es", "er", "ly", "ly", "al", "s",
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet 'recognized' with 'recognition'."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.isdigit() or len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("iz") or word.endswith("is"):
        word = word[:-1] + "s"  # recognis/recogniz meet
    return word


def raw_words(text: str) -> list[str]:
    return _WORD.findall(text)


def content_tokens(text: str) -> list[str]:
    """Stems of the words that carry meaning, numbers kept, stop words dropped."""
    out = []
    for word in _WORD.findall(text):
        lower = word.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower in STOP_WORDS or (len(lower) < 2 and not lower.isdigit()):
            continue
        # A number with separators is one token: "2,389" -> "2389".
        out.append(stem(lower))
    return out


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (good enough for news prose)."""
    parts = [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    return parts or [text]
