"""Claims with a polarity: "Russia has recognized the Taliban" against "no country has recognized them".

A claim is a predicate (a verb or its noun, by stem: "recognized", "recognition",
"recognizing" meet) about a named object. A negated claim is the word right before
the first name a negation reaches ("not", "never", "no country has", "stop short
of", "refused to", "denied"). An affirmed claim is a finite verb ("has recognized",
"recognizes") right before a named object, in a clause with neither negation nor
hedge ("would", "if", "decision to"). Only predicates found both ways in the
story become facts.

A passive claim says what was done to someone or something: "the ferry's captain has
been arrested" against "the captain of the vessel has not been arrested". Its object
(the patient) is the name or the "the" + noun that starts the clause before "has been",
"was", "is being", or the one a "who" or an apposition refers back to. Owners such as
"the ferry's" and "of the vessel" do not tell two captains apart; the word before the
noun does ("the bus driver" is not "the driver"), and so does a count. Its predicate is
the participle, negated by "not", "never", "yet to be", a denial that frames it
("denied that the captain had been arrested") or "no one has been". An affirmed deed
("police arrested the captain") says the same as its passive; a denied one does not
("the army has not arrested him" leaves the police free to). Hedged or believed
sentences ("if", "may", "reportedly", "is believed to"), "not ... until", other times
("in 2019", "previously") and a negation before the patient ("neither ... nor") are
left unread: a passive read wrongly would be a false conflict.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..tokens import STOP_WORDS, stem
from .mentions import Mention
from .text import WORD, clause_spans, fold, sentence_spans

AUXILIARIES = frozenset({"has", "have", "had", "does", "do", "did", "is", "are", "was", "were", "will", "been", "be", "still", "yet", "ever", "even", "to", "of"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"})
MAX_SCOPE = 8  # words a negation reaches
_NEGATION = re.compile(
    r"(?=[ncwsrdfy'’])(?:\b(?:not(?!\s+only)|never|cannot|no(?!\s+(?:longer|sooner|doubt)\b)|without)\b|n['’]t\b"
    r"|\bstop(?:s|ped|ping)?\s+short\s+of\b|\b(?:refus|declin|fail)(?:e|es|ed|ing|s)?\s+to\b|\byet\s+to\b"
    r"|\bden(?:y|ies|ied|ying)\b)",
    re.I,
)
# A finite verb (or "the first ... to" and a verb) right before an object: worth reading closely.
_ASSERTION = re.compile(
    r"(?:\b[a-z]{2,}(?:ed|s)|\bfirst\s+\w+\s+to\s+[a-z]+)\s+(?:(?:the|a|an|its|their|his|her|this|these|those|our)\s+)?"
    r"(?:[A-Z\u00C0-\u00DE]|(?<=the\s)[a-z]|(?<=its\s)[a-z]|(?<=their\s)[a-z])"
)
_DENIES_WHAT_FOLLOWS = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s*$", re.I)
_THE = re.compile(r"\b(?:the|its|their)\s+[a-z]")
THING_DETERMINERS = frozenset({"the", "its", "their"})
_HEDGE = re.compile(
    r"\b(?=[iwcmsuadhpelr])(?:if|whether|would|could|might|may|should|must|unless|urg\w*|call(?:s|ed|ing)?\s+on|ask\w*|depend\w*"
    r"|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?\s+to|seek\w*|sought|want\w*|expect\w*|plan(?:s|ned|ning)?\s+to"
    r"|consider\w*|likely|possibl\w*|potential\w*|decision\s+to|move\s+to|steps?\s+to|ready\s+to|prepar\w*"
    r"|intend\w*|propos(?:e|es|ed|ing))\b",
    re.I,
)


@dataclass(frozen=True)
class FoundClaim:
    predicate: str  # stem: "recogn"
    word: str  # as written: "recognized"
    object: str  # canonical name: "Taliban"
    subject: str | None  # canonical name, "*" for "no country", None when unknown
    affirmed: bool
    text: str  # the clause
    start: int
    named: bool = True  # the object is a name; else a thing ("the deal") and both actors must be known
    passive: bool = False  # "the captain has been arrested": the object is who it was done to

    @property
    def key(self) -> tuple:
        """What two articles must share to speak of one claim."""
        return (self.predicate, self.object, self.passive)

    @property
    def label(self) -> str:
        return f"{self.word} ({self.object})" if self.passive else f"{self.word} {self.object}"


def find_denials(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """The negated claims of a paragraph; `mentions` pairs each name with its canonical form."""
    if not _NEGATION.search(text):
        return []
    return _claims(text, mentions, denials=True) + [c for c in passive_claims(text, mentions) if not c.affirmed]


def find_assertions(text: str, mentions: list[tuple[Mention, str]], denied: frozenset[str]) -> list[FoundClaim]:
    """The affirmed claims of a paragraph, only for predicates some article denies (`denied`
    holds their stems), so that most paragraphs are passed over at once."""
    lower = text.lower()
    if not any(stem in lower for stem in denied):
        return []
    found = _claims(text, mentions, denials=False)
    found += [_as_passive(c) for c in found] + [c for c in passive_claims(text, mentions) if c.affirmed]
    return [c for c in found if c.predicate in denied]


def spread_everyone(claims: list[tuple[str, int, FoundClaim]]) -> list[tuple[str, int, FoundClaim]]:
    """"No one has been arrested" denies it of each one another article says has been arrested:
    one denial per such patient, so that it meets each of them."""
    patients: dict[str, set[str]] = {}
    for _, _, c in claims:
        if c.passive and c.affirmed and c.object != EVERYONE:
            patients.setdefault(c.predicate, set()).add(c.object)
    out = []
    for article, line, c in claims:
        if c.passive and c.object == EVERYONE:
            out.extend((article, line, replace(c, object=o)) for o in sorted(patients.get(c.predicate, ())))
        else:
            out.append((article, line, c))
    return out


def _as_passive(claim: FoundClaim) -> FoundClaim:
    """What an affirmed deed says was done: "police arrested the captain" tells that the captain
    has been arrested. (A denied deed tells nothing of the kind: "the army has not arrested the
    captain" leaves the police free to have done it.)"""
    patient = claim.object if claim.named else claim.object.removeprefix("the ")
    return FoundClaim(claim.predicate, claim.word, patient, None, True, claim.text, claim.start, True, passive=True)


def _claims(text: str, mentions: list[tuple[Mention, str]], denials: bool) -> list[FoundClaim]:
    names = {m.start: (m.end, canonical) for m, canonical in mentions}
    starts = sorted(names)
    out: list[FoundClaim] = []
    for s_start, s_end in sentence_spans(text):
        if text[s_start:s_end].rstrip(" \"”’')").endswith("?"):
            continue  # a question asserts nothing
        held: int | None = None
        for c_start, c_end in clause_spans(text, s_start, s_end):
            if _DENIES_WHAT_FOLLOWS.search(text, c_start, c_end):
                held = c_start  # "denied | that Russia had recognized ...": one clause
                continue
            if held is not None:
                c_start, held = held, None
            named = bisect_left(starts, c_start) < bisect_left(starts, c_end)
            if not named and not _THE.search(text, c_start, c_end):
                continue  # every claim is about a name or a thing ("the deal")
            clause = text[c_start:c_end]
            negations = list(_NEGATION.finditer(clause))
            if denials and negations:
                words = _words(text, c_start, c_end, names)
                for neg in negations:
                    out.extend(_negated(words, c_start + neg.start(), c_start + neg.end(), neg.group(), clause, c_start))
            elif not denials and not negations and _ASSERTION.search(clause) and not _HEDGE.search(clause):
                out.extend(_affirmed(_words(text, c_start, c_end, names), clause, c_start))
    return out


def subjects_agree(a: str | None, b: str | None, known: bool = False) -> bool:
    """Subjects that can be one actor: unknown (unless `known` is asked), "no country",
    or one name and its adjective."""
    if a is None or b is None:
        return not known
    if a == "*" or b == "*":
        return True
    fa, fb = fold(a), fold(b)
    return fa.startswith(fb) or fb.startswith(fa)


def _words(text: str, start: int, end: int, names: dict[int, tuple[int, str]]) -> list[tuple[str, int, str | None]]:
    """(word, offset, canonical name or None) for the words of a clause, one entry per name."""
    out = []
    skip_until = -1
    for m in WORD.finditer(text, start, end):
        if m.start() < skip_until:
            continue
        name = names.get(m.start())
        if name:
            skip_until = name[0]
            out.append((m.group(), m.start(), name[1]))
        else:
            out.append((m.group(), m.start(), None))
    return out


def _subject_before(words: list[tuple[str, int, str | None]], offset: int) -> str | None:
    for word, start, name in reversed(words):
        if start >= offset:
            continue
        if name:
            return name
        if word[0].isupper() and start != words[0][1]:
            return word
    return None


def _object_at(words, i: int) -> tuple[str, bool] | None:
    """The object that starts at word i: a name, or "the" and a thing ("the peace deal")."""
    if words[i][2]:
        return words[i][2], True
    if words[i][0] not in THING_DETERMINERS:
        return None
    thing = []
    for word, _, name in words[i + 1 : i + 3]:
        if name or not word.isalpha() or not word.islower() or word in STOP_WORDS or len(word) < 4:
            break
        thing.append(word)
    if not thing or thing[-1].endswith("ly"):
        return None
    return "the " + " ".join(thing), False


def _actor_before(words, offset: int) -> str | None:
    """Who does it, for a claim about a thing: a name, or the noun before the verb ("the government")."""
    for word, start, name in reversed(words):
        if start >= offset:
            continue
        if name:
            return name
        lower = word.lower()
        if lower.isalpha() and lower not in STOP_WORDS and lower not in AUXILIARIES and not lower.endswith("ly"):
            return word if word[0].isupper() else lower
    return None


def _negated(words, neg_start: int, neg_end: int, cue: str, clause: str, c_start: int) -> list[FoundClaim]:
    """The word right before the first object the negation reaches ("not formally recognize
    the Taliban", "no recognition of the Taliban", "has not signed the deal") is the
    predicate denied of it."""
    after = [w for w in words if w[1] >= neg_end]
    universal = cue.lower() == "no"
    if universal:
        if not after or after[0][2] is not None:
            return []
        after = after[1:]
    scope = after[:MAX_SCOPE]
    inner_subject = None  # "denied that Russia had recognized ...": Russia is who did not
    for i in range(len(scope)):
        found = _object_at(scope, i)
        if found is None:
            continue
        obj, named = found
        j = i - 1
        while j >= 0 and named and scope[j][0].lower() in DETERMINERS | {"of"}:
            j -= 1
        if not named and j >= 0 and scope[j][0].lower() == "of":
            j -= 1
        word = scope[j][0] if j >= 0 and not scope[j][2] else ""
        lower = word.lower()
        if not word or word[0].isupper() or not lower.isalpha() or len(lower) < 4 or lower in STOP_WORDS or lower in AUXILIARIES:
            if named and cue.lower().startswith("den") and inner_subject is None:
                inner_subject = obj
                continue
            return []
        if universal:
            subject = "*"
        elif inner_subject:
            subject = inner_subject
        else:
            subject = _subject_before(words, neg_start) if named else _actor_before(words, neg_start)
        return [FoundClaim(stem(lower), lower, obj, subject, False, clause.strip(), c_start, named)]
    return []


def _affirmed(words, clause: str, c_start: int) -> list[FoundClaim]:
    """Finite verbs right before an object: "Russia has officially recognized the Taliban"."""
    out = []
    for i in range(len(words)):
        found = _object_at(words, i)
        if found is None:
            continue
        obj, named = found
        j = i - 1
        while j >= 0 and named and words[j][0].lower() in DETERMINERS:
            j -= 1
        if j < 0 or words[j][2]:
            continue
        verb = words[j][0].lower()
        actor = _subject_before if named else _actor_before
        if not _finite(words[j][0]):
            # "became the first country to recognize the Taliban" asserts it too
            if j >= 3 and words[j - 1][0].lower() == "to" and words[j - 3][0].lower() in ("first", "latest", "only"):
                if verb.isalpha() and verb not in STOP_WORDS and len(verb) >= 4:
                    subject = actor(words, words[j - 3][1])
                    out.append(FoundClaim(stem(verb), verb, obj, subject, True, clause.strip(), c_start, named))
            continue
        k = j - 1
        while k >= 0 and words[k][0].lower().endswith("ly") and not words[k][2]:
            k -= 1
        if k < 0:
            continue
        if words[k][0].lower() in ("has", "have", "had"):
            subject = actor(words, words[k][1])
        elif words[k][2] or not named:
            subject = words[k][2] or actor(words, words[j][1])
        else:
            continue
        out.append(FoundClaim(stem(verb), verb, obj, subject, True, clause.strip(), c_start, named))
    return out


def _finite(word: str) -> bool:
    """A verb form that asserts: "recognized", "recognizes" (not "recognize", "recognition")."""
    lower = word.lower()
    if not lower.isalpha() or word[0].isupper() or lower in STOP_WORDS or len(lower) < 4:
        return False
    return lower.endswith("ed") or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")))


# "has been", "have not been", "was never", "wasn't", "is being", "has yet to be": then a participle.
_PASSIVE = re.compile(
    r"\b(?P<aux>(?:has|have|had|is|are|was|were)(?:n['’]t)?)"
    r"(?P<mid>(?:\s+(?:not|never|yet|to|be|been|being|also|already|since|still|now|[a-z]+ly))*)"
    r"\s+(?P<verb>[a-z]{4,})\b"
)
# Past participles that do not end in "-ed", of things done to people and things.
_IRREGULAR = frozenset(
    "found held taken shot hit struck caught hurt stolen beaten sent brought given sworn thrown kept "
    "lost sold paid built won withdrawn bitten overthrown driven flown torn shaken swept".split()
)
# Participles that report, suppose or describe rather than tell what was done.
_NOT_DONE = frozenset(
    "said reported told believed thought expected known understood feared alleged estimated supposed "
    "rumoured rumored considered scheduled designed based located situated concerned involved interested "
    "pleased surprised worried shocked used called seen set due".split()
)
# Doubt about what the sentence tells, on top of `_HEDGE`.
_DOUBT = re.compile(
    r"\b(?:reportedly|allegedly|apparently|probably|presumably|perhaps|unclear|not\s+clear|unconfirmed"
    r"|rumou?r\w*|believ\w*|thought|suspect(?:s|ed)?\s+that|(?:not|n['’]t)\s+immediately)\b",
    re.I,
)
_OTHER_TIME = re.compile(
    r"\b(?:previously|formerly|earlier|twice|again|in\s+the\s+past|(?:hours|days|weeks|months|years)\s+before"
    r"|years?\s+ago|last\s+(?:year|month)|in\s+(?:19|20)\d\d)\b",
    re.I,
)
_HEARSAY = re.compile(r"\b(?:reports?|claims?|suggestions?|rumou?rs?|allegations?)\s+that\s+$", re.I)
_NEITHER = re.compile(r"\b(?:neither|nor)\b", re.I)
_DENIAL_FRAME = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:(?:the\s+)?(?:reports?|claims?|suggestions?|rumou?rs?)\s+)?(?:that\s+)?$",
    re.I,
)
EVERYONE = "*"  # the patient of "no one has been arrested"
_NOBODY = re.compile(r"(?:^|\b(?:that|said|says)\s+)(no\s+one|no-one|nobody)\s+$", re.I)
_SAYING = frozenset("that said says say told added confirmed announced stated reported insisted".split())
_ANAPHORIC = frozenset({"former", "latter", "others", "rest", "first", "second", "last", "next", "whole"})


