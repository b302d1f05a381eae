"""Tell article content from page chrome: navigation, comment forms, ads, bios, copyright.

The signals are general: the shape of a line, words typical of page chrome, where the
line sits (page furniture gathers before and after the article body), and lines that
repeat within an article or across articles. Nothing here knows any outlet's wording.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .segmenting import SENTENCE_END, RawParagraph, lead_dateline, parse_dateline

_CHROME_PHRASES = re.compile(
    r"""
    \b(?:leave|post|add|write)\s+a\s+(?:reply|comment|response)\b
    | \bno\s+comments?\b | \b\d+\s+comments?\b | ^comments?$ | \brecent\s+comments\b
    | ^(?:show|view|hide|read|see)?\s*comments?\s*\(\d+\)$ | \bcomments\s+(?:are|have\s+been)\s+(?:closed|disabled|open)\b
    | \b(?:previous|next|older|newer)\s+(?:post|article|story|page)\b
    | \brelated\s+(?:articles?|posts?|stories|news|content|topics)\b
    | \bmore\s+(?:stories|from|news|articles|on\s+this)\b | \bmost\s+(?:popular|read|viewed)\b
    | \b(?:trending|recommended|popular)\s+(?:now|stories|posts|articles)\b
    | \bsubscribe\b | \bnewsletter\b | \bsign\s+(?:up|in)\b | \blog\s*in\b | \bregister\b
    | \benter\s+your\b | \bplease\s+enter\b | \byour\s+email\b | \bemail\s+address\b
    | \bcaptcha\b | \brequired\s+fields?\b | \bsave\s+my\s+name\b
    | \badvert(?:is|ise|i)?ments?\b | \bsponsored\b | \bad\s+choices\b
    | \bback\s+to\s+top\b | \bskip\s+to\b | \bscroll\s+to\b
    | \ball\s+rights\s+reserved\b | \bcopyright\b | © | \(c\)\s*\d{4}
    | \bprivacy\s+policy\b | \bterms\s+(?:of|and)\s+(?:use|service|conditions)\b | \bcookies?\b
    | \bfollow\s+(?:us|@?\w+\s+on)\b | \bfollow\s+\w+\s+on\b | \bshare\s+(?:this|on|via)\b
    | \b(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit)\b
    | \bread\s+(?:more|also|next)\b | \balso\s+read\b | \bclick\s+here\b | \bsee\s+also\b
    | \bdownload\s+(?:our|the)\s+app\b | \btags?\s*: | \bfiled\s+under\b | \bcategor(?:y|ies)\b
    | \bloading\b | \bhello\s+world\b | \bposted\s+in\b
    | ^(?:photograph|photo|image|picture|illustration)(?:\s+(?:caption|source|credit))?\s*[:,] | \bgetty\s+images\b
    | \blisten\s+to\s+this\s+article\b | \breuse\s+this\s+content\b | \bthis\s+article\s+is\s+more\s+than\b
    | \bexplore\s+more\b | \bback\s+to\s+(?:home|homepage)\b
    | \boriginally\s+(?:published|appeared)\b | \bour\s+standards\b | \beditorial\s+(?:standards|guidelines)\b
    | \b(?:enable|turn\s+on|requires?)\s+javascript\b | \bjavascript\s+(?:is\s+)?(?:required|disabled|to\s+play)\b
    | \bkey\s+events\b | \bcopy\s+link\b
    """,
    re.I | re.X,
)
# How long ago a page says it changed: "Updated 14 minutes ago", "1h ago".
_AGO = r"(?:(?:last\s+)?(?:updated|posted|published|modified)\s+)?(?:\d+|an?|one)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|[smhd])\s+ago"
# A live page's furniture: its label ("Live", "Live updates"), the stamp over each entry
# ("10:32 BST", "Posted at 10:32", "1h ago"), the age of the page. The entries' own words
# are content.
_LIVE_FURNITURE = re.compile(
    r"^(?:live|live\s+(?:updates?|reporting|coverage|blog)|breaking(?:\s+news)?|developing(?:\s+story)?|summary|share)$"
    r"|^(?:(?:posted|updated|published)\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?-i:[A-Z]{2,4})(?:\s*[+-]\d{1,2})?)?$"
    r"|^" + _AGO + r"(?:\s*[|/•·,-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?-i:[A-Z]{2,4}))?)?$",
    re.I,
)
MENU_RUN = 3  # short lines in a row that make a menu
MENU_ENTRY_CHARS = 150  # longer than any menu entry or chrome line of twelve words
_ADS_TXT = re.compile(r"^[\w.-]+\.[a-z]{2,},\s*[\w-]+,\s*(?:DIRECT|RESELLER)\b", re.I)
_BREADCRUMB = re.compile(r"^[Hh]ome(?=[A-Z»›>/|]|\s*[»›>/|])|(?:\s[»›>/|]\s.*){2,}")
_EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|www\.")
# "By Anna Kowalski", "By Maria Lopez, Staff Writer": a byline, not a sentence.
_BYLINE = re.compile(
    r"^(?:(?:written|words|story|text)\s+)?by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin|da))*"
    r"\s*(?:[,|–—-]\s*[\w .'’&-]{0,40})?$",
    re.I,
)
# "Photo: A man wades through ... (AP Photo/John Doe)": a picture's caption and credit.
_CAPTION = re.compile(
    r"^(?:photograph|photo|image|picture|video|illustration)(?:\s+(?:caption|source|credit))?\s*[:,|]"
    r"|\((?:[A-Z]{2,6}\s+)?(?:photo|photograph|image|picture)\s*(?:/|:|by\b)[^)]{0,60}\)\s*$"
    r"|(?:^|[.!?]\s+)(?:photograph|photo|image|picture)(?:\s+(?:credit|by))?\s*:\s*[A-Z][^.!?:]{1,60}$",
    re.I,
)
# "We use cookies to ...", "By continuing to browse, you agree ...": a site's consent notice.
# A story about cookies says "the regulator", not "we use cookies" or "accept all cookies".
_CONSENT = re.compile(
    r"\bwe\s+(?:and\s+our\s+partners\s+)?use\s+cookies\b|\b(?:this|our)\s+(?:site|website)\s+uses\s+cookies\b"
    r"|\baccept\s+(?:all\s+)?cookies\b|\bcookie\s+(?:settings|preferences)\b|\bby\s+continuing\s+to\s+(?:browse|use)\b"
    r"|\bmanage\s+(?:cookie\s+)?preferences\b|\byou\s+consent\s+to\s+our\s+use\b",
    re.I,
)
# A heading over a list of links to other stories: "Most read", "Related", "More from Europe".
_LIST_HEADING = re.compile(
    r"^\W*(?:most\s+(?:read|popular|viewed|shared)|related(?:\s+\w+)?|more\s+(?:stories|news|from|on)\b[\w\s]*"
    r"|recommended(?:\s+\w+)?|trending(?:\s+\w+)?|popular(?:\s+\w+)?|(?:read|see)\s+(?:more|also|next)"
    r"|you\s+(?:may|might)\s+also\s+like|top\s+stories|latest\s+news)\W*$",
    re.I,
)
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·*▪–—-])\s*")
# "Elena Marsh in Selm": a byline that says where the reporter writes from.
_BYLINE_IN_PLACE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})?"
    r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
)
# "WATCH: Drone footage shows ...", "LISTEN: ...": a link to the outlet's video or audio.
# ("Video: ..." is read as a caption first.)
_MEDIA_LINK = re.compile(r"^(?:watch|listen|videos|photos|gallery|in\s+pictures|podcast)\s*[:|–—-]\s", re.I)
# "Read more: How scraping became ...": a link to another of the outlet's articles, however long its headline.
_ARTICLE_LINK = re.compile(r"^(?:read\s+(?:more|also|next)|also\s+read|related|see\s+also|more\s+on\s+this(?:\s+story)?)\s*:\s", re.I)
# "Rachel Okafor, Technology editor", "Tom Ellis, correspondent in Dublin": a byline with its
# role, after the kind of piece it signs or not ("Analysis | Karel Dovner, Economics editor").
_NAMED_BYLINE = re.compile(
    r"^(?:[a-z]+(?:\s+[a-z]+)?\s*[|·•:–—]\s*)?(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})(?:\s+(?:and|&)\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}))?"
    r"\s*[,|–—]\s*(?:[\w'’-]+\s+){0,3}(?:editor|correspondent|reporter|writer|journalist|columnist)s?"
    r"(?:\s+(?:in|at|for)\s+(?-i:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})?$",
    re.I,
)
# A note about the report itself, not the story: "This story has been updated to correct ...",
# "Correction: ...", "An earlier version of this article misstated ...". Its figures are
# the ones the outlet withdrew, so they must not be compared as the story's facts.
_EDITORS_NOTE = re.compile(
    r"^(?:correction|clarification|editor['’]?s\s+note|update)\s*[:|–—-]"
    r"|^this\s+(?:story|article|report|piece)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended|changed)\b"
    r"|^an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report|piece)\b",
    re.I,
)
# "(Reporting by Tom Ellis; editing by Claire Ruiz)": the credits of a wire story.
_CREDIT = re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research)\s+by\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|my|me|myself)\b")
_BIO = re.compile(
    r"^(?:about\s+the\s+author\b|(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,4}"
    r"(?:journalist|writer|reporter|correspondent|editor|author|analyst|researcher|columnist|"
    r"contributor|institute|organi[sz]ation|think\s+tank|student|professor|freelance\w*|"
    r"professional|expert|blogger|platform|website|publication|outlet)"
    r"|(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was)\s+the\s+(?:[\w'’-]+\s+){0,5}"
    r"(?:correspondent|reporter|editor|columnist|writer)"
    # "Karel Dovner is economics editor of The Ledger Review", "… covers energy for The Review"
    r"|(?-i:[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*\s+)(?:[A-Z][\w.'’-]*\s+){0,2}"
    r"(?:(?:is|was)\s+(?:[\w'’-]+\s+){0,3}(?:correspondent|reporter|editor|columnist|writer)\s+(?:of|for|at)"
    r"|(?:covers|writes\s+about|reports\s+on)\s+[^.]{1,80}?\s+for)\s+(?=(?-i:[A-Z])))\b",
    re.I,
)


@dataclass(frozen=True)
class Classified:
    """One article's paragraphs sorted into headline, date, content and chrome."""

    title: str
    published: str | None
    content: list[RawParagraph]
    boilerplate: list[tuple[RawParagraph, str]]


