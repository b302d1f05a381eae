"""The words and shapes of page chrome: the patterns boilerplate.py reads a line with.

Each pattern is general: phrases and line shapes that sites of every kind use for their
furniture (comment forms, bylines, captions, menus, consent notices), never one outlet's
wording. Kept apart from the rules that apply them so that those stay short to read.
"""

from __future__ import annotations

import re

CHROME_PHRASES = re.compile(
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
AGO = r"(?:(?:last\s+)?(?:updated|posted|published|modified)\s+)?(?:\d+|an?|one)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|[smhd])\s+ago"
# A live page's furniture: its label ("Live", "Live updates"), the stamp over each entry
# ("10:32 BST", "Posted at 10:32", "1h ago"), the age of the page. The entries' own words
# are content.
LIVE_FURNITURE = re.compile(
    r"^(?:live|live\s+(?:updates?|reporting|coverage|blog)|breaking(?:\s+news)?|developing(?:\s+story)?|summary|share)$"
    r"|^(?:(?:posted|updated|published)\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?-i:[A-Z]{2,4})(?:\s*[+-]\d{1,2})?)?$"
    r"|^" + AGO + r"(?:\s*[|/•·,-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?-i:[A-Z]{2,4}))?)?$",
    re.I,
)
ADS_TXT = re.compile(r"^[\w.-]+\.[a-z]{2,},\s*[\w-]+,\s*(?:DIRECT|RESELLER)\b", re.I)
BREADCRUMB = re.compile(r"^[Hh]ome(?=[A-Z»›>/|]|\s*[»›>/|])|(?:\s[»›>/|]\s.*){2,}")
EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|www\.")
# "By Anna Kowalski", "By Maria Lopez, Staff Writer": a byline, not a sentence.
BYLINE = re.compile(
    r"^(?:(?:written|words|story|text)\s+)?by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin|da))*"
    r"\s*(?:[,|–—-]\s*[\w .'’&-]{0,40})?$",
    re.I,
)
# "Photo: A man wades through ... (AP Photo/John Doe)": a picture's caption and credit.
CAPTION = re.compile(
    r"^(?:photograph|photo|image|picture|video|illustration)(?:\s+(?:caption|source|credit))?\s*[:,|]"
    r"|\((?:[A-Z]{2,6}\s+)?(?:photo|photograph|image|picture)\s*(?:/|:|by\b)[^)]{0,60}\)\s*$"
    r"|(?:^|[.!?]\s+)(?:photograph|photo|image|picture)(?:\s+(?:credit|by))?\s*:\s*[A-Z][^.!?:]{1,60}$",
    re.I,
)
# "We use cookies to ...", "By continuing to browse, you agree ...": a site's consent notice.
# A story about cookies says "the regulator", not "we use cookies" or "accept all cookies".
CONSENT = re.compile(
    r"\bwe\s+(?:and\s+our\s+partners\s+)?use\s+cookies\b|\b(?:this|our)\s+(?:site|website)\s+uses\s+cookies\b"
    r"|\baccept\s+(?:all\s+)?cookies\b|\bcookie\s+(?:settings|preferences)\b|\bby\s+continuing\s+to\s+(?:browse|use)\b"
    r"|\bmanage\s+(?:cookie\s+)?preferences\b|\byou\s+consent\s+to\s+our\s+use\b",
    re.I,
)
# A heading over a list of links to other stories: "Most read", "Related", "More from Europe".
LIST_HEADING = re.compile(
    r"^\W*(?:most\s+(?:read|popular|viewed|shared)|related(?:\s+\w+)?|more\s+(?:stories|news|from|on)\b[\w\s]*"
    r"|recommended(?:\s+\w+)?|trending(?:\s+\w+)?|popular(?:\s+\w+)?|(?:read|see)\s+(?:more|also|next)"
    r"|you\s+(?:may|might)\s+also\s+like|top\s+stories|latest\s+news)\W*$",
    re.I,
)
LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[•·*▪–—-])\s*")
# "Elena Marsh in Selm": a byline that says where the reporter writes from.
BYLINE_IN_PLACE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})?"
    r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"
)
# "WATCH: Drone footage shows ...", "LISTEN: ...": a link to the outlet's video or audio.
# ("Video: ..." is read as a caption first.)
MEDIA_LINK = re.compile(r"^(?:watch|listen|videos|photos|gallery|in\s+pictures|podcast)\s*[:|–—-]\s", re.I)
# "Read more: How scraping became ...": a link to another of the outlet's articles, however long its headline.
ARTICLE_LINK = re.compile(r"^(?:read\s+(?:more|also|next)|also\s+read|related|see\s+also|more\s+on\s+this(?:\s+story)?)\s*:\s", re.I)
# "Rachel Okafor, Technology editor", "Tom Ellis, correspondent in Dublin": a byline with its
# role, after the kind of piece it signs or not ("Analysis | Karel Dovner, Economics editor").
NAMED_BYLINE = re.compile(
    r"^(?:[a-z]+(?:\s+[a-z]+)?\s*[|·•:–—]\s*)?(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})(?:\s+(?:and|&)\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}))?"
    r"\s*[,|–—]\s*(?:[\w'’-]+\s+){0,3}(?:editor|correspondent|reporter|writer|journalist|columnist)s?"
    r"(?:\s+(?:in|at|for)\s+(?-i:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})?$",
    re.I,
)
# A note about the report itself, not the story: "This story has been updated to correct ...",
# "Correction: ...", "An earlier version of this article misstated ...". Its figures are
# the ones the outlet withdrew, so they must not be compared as the story's facts.
EDITORS_NOTE = re.compile(
    r"^(?:correction|clarification|editor['’]?s\s+note|update)\s*[:|–—-]"
    r"|^this\s+(?:story|article|report|piece)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended|changed)\b"
    r"|^an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report|piece)\b",
    re.I,
)
# "(Reporting by Tom Ellis; editing by Claire Ruiz)": the credits of a wire story.
CREDIT = re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research)\s+by\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|my|me|myself)\b")
BIO = re.compile(
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
