"""One entity per real-world name: spelling variants merged by fuzzy matching, people kept apart.

Two spellings are one name when they have as many words and every word pair differs by
a few edits of the kind transliteration makes, in words of five letters or more
("Sergey"/"Sergei", "Naypyidaw"/"Naypyitaw", "Gaddafi"/"Qaddafi"/"Kadhafi"), or by one
consonant inside a run of them ("Henrik"/"Hendrik"); shorter words only by a "y" written
for an "i" ("Kyiv"/"Kiev"), never by another vowel or consonant ("Gaza"/"Giza",
"Iran"/"Iraq"). Words are compared as written without doubled letters and with the
letter pairs that spell one sound ("ou", "ee", "dj", "ks"...) written once: "Assad"/"Asad",
"Moussa"/"Musa", "Shareef"/"Sharif", "Mohamed"/"Muhammad", "Aleksei"/"Alexei" are one
word, "Ali"/"Alli" too short to tell. "Russia"/"Russian", "Lavrov"/"Lavrova",
"Martin"/"Marvin", "Ali"/"Alia" or "Mark"/"Marc" are different words, not spellings. A bare surname joins a full name
only when exactly one person in the story carries it. An acronym joins the name the
story spells it out as ("UN", "U.N." and "United Nations"), which names the entity.
A word seen only alone at the start of sentences ("Officials said", "Markets shrugged")
is an entity only when it joins a name the story writes elsewhere: "Lavrov said" beside
"Sergei Lavrov", "Zelensky met" beside "Volodymyr Zelenskyy" said inside a sentence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from ..acronyms import ACRONYM, letters
from ..models import Entity, EntityVariant
from .mentions import BUSINESS_WORDS, CONNECTORS, LEGAL_FORMS, Mention
from .text import fold

MIN_FUZZY_LENGTH = 5
FORM_ENDINGS = frozenset("nsiae")  # Russia/Russian, Pakistan/Pakistani, Lavrov/Lavrova
VOWELS = frozenset("aeiouy")
CONFUSABLE = {frozenset(pair) for pair in ("dt", "gq", "gh", "kc", "cs", "sz", "zj", "jy", "fv", "bp", "kq", "wv", "kh", "xs", "gk")}
_VOWEL_GROUPS = re.compile(r"[aeiouy]+|[^aeiouy]+")
# Letter pairs that English spellings of other alphabets write for one sound.
_ONE_SOUND = (("tch", "ch"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("dj", "j"), ("ks", "x"))
_DOUBLED = re.compile(r"(\w)\1+")
MIN_SKELETON = 4  # "Asad" and "Assad" are one name, "Ali" and "Alli" may be two
SURNAME_PARTICLES = CONNECTORS - {"of"}
REGION_WORDS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower", "new", "greater"})


@dataclass
class _Spelling:
    key: str
    tokens: tuple[str, ...]
    shown: Counter = field(default_factory=Counter)
    articles: dict[str, int] = field(default_factory=dict)  # article -> first line
    kinds: Counter = field(default_factory=Counter)
    written: dict[str, set[str]] = field(default_factory=dict)  # shown text -> articles
    opener_only: bool = True  # seen only as a lone word opening a sentence

    def variants(self) -> list[EntityVariant]:
        """Each way of writing the name ("U.S.", "US"), told apart from another only by more than its case."""
        forms: dict[str, list[str]] = defaultdict(list)
        for shown, _ in self.shown.most_common():
            forms[shown.lower()].append(shown)
        return [
            EntityVariant(texts[0], tuple(a for a in self.articles if any(a in self.written[t] for t in texts)))
            for texts in forms.values()
        ]


@lru_cache(maxsize=100_000)
def name_key(text: str) -> str:
    return " ".join(fold(text).replace(".", "").replace("-", " ").split())


@lru_cache(maxsize=100_000)
def skeleton(word: str) -> str:
    """A folded word as it sounds: each letter pair of one sound written as one letter,
    and doubled letters once ("moussa" and "musa" are "musa", "shareef" is "sharif")."""
    for pair, one in _ONE_SOUND:
        word = word.replace(pair, one)
    return _DOUBLED.sub(r"\1", word)


def similar_words(a: str, b: str) -> bool:
    """Two words that are one word spelled two ways: the same skeleton, or skeletons a few
    edits apart, each one a transliteration would make (a vowel for a vowel, "d"/"t",
    "zh"/"j", a silent "h" or "y"). "Martin"/"Marvin", "Maria"/"Mario", "Russia"/"Russian"
    and "Islamic"/"Islamist" are different words."""
    if a == b:
        return True
    a, b = skeleton(a), skeleton(b)
    if a == b:
        return len(a) >= MIN_SKELETON
    if min(len(a), len(b)) < MIN_FUZZY_LENGTH:
        return _iotated_alike(a, b)
    ops = Levenshtein.editops(a, b)
    if len(ops) == 1 and _cluster_letter(a, b, ops[0]):
        return True
    if len(ops) > (2 if min(len(a), len(b)) < 8 else 3):
        return False
    return all(_alike_edit(a, b, op) for op in ops)


def _cluster_letter(a: str, b: str, op) -> bool:
    """One consonant more inside a run of consonants, the one edit between two words:
    "Henrik"/"Hendrik", "Frank"/"Franck", "Samson"/"Sampson" are one name told in two
    languages' ways; a letter that opens a syllable ("Maria"/"Marina") makes another."""
    tag, s, d = op
    if tag == "replace":
        return False
    word, pos = (b, d) if tag == "insert" else (a, s)
    if not 0 < pos < len(word) - 1:
        return False
    return not {word[pos - 1], word[pos], word[pos + 1]} & VOWELS


