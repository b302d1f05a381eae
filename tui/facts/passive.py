"""Passive claims: what was, or was not, done to someone or something.

A passive claim says what was done to someone or something: "the ferry's captain has
been arrested" against "the captain of the vessel has not been arrested". Its object
(the patient) is the name or the "the" + noun that starts the clause before "has been",
"was", "is being", or the one a "who" or an apposition refers back to. Two owners tell
two people apart ("the driver of the bus" is not "the lorry's driver"), though a role
without one may be either, and so may one whose owner is any vessel, vehicle or firm ("the
ferry's captain" and "the captain of the vessel" may be one man); the word before the noun does
too ("the bus driver" is not "the driver"), and so does a count. Its predicate is the
participle, and each one joined to it ("arrested and charged"; "not arrested or
charged"), negated by "not", "never", "yet to be", a denial that frames it
("denied that the captain had been arrested") or "no one has been". "No one has been
arrested", "no arrests have been made" and "there have been no arrests" deny it of
everyone; "a man has been arrested", "two arrests have been made" and "police arrested
two men" affirm it of someone unnamed (only words for people: "a school was evacuated"
is no one), which the denial meets as it meets each named patient. An affirmed deed
("police arrested the captain") says the same as its passive; a denied one does not
("the army has not arrested him" leaves the police free to). Hedged or believed
sentences ("if", "may", "reportedly", "is believed to"), "not ... until", other times
("in 2019", "previously") and a negation before the patient ("neither ... nor") are
left unread: a passive read wrongly would be a false conflict.

Kept apart from `claims`, which reads what a named actor did to a named object: here the
patient is the subject of the clause and the doer is mostly unsaid, so the clause is
read from its auxiliary ("has been", "was") outwards rather than from a verb before a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..tokens import STOP_WORDS, stem
from .claims import AUXILIARIES, HEDGE, NEGATION, THING_SYNONYMS, FoundClaim, clause_words
from .count_words import PERSON_NOUNS
from .mentions import ORGANISATION_WORDS, PERSON_TITLES, Mention
from .text import clause_spans, is_question, sentence_spans

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
# Doubt about what the sentence tells, on top of `HEDGE`.
DOUBT = re.compile(
    r"\b(?:reportedly|allegedly|apparently|probably|presumably|perhaps|unclear|not\s+clear|unconfirmed"
    r"|rumou?r\w*|believ\w*|thought|suspect(?:s|ed)?\s+that|(?:not|n['’]t)\s+immediately)\b",
    re.I,
)
OTHER_TIME = re.compile(
    # "earlier" after a determiner is an adjective: "the company's earlier assurances" tell no other time
    r"\b(?:previous(?:ly)?|formerly|(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)earlier|twice|again|in\s+the\s+past|(?:hours|days|weeks|months|years)\s+before"
    r"|years?\s+ago|last\s+(?:year|month)|(?:in|of)\s+(?:19|20)\d\d)\b",
    re.I,
)


def told_as_done(sentence: str) -> bool:
    """Whether a sentence tells, as fact, what is so now: not a question, not hedged with
    doubt ("reportedly"), not about another time ("previously", "in 2019")."""
    return not (is_question(sentence) or DOUBT.search(sentence) or OTHER_TIME.search(sentence))


_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose)\b", re.I)


def tells_other_time(text: str, s_start: int, s_end: int) -> bool:
    """Whether a sentence speaks of another time than the story's ("was arrested in 2019"),
    leaving out its relative clauses: "the tunnel, which was reinforced in 2023" dates the
    tunnel, not what the sentence tells."""
    return any(
        OTHER_TIME.search(text, a, b) and not _RELATIVE.match(text, a, b) for a, b in clause_spans(text, s_start, s_end)
    )


HEARSAY = re.compile(r"\b(?:reports?|claims?|suggestions?|rumou?rs?|allegations?)\s+that\s+$", re.I)
NEITHER = re.compile(r"\b(?:neither|nor)\b", re.I)
_DENIAL_FRAME = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:(?:the\s+)?(?:reports?|claims?|suggestions?|rumou?rs?)\s+)?(?:that\s+)?$",
    re.I,
)
EVERYONE = "*"  # the patient of "no one has been arrested"
SOMEONE = "someone"  # the patient of "a man has been arrested", "police arrested two men"
_NOBODY = re.compile(r"(?:^|\b(?:that|said|says)\s+)(no\s+one|no-one|nobody)\s+$", re.I)
_SAYING = frozenset("that said says say told added confirmed announced stated reported insisted".split())
_ANAPHORIC = frozenset({"former", "latter", "others", "rest", "first", "second", "last", "next", "whole"})


def passive_denials(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """The negated passive claims of a paragraph ("nobody" is no negation word of its own)."""
    if not NEGATION.search(text) and "nobody" not in text.lower():
        return []
    return [c for c in passive_claims(text, mentions) if not c.affirmed]


def passive_assertions(text: str, mentions: list[tuple[Mention, str]], denied: frozenset[str]) -> list[FoundClaim]:
    """The affirmed passive claims of a paragraph, only for predicates some article denies."""
    lower = text.lower()
    if not any(stem in lower for stem in denied):
        return []
    return [c for c in passive_claims(text, mentions) if c.affirmed and c.predicate in denied]


def spread_everyone(claims: list[tuple[str, int, FoundClaim]]) -> list[tuple[str, int, FoundClaim]]:
    """"No one has been arrested" denies it of each one another article says has been arrested:
    one denial per such patient, so that it meets each of them."""
    patients: dict[str, set[str]] = {}
    # "police arrested the captain" tells of the captain and of someone: one patient is enough.
    told_of = {(a, line, c.predicate) for a, line, c in claims if c.passive and c.affirmed and c.object not in (EVERYONE, SOMEONE)}
    for article, line, c in claims:
        if c.passive and c.affirmed and c.object != EVERYONE:
            if c.object != SOMEONE or (article, line, c.predicate) not in told_of:
                patients.setdefault(c.predicate, set()).add(c.object)
    out = []
    for article, line, c in claims:
        if c.passive and c.object == EVERYONE:
            out.extend((article, line, replace(c, object=o)) for o in sorted(patients.get(c.predicate, ())))
        else:
            out.append((article, line, c))
    return out


def passive_claims(text: str, mentions: list[tuple[Mention, str]]) -> list[FoundClaim]:
    """What a paragraph says was, or was not, done to a name or to "the" something."""
    if not _PASSIVE.search(text) and not _ANY_DEED.search(text) and not _DEED_TO_THE.search(text) and not _RECEIVED.search(text):
        return []
    names = {m.start: (m.end, canonical) for m, canonical in mentions}
    out: list[FoundClaim] = []
    for s_start, s_end in sentence_spans(text):
        if is_question(text[s_start:s_end]):
            continue
        if DOUBT.search(text, s_start, s_end):
            continue  # "the fire was started deliberately, investigators believe"
        previous = None
        for c_start, c_end in clause_spans(text, s_start, s_end):
            out.extend(_anyone(text, (s_start, s_end), (c_start, c_end)))
            for m in _RECEIVED.finditer(text, c_start, c_end):
                claim = _received(text, m, (s_start, s_end), c_start, names)
                if claim is not None:
                    out.append(claim)
            for m in _PASSIVE.finditer(text, c_start, c_end):
                claim = _passive(text, m, (s_start, s_end), (c_start, c_end), previous, names)
                if claim is None:
                    continue
                by = _BY.match(text, m.end(), c_end)
                # "was not mediated by Orsova" denies Orsova's deed, not that it was done
                if claim.affirmed or by is None or by.end() not in names:
                    out.append(claim)
                    out.extend(_coordinated(text, m.end(), c_end, claim))
                out.extend(_by_agent(text, m.end(), c_end, claim, names))
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
    if not _participle(verb):
        return None
    after = text[m.end() : c_end]
    if re.match(r"\s+(?:to|not|never)\b", after):
        return None  # "is believed to", "was forced to": no deed of its own; "found not guilty"
    negated = aux.endswith(("n't", "n’t")) or "not" in mid or "never" in mid or "yet" in mid
    if negated and re.search(r"\b(?:until|till|before)\b", after):
        return None  # "was not arrested until Friday" tells that he was
    if HEDGE.search(text, s_start, m.end()):
        return None
    nobody = _NOBODY.search(text[c_start : m.start()])
    if nobody:
        if not perfect or negated:
            return None  # "no one was arrested at the scene" tells of one moment
        obj, at, negated, owned_by = EVERYONE, c_start + nobody.start(1), True, None
    elif someone := _SOMEONE.search(text, c_start, m.start()):
        if negated or not _person(someone.group("who")):
            return None  # "a man was not arrested" denies nothing of anyone named
        obj, at, owned_by = SOMEONE, someone.start("who"), None
    else:
        words = clause_words(text, c_start, m.start(), names)
        if previous and (not words or (len(words) == 1 and words[0][0].lower() in ("who", "which"))):
            words = clause_words(text, previous[0], previous[1], names)
        words = _sayer_for_pronoun(words)
        patient = read_patient(words)
        bare = _bare_patient(words) if patient is None else None
        if patient is None and (bare is None or bare[2] and negated):
            return None
        obj, at, owned_by = patient or (bare[0], bare[1], None)
        negated = negated or bool(bare and bare[2])
    if negated and _COMPLEMENT.match(after):
        return None  # "no one has been found alive" denies no finding
    if obj is not SOMEONE and any(ch.isdigit() for ch in text[at : m.start()]):
        return None  # "the 12 miners" and "the 3 miners" are not one group
    if tells_other_time(text, s_start, s_end):
        return None  # "was arrested in 2019": another time than the story's
    framed = _DENIAL_FRAME.search(text, s_start, at)
    if not framed and HEARSAY.search(text, s_start, at):
        return None  # "reports that the captain had been arrested were false"
    before = text[s_start : framed.start() if framed else at]
    if NEGATION.search(before) or NEITHER.search(before):
        return None  # "neither the captain nor the owner has been arrested": read wrongly, better not read
    if framed:
        if negated:
            return None  # a denied denial: too tangled to read
        negated = True
    lower = verb.lower()
    clause = text[c_start:c_end].strip()
    return FoundClaim(stem(lower), lower, _one_body(obj), None, not negated, clause, c_start, True, passive=True, owner=owned_by)


_PRONOUNS = frozenset({"it", "they", "he", "she"})


def _sayer_for_pronoun(words: list[tuple[str, int, str | None]]) -> list[tuple[str, int, str | None]]:
    """"The union said it had not been consulted": the pronoun after a verb of saying is the
    sayer, so the words before that verb name the patient."""
    if len(words) >= 3 and words[-1][0].lower() in _PRONOUNS and words[-2][0].lower() in _SAYING - {"that"}:
        return words[:-2]
    if len(words) >= 4 and words[-1][0].lower() in _PRONOUNS and words[-2][0].lower() == "that" and words[-3][0].lower() in _SAYING:
        return words[:-3]
    return words


def _one_body(patient: str) -> str:
    """A body told in the plural is the body: "the unions" and "the union" are the workers'
    side, as "the ministries" and "the ministry" are the government's. People stay as told:
    "the miners" are not "the miner"."""
    head, _, last = patient.rpartition(" ")
    if last.endswith("s") and not last.endswith("ss") and last[:-1] in ORGANISATION_WORDS:
        return (head + " " if head else "") + last[:-1]
    if last.endswith("ies") and last[:-3] + "y" in ORGANISATION_WORDS:
        return (head + " " if head else "") + last[:-3] + "y"
    return patient


# "had received no warnings", "did not receive any warning", "received repeated warnings":
# what was given to someone, told as a noun, says what "had (not) been warned" says.
_RECEIVED = re.compile(
    r"(?P<head>\b(?:(?:has|have|had|did)(?:n['’]t)?\s+)?(?:(?:not|never|also|already|ever)\s+)*)"
    r"(?P<verb>received|receive|got|been\s+given|been\s+sent)\s+"
    r"(?P<det>no|any|an?|several|repeated|multiple|numerous|many|two|three|earlier|prior)\s+"
    r"(?:(?:formal|official|written|prior|earlier|clear|specific|serious)\s+)?(?P<noun>[a-z]{4,})\b",
    re.I,
)


def _received(text: str, m: re.Match, sentence: tuple[int, int], c_start: int, names) -> FoundClaim | None:
    """The claim of "the company had received no warnings": "warnings" of "company", negated."""
    s_start, s_end = sentence
    noun = m.group("noun").lower()
    if noun in STOP_WORDS or not noun.endswith(("s", "ing", "ion", "ce")):
        return None  # a thing given, as a noun: "warnings", "notice", "instruction"
    head = m.group("head").lower()
    negated = m.group("det").lower() == "no" or bool(re.search(r"\b(?:not|never)\b|n['’]t\b", head))
    if m.group("det").lower() == "any" and not negated:
        return None  # "if it received any warning": no claim either way
    if HEDGE.search(text, s_start, m.end()) or DOUBT.search(text, s_start, s_end) or tells_other_time(text, s_start, s_end):
        return None
    # "Residents said they had received no warning": the residents, as in the passive.
    words = _sayer_for_pronoun(clause_words(text, c_start, m.start(), names))
    patient = read_patient(words)
    bare = _bare_patient(words) if patient is None else None  # "villagers received no warning"
    if patient is None and (bare is None or bare[2]):
        return None
    obj, at, owned_by = patient or (bare[0], bare[1], None)
    if NEGATION.search(text, s_start, at) or NEITHER.search(text, s_start, at):
        return None
    clause = text[c_start : m.end()].strip()
    return FoundClaim(stem(noun), noun, _one_body(obj), None, not negated, clause, c_start, True, passive=True, owner=owned_by)


# "arrested and (later) charged", "not arrested or charged": one more participle of the same patient.
_AND_THEN = re.compile(r"\s+(?P<conj>and|or)\s+(?:then\s+|later\s+|subsequently\s+)?(?P<verb>[a-z]{4,})\b")


def _coordinated(text: str, at: int, end: int, claim: FoundClaim) -> list[FoundClaim]:
    """The participles joined to a passive's own: "was arrested and charged" tells both deeds.
    A denial joins with "or" ("has not been arrested or charged"): "not arrested and charged"
    may deny only the pair, so it is left at its first verb; "arrested or charged" affirms neither."""
    out = []
    while m := _AND_THEN.match(text, at, end):
        verb = m.group("verb")
        if m.group("conj") != ("and" if claim.affirmed else "or") or not _participle(verb):
            break
        if re.match(r"\s+(?:to|not|never|until|till|before)\b", text[m.end() : end]):
            break  # "arrested and forced to", "released and not charged until"
        out.append(replace(claim, predicate=stem(verb), word=verb))
        at = m.end()
    return out


_BY = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?")


def _by_agent(text: str, at: int, end: int, claim: FoundClaim, names) -> list[FoundClaim]:
    """The deed a passive tells with its doer named: "the exchange was mediated by Orsova"
    says what "Orsova mediated the exchange" says, and meets "Orsova did not mediate the
    exchange" (a denial of the deed, which the passive alone would not meet)."""
    by = _BY.match(text, at, end)
    agent = names.get(by.end()) if by else None
    if agent is None or claim.object in (EVERYONE, SOMEONE) or "'" in claim.object:
        return []
    named = claim.object in {canonical for _, canonical in names.values()}
    patient = claim.object if named else "the " + " ".join(THING_SYNONYMS.get(w, w) for w in claim.object.split())
    return [replace(claim, object=patient, subject=agent[1], named=named, passive=False, owner=None)]


