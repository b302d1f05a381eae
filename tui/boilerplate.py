"""Tell article content from page chrome: navigation, comment forms, ads, bios, copyright.

The signals are general: the shape of a line, words typical of page chrome, where the
line sits (page furniture gathers before and after the article body), and lines that
repeat within an article or across articles. Nothing here knows any outlet's wording.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass

from .chrome_patterns import (
    ADS_TXT,
    ARTICLE_LINK,
    ATTRIBUTED,
    BIO,
    BREADCRUMB,
    BYLINE,
    BYLINE_IN_PLACE,
    CAPTION,
    CHROME_PHRASES,
    COMMENT_STAMP,
    COMMENTS_HEADING,
    CONSENT,
    COPYRIGHT_LINE,
    CREDIT,
    EDITORS_NOTE,
    EMAIL_OR_URL,
    ENDS_SENTENCE,
    FIRST_PERSON,
    LIST_HEADING,
    LIST_MARK,
    LIVE_FURNITURE,
    MEDIA_LINK,
    NAMED_BYLINE,
    NOT_A_HEADLINE,
    READING_TIME,
    REPORT_VERB,
    ROLE_LINE,
    SOURCE_CREDIT,
    STRONG_CHROME,
    TAIL_BIO,
    TO_THE_READER,
    UPDATE_LINE,
    WEB_ADDRESS,
)
from .segmenting import SENTENCE_END, RawParagraph, lead_dateline, parse_dateline

MENU_RUN = 3  # short lines in a row that make a menu
MENU_ENTRY_CHARS = 150  # longer than any menu entry or chrome line of twelve words
HEADLINE_WORDS = 25  # longer than a headline: a paragraph cut short, not a title


@dataclass(frozen=True)
class Classified:
    """One article's paragraphs sorted into headline, date, content and chrome."""

    title: str
    published: str | None
    content: list[RawParagraph]
    boilerplate: list[tuple[RawParagraph, str]]


_NOT_A_LETTER = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


# A line is judged by several rules, each of which counts or compares its words: both are
# kept for the lines of the last few articles read.
@lru_cache(maxsize=1 << 16)
def normalise_line(text: str) -> str:
    """Lower-case letters and digits only: how lines are compared for repetition."""
    return _NOT_A_LETTER.sub(" ", text.lower()).strip()


@lru_cache(maxsize=1 << 16)
def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


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
    datelines: list[tuple[str, str]] = []
    menus = _menu_runs(paragraphs)
    # The head: datelines, breadcrumbs and the headline before the body starts: six
    # paragraphs, or all before the first sentence of prose (a live page's summary list
    # may stand above its "Published" line).
    prose = next((i for i, p in enumerate(paragraphs) if is_sentence_like(p.text)), 0)
    head = [i for i in range(len(paragraphs)) if i not in menus]
    head = head[: max(6, sum(1 for i in head if i < prose))]
    better_headline, furniture = _headline_under_furniture(paragraphs, head, prose)
    for i in head:
        para = paragraphs[i]
        date = parse_dateline(para.text)
        if date:
            datelines.append((para.text, date))
            boiler[i] = "dateline"
            continue
        if not title and i in furniture:
            boiler[i] = "page chrome before the article"
        elif not title:
            below = paragraphs[better_headline].text if i < better_headline else None
            skipped = _above_the_headline(para.text, i + 1 >= len(paragraphs), below)
            if skipped:
                boiler[i] = skipped
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
    _mark_reader_comments(paragraphs, boiler)
    _mark_tail_and_head(paragraphs, boiler)
    content = [p for i, p in enumerate(paragraphs) if i not in boiler]
    published = _publication_date(datelines)
    if published is None and content:
        published = lead_dateline(content[0].text)  # "MWANZA, Tanzania, Sept. 21, 2025 — ..."
    chrome = [(p, boiler[i]) for i, p in enumerate(paragraphs) if i in boiler]
    return Classified(title=title, published=published, content=content, boilerplate=chrome)


def _holds_the_headline(norm: str, title_norm: str, n_words: int) -> bool:
    """A line that is the headline with a little more: "Headline | Outlet", "Headline -
    Video"; not a sentence of the story that names what a short headline names."""
    return n_words <= 40 and len(title_norm) > 15 and title_norm in norm and 2 * len(title_norm) >= len(norm)


def _above_the_headline(text: str, last: bool, below: str | None) -> str | None:
    """Why a line of the head is not the headline, if it is not; `last`: the page's last
    line, its headline rather than nothing; `below`: the headline-shaped line under it."""
    if CONSENT.search(text):
        return "cookie notice"
    if BREADCRUMB.search(text) and not last:
        return "navigation"
    if LIVE_FURNITURE.match(text.strip()) and not last:
        return "live page furniture"
    if COPYRIGHT_LINE.search(text):
        return "copyright line"  # "© 2025 Example Media" on a page with no headline
    label = below is not None and _section_label(text, below)
    if NOT_A_HEADLINE.search(text) or STRONG_CHROME.search(text) or label:
        return "page chrome before the article"  # "Skip to main content", "This article is more than 2 years old", "Business"
    return None


