"""Acronyms and the names they stand for, as one story spells both out.

Reports of one story name the same body differently: "the United Nations", "the UN",
"the U.N."; "the United States" and "the U.S."; "NATO" and "the North Atlantic Treaty
Organization". An acronym is read as a name only when the story itself carries a run of
capitalised words whose initials spell it, so no list of acronyms is needed and "WHO"
stays a word in a story that never names the World Health Organization.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# "UN", "NATO", "U.S.", "U.N."; the dotted form needs two letters at least.
ACRONYM = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,6}|[A-Z]{2,6}(?![\w’']))")
# Runs of capitalised words, with the small words names carry inside them.
_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:[ -](?:(?:of|the|and|for|on)[ -])*[A-Z][a-z]+)+")
_SMALL = frozenset({"of", "the", "and", "for", "on"})


def letters(acronym: str) -> str:
    """"U.S." -> "US"."""
    return acronym.replace(".", "")


def _spans(run: str) -> Iterable[tuple[str, str]]:
    """(initials, name) of every part of a run that starts and ends on a capitalised word."""
    words = re.split(r"[ -]", run)
    for i, first in enumerate(words):
        if first in _SMALL:
            continue
        for j in range(i + 1, len(words)):
            if words[j] in _SMALL:
                continue
            part = words[i : j + 1]
            yield "".join(w[0] for w in part if w not in _SMALL), " ".join(part)


def _shouted(text: str) -> bool:
    """A line in capitals ("RUSSIA SAYS IT WILL ACT"): its words are not acronyms."""
    return not any(c.islower() for c in text)


def expansions(texts: Iterable[str]) -> dict[str, str]:
    """Letters of each acronym the texts use -> the name they spell out ("UN" -> "United Nations").

    When several names fit, the one the story uses most wins, then the first seen."""
    texts = list(texts)
    wanted = {letters(m.group()) for text in texts if not _shouted(text) for m in ACRONYM.finditer(text)}
    if not wanted:
        return {}
    names: dict[str, Counter[str]] = {}
    for text in texts:
        for run in _NAME_RUN.finditer(text):
            for initials, name in _spans(run.group()):
                if initials in wanted:
                    names.setdefault(initials, Counter())[name] += 1
    return {initials: found.most_common(1)[0][0] for initials, found in names.items()}