def _participle(verb: str) -> bool:
    """A past participle of something done (not "said", "believed")."""
    return (verb in _IRREGULAR or (verb.endswith("ed") and len(verb) >= 5)) and verb not in _NOT_DONE


# Words for any vessel, vehicle or firm: an outlet that writes "the captain of the vessel"
# or "the company's chief" may mean the ferry or the firm another one names.
GENERIC_OWNERS = frozenset(
    "vessel ship boat craft vehicle car aircraft plane train company firm business group".split()
)


def read_patient(words: list[tuple[str, int, str | None]]) -> tuple[str, int, str | None] | None:
    """Who or what a passive clause speaks of, from the words right before its verb, where it
    starts, and its owner when that is a common noun: a name ("Adam Malima"), or "the" and a
    noun with at most one noun before it ("the captain", "the bus driver"). A named owner is
    part of the patient ("Tanzania's foreign minister", "the captain of the Nyerere"); a common
    one ("the ferry's", "of the vessel") is returned apart, since "the driver of the bus" and
    "the driver of the lorry" are two people but "the driver" may be either."""
    end, owner, owned_by = len(words), None, None
    for k in range(end - 1, max(end - 5, 0), -1):  # "... of (the) (overcrowded) vessel"
        if words[k][0].lower() == "of":
            rest = [w for w in words[k + 1 :] if w[0].lower() not in ("the", "a", "an")]
            if not 1 <= len(rest) <= 2:
                return None
            owner, end = rest[-1][2], k
            owned_by = rest[-1][0].lower() if owner is None else None
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
        return (name, start, None) if owner is None and _starts_clause(words, i) else None
    if not _noun(head):
        return None
    phrase, i = [head], end - 2
    if i >= 0 and _noun(words[i][0]):
        phrase.insert(0, words[i][0])  # "the bus driver"
        i -= 1
    if i >= 0 and words[i][0].endswith(("'s", "’s")):  # "the ferry's captain", "Tanzania's minister"
        owner = words[i][2] or owner
        if words[i][2] is not None and (i == 0 or words[i - 1][0].lower() != "the"):
            return f"{owner}'s {' '.join(phrase)}", words[i][1], None
        if words[i][2] is None:
            owned_by = words[i][0][:-2].lower()
        i -= 1
    if i < 0 or words[i][0].lower() != "the" or not _starts_clause(words, i - 1):
        return None
    if owned_by in GENERIC_OWNERS:
        owned_by = None  # "the captain of the vessel" may be the ferry's captain
    return (f"{owner}'s " if owner else "") + " ".join(phrase), words[i][1], owned_by