def passive_claims(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """What a paragraph says was, or was not, done to a name or to "the" something."""
    if not _PASSIVE.search(text):
        return []
    names = {m.start: (m.end, canonical) for m, canonical in mentions}
    out: list[FoundClaim] = []
    for s_start, s_end in sentence_spans(text):
        if text[s_start:s_end].rstrip(" \"”’')").endswith("?"):
            continue  # a question asserts nothing
        if _DOUBT.search(text, s_start, s_end):
            continue  # "the fire was started deliberately, investigators believe"
        previous = None
        for c_start, c_end in clause_spans(text, s_start, s_end):
            for m in _PASSIVE.finditer(text, c_start, c_end):
                claim = _passive(text, m, (s_start, s_end), (c_start, c_end), previous, names)
                if claim is not None:
                    out.append(claim)
            previous = (c_start, c_end)
    return out


def _passive(
    text: str, m: re.Match, sentence: tuple[int, int], clause: tuple[int, int], previous, names
) -> FoundClaim | None:
    """The claim of one "has been" + participle, if it tells plainly what was or was not done
    to whom; `previous` is the clause before it, where "the victim, who has not been named"
    and "the captain, Juma Ali, has not been arrested" name their patient."""
    (s_start, s_end), (c_start, c_end) = sentence, clause
    mid = m.group("mid").lower().split()
    aux = m.group("aux").lower()
    verb = m.group("verb")
    perfect = aux.startswith("ha")
    if perfect and "been" not in mid and mid[-2:] != ["to", "be"]:
        return None  # "has arrested": active
    if "to" in mid and mid[-3:] != ["yet", "to", "be"]:
        return None  # "was to be charged": a plan
    if not perfect and ("been" in mid or "be" in mid):
        return None
    if not (verb in _IRREGULAR or (verb.endswith("ed") and len(verb) >= 5)) or verb in _NOT_DONE:
        return None
    after = text[m.end() : c_end]
    if re.match(r"\s+(?:to|not|never)\b", after):
        return None  # "is believed to", "was forced to": no deed of its own; "found not guilty"
    negated = aux.endswith(("n't", "n’t")) or "not" in mid or "never" in mid or "yet" in mid
    if negated and re.search(r"\b(?:until|till|before)\b", after):
        return None  # "was not arrested until Friday" tells that he was
    if _HEDGE.search(text, s_start, m.end()):
        return None
    nobody = _NOBODY.search(text[c_start : m.start()])
    if nobody:
        if not perfect or negated:
            return None  # "no one was arrested at the scene" tells of one moment
        obj, at, negated = EVERYONE, c_start + nobody.start(1), True
    else:
        words = _words(text, c_start, m.start(), names)
        if previous and (not words or (len(words) == 1 and words[0][0].lower() in ("who", "which"))):
            words = _words(text, previous[0], previous[1], names)
        patient = _patient(words)
        if patient is None:
            return None
        obj, at = patient
    if any(ch.isdigit() for ch in text[at : m.start()]):
        return None  # "the 12 miners" and "the 3 miners" are not one group
    if _OTHER_TIME.search(text, s_start, s_end):
        return None  # "was arrested in 2019": another time than the story's
    framed = _DENIAL_FRAME.search(text, s_start, at)
    if not framed and _HEARSAY.search(text, s_start, at):
        return None  # "reports that the captain had been arrested were false"
    before = text[s_start : framed.start() if framed else at]
    if _NEGATION.search(before) or _NEITHER.search(before):
        return None  # "neither the captain nor the owner has been arrested": read wrongly, better not read
    if framed:
        if negated:
            return None  # a denied denial: too tangled to read
        negated = True
    lower = verb.lower()
    clause = text[c_start:c_end].strip()
    return FoundClaim(stem(lower), lower, obj, None, not negated, clause, c_start, True, passive=True)


def _patient(words: list[tuple[str, int, str | None]]) -> tuple[str, int] | None:
    """Who or what a passive clause speaks of, from the words right before its verb, and where
    it starts: a name ("Adam Malima"), or "the" and a noun with at most one noun before it
    ("the captain", "the bus driver"). Its owner ("the ferry's", "of the vessel") is dropped
    unless it is a name ("Tanzania's foreign minister", "the captain of the Nyerere")."""
    end, owner = len(words), None
    for k in range(end - 1, max(end - 5, 0), -1):  # "... of (the) (overcrowded) vessel"
        if words[k][0].lower() == "of":
            rest = [w for w in words[k + 1 :] if w[0].lower() not in ("the", "a", "an")]
            if not 1 <= len(rest) <= 2:
                return None
            owner, end = rest[-1][2], k
            break
    if end == 0:
        return None
    head, start, name = words[end - 1]
    if name is not None:  # a name, maybe with a title and "the" before it
        i = end - 2
        if i >= 0 and words[i][0][0].isupper() and words[i][2] is None:
            i -= 1  # a title: "President John Magufuli"
        if i >= 0 and words[i][0].lower() == "the":
            i -= 1
        return (name, start) if owner is None and _starts_clause(words, i) else None
    if not _noun(head):
        return None
    phrase, i = [head], end - 2
    if i >= 0 and _noun(words[i][0]):
        phrase.insert(0, words[i][0])  # "the bus driver"
        i -= 1
    if i >= 0 and words[i][0].endswith(("'s", "’s")):  # "the ferry's captain", "Tanzania's minister"
        owner = words[i][2] or owner
        if words[i][2] is not None and (i == 0 or words[i - 1][0].lower() != "the"):
            return f"{owner}'s {' '.join(phrase)}", words[i][1]
        i -= 1
    if i < 0 or words[i][0].lower() != "the" or not _starts_clause(words, i - 1):
        return None
    return (f"{owner}'s " if owner else "") + " ".join(phrase), words[i][1]


def _starts_clause(words: list[tuple[str, int, str | None]], i: int) -> bool:
    """Whether the words up to i leave what follows as the subject of its own clause: nothing,
    "that" or a verb of saying before it, not a preposition ("with the Taliban", "at Renwick")."""
    return i < 0 or words[i][0].lower() in _SAYING


def _noun(word: str) -> bool:
    lower = word.lower()
    return (
        word.isalpha() and word.islower() and len(lower) >= 3 and lower not in STOP_WORDS
        and lower not in AUXILIARIES and lower not in _ANAPHORIC and not lower.endswith("ly")
    )