def normalise_line(text: str) -> str:
    """Lower-case letters and digits only: how lines are compared for repetition."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text)


def is_sentence_like(text: str) -> bool:
    """A paragraph that reads as prose: enough words and a sentence ending."""
    return len(words(text)) >= 12 and bool(SENTENCE_END.search(text))


def lines_repeated_across(articles: list[list[RawParagraph]]) -> set[str]:
    """Short lines that occur in two or more articles: shared page furniture."""
    seen: Counter[str] = Counter()
    for paragraphs in articles:
        seen.update(
            {normalise_line(p.text) for p in paragraphs if 0 < len(words(p.text)) <= 12}
        )
    return {line for line, count in seen.items() if count >= 2 and line}


def classify(paragraphs: list[RawParagraph], shared_lines: set[str] = frozenset()) -> Classified:
    """Split one article's paragraphs into headline, dateline, content and boilerplate."""
    boiler: dict[int, str] = {}
    title = ""
    title_norm = ""
    published: str | None = None
    menus = _menu_runs(paragraphs)
    # The head: datelines, breadcrumbs and the headline before the body starts: six
    # paragraphs, or all before the first sentence of prose (a live page's summary list
    # may stand above its "Published" line).
    prose = next((i for i, p in enumerate(paragraphs) if is_sentence_like(p.text)), 0)
    head = [i for i in range(len(paragraphs)) if i not in menus]
    head = head[: max(6, sum(1 for i in head if i < prose))]
    for i in head:
        para = paragraphs[i]
        date = parse_dateline(para.text)
        if date:
            published = published or date
            boiler[i] = "dateline"
            continue
        if not title:
            if _CONSENT.search(para.text):
                boiler[i] = "cookie notice"
                continue
            if _BREADCRUMB.search(para.text) and i + 1 < len(paragraphs):
                boiler[i] = "navigation"
                continue
            if _LIVE_FURNITURE.match(para.text.strip()) and i + 1 < len(paragraphs):
                boiler[i] = "live page furniture"
                continue
            title = para.text
            title_norm = normalise_line(title)
            boiler[i] = "headline"
    counts = Counter(normalise_line(p.text) for p in paragraphs)
    for i, para in enumerate(paragraphs):
        if i in boiler:
            continue
        reason = _line_reason(para.text, title_norm, counts, shared_lines)
        if reason:
            boiler[i] = reason
        elif i in menus:
            boiler[i] = "navigation"
    _mark_link_lists(paragraphs, boiler)
    _mark_tail_and_head(paragraphs, boiler)
    content = [p for i, p in enumerate(paragraphs) if i not in boiler]
    if published is None and content:
        published = lead_dateline(content[0].text)  # "MWANZA, Tanzania, Sept. 21, 2025 — ..."
    chrome = [(p, boiler[i]) for i, p in enumerate(paragraphs) if i in boiler]
    return Classified(title=title, published=published, content=content, boilerplate=chrome)


