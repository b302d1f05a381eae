"""Deeds: what a named person or body did, or did not do, with no named object.

"Horvath conceded defeat on Sunday" against "Horvath has not conceded", "the minister
resigned" against "the minister has not resigned": the doer starts its clause (a name, or
"the" and a noun, read as `passive` reads its patients) and a finite verb follows it, in
the past ("resigned") or the perfect ("has apologised"), or denied ("has not", "did not",
"never", "has yet to", "refused to", "declined to"). The deed is the verb's stem; the word
after it, when it is a noun ("defeat", "a goal"), is what the deed was done to, and two
different ones ("conceded defeat", "conceded a goal") are two deeds.

Only the plainest sentences are read, since a deed read wrongly is a false conflict: a
question, a hedge or condition before the verb ("may", "would", "if", "is expected to"),
doubt ("unclear", "reportedly"), another time ("in 2019", "previously"), a negation before
the doer ("neither ... nor"), hearsay ("reports that"), a verb of saying, linking or
wanting, a verb that takes a clause ("agreed to", "admitted that"), and "not ... until"
are all left unread. So is a past participle that only describes its noun ("the man
arrested on Friday was charged"): a finite verb after it shows the clause goes on.

Kept apart from `claims`, which reads deeds done to a named object or a thing, and from
`passive`, which reads what was done to someone: here the doer is the one the claim is about.
"""

from __future__ import annotations

from ..tokens import STOP_WORDS, stem
from .claims import (
    AUXILIARIES, DETERMINERS, HEDGE, NEGATION, NOT_INTENDED, PERFECT, THING_DETERMINERS, FoundClaim, clause_words,
)
from .mentions import Mention
from .passive import HEARSAY, NEITHER, read_patient, told_as_done
from .text import clause_spans, sentence_spans

_NEGATED_AUX = frozenset({"hasn't", "haven't", "hadn't", "didn't", "hasn’t", "haven’t", "hadn’t", "didn’t"})
# Refusals: "refused to concede" denies the concession.
_REFUSED = frozenset({"refused", "declined", "failed"})
# Words that may stand between the doer and the verb without changing the deed.
_BETWEEN = frozenset({"yet", "also", "already", "since", "now", "finally", "then", "later", "just", "still", "formally", "publicly"})
# Verbs that tell of saying, seeming, wanting or being, not of a deed of their own.
_NOT_DEEDS = frozenset(
    "said told denied added stated confirmed announced insisted claimed reported responded replied noted "
    "explained argued asked urged called warned suggested described declared commented acknowledged admitted "
    "refused declined failed decided agreed planned intended wanted hoped expected wished tried attempted "
    "seemed appeared remained stayed looked sounded proved turned used based located concerned involved "
    "pleased surprised worried shocked believed thought feared alleged estimated considered".split()
)
# Owning up to a fault or not: "has admitted wrongdoing" against "denied any wrongdoing",
# "admitted no liability". The fault is the deed's object, so two faults are two deeds.
_ADMITTING = frozenset("admitted admits admit accepted accepts accept acknowledged acknowledges acknowledge".split())
_DENYING = frozenset("denied denies deny rejected rejects".split())
_FAULTS = frozenset("wrongdoing wrongdoings liability guilt responsibility fault blame negligence failings".split())
_FAULT_LEADS = frozenset("any all no its their some full".split())
_ADMITTED = stem("admitted")
# What may follow a verb and be no object of it: when and how.
_NOT_OBJECTS = frozenset("late early last yesterday today tonight overnight again soon shortly earlier later".split())
# After a participle, a finite verb shows that it only described its noun ("the man arrested on Friday was charged").
_GOES_ON = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "could", "may"})


