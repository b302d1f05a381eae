"""Two articles naming different people in the same role: "Mayor Helena Strand" against
"Mayor Helena Moreau" in paragraphs that make the same point.

Only inside a cluster, only between full names that share their first name and the
title before them, and only where each paragraph lacks the other's name: two people
of one paragraph ("Minister Sergey Lavrov met Minister Sergey Shoigu") never clash.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..models import Divergence, FactValue, Paragraph
from ..tokens import STOP_WORDS
from .mentions import Mention
from .names import similar_words
from .text import fold

_LAST_WORD = re.compile(r"([A-Za-z][\w’'-]*)\W*$")


def role_conflicts(
    named: list[tuple[Paragraph, list[tuple[Mention, str]]]],
    cluster_of: dict[tuple[str, int], int],
    places: set[str],
) -> list[Divergence]:
    """`named` holds each paragraph with its mentions and their canonical names; `places`
    the folded one-word names of places and bodies ("russia"), which end no person's name."""
    # cluster -> (title, first name) -> canonical name -> paragraphs naming it
    roles: dict[int, dict[tuple[str, str], dict[str, list[tuple[Paragraph, str]]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    names_of: dict[tuple[str, int], set[str]] = {}
    titled: dict[str, list[tuple[tuple[str, str], str, str]]] = {}  # read once per distinct text
    names_in: dict[str, set[str]] = {}
    for paragraph, mentions in named:
        cluster = cluster_of.get(paragraph.key)
        if cluster is None:
            continue
        if paragraph.text not in titled:
            titled[paragraph.text] = _titled(paragraph.text, mentions)
            names_in[paragraph.text] = {canonical for _, canonical in mentions}
        names_of[paragraph.key] = names_in[paragraph.text]
        for role, canonical, said in titled[paragraph.text]:
            roles[cluster][role][canonical].append((paragraph, said))
    out = []
    for cluster, by_role in roles.items():
        for (title, _), people in by_role.items():
            if len(people) < 2:
                continue
            sides = _exclusive_sides(people, names_of)
            if len({v.article for v in sides}) >= 2 and _different_people({v.value for v in sides}, places):
                first = next(iter(people)).split()[0]
                out.append(Divergence("entity", "conflict", f"{title} {first} …", cluster, tuple(sides)))
    return out


def _titled(text: str, mentions: list[tuple[Mention, str]]) -> list[tuple[tuple[str, str], str, str]]:
    """The full names said right after a title ("Mayor Helena Strand"): ((title, folded
    first name), canonical name, the words as written)."""
    out = []
    for mention, canonical in mentions:
        words = canonical.split()
        if len(words) < 2:
            continue
        before = _LAST_WORD.search(text, max(0, mention.start - 40), mention.start)
        if not before or before.end(1) + 2 < mention.start:
            continue
        title = before.group(1).lower()  # "Mayor", "Minister": the word right before the name
        if title in STOP_WORDS:
            continue
        out.append(((title, fold(words[0])), canonical, mention.text))
    return out


def _different_people(names: set[str], places: set[str]) -> bool:
    """At least two names that cannot be one person: not shorter forms of one name
    ("Amir Muttaqi", "Amir Khan", "Amir Khan Muttaqi"), not a name run into a place
    ("Dmitry Russia")."""
    words = [fold(n).split() for n in names if fold(n.split()[-1]) not in places]
    for i, wa in enumerate(words):
        for wb in words[i + 1 :]:
            if any(_within(wa, wc) and _within(wb, wc) for wc in words):
                continue  # "Amir Khan" and "Amir Muttaqi" are both "Amir Khan Muttaqi"
            return True
    return False


def _within(part: list[str], whole: list[str]) -> bool:
    """Every word of `part` is a word of `whole`, spelled alike ("Sergei" in "Sergey Lavrov")."""
    return all(any(similar_words(p, w) for w in whole) for p in part)


def _exclusive_sides(people: dict[str, list[tuple[Paragraph, str]]], names_of: dict[tuple[str, int], set[str]]):
    """Each name as said by the paragraphs that name none of the others."""
    everyone = set(people)
    sides = []
    for side, (canonical, said) in enumerate(people.items()):
        for paragraph, text in said:
            if names_of[paragraph.key] & (everyone - {canonical}):
                continue
            sides.append(FactValue(paragraph.article, paragraph.line, text, canonical, side=side))
    sides.sort(key=lambda v: ((int(v.article), v.article) if v.article.isdigit() else (0, v.article), v.line))
    return sides
