"""Reproducible piles of one story: N articles rewritten from a pool of base paragraphs.

Each article picks about twenty base paragraphs, keeps their order with a few local
swaps, rewrites some of them (words dropped or replaced, sentences swapped or trimmed),
changes a fact in a few (a number, a year or month, a person's name) and wraps the body
in page chrome. Some articles republish an earlier one's body under other chrome, as
syndicated copies do. The generator remembers which base paragraph every content
paragraph came from (the true clusters) and every fact it changed (the injected conflicts).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..engine import build_articles, load_sources
from ..loading import BUNDLED_SEEDS, Source
from ..tokens import sentences
from .chrome import article_chrome
from .story_text import OTHER_SURNAMES, OWN_PARAGRAPHS, PERSON_NAMES

DEFAULT_SEED = 5
PARAGRAPHS_PER_ARTICLE = 20
MIN_BASE_WORDS = 20

VERBATIM_SHARE = 0.35  # copies left word for word, as wire copy often is
REPUBLISHED_SHARE = 0.15  # articles that copy an earlier article's body
CONFLICT_SHARE = 0.04  # paragraph copies with one fact changed

SYNONYMS = {
    "said": ("stated", "told reporters", "added"),
    "announced": ("declared", "disclosed", "confirmed"),
    "decision": ("move", "step", "ruling"),
    "officials": ("authorities", "representatives"),
    "government": ("administration", "authorities"),
    "country": ("nation", "state"),
    "significant": ("major", "notable", "important"),
    "important": ("significant", "key"),
    "expected": ("likely", "due"),
    "people": ("residents", "individuals"),
    "meeting": ("talks", "session"),
    "help": ("assist", "support"),
    "began": ("started", "commenced"),
    "about": ("around", "roughly", "some"),
    "warned": ("cautioned", "said"),
    "promised": ("pledged", "vowed"),
    "after": ("following", "once"),
    "before": ("ahead of", "prior to"),
    "large": ("big", "sizeable"),
    "move": ("step", "decision"),
    "relations": ("ties", "links"),
    "ties": ("relations", "links"),
    "also": ("additionally", "too"),
    "however": ("but", "yet"),
}

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_MONTH_BEFORE = re.compile(_MONTH.pattern + r"\s+$")  # "March " just before a day
# a count, not a part of "3:45" or "2,400" or "6.5"
_NUMBER = re.compile(r"(?<![\w.,:])\d{1,3}(?:,\d{3})+(?![\w,:])|(?<![\w.,:])\d+(?:\.\d+)?(?![\w,.:]?\d)")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


@dataclass(frozen=True)
class InjectedConflict:
    """A fact changed in one article's copy of a base paragraph."""

    article: str  # the article id the engine gives it: "1" for the first source
    line: int
    base: int
    kind: str  # "number", "date" or "entity"
    original: str
    changed: str


@dataclass(frozen=True)
class GeneratedStory:
    """The articles, and the truth about them."""

    sources: tuple[Source, ...]
    base_texts: tuple[str, ...]
    truth: dict[tuple[str, int], int]  # (article id, line) of a content paragraph -> base id
    boilerplate: frozenset[tuple[str, int]]
    conflicts: tuple[InjectedConflict, ...]
    seed: int = DEFAULT_SEED
    republished: int = 0

    @property
    def paragraph_count(self) -> int:
        return len(self.truth)


@dataclass
class _Copy:
    """One article's copy of a base paragraph, with the fact changed in it, if any."""

    base: int
    text: str
    change: tuple[str, str, str] | None = None  # kind, original, changed


@dataclass
class _Body:
    copies: list[_Copy] = field(default_factory=list)