def _publication_date(datelines: list[tuple[str, str]]) -> str | None:
    """The first date of the head, unless it is when the page was last changed ("Last
    updated: 18 Dec 2024") and a line below says when it was published."""
    published = [date for text, date in datelines if not UPDATE_LINE.match(text)]
    return (published or [date for _, date in datelines] or [None])[0]


def _headline_shaped(text: str) -> bool:
    """Four to HEADLINE_WORDS words, no sentence, no date, no byline, no chrome's words."""
    if not 4 <= len(words(text)) <= HEADLINE_WORDS or ENDS_SENTENCE.search(text) or parse_dateline(text):
        return False
    return not (BYLINE.match(text) or NAMED_BYLINE.match(text) or _chrome_words(text) or BREADCRUMB.search(text))


def _later_headline(paragraphs: list[RawParagraph], head: list[int], prose: int, after: int = -1) -> int:
    """The first paragraph of the head after `after` and before the prose, shaped as a
    headline. Section labels above it ("Business") are no headline."""
    for i in head:
        if i >= prose and prose:
            break
        if i > after and _headline_shaped(paragraphs[i].text):
            return i
    return -1


def _headline_under_furniture(paragraphs: list[RawParagraph], head: list[int], prose: int) -> tuple[int, set[int]]:
    """The headline-shaped line of the head that is the story's, and the lines above it that
    are the site's: its tagline or an alert over its menu, its name."""
    headline = _later_headline(paragraphs, head, prose)
    furniture: set[int] = set()
    while prose and 0 <= headline < len(paragraphs) - 1 and _menu_like(paragraphs[headline + 1].text):
        below = _later_headline(paragraphs, head, prose, after=headline)
        if below < 0 or not _tagline_over(paragraphs, headline, below, prose):
            break
        furniture.add(headline)
        headline = below
    return headline, furniture | _mastheads(paragraphs, head, headline)


def _tagline_over(paragraphs: list[RawParagraph], above: int, below: int, prose: int) -> bool:
    """A headline-shaped line that only the site's menu or a section label part from the
    headline below it, and that shares no word with the story's first paragraph while that
    headline does: a site's tagline ("Exclusive news, data and analytics for ...") over its
    menu, a weather alert over "Local News"."""
    if not all(_menu_like(paragraphs[k].text) for k in range(above + 1, below)):
        return False
    lead = _long_words(paragraphs[prose].text)
    return not _long_words(paragraphs[above].text) & lead and bool(_long_words(paragraphs[below].text) & lead)


def _mastheads(paragraphs: list[RawParagraph], head: list[int], headline: int) -> set[int]:
    """Lines of a few words above the headline that the copyright line or another line of
    chrome at the page's foot names: the outlet's name ("The Lakeside Courier" ... "Copyright
    © 2024 The Lakeside Courier", "Subscribe to The Weekly Review"), whole or by two of its
    words ("Valley Radio News" ... "Follow Valley Radio on Facebook")."""
    short = [i for i in head if i < headline and len(words(paragraphs[i].text)) <= 5]
    if not short:
        return set()
    top = _name_over_the_menu(paragraphs, head, headline)
    foot = [p.text for p in paragraphs[-8:] if len(p.text) <= 200]  # long lines are prose
    owners = [normalise_line(text) for text in foot if COPYRIGHT_LINE.search(text) or _chrome_words(text)]
    return top | {i for i in short if any(_names_the_outlet(paragraphs[i].text, owner) for owner in owners)}


def _name_over_the_menu(paragraphs: list[RawParagraph], head: list[int], headline: int) -> set[int]:
    """The page's first line when it is a name of a few capitalised words right above the
    site's menu, with the headline further down: "The Gulf Observer" over "Home | World"."""
    if not head or head[0] != 0 or headline < 2:
        return set()
    first = words(paragraphs[0].text)
    if not 1 <= len(first) <= 3 or not all(w[0].isupper() for w in first):
        return set()
    return {0} if BREADCRUMB.search(paragraphs[1].text) else set()


def _names_the_outlet(line: str, foot: str) -> bool:
    """Whether a line of chrome at the foot names the short line at the top: the whole of
    it, or two of its words of four letters or more."""
    if f" {normalise_line(line)} " in f" {foot} ":
        return True
    return len(_long_words(line) & set(foot.split())) >= 2


def _long_words(text: str) -> set[str]:
    """The words of four letters or more, lower-cased: what a headline shares with its story."""
    return {w.lower() for w in words(text) if len(w) >= 4}