def _iotated_alike(a: str, b: str) -> bool:
    """Short names are one name only when one writer puts "y" where the other puts "i" for
    a soft vowel ("Kyiv"/"Kiev", "Riga"/"Ryga"): same consonants in the same places, and
    each vowel group that differs is that soft vowel, written "y" on one side, with at
    most one more vowel after it on the other. "Gaza"/"Giza", "Mali"/"Male", "Kim"/"Kum",
    "Lyon"/"Leon", "Iran"/"Iraq" and "Yuan"/"Yian" stay apart."""
    if min(len(a), len(b)) < 4:
        return False
    ga, gb = _vowel_groups(a), _vowel_groups(b)
    if len(ga) != len(gb):
        return False
    for x, y in zip(ga, gb):
        if x == y:
            continue
        if x[0] not in VOWELS or y[0] not in VOWELS or "y" not in x + y:
            return False  # a consonant changed, or a vowel with no "y" for "i"
        x, y = x.replace("y", "i"), y.replace("y", "i")
        if x[0] != "i" or y[0] != "i":
            return False
        rest_x, rest_y = x.lstrip("i"), y.lstrip("i")
        if rest_x != rest_y and (min(len(rest_x), len(rest_y)) > 0 or max(len(rest_x), len(rest_y)) > 1):
            return False
    return True


def _vowel_groups(word: str) -> list[str]:
    """Runs of vowels and of consonants; a "y" opening a word before a vowel is a consonant."""
    if len(word) > 1 and word[0] == "y" and word[1] in VOWELS:
        return ["y"] + _VOWEL_GROUPS.findall(word[1:])
    return _VOWEL_GROUPS.findall(word)