def _bare_patient(words: list[tuple[str, int, str | None]]) -> tuple[str, int, bool] | None:
    """A thing named without "the", opening its clause ("financial data was exposed"), or
    denied whole by "no" ("no financial data was exposed"): the thing, where its words
    start, and whether "no" denies it. "Many people were" and "two men were" are not read."""
    k, phrase = len(words) - 1, []
    while k >= 0 and len(phrase) < 2 and words[k][2] is None and _noun(words[k][0] if k else words[k][0].lower()):
        phrase.insert(0, words[k][0].lower())
        k -= 1
    no = k >= 0 and words[k][0].lower() == "no"
    if not phrase or not _starts_clause(words, k - no):
        return None
    return " ".join(phrase), words[k + 1 - no][1], no


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


# Whoever "a man", "two teenagers", "a 19-year-old" may be: what "no one has been" denies.
_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:more\s+)?"
_SOMEONE = re.compile(r"(?:^\s*|\b(?:that|said|says)\s+)" + _COUNT + r"(?P<who>(?:[\w-]+\s+){0,2}[a-z][\w-]+)\s*$", re.I)
_PLACE_WORDS = frozenset("near outside inside behind beside across along around at".split())
# "police arrested two men", "officers have detained a 19-year-old": a deed done to someone.
_ANY_DEED = re.compile(r"\b(?P<verb>[a-z]{4,}ed)\s+" + _COUNT + r"(?P<who>(?:[\w-]+\s+){0,2}[\w-]+)")
# "police detained the plant's night-shift supervisor": a deed done to someone the words single out.
_DEED_TO_THE = re.compile(r"\b(?P<verb>[a-z]{4,}ed)\s+the\s+(?P<who>(?:[\w'’-]+\s+){0,2}[\w-]+)")
# "No arrests have been made", "there have been no arrests", "police have made no arrests".
_NO_DEEDS = re.compile(
    r"(?:^\s*|\b(?:that|said|says)\s+)no\s+(?P<n1>[a-z]{4,})\s+(?:have|has)\s+(?:yet\s+)?been\s+(?:made|carried\s+out|filed|brought|laid)"
    r"|\bthere\s+(?:have|has)\s+been\s+no\s+(?P<n2>[a-z]{4,})"
    r"|\b(?:have|has)\s+made\s+no\s+(?P<n3>[a-z]{4,})",
    re.I,
)
_SOME_DEEDS = re.compile(
    r"(?:^\s*|\b(?:that|said|says)\s+)" + _COUNT + r"(?P<n1>[a-z]{4,})\s+(?:have|has|had|were|was)\s+(?:been\s+)?(?:made|carried\s+out|filed|brought|laid)"
    r"|\bmade\s+" + _COUNT + r"(?P<n2>[a-z]{4,})",
    re.I,
)
# What may follow a denial of deeds and leave it about everyone: nothing, or when and why.
_OPEN_END = re.compile(r"\s*(?:$|so\s+far\b|yet\b|in\s+connection\b|over\b|after\b|following\b|since\b)", re.I)
# "found alive", "found guilty": the participle's complement says more than the deed.
_COMPLEMENT = re.compile(r"\s+(?:alive|dead|safe|guilty|innocent|responsible|liable|unharmed|well|missing)\b", re.I)


