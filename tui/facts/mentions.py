"""Find the names in a paragraph: runs of capitalised words, cleaned of titles and sentence openers.

A capital at the start of a sentence says nothing, so a word standing alone there is read
as an ordinary word when the story gives a reason: it writes the word or its stem in lower
case ("Rescuers" beside "rescued"), or the word ends as plural nouns do ("Investigators").
With no reason either way ("Markets shrugged", "Kabul has reopened") it is kept as a
mention marked `opener`: the story's names decide (`names.build_index`), and a claim
still has its actor. Numbers written as words ("Forty-one people") and dates ("Sept. 21",
"Dec 25") are never names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..tokens import STOP_WORDS, stem
from .dates import WEEKDAYS as DAY_NAMES
from .text import ABBREVIATIONS, WORD, is_common
from .times import ZONE_OFFSETS

CONNECTORS = frozenset({"of", "al", "bin", "ibn", "de", "del", "da", "du", "dos", "van", "von", "der", "la", "le", "el"})
PERSON_TITLES = frozenset(
    """
    president minister premier chancellor secretary councilor councillor ambassador envoy king queen
    prince princess pope sheikh emir mr mrs ms dr sen rep gov governor mayor senator judge justice
    spokesman spokeswoman spokesperson representative commander general gen colonel col captain lt sgt
    chairman chairwoman chair director chief ceo leader officer correspondent reporter professor
    commissioner inspector superintendent sheriff admiral brigadier lieutenant sergeant corporal
    archbishop cardinal rabbi imam sir dame prof prosecutor magistrate detective constable
    """.split()
)
# Titles that are adjectives too: "General Motors" is a company.
ADJECTIVE_TITLES = frozenset({"General", "Premier"})
# Words that describe a title after them ("Former president", "Senior minister").
TITLE_ADJECTIVES = frozenset({"former", "interim", "senior", "deputy", "late", "then", "new"})
# Common words that open names of places: "New York", "New Delhi", "New Zealand".
NAME_LEADS = frozenset({"New"})
ORGANISATION_WORDS = frozenset(
    """
    ministry council agency organization organisation party court bank army police committee union
    university institute group company corporation corp inc ltd news assembly parliament duma forces
    department office commission fund association federation nations treaty front movement service
    times post press network channel airlines airways tribunal senate congress cabinet government
    programme program confederation league alliance coalition
    """.split()
)
# Last words of the names of laws and treaties: a title word opening one is part of it
# ("General Data Protection Regulation", "Chief Justice Act"). Not "Law", "Bill" or
# "Code": names of people too.
LAW_WORDS = frozenset(
    "act acts regulation regulations directive treaty convention accord accords agreement charter protocol statute amendment constitution".split()
)
# A company's legal form, and the words its short name drops: "Meta Platforms Inc." is "Meta".
LEGAL_FORMS = frozenset("inc incorporated corp corporation ltd limited llc plc ag sa se nv gmbh".split())
BUSINESS_WORDS = frozenset("platforms holdings group technologies systems industries international company".split())
# Words that end the name of a body and are no part of a person's: "Ironlake Security",
# "Oxford University", "Harvard Kennedy School".
BODY_WORDS = ORGANISATION_WORDS | LEGAL_FORMS | BUSINESS_WORDS | frozenset(
    """
    security labs laboratories partners capital research consulting solutions foundation society
    centre center authority bureau board school college academy hospital clinic church trust
    media club chamber institution observatory monitor watch ventures analytics
    """.split()
)
PLACE_LEADS = frozenset({"in", "to", "from", "near", "at", "across", "into", "outside", "inside", "throughout"})
# "to" before a name that is a source or a person, not a destination: "according to
# Zelensky", "thanks to Moreno", "spoke to Okafor", "a letter to Harlow".
NOT_TOWARDS = frozenset(
    """according thanks owing due loyal married related similar spoke speaking talked talking
    wrote writing letter message reply replied answer answered listened adviser advisor aide""".split()
)
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# Month and weekday abbreviations are dates only before a day ("Sept. 21", "Dec 25"):
# "Jan Egeland" is a man, "The Sun." a newspaper.
CALENDAR_SHORT = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split()
)
_DATE_AFTER = re.compile(r"\.?[ \t]*\d")
WEEKDAYS = frozenset(DAY_NAMES)
NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    hundreds thousand thousands million millions billion billions dozen dozens scores half tens
    """.split()
)
PLACE_NOUNS = frozenset(
    "island islands province region county district city village river lake valley coast peninsula".split()
)
# A dateline's place: "MWANZA, Tanzania, Sept. 21 —", "REDDING, Calif. (Wire) —".
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,[ \t]+")
# The city of a wire dateline, in capitals, then capitalised words, dates and the wire's
# name up to a dash: "KYIV, Ukraine (AP) —", "BAKU, Dec 25 (Wire) -", "NEW YORK —".
_DATELINE_CITY = re.compile(
    r"([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+)*)(?:,?[ \t]+(?:[A-Z][\w.'’]*|\d[\d,]*|\([^()]*\))[,.]?)*[ \t]+[—–-][ \t]"
)
_CLOCK_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?)[ \t]*\(?$", re.I)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_BRACKETS = re.compile(r"\([^()]*\)")
_LEADS_IN = re.compile(
    r"\s*,|\s+(?:the|a|an|these|this|those|its|their|his|her|our|on|in|at|for|of|to|from|with|by|after"
    r"|before|since|as|when|while|all|some|many|most|more|no)\b"
)
# Words that open English sentences and are never names, whatever follows them.
OPENER_WORDS = frozenset(
    """
    despite meanwhile earlier later instead moreover furthermore nevertheless nonetheless
    elsewhere overall separately additionally indeed therefore besides initially previously
    currently recently eventually finally ultimately afterwards afterward today yesterday tonight
    several various numerous
    whoever whatever whichever wherever whenever however
    """.split()
)
_ORDINARY_END = re.compile(r"[a-z]{3}(?:ers|ors|ents|ists|ies|ments|tions|sions)$")
# Ends of ordinary nouns and adjectives, not of surnames ("Summers", "Mladic"): "Motors", "Electric".
_ORDINARY_WORD_END = re.compile(r"[a-z]{3}(?:ors|ics|tric|ical|ive|ous|ments|tions)$")
_OFFICE_END = re.compile(r"[a-z]{3}(?:rs|ts|ty|nce|ment|ments|tion|tions|sion|ics)$|[a-z]{4}es$")  # "Affairs", "Security"
_OFFICE_LEAD = re.compile(r"([A-Za-z][\w.-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")
DEMONYM_END = re.compile(r"(?:ian|ean|ican|ese|ish)$")
_POSSESSIVE = re.compile(r"['’]s?$")
# A middle initial or a place's abbreviation before the rest of the name: "George W. Bush", "St. Louis".
# A letter and a dot before a word that opens sentences ends a sentence instead: "Plan B. The vote".
_INITIAL = (
    r"(?:[A-Z]\.(?![ \t]+(?:The|A|An|In|On|At|It|He|She|They|We|This|That|But|And|His|Her|Its|Their|As|If|When)\b)"
    r"|(?:St|Mt|Ft)\.)(?=[ \t]+[A-Z])"
)
# Arabic names keep their article in lower case, joined by a hyphen: "al-Assad", "el-Sisi",
# "al-Qaida". Only these particles: "ex-President", "pro-Russian", "mid-August" are no names.
HYPHEN_PARTICLES = ("al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ud", "ul")
_PARTICLE_NAME = rf"(?:{'|'.join(HYPHEN_PARTICLES)})-[A-Z][\w’'.-]*\w"
_PARTICLE_WORD = re.compile(_PARTICLE_NAME)
_CAPITAL = _INITIAL + r"|[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w’'.-]*\w|[A-Z]|" + _PARTICLE_NAME
_INITIAL_AT = re.compile(_INITIAL)
_CAPITAL_RUN = re.compile(
    rf"(?<![\w’'-])(?:{_CAPITAL})(?:[ \t]+(?:(?:{'|'.join(sorted(CONNECTORS))})[ \t]+)*(?:{_CAPITAL}))*"
)


_TITLED_NAME = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(sorted(PERSON_TITLES))})\.?[ \t]+([A-Z][\w’'-]*)[ \t]+"
    rf"(?:(?:{'|'.join(sorted(CONNECTORS - {'of'}))})[ \t]+)*[A-Z]"
)


def titled_first_names(texts: Iterable[str]) -> set[str]:
    """The first words of the names a story writes after a person's title ("Sergei" of
    "Foreign Minister Sergei Lavrov", "Kim" of "leader Kim Jong Un"), marked with a
    leading "@", to join `lowercase_vocabulary`: a name that starts with one is a person's."""
    return {"@" + m.group(1) for text in texts for m in _TITLED_NAME.finditer(text)}


@dataclass(frozen=True)
class Mention:
    """One name as written in a paragraph, with where it sits."""

    text: str
    start: int
    end: int
    kind: str  # "person", "organisation", "place" or "name"
    # A lone word opening a sentence that the story capitalises nowhere inside one
    # ("Officials said", "Lavrov said"): a name only if the story names it otherwise too.
    opener: bool = False


def is_heading(text: str) -> bool:
    """A short line in title case is a heading: its capitals say nothing about names."""
    words = WORD.findall(text)
    if not words or len(words) > 14 or text.rstrip()[-1:] in ".!?\"”":
        return False
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def find_mentions(text: str, common: set[str], spelled_out: Iterable[str] = ()) -> list[Mention]:
    """Every name in the paragraph; `common` is what `lowercase_vocabulary` found in the
    story, `spelled_out` the names with "and" inside that its acronyms stand for."""
    if is_heading(text):
        return []
    mentions = _capitalised_names(text, common)
    for name in spelled_out:
        if name in text:
            mentions = _whole_name(name, text, mentions)
    for body in _BODY_WITH_FOR.finditer(text):
        if _names_a_cause(body, common):
            mentions = _whole_name(body.group(), text, mentions)
    return mentions


def _names_a_cause(body: re.Match[str], common: set[str]) -> bool:
    """What follows "for" or "on" names a cause, not a team or a person: two capitalised
    words or more ("for National Statistics"), or one the story also writes in lower case
    ("for Security"); not "the Premier League for Arsenal"."""
    after = body.group("cause").split()
    capitals = [w for w in after if w[0].isupper()]
    return len(capitals) >= 2 or capitals[0].lower() in common

# A body named for what it does, with the small words that says so: "Organization for
# Security and Co-operation in Europe", "Coordination Centre for Prisoners of War", "Office
# for National Statistics", "Commission on Human Rights". It takes "for" or "on" after a word
# that names a body; then "and", "of", "in" and "the" join capitalised words as "of" does.
_CAPITAL_WORD = r"[A-Z][\w’'.-]*[\w’']"
_NOT_CALENDAR = (
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)"
)
_BODY_WITH_FOR = re.compile(
    rf"(?<![\w’'-])(?:(?!The\b){_CAPITAL_WORD}[ \t]+){{0,3}}"
    rf"(?:{'|'.join(sorted(w.capitalize() for w in BODY_WORDS))})[ \t]+(?:for|on)[ \t]+(?:the[ \t]+)?"
    rf"(?P<cause>{_NOT_CALENDAR}{_CAPITAL_WORD}(?:[ \t]+(?:(?:and|of|in|the|for)[ \t]+)*{_NOT_CALENDAR}{_CAPITAL_WORD})*)"
)