def _section_label(text: str, below: str) -> bool:
    """A word or two without a sentence's end that the headline-shaped line below does not
    take up: "Business", "US news", "Menu" over another story's words; not a short
    headline over its standfirst ("Ferry sinks" over "A passenger ferry with 212 ...")."""
    if len(words(text)) > 2 or SENTENCE_END.search(text):
        return False
    return not _long_words(text) & _long_words(below)


def reads_as_report(text: str) -> bool:
    """A sentence that tells something: "Newsletter subscribers were told on Monday." Chrome
    vocabulary in it is the story's subject; chrome itself speaks to the reader."""
    if len(words(text)) < 4 or not ENDS_SENTENCE.search(text):
        return False
    return bool(ATTRIBUTED.search(text)) or bool(REPORT_VERB.search(text)) and not TO_THE_READER.search(text)


def _chrome_words(text: str) -> bool:
    """A short line with words typical of chrome ("Subscribe to our newsletter", "3 comments")
    that does not report them as news."""
    return len(words(text)) <= 12 and bool(CHROME_PHRASES.search(text)) and not reads_as_report(text)


def _menu_like(text: str) -> bool:
    """A menu entry: a word or three that are no sentence ("World", "US news", "Sign in")."""
    if len(text) > MENU_ENTRY_CHARS:
        return False  # a paragraph of prose, passed over without reading its words
    n_words = len(words(text))
    if n_words <= 3 and not SENTENCE_END.search(text) and parse_dateline(text) is None:
        return True
    return _chrome_words(text)


def _menu_runs(paragraphs: list[RawParagraph]) -> set[int]:
    """The paragraphs in runs of MENU_RUN or more menu entries in a row: a site's navigation."""
    menus: set[int] = set()
    run: list[int] = []
    for i, para in enumerate([*paragraphs, None]):
        # a live entry's stamp ("10:32 GMT") ends a run: the short line under it is the entry's heading
        if para is not None and _menu_like(para.text) and not _is_stamp(para.text) and not _over_a_stamp(paragraphs, i):
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
    if ADS_TXT.match(text):
        return "ads.txt line"
    if WEB_ADDRESS.match(text):
        return "web address"  # a print view's link to its page
    if n_words <= 80 and CONSENT.search(text):
        return "cookie notice"  # before the breadcrumb test: "Accept | Reject | Manage cookies"
    if LIVE_FURNITURE.match(text.strip()):
        return "live page furniture"
    if title_norm and (norm == title_norm or _holds_the_headline(norm, title_norm, n_words)):
        return "headline repeated"
    if n_words <= 20 and BREADCRUMB.search(text):
        return "navigation"
    if n_words <= 30 and COPYRIGHT_LINE.search(text):
        return "copyright line"
    if n_words <= 60 and STRONG_CHROME.search(text) and not ATTRIBUTED.search(text):
        return "page chrome"  # "Your email address will not be published. Required fields are marked *"
    if _chrome_words(text):
        return "page chrome"
    if READING_TIME.match(text):
        return "reading time or player"
    if n_words <= 12 and parse_dateline(text):
        return "dateline"  # a live entry's stamp below the head: "Dec. 18, 2024, 9:58 a.m. ET"
    if counts[norm] >= 2 and n_words <= 15:
        return "repeated line"
    if norm in shared and not SENTENCE_END.search(text):
        # A sentence two outlets share is syndicated copy, not furniture.
        return "repeated across articles"
    if n_words <= 60 and CAPTION.search(text):
        return "picture caption"
    if n_words <= 25 and MEDIA_LINK.match(text):
        return "video or audio link"
    # a linked headline ends with no full stop, though it may ask: "Read more: Who is ...?"
    if n_words <= 30 and ARTICLE_LINK.match(text) and not text.rstrip().endswith("."):
        return "link to another article"
    if n_words <= 80 and EDITORS_NOTE.match(text):
        return "editor's note"
    if _is_bio(text):
        return "author bio"
    if (n_words <= 10 and (BYLINE.match(text) or NAMED_BYLINE.match(text)) and not SENTENCE_END.search(text)) or (
        n_words <= 30 and CREDIT.match(text)
    ):
        return "byline or credits"
    if n_words <= 8 and (SOURCE_CREDIT.match(text) or ROLE_LINE.match(text)) and not SENTENCE_END.search(text):
        return "byline or credits"  # "Source: The Northern Ledger", "Local Democracy Reporter"
    return None