def _alike_edit(a: str, b: str, op) -> bool:
    tag, s, d = op
    if tag == "replace":
        x, y = a[s], b[d]
        if s == len(a) - 1 and d == len(b) - 1 and x in "aoe" and y in "aoe":
            return False  # "Maria"/"Mario", "Daniele"/"Daniela": another name
        return (x in VOWELS and y in VOWELS) or frozenset((x, y)) in CONFUSABLE
    word, pos = (b, d) if tag == "insert" else (a, s)
    c = word[pos]
    if pos >= len(word) - 1 and c in FORM_ENDINGS:
        return False  # "Russia"/"Russian", "Lavrov"/"Lavrova": another word
    return c in "hy" or (c in VOWELS and 0 < pos < len(word) - 1)  # "Gadhafi"/"Gaddafi": "dh" for "dd"


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Names of as many words, spelled alike word by word ("Muammar Gaddafi", "Moammar
    Qaddafi"). Two people who share a surname stay apart: their given names are other
    words, not spellings of one ("Joe Biden", "Hunter Biden"; "Maria Lopez", "Mario Lopez")."""
    if len(a) != len(b):
        return False
    return all(similar_words(x, y) for x, y in zip(a, b))


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


@dataclass(frozen=True)
class NameIndex:
    """Canonical name of every spelling, and the entities table."""

    canonical: dict[str, str]
    entities: tuple[Entity, ...]
    spellings: dict[str, tuple[tuple[str, dict[str, int]], ...]]  # name -> (full spelling, article -> line)

    def canonical_of(self, text: str) -> str | None:
        return self.canonical.get(name_key(text))


def build_index(mentions: list[tuple[str, int, Mention]], stands_for: dict[str, str] | None = None) -> NameIndex:
    """Merge the mentions (article, paragraph line, mention) of a whole story into entities;
    `stands_for` gives the names the story's acronyms stand for (`acronyms.expansions`)."""
    spellings: dict[str, _Spelling] = {}
    for article, line, mention in mentions:
        key = name_key(mention.text)
        if not key:
            continue
        entry = spellings.get(key)
        if entry is None:
            entry = spellings[key] = _Spelling(key, tuple(key.split()))
        entry.shown[mention.text] += 1
        entry.articles.setdefault(article, line)
        entry.kinds[mention.kind] += 1
        entry.written.setdefault(mention.text, set()).add(article)
        entry.opener_only = entry.opener_only and mention.opener
    union = _Union()
    _merge_spellings(spellings, union)
    _join_middle_initials(spellings, union)
    acronyms = _join_acronyms(spellings, union, stands_for or {})
    short, respelled = _link_surnames(spellings, union)
    firms = _link_companies(spellings, union)
    members: dict[str, list[_Spelling]] = defaultdict(list)
    for key, entry in spellings.items():
        members[union.find(key)].append(entry)
    canonical: dict[str, str] = {}
    entities = []
    groups: dict[str, tuple[tuple[str, dict[str, int]], ...]] = {}
    minor = short | acronyms  # never the entity's name, nor a spelling worth showing
    # A company's short name may name it ("Corvana"), but is no spelling of its full one;
    # a surname alone is one only when written unlike the full name's ("Zelensky").
    quiet = (minor - respelled) | firms
    surnames = {entry.tokens[-1] for entry in spellings.values() if len(entry.tokens) > 1}
    for group in members.values():
        if not _named(group, surnames):
            continue
        best = max(group, key=lambda s: (s.key not in minor, len(s.articles), sum(s.shown.values()), -len(s.key)))
        name = best.shown.most_common(1)[0][0]
        for s in group:
            canonical[s.key] = name
        # An acronym is read as a body for its capitals alone: the name it stands for says more.
        kind = _kind([s for s in group if s.key not in acronyms])
        variants = [v for s in sorted(group, key=lambda s: (-len(s.articles), s.key)) for v in s.variants()]
        groups[name] = tuple((s.shown.most_common(1)[0][0], s.articles) for s in group if s.key not in quiet)
        entities.append((sum(len(s.articles) for s in group), Entity(name, kind, tuple(variants))))
    entities.sort(key=lambda pair: (-pair[0], pair[1].name))
    return NameIndex(canonical, tuple(e for _, e in entities), groups)


def _named(group: list[_Spelling], surnames: set[str]) -> bool:
    """Whether the story says the group is a name by more than a capital opening a
    sentence: a spelling seen elsewhere, or a lone word the story gives in full as the
    last word of a longer name ("Zelensky met" beside "Volodymyr Zelenskyy")."""
    if not all(s.opener_only for s in group):
        return True
    return any(similar_words(s.key, surname) for s in group for surname in surnames)


def _kind(group: list[_Spelling]) -> str:
    """What the spellings were most often read as, when any was read as more than a name."""
    kinds = Counter()
    for s in group:
        kinds.update(s.kinds)
    return next((k for k, _ in kinds.most_common() if k != "name"), "name")


def _join_acronyms(spellings: dict[str, _Spelling], union: _Union, stands_for: dict[str, str]) -> set[str]:
    """Join each acronym to the name the story spells it out as, when the story names
    that too ("UN" and "U.N." to "United Nations"); returns the acronyms joined."""
    joined = set()
    for entry in spellings.values():
        written = next((text for text in entry.shown if ACRONYM.fullmatch(text)), None)
        name = stands_for.get(letters(written)) if written else None
        if name and name_key(name) in spellings:
            union.join(name_key(name), entry.key)
            joined.add(entry.key)
    return joined


def _merge_spellings(spellings: dict[str, _Spelling], union: _Union) -> None:
    """Join spellings of one name, comparing only those that share a block (length and
    letters: the first two, the last three, or the consonants of the skeleton, as "Kyiv"
    and "Kiev" do, or "Mohamed" and "Muhammad")."""
    blocks: dict[tuple, list[_Spelling]] = defaultdict(list)
    for entry in spellings.values():
        last = entry.tokens[-1]
        if len(last) < 4 and len(entry.tokens) == 1:
            continue
        n, size = len(entry.tokens), len(last)
        seen: set[str] = set()
        own = ((n, "^" + last[:2], size), (n, "$" + last[-3:], size), (n, "#" + _consonants(skeleton(last)), size))
        for block in own:
            for near in (-2, -1, 0, 1, 2):
                for other in blocks.get((block[0], block[1], block[2] + near), ()):
                    if other.key not in seen and (
                        same_name(entry.tokens, other.tokens) or _short_given_name(entry, other)
                    ):
                        union.join(other.key, entry.key)
                    seen.add(other.key)
        for block in own:
            blocks[block].append(entry)


def _join_middle_initials(spellings: dict[str, _Spelling], union: _Union) -> None:
    """Join a person's name written with middle initials to the same name without them:
    "Ravi K. Adhikary" and "Ravi Adhikary", "George W. Bush" and "George Bush"."""
    for entry in spellings.values():
        tokens = entry.tokens
        if len(tokens) < 3 or not any(len(t) == 1 for t in tokens[1:-1]):
            continue
        bare = " ".join([tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1]])
        other = spellings.get(bare)
        if other is not None and _personal(entry) and _personal(other):
            union.join(other.key, entry.key)