def _menu_like(text: str) -> bool:
    """A menu entry: a word or three that are no sentence ("World", "US news", "Sign in")."""
    if len(text) > MENU_ENTRY_CHARS:
        return False  # a paragraph of prose, passed over without reading its words
    n_words = len(words(text))
    if n_words <= 3 and not SENTENCE_END.search(text) and parse_dateline(text) is None:
        return True
    return n_words <= 12 and bool(_CHROME_PHRASES.search(text))


def _menu_runs(paragraphs: list[RawParagraph]) -> set[int]:
    """The paragraphs in runs of MENU_RUN or more menu entries in a row: a site's navigation."""
    menus: set[int] = set()
    run: list[int] = []
    for i, para in enumerate([*paragraphs, None]):
        if para is not None and _menu_like(para.text):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            menus.update(run)
        run = []
    return menus


def _line_reason(text: str, title_norm: str, counts: Counter[str], shared: set[str]) -> str | None:
    norm = normalise_line(text)
    n_words = len(words(text))
    if not norm:
        return "no words"
    if _ADS_TXT.match(text):
        return "ads.txt line"
    if n_words <= 80 and _CONSENT.search(text):
        return "cookie notice"  # before the breadcrumb test: "Accept | Reject | Manage cookies"
    if _LIVE_FURNITURE.match(text.strip()):
        return "live page furniture"
    if title_norm and (norm == title_norm or (n_words <= 40 and title_norm in norm and len(title_norm) > 15)):
        return "headline repeated"
    if _BREADCRUMB.search(text) and n_words <= 20:
        return "navigation"
    if re.search(r"©|\bcopyright\b|\ball rights reserved\b", text, re.I) and n_words <= 30:
        return "copyright line"
    if n_words <= 12 and _CHROME_PHRASES.search(text):
        return "page chrome"
    if counts[norm] >= 2 and n_words <= 15:
        return "repeated line"
    if norm in shared and not SENTENCE_END.search(text):
        # A sentence two outlets share is syndicated copy, not furniture.
        return "repeated across articles"
    if n_words <= 60 and _CAPTION.search(text):
        return "picture caption"
    if n_words <= 25 and _MEDIA_LINK.match(text):
        return "video or audio link"
    if n_words <= 30 and _ARTICLE_LINK.match(text) and not SENTENCE_END.search(text):
        return "link to another article"
    if n_words <= 80 and _EDITORS_NOTE.match(text):
        return "editor's note"
    if _is_bio(text):
        return "author bio"
    if (n_words <= 10 and (_BYLINE.match(text) or _NAMED_BYLINE.match(text)) and not SENTENCE_END.search(text)) or (
        n_words <= 30 and _CREDIT.match(text)
    ):
        return "byline or credits"
    return None