def _mark_link_lists(paragraphs: list[RawParagraph], boiler: dict[int, str]) -> None:
    """The headlines listed under a heading such as "Most read" or "Related" are links to
    other stories: short lines without a sentence's end, numbered or bulleted or not."""
    for i, para in enumerate(paragraphs):
        if i not in boiler or not LIST_HEADING.match(para.text):
            continue
        for j in range(i + 1, len(paragraphs)):
            item = LIST_MARK.sub("", paragraphs[j].text)
            if j in boiler or len(words(item)) > 16 or SENTENCE_END.search(item):
                break
            boiler[j] = "links to other stories"


def _is_stamp(text: str) -> bool:
    """A live entry's or a comment's time stamp: "10:32 GMT", "2h ago"."""
    return bool(LIVE_FURNITURE.match(text.strip())) and bool(re.search(r"\d", text))


def _over_a_stamp(paragraphs: list[RawParagraph], i: int) -> bool:
    """A line right above a live entry's stamp, with its date or not ("Dec. 18, 2024, 9:58
    a.m. ET"): the entry's heading, when the page puts it first."""
    if i + 1 >= len(paragraphs):
        return False
    below = paragraphs[i + 1].text
    return _is_stamp(below) or len(below) <= 60 and parse_dateline(below) is not None


def _mark_reader_comments(paragraphs: list[RawParagraph], boiler: dict[int, str]) -> None:
    """Under a comment section's heading ("14 comments", "Join the conversation"), each
    reader's header ("PeterK · 2 hours ago", "Anna Price says:") and the words under it up
    to the next piece of chrome are a reader's comment, not the article."""
    body = next((i for i, p in enumerate(paragraphs) if i not in boiler and is_sentence_like(p.text)), None)
    if body is None:
        return
    # below the body's first prose: a comment counter by the byline ("3 comments") heads nothing
    heading = next((i for i, p in enumerate(paragraphs) if i > body and i in boiler and COMMENTS_HEADING.search(p.text)), None)
    if heading is None:
        return
    in_comment = False
    for i in range(heading + 1, len(paragraphs)):
        if COMMENT_STAMP.match(paragraphs[i].text.strip()):
            boiler[i] = "reader comment"
            in_comment = True
        elif i in boiler:
            in_comment = False
        elif in_comment:
            boiler[i] = "reader comment"


def _is_bio(text: str) -> bool:
    if BIO.search(text):
        return True
    if re.match(r"^(?:I\s+am|I'm|I’m|I\s+have|My\s+name)\b", text) and len(FIRST_PERSON.findall(text)) >= 3:
        return True
    return bool(EMAIL_OR_URL.search(text)) and bool(re.search(r"\bcontact\b|\breach\b|\bfollow\b", text, re.I))


def _mark_tail_and_head(paragraphs: list[RawParagraph], boiler: dict[int, str]) -> None:
    """Short non-sentences after the body are page furniture, as are short chrome-like lines
    before its first prose paragraph."""
    prose = [i for i, p in enumerate(paragraphs) if i not in boiler and is_sentence_like(p.text)]
    if not prose:
        return
    first, last = prose[0], _body_end(paragraphs, boiler, prose[-1])
    for i in range(last + 1, len(paragraphs)):
        if i in boiler:
            continue
        text = paragraphs[i].text
        # "Artificial intelligence (AI)", 'In "Transport"': a bracket or a quote ends no sentence
        if len(words(text)) <= 12 and not ENDS_SENTENCE.search(text.rstrip(":")) or _is_bio(text):
            boiler[i] = "page chrome after the article"
        elif _chrome_words(text) or TAIL_BIO.match(text):
            boiler[i] = "page chrome after the article"  # "Tom Ellis covers shipping for the agency."
        elif len(words(text)) <= 5 and text.endswith("?"):
            boiler[i] = "page chrome after the article"  # a prompt: "Ready for more?", "Enjoyed this story?"
    for i in range(0, first):
        text = paragraphs[i].text
        if i in boiler:
            continue
        # a site's section above the story ("Security", "World news") is no part of it
        if _chrome_words(text) or len(words(text)) <= 2 and not SENTENCE_END.search(text):
            boiler[i] = "page chrome before the article"
        elif BYLINE_IN_PLACE.match(text):
            boiler[i] = "byline or credits"


def _body_end(paragraphs: list[RawParagraph], boiler: dict[int, str], last_prose: int) -> int:
    """The body's last paragraph: the last prose paragraph, or a short sentence after it
    that headings and list items lead to ("What the union wants" / "- a rise of 8%" /
    "The government has offered 4%.")."""
    end = last_prose
    for i in range(last_prose + 1, len(paragraphs)):
        text = paragraphs[i].text
        if i in boiler:
            break
        if ENDS_SENTENCE.search(text) and len(words(text)) >= 4:
            if not reads_as_report(text) and _chrome_words(text):
                break
            end = i  # a sentence of the body, whatever its length
        elif len(words(text)) > 12 or not (LIST_MARK.match(text) or len(words(text)) <= 8):
            break
    return end