def _short_given_name(a: _Spelling, b: _Spelling) -> bool:
    """Two people's names that differ only by a given name written short: "Steve Witkoff"
    and "Steven Witkoff", "Alex Moreno" and "Alexander Moreno". The short form has four
    letters or more and the long one does not end in a vowel, so "Ali"/"Alia",
    "Paul"/"Paula", "Chris"/"Christine" and "Mark"/"Marko" stay two people."""
    if len(a.tokens) != len(b.tokens) or len(a.tokens) < 2 or not (_personal(a) and _personal(b)):
        return False
    short, long = sorted((a.tokens[0], b.tokens[0]), key=len)
    if len(short) < 4 or short == long or not long.startswith(short) or long[-1] in VOWELS:
        return False
    return same_name(a.tokens[1:], b.tokens[1:])


def _consonants(word: str) -> str:
    return "".join(c for c in word if c not in VOWELS)


def _link_surnames(spellings: dict[str, _Spelling], union: _Union) -> tuple[set[str], set[str]]:
    """Join a surname to the one full personal name ending with it, if only one does: a
    word ("Zelensky") or a surname with its particles ("von der Leyen", "bin Salman").
    Returns the surnames joined, and those of them spelled unlike the full name's
    ("Zelensky" joined to "Volodymyr Zelenskyy"): spellings worth showing."""
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    personal: set[str] = set()
    for entry in spellings.values():
        tokens = entry.tokens
        if 2 <= len(tokens) <= 5 and tokens[0] not in REGION_WORDS and not entry.kinds["organisation"]:
            root = union.find(entry.key)
            for surname in _surnames(tokens):
                owners[surname].add(root)
            if _family_first(entry):
                owners[tokens[:1]].add(root)  # "Lee" alone is "Lee Jun-ho"
            if _personal(entry):
                personal.add(root)
    by_letter: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for (word, *more), roots in owners.items():
        if not more:
            by_letter[word[0]].append((word, roots))
    linked, respelled = set(), set()
    for entry in spellings.values():
        surname = len(entry.tokens) == 1 or entry.tokens[0] in SURNAME_PARTICLES
        if not surname or entry.kinds.most_common(1)[0][0] in ("place", "organisation"):
            continue
        roots = owners.get(entry.tokens)
        if not roots:
            roots = _owners_alike(entry.tokens, by_letter)
            if len(roots) == 1:
                respelled.add(entry.key)
        if len(roots) == 1 and roots <= personal:
            union.join(next(iter(roots)), entry.key)
            linked.add(entry.key)
    return linked, respelled & linked