def deed_denials(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """What a paragraph says a named doer has not done."""
    lower = text.lower()
    if not NEGATION.search(text) and not any(w in lower for w in ("denie", "deny", "reject")):
        return []
    return [c for c in deeds(text, mentions) if not c.affirmed]


def deed_assertions(text: str, mentions: list[tuple[Mention, str]], denied: frozenset[str]) -> list[FoundClaim]:
    """What a paragraph says a named doer did, only for the stems some article denies."""
    lower = text.lower()
    owned = _ADMITTED in denied and any(w in lower for w in ("accept", "acknowledg"))  # "accepted liability"
    if not owned and not any(s in lower for s in denied):
        return []
    return [c for c in deeds(text, mentions) if c.affirmed and c.predicate in denied]


def deeds(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """Each clause's deed: its doer at the start, then the verb, affirmed or denied."""
    names = {m.start: (m.end, canonical) for m, canonical in mentions}
    out = []
    for s_start, s_end in sentence_spans(text):
        sentence = text[s_start:s_end]
        if not told_as_done(sentence):
            continue
        for c_start, c_end in clause_spans(text, s_start, s_end):
            words = clause_words(text, c_start, c_end, names)
            for j in range(1, min(len(words), 9)):
                claim = _deed(text, words, j, s_start, c_start, c_end)
                if claim is not None:
                    out.append(claim)
                    break
    return out


def _deed(text: str, words, j: int, s_start: int, c_start: int, c_end: int) -> FoundClaim | None:
    """The deed whose verb phrase starts at word j, if the words before it are its doer."""
    lower = [w[0].lower() for w in words]
    i, negated, perfect = j, False, False
    if lower[i] in _NEGATED_AUX:
        i, negated = i + 1, True
    elif lower[i] in PERFECT or lower[i] == "did":
        perfect = lower[i] in PERFECT
        i += 1
        if lower[i : i + 2] == ["not", "only"]:
            return None  # "had not only deployed troops" affirms
        if i < len(lower) and lower[i] in ("not", "never"):
            i, negated = i + 1, True
        elif perfect and lower[i : i + 2] == ["yet", "to"]:
            i, negated = i + 2, True
        elif lower[j] == "did":
            return None  # "did" affirms only with stress; read no further
    while i < len(lower) and (lower[i] in _BETWEEN or (lower[i].endswith("ly") and words[i][2] is None)):
        i += 1
    if i < len(lower) and lower[i] == "never" and not negated:
        i, negated = i + 1, True
    if i + 2 < len(lower) and lower[i] in _REFUSED and lower[i + 1] == "to" and not negated:
        i, negated = i + 2, True
    if i >= len(lower) or words[i][2] is not None:
        return None
    verb = lower[i]
    fault = _fault(lower, i, negated)
    if fault is None and not _verb(verb, negated):
        return None
    patient = read_patient(words[:j])
    if patient is None or patient[2] is not None:
        return None  # no doer, or one whose owner tells it apart ("the driver of the bus")
    doer, at, _ = patient
    rest = lower[i + 1 :]
    if fault is None and i + 1 < len(words) and (words[i + 1][2] is not None or rest[0] in THING_DETERMINERS):
        return None  # "has invited the Red Cross", "signed the deal": a claim `claims` reads
    if rest[:1] and rest[0] in ("that", "whether", "if") or rest[:1] == ["to"] and not _to_someone(words, i + 2):
        return None  # "vowed to fight", "admitted that": a clause, not a deed of its own
    if i == j and _GOES_ON & set(_until_and(rest)):
        return None  # "the man arrested on Friday was charged": no deed of his
    if negated and {"until", "till", "before"} & set(rest):
        return None  # "did not resign until Friday" tells that she did
    verb_end = words[i][1] + len(words[i][0])
    after = text[verb_end : words[i + 3][1] if i + 3 < len(words) else c_end]
    if any(ch.isdigit() for ch in after):
        return None  # "hired 300 nurses", "accepted at least €2m": a count, which `numbers` compares
    if HEDGE.search(text, s_start, verb_end) or HEARSAY.search(text, s_start, at):
        return None
    if NEGATION.search(text, s_start, at) or NEITHER.search(text, s_start, at):
        return None  # "neither the minister nor ...", "denied that Horvath conceded": too tangled
    clause = text[c_start:c_end].strip()
    if fault is not None:
        return FoundClaim(stem("admitted"), "admitted", doer, None, fault[1], clause, c_start, True, owner=fault[0], deed=True)
    return FoundClaim(stem(verb), verb, doer, None, not negated, clause, c_start, True, owner=_object(words, i + 1), deed=True)


def _fault(lower: list[str], i: int, negated: bool) -> tuple[str, bool] | None:
    """The fault a verb owns up to or denies ("admitted wrongdoing", "denied any
    wrongdoing", "accepted no responsibility"), and whether it is owned; else None.
    "Did not deny wrongdoing" owns nothing: it is left unread."""
    verb = lower[i]
    if verb not in _ADMITTING and verb not in _DENYING or verb in _DENYING and negated:
        return None
    k = i + 1
    lead = lower[k] if k < len(lower) and lower[k] in _FAULT_LEADS else None
    k += lead is not None
    if k >= len(lower) or lower[k] not in _FAULTS:
        return None
    return lower[k], verb in _ADMITTING and not negated and lead != "no"


def _to_someone(words, k: int) -> bool:
    """Whether "to" after the verb leads to someone ("apologised to the families", "to Novak"),
    not to a verb ("pledged to fight")."""
    return k < len(words) and (words[k][2] is not None or words[k][0].lower() in DETERMINERS)


def _until_and(rest: list[str]) -> list[str]:
    """The words of a clause after its verb, up to the next verb joined to it."""
    return rest[: next((k for k, w in enumerate(rest) if w in ("and", "or")), len(rest))]


def _verb(word: str, negated: bool) -> bool:
    """A verb that tells a deed: a past in "-ed"; denied, also its base ("did not resign")."""
    if not word.isalpha() or len(word) < 4 or word in STOP_WORDS or word in AUXILIARIES or stem(word) in _NOT_DEED_STEMS:
        return False
    if word.endswith("ed") and len(word) >= 5:
        return True
    return negated and not word.endswith(("ing", "s"))


_NOT_DEED_STEMS = frozenset(stem(w) for w in _NOT_DEEDS | NOT_INTENDED)


def _object(words, k: int) -> str | None:
    """What the deed was done to: the noun right after the verb ("conceded defeat", "conceded
    a goal"), or the post after "as" or "from" ("resigned as leader", "from the cabinet"), or None
    when another preposition or a time follows ("resigned on Friday")."""
    if k + 1 < len(words) and words[k][0].lower() in ("as", "from"):
        k += 1
    if k < len(words) and words[k][0].lower() in DETERMINERS:
        k += 1
    if k >= len(words):
        return None
    word = words[k][0]
    lower = word.lower()
    if not word.isalpha() or not word.islower() or lower in STOP_WORDS or lower in _NOT_OBJECTS or lower.endswith("ly"):
        return None
    return lower
