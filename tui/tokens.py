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

# Words frequent in any English prose. They are not dropped (they still make a sentence
# match), but they weigh little: what separates two paragraphs of one story is its own
# vocabulary, not "significant", "took" or "part".
GENERIC_WORDS = frozenset(
    """
    able across actually add added adding additional address ago ahead allow allowed almost
    already always announced another anything appear appeared approach area around ask asked
    away back based become became begin began behind best better beyond big bring brought
    broad broader call called came can't case certain change changed clear clearly close come
    comes coming common completely concern consider considered continue continued could course
    current currently day days decide decided describe described despite different difficult
    done due early either else end ended enough especially event every example expect expected
    fact far feel felt find first follow followed following found full further gave general get
    gets getting give given giving go goes going gone good got great group groups hand happen
    happened hard help held high highlight highlighted highlights hold important include
    included includes increase increasingly indeed instead issue issues keep kept key kind knew
    know known large largely last late later latest lead least leave left less level likely
    little long look looking lot low main major many matter mean means meanwhile meet member
    members might moment month months move moved moves moving near nearly need needed needs
    never next none noted number often old open order others otherwise overall part particular
    particularly past people perhaps place play point points possible potential potentially
    present previous previously probably process provide provided put quite rather reach
    reached real really recent recently regarding remain remained remains report reported
    reports result role run saw second see seeing seem seemed seems seen set several shown
    show showed side significant significantly similar simply small so-called something soon
    specific specifically stand start started state stated states statement step steps still
    strong sure take taken takes taking term terms thing things think third thus time times
    today together took toward turn two under understand unlike use used using various view
    views want way ways week weeks went whether whole wide widely work working world year years
    """.split()
)

# How news prose reports speech and sources: present in every story, about none of them.
REPORTING_WORDS = frozenset(
    """
    said says say saying told tell tells telling stated state states stating statement
    statements announced announce announces announcement announcements added adding noted
    noting stressed stressing emphasized emphasised emphasizing emphasising underscored
    underscores underscoring highlighted highlighting echoed echoing echoes sentiment
    sentiments claimed claiming claims urged urging urges called calling calls expressed
    expressing voiced voicing reiterated reaffirmed reaffirming insisted argued suggested
    suggesting believed described describing referred referring remarked commented
    comments comment quoted quoting quote quotes according reported reporting report
    reports reporter reporters interview interviews press conference briefing spokesman
    spokeswoman spokesperson official officials source sources news agency agencies media
    outlet outlets newspaper state-run state-owned wire channel broadcaster
    """.split()
)

# Words news prose uses interchangeably for one idea, mapped to one representative so
# that two outlets' wordings of a point still meet. General English, no story's names.
SYNONYM_GROUPS = (
    "country nation state",
    "formally officially formal official",
    "remove removal delist delisting lift lifting",
    "ally allies partner partners",
    "praise praised commend commended hail hailed laud lauded applaud",
    "welcome welcomed welcomes welcoming",
    "kill killed dead death deaths died fatalities toll",
    "injure injured injuries wounded hurt",
    "ban banned outlaw outlawed prohibited",
    "approve approved approval endorse endorsed",
    "seize seized takeover capture captured",
    "withdrawal pullout pull-out exit",
    "missing unaccounted",
    "rescue rescued rescuers survivor survivors survived survive",
    "evacuate evacuated evacuation evacuees displaced",
    "quake earthquake tremor",
    "blast explosion",
    "rule ruling regime government administration",
    "reshape reshaping recast transform",
    "condemn condemned condemnation criticise criticize criticised criticized",
    "president premier",
    "legitimate legitimacy",
    "terror terrorism terrorist terrorists",
)
_SYNONYM = {word: group.split()[0] for group in SYNONYM_GROUPS for word in group.split()}

# Words that negate what follows them within a clause.
NEGATIONS = frozenset("no not never without nor none n't cannot neither".split())

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_SUFFIXES = (
    "ational", "ization", "isation", "fulness", "ousness", "iveness", "ations", "ation",
    "itions", "ition", "ements", "ement", "ments", "ment", "ingly", "ities", "ity", "ness",
    "ings", "ing", "ions", "ion", "ally", "edly", "ary", "ers", "ies", "ied", "ed", "es", "er",
    "ly", "al", "s",
)
STEM_LENGTH = 6
# "military" loses "ary" to part from "militant"; "primary" keeps it, or it would meet "prime".
_SHORTEST_ROOT = {"ary": 5}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Strip common suffixes, then keep the first six letters.

    Crude on purpose: it lets 'recognized', 'recognition' and 'recognizing' meet, and
    'ally' meet 'allies', which is what matters when comparing paragraphs.
    """
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if any(c.isdigit() for c in word) or len(word) <= 3:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _SHORTEST_ROOT.get(suffix, 3):
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "i"
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if word.endswith("y"):
        word = word[:-1] + "i"
    return word[:STEM_LENGTH]


def raw_words(text: str) -> list[str]:
    return _WORD.findall(text)


_NUMBER_OR_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


def content_tokens(text: str, negation_marks: bool = False) -> list[str]:
    """Stems of the words that carry meaning, numbers kept whole, stop words dropped.

    "2,389" is one token "2389"; "Taliban-led" is one token made of its parts' stems;
    synonyms meet in one representative. With `negation_marks`, the content words that
    follow "no", "not", "never"... in the same clause also come as "not:" tokens, so
    that two paragraphs denying the same thing share something specific.
    """
    out = []
    negated = 0
    for word in _NUMBER_OR_WORD.findall(text):
        if word[0].isdigit():
            out.append(word.replace(",", ""))
            continue
        lower = word.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if negation_marks and (lower in NEGATIONS or lower.endswith("n't")):
            negated = 4
            continue
        if lower in STOP_WORDS or len(lower) < 2:
            continue
        lower = _SYNONYM.get(lower, lower)
        if "-" in lower:
            token = "-".join(stem(part) for part in lower.split("-") if part)
        else:
            token = stem(lower)
        out.append(token)
        if negated:
            out.append("not:" + token)
            negated -= 1
    return out


@lru_cache(maxsize=1)
def generic_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in GENERIC_WORDS)


@lru_cache(maxsize=1)
def reporting_stems() -> frozenset[str]:
    return frozenset("-".join(stem(p) for p in w.split("-")) for w in REPORTING_WORDS)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (good enough for news prose)."""
    parts = [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]
    return parts or [text]


# A sentence that opens by conceding something ("Although Russia still does not recognise
# the government, the Kremlin has engaged with it") makes its point after the comma; the
# opening clause is background that many paragraphs of a story share.
_CONCESSION = re.compile(r"[\"“‘]?(?:although|though|while|whilst|despite|even though|even as|even if)\b", re.IGNORECASE)
# After a comma, a list goes on: "political, economic, and trade ties".
_LIST_GOES_ON = re.compile(r"\s*(?:(?:and|or)\b|[\w’'-]+,)")


def split_concession(sentence: str) -> tuple[str, str]:
    """The opening concessive clause of a sentence and the rest; ("", sentence) without one.

    The clause ends at the first comma that does not go on with a list, or where a
    dash-enclosed aside closes; a sentence whose clause never ends is left whole."""
    opening = _CONCESSION.match(sentence)
    if opening is None:
        return "", sentence
    dashes = 0
    for i in range(opening.end(), len(sentence)):
        char = sentence[i]
        if char in "—–":
            dashes += 1
            if dashes == 2:
                return sentence[:i], sentence[i + 1 :]
        elif char == "," and not _LIST_GOES_ON.match(sentence, i + 1):
            return sentence[:i], sentence[i + 1 :]
    return "", sentence