def _anyone(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> list[FoundClaim]:
    """What a clause tells of someone unnamed: "no arrests have been made" denies an arrest
    of anyone; "two arrests have been made" and "police arrested two men" affirm one of
    someone. The denial speaks of so far (a perfect), of no one in particular (nothing
    after it but when or why: "no charges have been filed against the driver" is of him)."""
    (s_start, s_end), (c_start, c_end) = sentence, clause
    clause_text = text[c_start:c_end]
    if HEDGE.search(text, s_start, c_end) or OTHER_TIME.search(text, s_start, s_end):
        return []
    out = []
    denied = _NO_DEEDS.search(clause_text)
    if denied and _OPEN_END.match(clause_text, denied.end()):
        if not NEGATION.search(text, s_start, c_start + denied.start()):
            noun = denied.group("n1") or denied.group("n2") or denied.group("n3")
            out.append(_about(noun, EVERYONE, False, clause_text, c_start))
    if NEGATION.search(clause_text):
        return out
    if some := _SOME_DEEDS.search(clause_text):
        out.append(_about(some.group("n1") or some.group("n2"), SOMEONE, True, clause_text, c_start))
    for deed in (*_ANY_DEED.finditer(clause_text), *_DEED_TO_THE.finditer(clause_text)):
        verb = deed.group("verb")
        before = clause_text[: deed.start()].split()
        if _participle(verb) and _person(deed.group("who")) and before and before[-1].lower() not in _BE:
            out.append(_about(verb, SOMEONE, True, clause_text, c_start))
    return out


_BE = frozenset({"was", "were", "been", "be", "being", "is", "are"})


def _about(word: str, patient: str, affirmed: bool, clause: str, c_start: int) -> FoundClaim:
    lower = word.lower()
    return FoundClaim(stem(lower), lower, patient, None, affirmed, clause.strip(), c_start, True, passive=True)


def _person(words: str) -> bool:
    """Whether "a 34-year-old man", "two teenagers", "three more officers on duty" speak of
    people: the last word before any preposition is a word for people."""
    head = None
    for word in words.lower().split():
        if word in STOP_WORDS or word in _PLACE_WORDS:
            break
        head = word
    if head is None:
        return False
    single = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return head in PERSON_NOUNS or single in PERSON_NOUNS or single in PERSON_TITLES or single.endswith("year-old")
