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
    | \b(?:trending|recommended|popular)\s+(?:now|stories|posts|articles)\b | \byou\s+(?:may|might)\s+also\s+like\b
    | \bsubscribe\b | \bnewsletter\b | \bsign\s+(?:up|in)\b | \blog\s*in\b | \bregister\b
    | \benter\s+your\b | \bplease\s+enter\b | \byour\s+email\b | \bemail\s+address\b
    | \bcaptcha\b | \brequired\s+fields?\b | \bsave\s+my\s+name\b
    | \badvert(?:is|ise|i)?ments?\b | \bsponsored\b | \bad\s+choices\b
    | \bback\s+to\s+top\b | \bskip\s+to\b | \bscroll\s+to\b
    | \ball\s+rights\s+reserved\b | ^copyright\s*(?:©|\(c\)|\d{4}) | © | \(c\)\s*\d{4}
    | \bprivacy\s+policy\b | \bterms\s+(?:of|and)\s+(?:use|service|conditions)\b
    | \bcookie\s+(?:policy|settings|preferences|notice)\b | ^cookies$
    | \bfollow\s+(?:us|@?\w+\s+on)\b | \bfollow\s+\w+\s+on\b | \bshare\s+(?:this|on|via)\b
    | \b(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit)\b
    | \bread\s+(?:more|also|next)\b | \balso\s+read\b | \bclick\s+here\b | \bsee\s+also\b
    | \bdownload\s+(?:our|the)\s+app\b | \b(?:tags?|topics?)\s*: | ^topics$ | \bfiled\s+under\b | \bcategor(?:y|ies)\b
    | \bloading\b | \bhello\s+world\b | \bposted\s+in\b
    | ^(?:proudly\s+)?powered\s+by\b | ^blog\s+at\b | \btheme\s*(?::|by)\s  # a site's footer: "Blog at Example.com."
    | ^(?:photograph|photo|image|picture|illustration)(?:\s+(?:caption|source|credit))?\s*[:,] | \bgetty\s+images\b
    | \blisten\s+to\s+this\s+article\b | \breuse\s+this\s+content\b | \bthis\s+article\s+is\s+more\s+than\b
    | \bexplore\s+more\b | \bback\s+to\s+(?:home|homepage)\b
    | \boriginally\s+(?:published|appeared)\b | \bour\s+standards\b | \beditorial\s+(?:standards|guidelines)\b
    | \b(?:enable|turn\s+on|requires?)\s+javascript\b | \bjavascript\s+(?:is\s+)?(?:required|disabled|to\s+play)\b
    | ^(?:[\[(]?(?:share|tweet|e-?mail|print|save|pin|comments?|copy\s+link|messenger|sms)[\])]?(?:\s*[|·•,/]\s*|\s+|$)){2,}$  # "[Share] [Tweet] [Email]"
    | \bkey\s+events\b | \bcopy\s+link\b | \bshort\s+(?:url|link)\b | \bbookmark\b | \breport\s+this\s+ad\b
    | ^(?:read\s+(?:this\s+(?:article|story)\s+)?in|leer\s+en|lire\s+en|leggi\s+in|ler\s+em|auf)\s+[^\W\d_]+$  # "Leer en español", "Read in English"
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
    r"^(?:(?:written|words|story|text)\s+)?by:?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin|da))*"
    r"\s*(?:[,|–—·•-]\s*[\w .'’&-]{0,40})?$",  # "By Owen Hart · 5 min read"
    re.I,
)
# "Photo: A man wades through ... (AP Photo/John Doe)": a picture's caption and credit.
CAPTION = re.compile(
    r"^(?:photograph|photo|image|picture|video|illustration)(?:\s+(?:caption|source|credit))?\s*[:,|]"
    r"|\((?:[A-Z]{2,6}\s+)?(?:photo|photograph|image|picture)\s*(?:/|:|by\b)[^)]{0,60}\)\s*$"
    r"|(?:^|[.!?]\s*)(?:photograph|photo|image|picture|credit)(?:\s+(?:credit|by))?\s*(?::|\.{3}|…)\s*[A-Z][^.!?:]{1,60}$"
    # a picture's slot with no caption: "Image", "Photo 3 of 12"
    r"|^(?:image|photo|photograph|picture|video)(?:\s+\d+\s+of\s+\d+)?$"
    # the agency and the photographer's name in brackets closing a caption: "... on Dec. 17.
    # (Xinhua/Zhang Hua)"; a poll's brackets name no person ("(Reuters/Ipsos)")
    r"|\((?-i:[A-Z][\w.&-]+)\s*/\s*(?-i:[A-Z][\w.'’-]+)(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}\)\s*$"
    # "Illustration by Kim Osei", "Photographs by Ana Ruiz for The Ledger": a picture's credit
    r"|^(?:photograph|photo|image|picture|illustration|graphic|artwork)(?:s|y)?\s+by\s+(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+[\w.'’-]+){0,5}$",
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

# Phrases no report uses for its story, chrome at any length up to a paragraph's: a comment
# form ("Your email address will not be published. Required fields are marked *"), a paywall
# ("Subscribe to continue reading", "You have 3 free articles left"), an appeal ("Support
# independent journalism", "Become a member", "Donate today"), a share row ("Share this:",
# "Like this:"), an app promo ("Get the app"), a licensing or player link.
STRONG_CHROME = re.compile(
    r"""
    # one word boundary, then the phrases that may start there: a faster scan than a
    # boundary per phrase
    \b(?:
        leave\s+a\s+(?:reply|comment)\b | required\s+fields\s+are\s+marked\b | save\s+my\s+name\b |
        your\s+email\s+(?:address\s+)?will\s+not\s+be\s+published\b | comment\s+data\s+is\s+processed\b |
        (?:subscribe|sign\s+in|log\s+in|register)\s+to\s+(?:continue|keep)\s+reading\b |
        free\s+(?:articles?|stories)\s+(?:left|remaining)\b | purchase\s+licensing\s+rights\b |
        scroll\s+to\s+continue\b | story\s+continues\s+(?:below|after)\b |
        republish\s+this\s+(?:article|story)\b | read\s+(?:the\s+)?full\s+(?:story|article)\s+(?:at|on)\b |
        personali[sz]e\s+your\s+feed\b |
        (?:this|the)\s+(?:article|story|piece|post)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b |
        a\s+version\s+of\s+this\s+(?:article|story)\s+(?:appears|appeared)\b |
        this\s+article\s+is\s+more\s+than\b | no\s+comments\s+yet\b | be\s+the\s+first\s+to\s+comment\b |
        comment\s+form\b | protected\s+by\s+recaptcha\b | opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\b |
        (?:delivered\s+to|straight\s+to|in)\s+your\s+inbox\b | please\s+click\s+here\b )
    | ^(?:share|like)\s+this\s*:?$ | ^open\s+in\s+app$
    # told to the reader, at the start of the line or of a sentence in it: "Become a member
    # today", "... funded by readers. Support independent journalism"
    | (?:^|[.!?…]\s+)(?:
        (?:sorry,?\s+)?comments\s+(?:are|have\s+been)\s+closed | join\s+the\s+conversation | already\s+a\s+(?:subscriber|member) | before\s+you\s+go\s*(?:\.\.\.|…|[:!—-])
        | support\s+(?:independent|our|quality)\s+journalism | become\s+a\s+(?:member|supporter|subscriber)
        | (?:please\s+)?donate(?:\s+(?:now|today|here|monthly))?\s*(?:[.!]|$) | (?:get|download)\s+(?:our|the)\s+(?:free\s+)?app\b
        | (?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\b[^.]{0,40}\bnewsletter\b
        | (?:listen\s+to|subscribe\s+to)\s+(?:our|the)\s+podcast\b | never\s+miss\s+a\s+(?:story|thing)
        | click\s+to\s+(?:share|email|print|tweet) | do\s+you\s+have\s+(?:an\s+opinion|a\s+story|a\s+tip)\b
        # a newsletter's sign-off and an outlet's promotion: "Thanks for reading The Letter!
        # Subscribe for free ...", "Catch all the latest news ... on The Daily"
        | thanks?\s+(?:you\s+)?for\s+reading\b | subscribe\s+(?:for\s+free|now|today)\b
        | (?:catch|for|get)\s+(?:all\s+)?the\s+latest\s+news\s*,  # "..., weather and sport, head to KXLN 9"
        # a print view's header or footer: "Printed from The Gazette", "This article was printed from gazette.com"
        | (?:this\s+(?:article|story|page)\s+was\s+)?printed\s+from\s+(?:(?-i:[A-Z])|\S+\.[a-z]{2,}\b) )
    """,
    re.I | re.X,
)
# "© 2025 Millbrook Media Ltd", "Copyright 2025 Northcast. All rights reserved.": an outlet's
# copyright line. A story about copyright ("The copyright case is ...") has neither the sign,
# nor a year after the word, nor the reserved rights.
COPYRIGHT_LINE = re.compile(r"©|\(c\)\s*\d{4}|\ball\s+rights\s+reserved\b|^copyright\s*(?:©|\(c\)|\d{4})", re.I)
# "4 min read", "Reading time: 6 minutes", "0:00 / 5:12": how long the piece takes, a player.
READING_TIME = re.compile(
    r"^(?:reading\s+time\s*:?\s*)?\d{1,3}\s*(?:-\s*)?min(?:ute)?s?(?:\s+read)?$|^\d{1,3}\s*min(?:ute)?s?\s+read\b"
    r"|^\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$",
    re.I,
)
# A reader's comment header: "PeterK · 2 hours ago", "anna_b | 5 days ago".
COMMENT_STAMP = re.compile(
    r"^@?[\w.'’-]{2,30}(?:\s+[\w.'’-]+){0,2}\s*[·•|,-]\s*" + AGO + r"$"
    r"|^@?[\w.'’-]{2,30}(?:\s+[\w.'’-]+){0,3}\s+says\s*:$",  # "Anna Price says:"
    re.I,
)
# The heading of a comment section: "Comments", "14 comments", "Join the conversation".
COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:show|view|read)\s+(?:all\s+)?(?:\d+\s+)?comments\b|\bjoin\s+the\s+conversation\b",
    re.I,
)
# "Source: The Northern Ledger", "Via City Post": whose copy an aggregator shows; "Editor: Li
# Wei", "Web editor: Zhang Hua, Liang Jun": who handled it.
SOURCE_CREDIT = re.compile(
    r"^(?:source|via)\s*:?\s+(?-i:[A-Z])[\w.&'’ -]{1,50}$"
    r"|^(?:web\s+|chief\s+)?(?:editor|reporter|photographer|writer)s?\s*:\s*(?-i:[A-Z])[\w.'’ ,-]{1,60}$",
    re.I,
)
# "Local Democracy Reporter", "Senior Political Correspondent": a byline's role on its own line.
ROLE_LINE = re.compile(
    r"^(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|contributor)$", re.I
)
# A dateline that says when the page last changed, not when it was published.
UPDATE_LINE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)\b", re.I)
# A line that is only a web address: a print view's link to its page.
_WEB_ADDRESS = r"^(?:https?://|www\.)\S+$"
WEB_ADDRESS = re.compile(_WEB_ADDRESS)
# Lines that open a page but are never its headline: "Skip to main content", "This article
# is more than 2 years old", "Menu", a web address.
NOT_A_HEADLINE = re.compile(
    _WEB_ADDRESS + r"|\bskip\s+to\b|\bthis\s+article\s+is\s+more\s+than\b|^(?:menu|search|home|sections?|navigation)$"
    r"|\bsign\s+(?:in|up)\b|\bsubscribe\b|^advert(?:isement|isment)s?$|\blisten\s+to\s+this\s+article\b",
    re.I,
)
# A line that reports something: a sentence of four words or more with a verb of telling or
# being ("Newsletter subscribers were told on Monday.", "\"Cookies are not the problem,\" she
# said."). Chrome speaks to the reader instead ("Subscribe to our newsletter").
REPORT_VERB = re.compile(
    r"\b(?:said|says|told|tells|was|were|is|are|has|have|had|will|would|could"
    r"|ran|fell|rose|went|came|made|took|gave|found|got|won|lost|left|began|saw|grew|paid|sold|bought|brought"
    r"|held|kept|met|led|spent|sent|built|became|fought|wrote|spoke|chose|drew|flew|threw|stood|struck)\b"
    # a past tense after the first word ("Sponsored posts were banned", "Advertisers complained");
    # a line that opens with one is a label ("Posted in News.")
    r"|(?<!^)\b[a-z]{3,}ed\b",
    re.I,
)
# Words told as someone's: "..., the company's advert says.", "..., the court said." A
# reported appeal ("Become a member ..., the advert says") is the story's, not the page's.
ATTRIBUTED = re.compile(
    r"[,\"”]\s+(?:[\w'’-]+\s+){0,5}(?:said|says|told|tells|advised|urged|warned|added|wrote|writes|asked)\b[^.!?]*[.!?][\"”’]?\s*$",
    re.I,
)
# Chrome addresses the reader: "Please enter your comment", "You have 3 free articles left".
TO_THE_READER = re.compile(r"\bplease\b|^(?:you|your)\b", re.I)
# A sentence's own end: a full stop, question or exclamation mark, before closing quotes or
# brackets. A bracket alone ("Artificial intelligence (AI)") ends no sentence.
ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s*$")
# After the body, a bio need not name the outlet: "Tom Ellis covers shipping and commodities
# for the agency from London."
TAIL_BIO = re.compile(
    r"^(?-i:[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*)\s+(?:covers|writes\s+about|reports\s+on|is\s+an?\s+[\w\s-]{0,30}"
    r"(?:reporter|correspondent|editor|writer|journalist))\b[^.]{0,120}\.?$",
    re.I,
)