@lru_cache(maxsize=4)
def base_paragraphs(min_words: int = MIN_BASE_WORDS) -> tuple[str, ...]:
    """The paragraphs of the seed article with the most of them, then the invented story's.

    The truth says that copies of two different base paragraphs make different points,
    so no two bases may make the same point. Paragraphs of one article never do; the
    seeds' articles were written independently, so paragraphs of two of them often do
    (the same takeover, the same quote, in other words), and no word count tells them apart.
    """
    loaded = load_sources([str(BUNDLED_SEEDS)])
    candidates = [
        [p.text for p in article.paragraphs if len(p.text.split()) >= min_words]
        for article in build_articles(loaded.sources)
    ]
    richest = max(candidates, key=len) if candidates else []
    return tuple(richest) + OWN_PARAGRAPHS


def generate_story(
    n_articles: int,
    seed: int = DEFAULT_SEED,
    paragraphs_per_article: int = PARAGRAPHS_PER_ARTICLE,
) -> GeneratedStory:
    """N articles of one story; the same arguments always give the same articles."""
    rng = random.Random(seed)
    bases = base_paragraphs()
    per_article = min(paragraphs_per_article, len(bases))
    bodies: list[_Body] = []
    sources: list[Source] = []
    truth: dict[tuple[str, int], int] = {}
    boilerplate: set[tuple[str, int]] = set()
    conflicts: list[InjectedConflict] = []
    republished = 0
    for number in range(1, n_articles + 1):
        if bodies and rng.random() < REPUBLISHED_SHARE:
            body = _republish(rng.choice(bodies), rng)
            republished += 1
        else:
            body = _new_body(bases, per_article, rng)
        bodies.append(body)
        article_id = str(number)
        head, middle, tail, outlet = article_chrome(rng)
        lines: list[str] = []
        chrome_lines: list[int] = []
        middle_at = rng.randrange(2, len(body.copies)) if middle and len(body.copies) > 2 else -1

        def add(text: str) -> int:
            if lines:
                lines.append("")
            lines.append(text)
            return len(lines)

        for text in head:
            chrome_lines.append(add(text))
        for position, copy in enumerate(body.copies):
            if position == middle_at:
                chrome_lines.append(add(middle))
            line = add(copy.text)
            truth[(article_id, line)] = copy.base
            if copy.change:
                kind, original, changed = copy.change
                conflicts.append(InjectedConflict(article_id, line, copy.base, kind, original, changed))
        for text in tail:
            chrome_lines.append(add(text))
        boilerplate.update((article_id, line) for line in chrome_lines)
        name = f"{number:05d}_{outlet}.txt"
        sources.append(Source(name=name, path=f"generated/{name}", text="\n".join(lines) + "\n"))
    return GeneratedStory(
        sources=tuple(sources),
        base_texts=bases,
        truth=truth,
        boilerplate=frozenset(boilerplate),
        conflicts=tuple(conflicts),
        seed=seed,
        republished=republished,
    )


def _new_body(bases: tuple[str, ...], per_article: int, rng: random.Random) -> _Body:
    count = max(2, min(len(bases), per_article + rng.randint(-4, 4)))
    chosen = sorted(rng.sample(range(len(bases)), count))
    for _ in range(rng.randint(0, 3)):  # a few paragraphs move up or down one place
        i = rng.randrange(len(chosen) - 1)
        chosen[i], chosen[i + 1] = chosen[i + 1], chosen[i]
    body = _Body()
    for base in chosen:
        text = bases[base] if rng.random() < VERBATIM_SHARE else rewrite(bases[base], rng)
        copy = _Copy(base, text)
        if rng.random() < CONFLICT_SHARE:
            changed = change_fact(text, rng)
            if changed:
                copy.text, copy.change = changed[0], changed[1:]
        body.copies.append(copy)
    return body


def _republish(body: _Body, rng: random.Random) -> _Body:
    """A syndicated copy: the same paragraphs, maybe one cut."""
    copies = [_Copy(c.base, c.text, c.change) for c in body.copies]
    if len(copies) > 3 and rng.random() < 0.5:
        del copies[rng.randrange(len(copies))]
    return _Body(copies)