def _mark_link_lists(paragraphs: list[RawParagraph], boiler: dict[int, str]) -> None:
    """The headlines listed under a heading such as "Most read" or "Related" are links to
    other stories: short lines without a sentence's end, numbered or bulleted or not."""
    for i, para in enumerate(paragraphs):
        if i not in boiler or not _LIST_HEADING.match(para.text):
            continue
        for j in range(i + 1, len(paragraphs)):
            item = _LIST_MARK.sub("", paragraphs[j].text)
            if j in boiler or len(words(item)) > 16 or SENTENCE_END.search(item):
                break
            boiler[j] = "links to other stories"


def _is_bio(text: str) -> bool:
    if _BIO.search(text):
        return True
    if re.match(r"^(?:I\s+am|I'm|I’m|I\s+have|My\s+name)\b", text) and len(_FIRST_PERSON.findall(text)) >= 3:
        return True
    return bool(_EMAIL_OR_URL.search(text)) and bool(re.search(r"\bcontact\b|\breach\b|\bfollow\b", text, re.I))


def _mark_tail_and_head(paragraphs: list[RawParagraph], boiler: dict[int, str]) -> None:
    """Short non-sentences after the last prose paragraph are page furniture, as are
    short chrome-like lines before the first one."""
    prose = [i for i, p in enumerate(paragraphs) if i not in boiler and is_sentence_like(p.text)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    for i in range(last + 1, len(paragraphs)):
        if i in boiler:
            continue
        text = paragraphs[i].text
        if len(words(text)) <= 12 and not SENTENCE_END.search(text.rstrip(":")) or _is_bio(text):
            boiler[i] = "page chrome after the article"
        elif len(words(text)) <= 12 and _CHROME_PHRASES.search(text):
            boiler[i] = "page chrome after the article"
    for i in range(0, first):
        text = paragraphs[i].text
        if i in boiler:
            continue
        # a site's section above the story ("Security", "World news") is no part of it
        if _CHROME_PHRASES.search(text) or len(words(text)) <= 2 and not SENTENCE_END.search(text):
            boiler[i] = "page chrome before the article"
        elif _BYLINE_IN_PLACE.match(text):
            boiler[i] = "byline or credits"