def _whole_name(name: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """One mention for each place the paragraph writes a name that the capitalised runs
    read as two ("Rail" and "Transport Union" of "Rail and Transport Union")."""
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
    kind = "organisation" if any(w.lower() in BODY_WORDS for w in name.split()) else "name"
    return sorted(kept + [Mention(name, a, b, kind) for a, b in spans], key=lambda m: m.start)


def _capitalised_names(text: str, common: set[str]) -> list[Mention]:
    """The names the runs of capitalised words make."""
    mentions, wire, lead_end = _dateline_city(text)
    for match in _CAPITAL_RUN.finditer(text, mentions[0].end if mentions else 0):
        if any(a <= match.start() < b for a, b in wire):
            continue  # the wire's own name: "(Reuters)", "(AP)"
        if match.group() in ZONE_OFFSETS and _CLOCK_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # a clock's zone: "00:15 GMT", "3pm (BST)"
        # The story's first sentence starts after the dateline's dash: "(Wire) - Former minister ..."
        opens = match.start() == lead_end or _opens_sentence(text, match.start())
        run: list[tuple[str, int, int]] = []
        opener: int | None = None  # start of a sentence opener never capitalised elsewhere
        for word_match in WORD.finditer(text, match.start(), match.end()):
            word, start, end = word_match.group(), word_match.start(), word_match.end()
            if not word[0].isupper() and not _PARTICLE_WORD.fullmatch(word):
                if run:
                    run.append((word, start, end))  # a connector: "Emirate of Afghanistan"
                continue
            word, start, end, closes = _trim(word, start, end, common)
            word, end = _with_final_dot(word, text, end)
            lower = word.lower()
            after_name = bool(run) and run[-1][0][0].isupper()
            if _calendar(lower, text, end, after_name) or (
                opens and not run and _never_a_name(lower, common) and not _opens_a_name(word, match, common)
            ):
                run = _flush(run, text, mentions, opener, common)
                opens = False
                continue
            if not run:
                opener = start if opens and "^" + word not in common else None
            opens = False
            run.append((word, start, end))
            if closes:
                run = _flush(run, text, mentions, opener, common)
        _flush(run, text, mentions, opener, common)
    return mentions


def _dateline_city(text: str) -> tuple[list[Mention], list[tuple[int, int]], int]:
    """The city a wire dateline opens with, written as a name ("Mwanza" of "MWANZA,
    Tanzania, Sept. 21, 2025 —"), where the dateline names its wire in brackets, and where
    the dateline ends (-1 without one)."""
    match = _DATELINE_CITY.match(text)
    if not match:
        return [], [], -1
    wire = [m.span() for m in _BRACKETS.finditer(text, 0, match.end())]
    return [Mention(match.group(1).title(), match.start(1), match.end(1), "place")], wire, match.end()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word starts a sentence or a quotation (so its capital says nothing)."""
    before = text[max(0, start - 12) : start].rstrip()
    if not before:
        return True
    if before[-1] in "\"“‘(":
        return True
    if before[-1] in ".!?":
        last = before[:-1].split()[-1:] or [""]
        return last[0].lower().strip("\"“‘(") not in ABBREVIATIONS
    return False


def _never_a_name(lower: str, common: set[str]) -> bool:
    """An opening word that is no name even before another capital ("Meanwhile Lusaka",
    "Forty Russian"): the story writes it in lower case, or it is a number or a connective."""
    return lower in common or is_common(lower) or lower in NUMBER_WORDS or lower in OPENER_WORDS


def _opens_a_name(word: str, run: re.Match[str], common: set[str]) -> bool:
    """An opening word that is a name's first word all the same: an acronym ("WHO said"),
    or, before more capitals, a word the story capitalises inside sentences too ("World
    Food Programme" beside "the World Food Programme"), one that opens names ("New York")
    or a surname's particle ("Von der Leyen", "De Gaulle")."""
    more = run.end() > run.start() + len(word)
    particle = word.lower() in CONNECTORS and word != "Of"
    return _acronym(word) or (more and ("^" + word in common or word in NAME_LEADS or particle))


def _calendar(lower: str, text: str, end: int, after_name: bool) -> bool:
    """A month or weekday, or its abbreviation written as in a date ("Sept. 21", "Dec 25").
    A month right after a name and before no day ends the name: "Theresa May", "Brian May"."""
    dated = _DATE_AFTER.match(text, end) is not None
    if lower in CALENDAR_WORDS:
        return dated or not after_name or lower in WEEKDAYS
    return lower in CALENDAR_SHORT and dated


def _ordinary_opener(word: str, text: str, end: int, common: set[str]) -> bool:
    """A word alone at the start of a sentence, never capitalised inside one, that reads as
    an ordinary word: one leading into its sentence ("Earlier on", "Overnight, the"), one
    whose stem the story writes in lower case ("Rescuers" beside "rescued"), one ending
    as plural people and things do ("Investigators", "Authorities", "Regulations"), or a
    participle before a title ("Presiding judge").
    "China has not recognized" or "Parliament has not approved" stay mentions: nothing says
    otherwise, and the claim needs its actor."""
    return bool(
        _LEADS_IN.match(text, end) or "~" + stem(word) in common or _ORDINARY_END.search(word) or _before_title(word, text, end)
    )


# What an actor does right after its name: "China has not recognised", "Kenya said".
_ACTOR_VERB = re.compile(
    r"\s+(?:has|had|is|was|will|would|could|can|did|does|must|should|said|says|announced|denied)\b"
)
# Pronouns the stop words lack: "Everyone has gone home" names no one.
_INDEFINITE = frozenset(
    "everyone everybody everything someone somebody something anyone anybody anything nobody nothing".split()
)


def _actor(word: str, text: str, end: int) -> bool:
    """A lone word opening a sentence and acting in it, as a country or a body does
    ("China has not recognised…"): a name even if the story never writes it elsewhere."""
    plural = word.endswith("s")  # "Officials said", "Schools will": people and things
    lower = word.lower()
    if plural or lower in _INDEFINITE or lower in STOP_WORDS:
        return False
    return bool(_ACTOR_VERB.match(text, end))


def _before_title(word: str, text: str, end: int) -> bool:
    """A word describing the title after it: "Presiding judge", "Former president"."""
    after = _NEXT_WORD.match(text, end)
    describes = word.endswith("ing") or word.lower() in TITLE_ADJECTIVES
    return describes and after is not None and after.group(1) in PERSON_TITLES


def _place_by_context(text: str, start: int, end: int) -> bool:
    """A name the sentence says is a place: a dateline's ("MWANZA, Tanzania, Sept. 21"),
    or one followed by a word for a place ("Ukara island", "Kherson region")."""
    if _DATELINE.fullmatch(text, 0, start) and text[end : end + 1] in (",", ".", " "):
        return True
    after = re.match(r"[ \t]+([a-z]+)\b", text[end : end + 16])
    return bool(after) and after.group(1) in PLACE_NOUNS


def _demonym(word: str, common: set[str]) -> bool:
    """"Russian", "Chinese", "Israeli": an adjective of a place, by its ending or because
    the story names the place it comes from ("Israel"); "Taliban", "Sudan" are names."""
    return bool(DEMONYM_END.search(word)) or (len(word) > 4 and "^" + word[:-1] in common)


def _trim(word: str, start: int, end: int, common: set[str]) -> tuple[str, int, int, bool]:
    """Cut a possessive or a lower-case hyphen tail ("Taliban-led"); say whether the run ends
    here. A given name of two short syllables keeps its tail ("Lee Jun-ho", "Kim Seo-yeon")
    when the story never writes the tail as a word of its own."""
    closes = False
    if "-" in word:
        head, _, tail = word.partition("-")
        if tail[:1].islower() and not _syllable_pair(head, tail, common):
            word, closes = head, True
    bare = _POSSESSIVE.sub("", word) if word[-2:] in ("’s", "'s") or word[-1:] in "’'" else word
    if bare != word:
        word, closes = bare, True
    word = word.rstrip(".") if word.count(".") == 1 else word
    return word, start, start + len(word), closes


def _syllable_pair(head: str, tail: str, common: set[str]) -> bool:
    """"Jun-ho", "Seo-yeon": two short syllables, the second no word of the story's prose nor
    a participle ("Taliban-led", "Kremlin-run" stay cut)."""
    return len(head) <= 4 and len(tail) <= 4 and tail.isalpha() and tail not in common and not tail.endswith("ed") and tail not in STOP_WORDS


def _acronym(word: str) -> bool:
    """"WHO", "IT", "U.S.": capitals that are no ordinary word, though "who" and "it" are."""
    return len(word) > 1 and word.isupper()


def _with_final_dot(word: str, text: str, end: int) -> tuple[str, int]:
    """An abbreviation in dotted capitals keeps its last dot: "U.S.", "D.C.", even at a
    sentence's end; so does an initial inside a name ("W." of "George W. Bush")."""
    if (_DOTTED.fullmatch(word) and text[end : end + 1] == ".") or _INITIAL_AT.match(text, end - len(word)):
        return word + ".", end + 1
    return word, end


def is_title(word: str) -> bool:
    """"Minister", "Gen.", "Secretary-General": a word that names an office held by a person."""
    return word.lower().rstrip(".").split("-")[-1] in PERSON_TITLES


# Words that end a title begun by another ("Chief Executive"), though alone they open names
# ("Executive Council").
TITLE_TAILS = frozenset({"executive"})


def _last_title(words: list[str]) -> int:
    """Where the last title among the words is, -1 if none: "Chief Executive" ends at its second word."""
    at = max((i for i, w in enumerate(words) if is_title(w)), default=-1)
    while 0 <= at < len(words) - 1 and words[at + 1].lower() in TITLE_TAILS:
        at += 1
    return at


def _titled_body(words: list[str], common: set[str]) -> int:
    """Where a body's name starts with a title that is also an adjective ("General",
    "Premier"), -1 if none: before one ordinary word ("General Motors", "UN General
    Assembly") or before a body's name ("General Confederation of Workers", "Premier
    League"). A law's name starts with its first word whatever title it holds ("General
    Data Protection Regulation"). "General Milley" is a man, "General Secretary" a title,
    and "President Bush" a president."""
    if _law(words):
        return 0
    if len(words) >= 2 and words[-2] in ADJECTIVE_TITLES and not is_title(words[-1]) and _ordinary_word(words[-1], common):
        return len(words) - 2
    for at, word in enumerate(words[:-1]):
        if word in ADJECTIVE_TITLES and any(w.lower() in ORGANISATION_WORDS for w in words[at + 1 :]):
            return at
    return -1


def _law(words: list[str]) -> bool:
    """A name of two words or more that ends as laws and treaties do: "Clean Air Act"."""
    return len(words) >= 2 and words[-1].lower() in LAW_WORDS


def _ordinary_word(word: str, common: set[str]) -> bool:
    """A capitalised word that reads as an ordinary noun or adjective: the story writes it
    in lower case, it names a kind of body, or it ends as nouns and adjectives do."""
    lower = word.lower()
    if _PARTICLE_WORD.fullmatch(word) or _PARTICLE_WORD.fullmatch(word[:1].lower() + word[1:]):
        return False  # "Al-Mansoori", though the story writes "al-Mansouri" with a small letter
    return (
        lower in common or "~" + stem(lower) in common or lower in ORGANISATION_WORDS
        or bool(_ORDINARY_WORD_END.search(lower))
    )


def _office_end(words: list[str], title_at: int, text: str, start: int, common: set[str]) -> tuple[int, bool]:
    """Where the title of a run ends, with the office it names ("Secretary of State" in
    "Secretary of State Antony Blinken", "Treasury" after "Secretary of the"), and whether
    a person's name follows. With no name after it the office is a name: "Ukraine" in
    "President of Ukraine"."""
    if title_at >= 0 and words[title_at + 1 : title_at + 2] == ["of"]:
        office_at = title_at + 2
    elif title_at == -1 and _after_office_lead(text, start):
        office_at = 0
    else:
        return title_at, title_at >= 0
    end = office_at + _office_length(words[office_at:], common) - 1
    # A person's name is two words at least: "the mayor of New York", "the president of
    # South Korea" and "the governor of the Bank of England" name no one.
    name = words[end + 1 :]
    return (end, True) if len(name) >= 2 and name[0] not in CONNECTORS else (office_at - 1, False)


def _office_length(words: list[str], common: set[str]) -> int:
    """How many words name the office, not the person: the first one, a place or body it
    takes ("Bank of England"), and words that read as ordinary nouns while more than two
    words remain for the name ("Foreign Affairs Amir Khan Muttaqi", "Homeland Security
    Kristi Noem"; "Staff Mark Meadows")."""
    n = 1
    while len(words) - n > 2 and (words[n] in CONNECTORS or _office_word(words[n], common)):
        n += 2 if words[n] in CONNECTORS else 1
    return n


def _office_word(word: str, common: set[str]) -> bool:
    lower = word.lower()
    return lower in common or is_common(lower) or bool(_OFFICE_END.search(lower))


def _after_office_lead(text: str, start: int) -> bool:
    """Whether a run follows a title and "of" or "for" ("Secretary of the Treasury Scott
    Bessent", "Minister for Foreign Affairs Penny Wong"): it starts with the office."""
    lead = _OFFICE_LEAD.search(text, max(0, start - 40), start)
    return bool(lead) and is_title(lead.group(1))


def _body_before_title(run: list[tuple[str, int, int]], title_at: int, out: list[Mention]) -> None:
    """The body named before a title is a name of its own: "Bank of England Governor",
    "UN Secretary-General". Not a word of the office itself ("Police Chief", "Press Secretary")."""
    body = run[:title_at]
    while body and body[-1][0] in CONNECTORS:
        body.pop()
    words = [w for w, _, _ in body]
    if (len(words) == 1 and _acronym(words[0])) or any(w.lower() in ORGANISATION_WORDS for w in words[:-1]):
        out.append(Mention(" ".join(words), body[0][1], body[-1][2], "organisation"))


def _person_of_body(run: list[tuple[str, int, int]], text: str, common: set[str]) -> int:
    """Where "of" parts a person's name from the body or place after it, -1 if it does not:
    "Andrei Volkov of Ironlake Security", "President Vladimir Putin of Russia". The words
    before it, after any title, are a name of two words or more, none of them ordinary or a
    body's, and the name is a person's: a title says so, or the story gives its first word
    after a title elsewhere, or "of" leads to a body ("Ironlake Security"). "Bank of
    England", "Duke of Edinburgh", "Harvard Kennedy School of Government" stay whole."""
    words = [w for w, _, _ in run]
    if "of" not in words:
        return -1
    at = words.index("of")
    after = [w for w in words[at + 1 :] if w not in CONNECTORS]
    title_at = _last_title(words[:at])
    name = [w for w in words[title_at + 1 : at] if w not in CONNECTORS]
    if not after or not 2 <= len(name) <= 4 or name[0] in NAME_LEADS:
        return -1
    if any(_ordinary_word(w, common) or w.lower() in BODY_WORDS or is_title(w) or _acronym(w) for w in name):
        return -1
    person = title_at >= 0 or _title_before(text, run[0][1]) or "@" + name[0] in common
    return at if person or after[-1].lower() in BODY_WORDS else -1


def _place_lead(lead: list[str]) -> bool:
    """Whether the words before a name say it is a place: "in Geneva", "near the Tigris"."""
    if len(lead) > 1 and lead[-1] == "the":
        lead = lead[:-1]
    if not lead or lead[-1].lower() not in PLACE_LEADS:
        return False
    return lead[-1].lower() != "to" or len(lead) < 2 or lead[-2].lower() not in NOT_TOWARDS


def _title_before(text: str, start: int) -> bool:
    """Whether a title, in any case, comes right before a run: "opposition leader Mary
    Harlow", "foreign minister, Amir Khan Muttaqi", "Gen. Milley"."""
    lead = text[max(0, start - 24) : start].replace(",", " ").split()
    return bool(lead) and is_title(lead[-1])


def _flush(
    run: list[tuple[str, int, int]],
    text: str,
    out: list[Mention],
    opener: int | None,
    common: set[str],
    person: bool = False,
) -> list:
    while run and (run[-1][0] in CONNECTORS):
        run.pop()
    split = _person_of_body(run, text, common)
    if split > 0:
        _flush(run[:split], text, out, opener, common, person=True)
        return _flush(run[split + 1 :], text, out, None, common)
    if run and run[0][1] == opener:
        if len(run) >= 3 and not is_title(run[0][0]) and not any(w in CONNECTORS for w, _, _ in run):
            # "Rescuer Aung Kyaw Tun": the opener is an ordinary word; not "Von der Leyen",
            # "Federal Republic of Germany"
            run = run[1:]
        elif len(run) == 1 and _ordinary_opener(run[0][0], text, run[0][2], common):
            return []
    if not run:
        return []
    words = [w for w, _, _ in run]
    body_at = _titled_body(words, common)
    kind = "organisation" if body_at >= 0 and not _law(words) else "name"
    title_at = _last_title(words[:body_at] if body_at >= 0 else words)
    if title_at == -1 and len(words) > 1 and words[0].lower() in TITLE_TAILS and _title_before(text, run[0][1]):
        title_at = 0  # "Chief Executive Henrik Solberg" when "Chief" opened the sentence
    if title_at >= 0:
        _body_before_title(run, title_at, out)
    title_at, titled = _office_end(words, title_at, text, run[0][1], common)
    if title_at == len(words) - 1:
        return []
    if title_at >= 0:
        run, words = run[title_at + 1 :], words[title_at + 1 :]
    if person or titled:
        kind = "person"
    # A surname's own particle stays after a title ("Ms von der Leyen", "President de Gaulle").
    particle = title_at >= 0 and len(words) > 1 and words[0] in CONNECTORS and words[0] != "of"
    while run and not particle and (
        (is_common(words[0]) and not _acronym(words[0]) and not (words[0] in NAME_LEADS and len(words) > 1))
        or words[0] in CONNECTORS
    ):
        run, words = run[1:], words[1:]
    if not run or (len(words) == 1 and words[0].lower() in NUMBER_WORDS):
        return []
    start, end = run[0][1], run[-1][2]
    after = text[end : end + 2]
    if len(words) == 1 and re.match(r"\s[a-z]", after) and _demonym(words[0], common):
        return []  # "Russian officials": an adjective, not a name
    if kind == "name" and _title_before(text, start) and (len(words) > 1 or text[max(0, start - 24) : start].rstrip().endswith(".")):
        kind = "person"  # "opposition leader Mary Harlow", "foreign minister, Amir Khan Muttaqi", "Gen. Milley"
    if any(w.lower() in ORGANISATION_WORDS for w in words) or (len(words) == 1 and _acronym(words[0])):
        kind = "organisation"
    elif kind == "name":
        lead = text[max(0, start - 24) : start].split()
        if _place_lead(lead):
            kind = "place"
        elif _place_by_context(text, start, end):
            kind = "place"
    # A lone opener that owns something is a name too: "Britain's parliament", "Kenya's army".
    owns = text[end : end + 2] in ("'s", "’s")
    lone = len(run) == 1 and run[0][1] == opener and not _acronym(words[0]) and not owns and not _actor(words[0], text, end)
    out.append(Mention(" ".join(words), start, end, kind, lone))
    return []