def _owners_alike(surname: tuple[str, ...], by_letter: dict[str, list[tuple[str, set[str]]]]) -> set[str]:
    """The full names whose surname is this one spelled another way: "Zelensky" alone
    beside "Volodymyr Zelenskyy" and "Volodymir Zelenskiy" (`by_letter`: the one-word
    surnames of full names, with the names, by first letter)."""
    if len(surname) != 1 or len(surname[0]) < MIN_FUZZY_LENGTH:
        return set()
    word = surname[0]
    roots: set[str] = set()
    for other, found in by_letter.get(word[0], ()):
        if abs(len(other) - len(word)) <= 2 and similar_words(word, other):
            roots |= found
    return roots


def _surnames(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The ways a full name may be shortened to its surname: the last word, and the words
    from each particle on ("von der leyen" and "der leyen" of "ursula von der leyen")."""
    tails = [tokens[i:] for i in range(1, len(tokens) - 1) if tokens[i] in SURNAME_PARTICLES]
    return [tokens[-1:], *tails]


def _family_first(entry: _Spelling) -> bool:
    """Whether a name is written family name first, as Korean names are: a second and last
    word of two short syllables joined by a hyphen ("Lee Jun-ho", "Kim Seo-yeon"); not a
    double-barrelled surname ("Mary Smith-Jones") nor "Khalid al-Mansouri"."""
    for shown in entry.shown:
        words = shown.split()
        head, dash, tail = words[-1].partition("-") if len(words) == 2 else ("", "", "")
        if dash and 1 < len(head) <= 4 and 1 < len(tail) <= 4 and head.lower() not in CONNECTORS:
            return True
    return False


def _personal(entry: _Spelling) -> bool:
    """Named at least once with a title ("President", "Minister") and never as a place or body."""
    return entry.kinds["person"] > 0 and not entry.kinds["organisation"] and not entry.kinds["place"]


def _link_companies(spellings: dict[str, _Spelling], union: _Union) -> set[str]:
    """Join a company named with its legal form or a business word ("Corvana Platforms Inc.",
    "Stepove Coal Company") to the short name the story also calls it by ("Corvana
    Platforms", "Corvana", "Stepove Coal"): the words before the form, then those without
    the business words before it; never one that two companies could be ("Stepove Coal" of
    "Stepove Coal Company" and "Stepove Coal Group").
    Returns the short names joined."""
    claimed: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for entry in spellings.values():
        tokens = entry.tokens
        if len(tokens) < 2 or tokens[-1] not in LEGAL_FORMS | BUSINESS_WORDS:
            continue
        short = tokens[:-1]
        while short:
            other = spellings.get(" ".join(short))
            if other is not None:
                claimed[other.key].append(tokens)
            if short[-1] not in BUSINESS_WORDS:
                break
            short = short[:-1]
    joined = set()
    for key, owners in claimed.items():
        longest = max(owners, key=len)
        if all(longest[: len(owner)] == owner for owner in owners):  # one company's names
            for owner in owners:
                union.join(" ".join(owner), key)
            joined.add(key)
    return joined
