"""Claims with a polarity: "Russia has recognized the Taliban" against "no country has recognized them".

A claim is a predicate (a verb or its noun, by stem: "recognized", "recognition",
"recognizing" meet) about a named object. A negated claim is the word right before
the first name a negation reaches ("not", "never", "no country has", "stop short
of", "refused to", "denied"). An affirmed claim is a finite verb ("has recognized",
"recognizes") right before a named object, in a clause with neither negation nor
hedge ("would", "if", "decision to"). Only predicates found both ways in the
story become facts.

An intention is a claim of its own kind, apart from the deed: "Dumont plans to appeal",
"his lawyer said he would appeal the ruling" against "Dumont will not appeal", "has no
plans to appeal". Its object is who means to do it: a name, a role ("prosecutors said
they would"), or "he"/"his client" when the sentence or paragraph leaves one person it
can be ("Dumont's lawyer said he would", "his lawyer said ..." after one named person).
"will" and "would" count only in reported speech; a condition ("if", "unless", "when"),
a question, doubt, "may", "could" or "is considering" make no intention. Two intentions
about different things ("appeal the ruling", "appeal the sentence") are kept apart.

What was done to someone ("the captain has been arrested") is read in `passive`;
this module reads what someone did, or means to do, to a named object or a thing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..tokens import STOP_WORDS, stem
from .count_words import PERSON_NOUNS
from .mentions import Mention
from .text import WORD, clause_spans, fold, is_question, sentence_spans

PERFECT = frozenset({"has", "have", "had"})
AUXILIARIES = frozenset({"has", "have", "had", "does", "do", "did", "is", "are", "was", "were", "will", "been", "be", "still", "yet", "ever", "even", "to", "of"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"})
MAX_SCOPE = 8  # words a negation reaches
NEGATION = re.compile(
    r"(?=[ncwsrdfy'’])(?:\b(?:not(?!\s+only)|never|cannot|no(?!\s+(?:longer|sooner|doubt)\b)|without)\b|n['’]t\b"
    r"|\bstop(?:s|ped|ping)?\s+short\s+of\b|\b(?:refus|declin|fail)(?:e|es|ed|ing|s)?\s+to\b|\byet\s+to\b"
    r"|\bden(?:y|ies|ied|ying)\b)",
    re.I,
)
# A finite verb (or "the first ... to" and a verb) right before an object: worth reading closely.
_ASSERTION = re.compile(
    r"(?:\b[a-z]{2,}(?:ed|s)|\bfirst\s+\w+\s+to\s+[a-z]+)\s+(?:(?:the|a|an|its|their|his|her|this|these|those|our)\s+)?"
    r"(?:[A-Z\u00C0-\u00DE]|(?<=the\s)[a-z]|(?<=its\s)[a-z]|(?<=their\s)[a-z]|(?<=\ba\s)[a-z]|(?<=\ban\s)[a-z])"
)
_DENIES_WHAT_FOLLOWS = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s*$", re.I)
_THE = re.compile(r"\b(?:the|its|their|an?)\s+[a-z]")
THING_DETERMINERS = frozenset({"the", "its", "their"})
# "signed a joint statement" and "left without signing a joint statement": in one story, a
# thing told with "a" is the one the other article denies; it is read as "the" thing.
INDEFINITE = frozenset({"a", "an"})
HEDGE = re.compile(
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
    owner: str | None = None  # passive: "bus" of "the driver of the bus"; intent: "ruling" of "appeal the ruling"
    intent: bool = False  # "Dumont will appeal": the object is who means to do it, not who did it
    deed: bool = False  # "Horvath conceded defeat": the object is who did it; the owner, what to

    @property
    def key(self) -> tuple:
        """What two articles must share to speak of one claim."""
        return (self.predicate, self.object, self.passive) + (("intent",) if self.intent else ()) + (("deed",) if self.deed else ())

    @property
    def label(self) -> str:
        return f"{self.word} ({self.object})" if self.passive or self.intent or self.deed else f"{self.word} {self.object}"


def find_denials(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """The negated claims of a paragraph; `mentions` pairs each name with its canonical form."""
    if not NEGATION.search(text):
        return []
    return _claims(text, mentions, denials=True) + [c for c in intentions(text, mentions) if not c.affirmed]


def find_assertions(text: str, mentions: list[tuple[Mention, str]], denied: frozenset[str]) -> list[FoundClaim]:
    """The affirmed claims of a paragraph, only for predicates some article denies (`denied`
    holds their stems), so that most paragraphs are passed over at once."""
    lower = text.lower()
    if not any(stem in lower for stem in denied):
        return []
    found = _claims(text, mentions, denials=False)
    found += [_as_passive(c) for c in found] + [c for c in intentions(text, mentions) if c.affirmed]
    return [c for c in found if c.predicate in denied]


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
        if is_question(text[s_start:s_end]):
            continue
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
            negations = list(NEGATION.finditer(clause))
            if denials and negations:
                words = clause_words(text, c_start, c_end, names)
                for neg in negations:
                    out.extend(_negated(words, c_start + neg.start(), c_start + neg.end(), neg.group(), clause, c_start))
            elif not denials and not negations and _ASSERTION.search(clause) and not HEDGE.search(clause):
                out.extend(_affirmed(clause_words(text, c_start, c_end, names), clause, c_start))
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


def clause_words(text: str, start: int, end: int, names: dict[int, tuple[int, str]]) -> list[tuple[str, int, str | None]]:
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


# Nouns news uses for one thing, so that "has not withdrawn its troops" meets "has
# withdrawn its forces" and "signed the agreement" meets "has not signed the deal".
THING_SYNONYMS = {
    word: group.split()[0]
    for group in ("forces troops soldiers", "deal agreement accord pact", "ceasefire truce", "talks negotiations")
    for word in group.split()
}


def _object_at(words, i: int) -> tuple[str, bool] | None:
    """The object that starts at word i: a name, or "the" and a thing ("the peace deal")."""
    if words[i][2]:
        return words[i][2], True
    if words[i][0] not in THING_DETERMINERS and words[i][0] not in INDEFINITE:
        return None
    thing = []
    for word, _, name in words[i + 1 : i + 3]:
        if name or not word.isalpha() or not word.islower() or word in STOP_WORDS or len(word) < 4:
            break
        thing.append(word)
    if not thing or thing[-1].endswith("ly"):
        return None
    if words[i][0] in INDEFINITE and thing[-1] in PERSON_NOUNS:
        return None  # "arrested a local teacher": someone, whom `passive` reads
    return "the " + " ".join(THING_SYNONYMS.get(word, word) for word in thing), False


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


def _first_actor(words, offset: int) -> str | None:
    """The first name before `offset`: the subject of a clause that goes on "without" doing
    something, past its verb and when ("left Varenne on Thursday without signing")."""
    return next((name for _, start, name in words if name and start < offset), None) or _actor_before(words, offset)


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
        elif cue.lower() == "without":
            subject = _first_actor(words, neg_start)  # "Haddad left Varenne without signing": Haddad did not
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
        k = j - 1  # the word before the verb and its adverbs: "has officially recognized"
        while k >= 0 and words[k][0].lower().endswith("ly") and not words[k][2]:
            k -= 1
        perfect = k >= 0 and words[k][0].lower() in PERFECT
        if not _finite(words[j][0]) and not (perfect and _irregular_participle(verb)):
            # "became the first country to recognize the Taliban" asserts it too
            if j >= 3 and words[j - 1][0].lower() == "to" and words[j - 3][0].lower() in ("first", "latest", "only"):
                if verb.isalpha() and verb not in STOP_WORDS and len(verb) >= 4:
                    subject = actor(words, words[j - 3][1])
                    out.append(FoundClaim(stem(verb), verb, obj, subject, True, clause.strip(), c_start, named))
            continue
        if k < 0:
            continue
        if perfect:
            subject = actor(words, words[k][1])
        elif words[k][2] or not named:
            subject = words[k][2] or actor(words, words[j][1])
        else:
            continue
        out.append(FoundClaim(stem(verb), verb, obj, subject, True, clause.strip(), c_start, named))
    return out


def _irregular_participle(lower: str) -> bool:
    """A participle that does not end in "-ed": "withdrawn", "taken", "given"."""
    return lower.isalpha() and lower.endswith(("en", "wn")) and len(lower) >= 5 and lower not in STOP_WORDS


def _finite(word: str) -> bool:
    """A verb form that asserts: "recognized", "recognizes" (not "recognize", "recognition")."""
    lower = word.lower()
    if not lower.isalpha() or word[0].isupper() or lower in STOP_WORDS or len(lower) < 4:
        return False
    return lower.endswith("ed") or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")))


# "will appeal", "would not appeal", "won't", "plans to", "has decided not to", "has no plans to".
_INTENT = re.compile(
    r"\b(?:(?P<will>will|would)(?P<not1>\s+not|n['’]t)?|(?P<wont>wo)n['’]t"
    r"|(?:plans|intends|is\s+planning|is\s+going|are\s+going|vow(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)|(?:has|have)\s+decided)(?P<not2>\s+not)?\s+to"
    r"|(?P<not3>(?:does|do)\s+not|doesn['’]t|don['’]t)\s+(?:plan|intend)\s+to|(?P<not4>(?:has|have)\s+no\s+plans?)\s+to)"
    r"\s+(?P<verb>[a-z]{4,})\b(?:\s+(?:the|his|her|their|its)\s+(?P<thing>[a-z]{3,}))?",
)
_CONDITION = re.compile(r"\b(?:if|unless|whether|otherwise|when|once|until|as\s+soon\s+as)\b", re.I)
_SAID = r"(?:said|says|told\s+\w+|announced|confirmed|insisted|added|stated)(?:\s+that)?"
_REPORTED = re.compile(r"\b(?:said|says|told|announced|confirmed|insisted|added|stated)\b", re.I)
_UNSURE = re.compile(r"\b(?:reportedly|allegedly|apparently|probably|perhaps|possibly|likely|may|might|could|consider\w*|undecided|unclear)\b", re.I)
_PRONOUN = re.compile(r"(?P<sayer>.*?)\b" + _SAID + r"\s+(?P<who>he|she|they|it|(?:his|her|their)\s+clients?)\s+$", re.I | re.S)
_COUNSEL = re.compile(
    r"(?:['’]s\s+(?P<own>lawyers?|attorneys?|solicitors?|spokes(?:man|woman|person)|representatives?|family)"
    r"|\b(?P<for>lawyers?|attorneys?|solicitors?)\s+for)\s*$",
    re.I,
)
_LEADS = frozenset({"that", "said", "says", "told", "and", "but"})
_ROLE_SUBJECT = re.compile(r"(?:^\s*|\b" + _SAID + r"\s+)(?:the\s+)?(?P<role>[a-z]+)\s+$", re.I)
_ROLES = frozenset(
    "prosecutors prosecution defence defense defendant defendants government company council club union "
    "party family lawyer lawyers attorney solicitor".split()
)
# Verbs of speaking, and verbs of what happens rather than what someone means to do.
NOT_INTENDED = frozenset(
    "comment elaborate speculate confirm reveal disclose discuss identify name "
    "depend remain happen last mean cost need seem stop require include involve".split()
)


def intentions(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """What a named person, or a role, says they mean, or do not mean, to do."""
    if "will" not in text and "would" not in text and " to " not in text and "n't" not in text and "n’t" not in text:
        return []
    out = []
    for s_start, s_end in sentence_spans(text):
        sentence = text[s_start:s_end]
        if is_question(sentence) or _CONDITION.search(sentence) or _UNSURE.search(sentence):
            continue
        for m in _INTENT.finditer(text, s_start, s_end):
            verb = m.group("verb")
            if verb in STOP_WORDS or verb in AUXILIARIES or verb in NOT_INTENDED or verb.endswith(("ed", "ing")):
                continue
            if m.group("will") and not _REPORTED.search(sentence):
                continue  # "would" unsaid is a condition; "will" unsaid a forecast ("schools will close")
            who = _intender(text, s_start, m.start(), mentions)
            if who is None:
                continue
            if who.lower() in _ROLES:
                who = who.lower()  # "Prosecutors said" opening a sentence is no name
            fuller = {c for _, c in mentions if c.endswith(" " + who)}
            who = fuller.pop() if len(fuller) == 1 else who  # "Dumont" after "Marc Dumont"
            negated = any(m.group(g) for g in ("not1", "wont", "not2", "not3", "not4"))
            if negated and re.search(r"\b(?:until|till|before)\b", text[m.end() : s_end]):
                continue  # "will not appeal until the ruling is published" means to
            out.append(FoundClaim(verb, verb, who, None, not negated, sentence.strip(), s_start, True, owner=m.group("thing"), intent=True))
    return out


def _intender(text: str, s_start: int, at: int, mentions: list[tuple[Mention, str]]) -> str | None:
    """Who the intention is of: the name or role right before it, or the one person a "he",
    "they" or "his client" after a verb of saying can be."""
    before = text[s_start:at]
    named = [(m, canonical) for m, canonical in mentions if m.kind != "place"]
    for m, canonical in named:
        if s_start <= m.start and m.end <= at and not text[m.end : at].strip():
            ahead = [w.lower() for w in text[s_start : m.start].split()]
            if ahead and ahead[-1] == "the":
                ahead.pop()
            if ahead and ahead[-1] in STOP_WORDS and ahead[-1] not in _LEADS:
                return None  # "the case of Dumont will": not the subject
            return canonical  # "Dumont plans to appeal"
    pronoun = _PRONOUN.match(before)
    if pronoun is None:  # "Prosecutors will appeal", "a spokesman said the defence would not"
        role = _ROLE_SUBJECT.search(before)
        return role.group("role").lower() if role and role.group("role").lower() in _ROLES else None
    sayer, who = text[s_start : s_start + pronoun.end("sayer")], pronoun.group("who").lower()
    said_by = [(m, c) for m, c in named if s_start <= m.start and m.end <= s_start + len(sayer)]
    appos = re.search(r",[^,]+,\s*$", sayer)  # "Dumont's lawyer, Marc Leroy, said"
    if appos and said_by and said_by[-1][0].start >= s_start + appos.start():
        sayer, said_by = sayer[: appos.start()], said_by[:-1]
    counsel = _COUNSEL.search(sayer)
    if counsel and counsel.group("own"):
        client = [c for m, c in said_by if not text[m.end : s_start + counsel.start()].strip()]
        return client[-1] if client else None  # "Dumont's lawyer said he would appeal": the client
    if counsel and counsel.group("for"):
        after = [c for m, c in named if s_start + counsel.end() <= m.start <= s_start + len(sayer)]
        return after[0] if after else None  # "lawyers for Dumont said he would"
    if said_by and "client" not in who and not text[said_by[-1][0].end : s_start + len(sayer)].strip():
        return said_by[-1][1]  # "Dumont said he would appeal"
    words = sayer.lower().split()
    if words and words[-1] in _ROLES and who in ("they", "it") and words[-1] not in ("lawyer", "lawyers", "attorney", "solicitor"):
        return words[-1]  # "prosecutors said they would appeal"
    if counsel is None and not re.search(r"\b(?:his|her|their)\s+(?:lawyers?|attorneys?|solicitors?)\s*$", sayer, re.I):
        return None
    people = {c for m, c in mentions if m.kind in ("person", "name") and m.end <= s_start + len(sayer)}
    return people.pop() if len(people) == 1 else None  # "His lawyer said he would", after one named person