def rewrite(text: str, rng: random.Random) -> str:
    """Reword a paragraph: swap or trim sentences, drop and replace words."""
    parts = sentences(text)
    if len(parts) > 1 and rng.random() < 0.3:
        i = rng.randrange(len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
    if len(parts) > 2 and rng.random() < 0.25:
        parts.pop()
    out = []
    for sentence in parts:
        words = sentence.split()
        if len(words) > 12 and rng.random() < 0.2 and ", " in sentence:
            cut = sentence.rfind(", ")  # a clause, not the comma of "2,400"
            if len(sentence[:cut].split()) >= 10:
                words = (sentence[:cut] + ".").split()
        kept = []
        for position, word in enumerate(words):
            bare = _bare(word).lower()
            if position and not any(ch.isdigit() for ch in word) and rng.random() < 0.06:
                # Nor part of a name or title: no rewrite reads "Prime Elin Kovacs".
                if not word[:1].isupper() and not _frames_a_date(word, words, position):
                    continue
            if bare in SYNONYMS and rng.random() < 0.5:
                word = word.lower().replace(bare, rng.choice(SYNONYMS[bare]))
            kept.append(word)
        if not kept:
            continue
        sentence = " ".join(kept)
        sentence = sentence[0].upper() + sentence[1:]
        if sentence[-1] not in ".!?”\"'":
            sentence += "."
        out.append(sentence)
    result = " ".join(out)
    return result if len(result.split()) >= 15 else text


def _frames_a_date(word: str, words: list[str], position: int) -> bool:
    """A month, or the word before a month or a figure ("in July", "on 31"): without them
    a day would read as a count, a month as a name ("made it clear April Russia"), and a
    change to them would be one no reader could compare. Rewriters drop words, not the
    ones that say what a date is."""
    following = _bare(words[position + 1]) if position + 1 < len(words) else ""
    return _bare(word) in MONTHS or following in MONTHS or following[:1].isdigit()


def _bare(word: str) -> str:
    """A word without the punctuation around it."""
    return word.strip(".,;:“”\"'()")


def change_fact(text: str, rng: random.Random) -> tuple[str, str, str, str] | None:
    """Change one number, year, month or person's name: (text, kind, original, changed)."""
    options: list[tuple[str, re.Match[str]]] = []
    for match in _YEAR.finditer(text):
        options.append(("date", match))
    for match in _MONTH.finditer(text):
        options.append(("date", match))
    for match in _NUMBER.finditer(text):
        if _YEAR.fullmatch(match.group()):
            continue
        day_of_month = _MONTH_BEFORE.search(text, 0, match.start())
        options.append(("date" if day_of_month else "number", match))
    for name in PERSON_NAMES:
        start = text.find(name)
        if start >= 0:
            options.append(("entity", re.compile(re.escape(name)).search(text, start)))
    if not options:
        return None
    kind, match = rng.choice(options)
    original = match.group()
    if kind == "entity":
        first, surname = original.rsplit(" ", 1)
        changed = f"{first} {rng.choice([s for s in OTHER_SURNAMES if s != surname])}"
    elif original in MONTHS:
        changed = rng.choice([m for m in MONTHS if m != original])
    elif _YEAR.fullmatch(original):
        changed = str(int(original) + rng.choice((-3, -2, -1, 1, 2, 3)))
    elif kind == "date":  # the day of "March 31": another day that exists in every month
        changed = str(rng.choice([day for day in range(1, 29) if str(day) != original]))
    else:
        changed = _other_number(original, rng)
    return text[: match.start()] + changed + text[match.end() :], kind, original, changed


def _other_number(original: str, rng: random.Random) -> str:
    value = float(original.replace(",", ""))
    decimals = len(original.split(".")[1]) if "." in original else 0
    factor = rng.choice((0.5, 0.75, 1.25, 1.5, 2.0, 3.0))
    new = round(value * factor, decimals)
    if new == value:
        new = value + 1
    if decimals:
        return f"{new:.{decimals}f}"
    # Counts of a thousand or more are written with a separator, as news prose does: "1800"
    # alone reads as a year. A figure written without one (a year, a code) stays so.
    grouped = "," in original or (int(value) < 1000 and new >= 1000)
    return f"{int(new):,}" if grouped else str(int(new))
