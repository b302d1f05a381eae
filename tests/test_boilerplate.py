"""Page chrome is told from article content by general signals, and kept, not dropped."""

import json
import subprocess
import sys
from pathlib import Path

from tui.boilerplate import classify
from tui.engine import build_articles, load_sources
from tui.segmenting import split_paragraphs

BRIDGE = Path(__file__).parent / "articles" / "bridge"


def _reasons(text: str) -> dict[int, str]:
    result = classify(split_paragraphs(text))
    return {p.line: reason for p, reason in result.boilerplate}


def test_comment_forms_newsletters_copyright_and_related_links():
    text = "\n".join(
        [
            "A headline about the harbour",
            "The harbour authority closed the northern pier on Friday after inspectors found cracks in two of its pillars.",
            "Repairs are expected to take at least six weeks, according to the authority's chief engineer.",
            "Leave a Reply",
            "Please enter your comment!",
            "Subscribe to our newsletter",
            "Copyright © 2025 Harbour News. All rights reserved.",
            "Related Articles",
            "Back to Top",
        ]
    )
    reasons = _reasons(text)
    assert set(reasons) == {1, 4, 5, 6, 7, 8, 9}
    assert reasons[1] == "headline"
    assert reasons[7] == "copyright line"


def test_ads_txt_lines_repeated_lines_and_author_bios():
    text = "\n".join(
        [
            "Headline",
            "The city council approved the new budget on Tuesday, raising spending on schools by four percent.",
            "Opposition members said the plan leaves too little for road repairs across the eastern districts.",
            "Reader one on Hello again!",
            "Reader one on Hello again!",
            "I am a journalist covering local politics and my reporting has won awards. I live in the city with my family.",
            "example.com, pub-1234567890, DIRECT, abcdef0123456789",
        ]
    )
    reasons = _reasons(text)
    assert reasons[4] == reasons[5] == "repeated line"
    assert reasons[6] == "author bio"
    assert reasons[7] == "ads.txt line"
    assert 2 not in reasons and 3 not in reasons


def test_bylines_and_wire_credits_are_chrome_but_sentences_starting_with_by_are_not():
    text = "\n\n".join(
        [
            "Parliament approves the aid package",
            "By Anna Kowalski",
            "By Maria Lopez, Staff Writer",
            "Lawmakers approved the package on Thursday by a vote of 312 to 198 after a long debate.",
            "By Tuesday, all of the schools in the district had reopened, the council said.",
            "By the end of the week the army had sent 600 soldiers and 12 heavy trucks.",
            "The report, edited by John Smith, found that the repairs had been delayed twice.",
            "(Reporting by Tom Ellis; editing by Claire Ruiz)",
        ]
    )
    reasons = _reasons(text)
    assert reasons[3] == reasons[5] == "byline or credits"
    assert reasons[15] == "byline or credits"
    assert not {7, 9, 11, 13} & set(reasons)


def test_a_site_menu_above_the_headline_is_navigation_and_the_headline_is_found_below_it():
    text = "\n".join(
        [
            "Skip to main content",
            "Print subscriptions",
            "Search jobs",
            "Sign in",
            "World",
            "US news",
            "Wildfire forces evacuation near Marseille",
            "Tue 8 Jul 2025 18.32 BST",
            "A wildfire fanned by strong winds has forced the evacuation of about 5,000 people near Marseille.",
            "Photograph: Nicolas Tucat/AFP/Getty Images",
            "About 700 firefighters and 10 water-bombing aircraft were deployed, the local prefecture said.",
            "Listen to this article · 3 min",
        ]
    )
    result = classify(split_paragraphs(text))
    reasons = {p.line: reason for p, reason in result.boilerplate}
    assert result.title == "Wildfire forces evacuation near Marseille"
    assert result.published == "2025-07-08"
    assert {reasons[line] for line in (2, 3, 5, 6)} == {"navigation"}
    assert reasons[1] == reasons[4] == "page chrome"  # "Skip to", "Sign in": chrome phrases first
    assert reasons[10] == "page chrome" and 12 in reasons
    assert [p.line for p in result.content] == [9, 11]


def test_a_lone_short_heading_is_no_menu():
    text = "Afghan Taliban\n\nRussia removed the Taliban from its list of banned groups on Friday, officials said.\n\nAnalysis\n\nThe move follows two years of talks between Moscow and Kabul, diplomats said."
    result = classify(split_paragraphs(text))
    assert result.title == "Afghan Taliban"
    assert "navigation" not in {reason for _, reason in result.boilerplate}


def test_breadcrumb_before_headline_and_dateline_become_metadata():
    text = "Monday, March 3, 2025\nHome » News » Regional\nThe real headline\n\nBody text that says something specific about the event in a full sentence."
    result = classify(split_paragraphs(text))
    assert result.published == "2025-03-03"
    assert result.title == "The real headline"
    assert [p.text for p in result.content] == [
        "Body text that says something specific about the event in a full sentence."
    ]


def test_short_content_lines_inside_the_body_are_kept():
    text = "\n".join(
        [
            "Headline",
            "The storm reached the coast late on Thursday and knocked out power to forty thousand homes in the region.",
            "Damage in the north",
            "Several roofs were torn off in the northern villages, and two schools will stay closed until Monday.",
        ]
    )
    assert 3 not in _reasons(text)


def test_bridge_story_boilerplate_is_reported_in_json():
    loaded = load_sources([str(BRIDGE)])
    articles = build_articles(loaded.sources)
    chrome = {(a.name, b.paragraph.line) for a in articles for b in a.boilerplate}
    assert ("a_valley_herald.txt", 4) in chrome  # breadcrumb
    assert ("a_valley_herald.txt", 16) in chrome  # Leave a Reply
    assert ("b_county_post.txt", 11) in chrome  # newsletter
    assert ("c_wire.txt", 9) in chrome  # author bio
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--format", "json", str(BRIDGE)],
        capture_output=True, text=True, check=True,
    )
    data = json.loads(out.stdout)
    listed = {(b["article"], b["line"]) for b in data["boilerplate"]}
    clustered = {(m["article"], m["line"]) for c in data["clusters"] for m in c["members"]}
    assert not listed & clustered
    assert ("1", 16) in listed


def test_a_short_sentence_shared_word_for_word_is_content_while_a_shared_label_is_chrome():
    from tui.loading import Source

    body = "The ferry sank in calm water near the northern pier on Sunday morning, officials said."
    texts = [
        f"Headline {n}\n\n{body if n == 1 else 'Divers searched the hull of the sunken ferry until late on Sunday.'}\n\n"
        "Twelve people died.\n\nShare on WhatsApp Now Today\n"
        for n in (1, 2)
    ]
    articles = build_articles([Source(f"{n}.txt", f"{n}.txt", t) for n, t in enumerate(texts)])
    for article in articles:
        assert "Twelve people died." in [p.text for p in article.paragraphs]
        assert "Share on WhatsApp Now Today" in [b.paragraph.text for b in article.boilerplate]


def test_a_wire_dateline_opening_the_first_paragraph_gives_the_publication_date():
    text = (
        "Ferry capsizes on the lake\n\nBy Staff Reporter\n\n"
        "MWANZA, Tanzania, Sept. 21, 2025 — At least 30 people were killed when a ferry capsized.\n\n"
        "Rescuers searched the water on Monday, the regional commissioner said."
    )
    result = classify(split_paragraphs(text))
    assert result.published == "2025-09-21"
    # The paragraph stays content, dateline and all: its words are the story's first point.
    assert result.content[0].text.startswith("MWANZA, Tanzania, Sept. 21, 2025 — At least 30")


def test_a_date_in_the_first_sentence_is_not_a_dateline():
    for opening in (
        "On Sept. 21, 2025 — a Sunday — a ferry capsized on the lake, killing 30 people.",
        "Police said on March 3, 2024 - the day of the vote - that nobody was hurt.",
    ):
        result = classify(split_paragraphs(f"Headline of the story\n\n{opening}\n\nA second paragraph of the report."))
        assert result.published is None, opening


def test_captions_credits_and_republishing_notes_are_chrome_and_the_updated_line_dates_the_story():
    text = "\n\n".join(
        [
            "Floods sweep through valley towns",
            "Updated 3:45 PM GMT, March 5, 2025",
            "Floodwaters swept through three towns in the northern valley on Tuesday, forcing thousands from home.",
            "Photo: A man wades through a flooded street in Riverton after the river burst its banks. (AP Photo/John Doe)",
            "The river rose more than four metres overnight after two days of heavy rain, the weather service said.",
            "A resident carries her dog to safety. (AP Photo/Jane Roe)",
            "Our Standards: The Trust Principles.",
            "This article was originally published by The Valley Times.",
        ]
    )
    result = classify(split_paragraphs(text))
    reasons = {p.line: reason for p, reason in result.boilerplate}
    assert result.published == "2025-03-05"
    assert reasons[7] == reasons[11] == "picture caption"
    assert 13 in reasons and 15 in reasons
    assert [p.line for p in result.content] == [5, 9]


def test_a_sentence_about_a_photograph_is_content():
    text = (
        "Headline of the story\n\n"
        "The photo, taken by a resident on Tuesday, shows the river breaking through the wall near the old mill.\n\n"
        "Officials said the picture helped engineers find the breach within hours of the flood."
    )
    result = classify(split_paragraphs(text))
    assert not result.boilerplate[1:]
    assert len(result.content) == 2


def test_video_links_and_notes_about_the_report_itself_are_chrome():
    text = "\n\n".join(
        [
            "At least 40 dead as floods swamp north",
            "WATCH: Drone footage shows the scale of the flooding",
            "At least 40 people have died in floods in the north of the country, the regional governor said on Friday.",
            "Some 12,000 residents have been moved out of their homes, according to the disaster agency.",
            "Correction: An earlier version of this story said 50 people had died. The toll is 40.",
            "This story has been updated to correct the number of people moved from their homes.",
        ]
    )
    reasons = _reasons(text)
    assert reasons[3] == "video or audio link"
    assert reasons[9] == reasons[11] == "editor's note"
    assert [p.line for p in classify(split_paragraphs(text)).content] == [5, 7]


def test_sentences_that_only_mention_watching_or_corrections_are_content():
    text = "\n\n".join(
        [
            "Prison officers strike over pay",
            "Watch towers stood empty on Monday as officers at three prisons walked out over pay, the union said.",
            "The correction officers' union said the strike would last until the government made a new offer.",
            "An earlier version of the pay offer, made in March, was rejected by nine in ten members.",
        ]
    )
    assert _reasons(text) == {1: "headline"}


def test_a_cookie_notice_is_chrome_even_above_the_headline():
    text = "\n\n".join(
        [
            "We use cookies to personalise content and ads. Accept all cookies | Manage preferences",
            "Regulator fines ad firm over cookie banners",
            "The data regulator fined an advertising firm on Monday for setting cookies before visitors agreed to them.",
            "By continuing to browse, you agree to our use of cookies.",
            "The firm said it would change its consent banner within a month, a spokeswoman told reporters.",
        ]
    )
    result = classify(split_paragraphs(text))
    reasons = {p.line: reason for p, reason in result.boilerplate}
    assert result.title == "Regulator fines ad firm over cookie banners"
    assert reasons[1] == reasons[7] == "cookie notice"
    assert [p.line for p in result.content] == [5, 9]  # a story about cookies is content


def test_a_caption_ending_in_its_credit_is_chrome_and_a_sentence_showing_a_photo_is_not():
    text = "\n\n".join(
        [
            "Strike shuts the capital",
            "Strikers march along the boulevard on Wednesday. Photograph: Jane Roe/Agency",
            "Nurses, teachers and train drivers filled the boulevards of the capital on Wednesday, the union said.",
            "The minister held up a photo: Smith at the gate of the plant, taken in 2019",
        ]
    )
    reasons = _reasons(text)
    assert reasons[3] == "picture caption"
    assert 5 not in reasons and 7 not in reasons


def test_headlines_listed_under_most_read_are_links_and_a_list_in_the_story_is_not():
    text = "\n".join(
        [
            "Strike shuts the capital",
            "",
            "Nurses, teachers and train drivers filled the boulevards of the capital on Wednesday, the union said.",
            "",
            "Most read",
            "1. Housing crisis: rents up 14% in a year",
            "2. Opposition leader calls for early election",
            "",
            "The union listed its three demands on Wednesday evening, a day after talks broke down.",
            "",
            "1. A pay rise of nine percent this year",
            "2. No cuts to pensions",
            "",
            "The government said it would answer the demands before the weekend, a spokesman told reporters.",
        ]
    )
    reasons = _reasons(text)
    assert reasons[6] == reasons[7] == "links to other stories"
    assert not {9, 11, 12, 14} & set(reasons)


def test_a_byline_with_its_place_and_a_correspondents_bio_are_chrome():
    text = "\n\n".join(
        [
            "Strike shuts the capital",
            "Elena Marsh in Selm",
            "Nurses, teachers and train drivers filled the boulevards of the capital on Wednesday, the union said.",
            "Marta Oleska is the confederation's general secretary and has led it since 2019.",
            "Elena Marsh is the Clarion's labour correspondent. She has covered industrial disputes since 2011.",
        ]
    )
    reasons = _reasons(text)
    assert reasons[3] == "byline or credits"
    assert reasons[9] in ("author bio", "page chrome after the article")
    assert 7 not in reasons


_BODY = [
    "The regulator fined the company on Tuesday after the personal data of millions of its users was found on a forum.",
    "The company said it would appeal against the decision and that it had fixed the flaw within hours of learning of it.",
]


def test_cookie_notices_links_bylines_and_a_section_above_the_story():
    text = "\n".join(
        [
            "Regulator fines company over leak",
            "Security",
            "Rachel Okafor, Technology editor",
            'We and our partners use cookies. Click "Yes, I\'m happy" to accept, or manage your privacy settings.',
            *_BODY,
            "Read more: How scraping became the data-leak problem nobody wants to own",
        ]
    )
    assert _reasons(text) == {
        1: "headline",
        2: "page chrome before the article",
        3: "byline or credits",
        4: "cookie notice",
        7: "link to another article",
    }


def test_sentences_about_cookies_links_and_editors_stay_content():
    text = "\n".join(
        [
            "Regulator fines company over cookies",
            "The regulator said websites must make it as easy to reject cookies as to accept them, and fined three.",
            *_BODY,
            "Related: the regulator also examined how the company shared data with advertisers last year.",
            "Maria Lopez, the company's former editor, said the fine was fair.",
        ]
    )
    assert _reasons(text) == {1: "headline"}


def test_a_live_page_keeps_its_entries_and_sets_aside_its_label_stamps_and_prompts():
    text = "\n".join(
        [
            "Live",
            "Floods: rescuers reach cut-off villages as river falls",
            "",
            "Updated 14 minutes ago",
            "",
            "Summary",
            "Rescuers have reached four villages cut off since Sunday",
            "The river has fallen by a metre overnight",
            "",
            "Published Tuesday 5 March 2025, 07:10 GMT",
            "",
            "Key events",
            "Show key events only",
            "Please turn on JavaScript to use this feature",
            "",
            "10:32 GMT",
            "Army boats reach Millbrook",
            "",
            "Army boats have reached Millbrook, where 300 people spent the night on rooftops.",
            "",
            "Share",
            "",
            "Posted at 09:58",
            "River falls by a metre",
            "",
            "The river has fallen by a metre since midnight, the environment agency says.",
            "",
            "Share",
        ]
    )
    result = classify(split_paragraphs(text))
    reasons = {p.line: reason for p, reason in result.boilerplate}
    assert result.title == "Floods: rescuers reach cut-off villages as river falls"
    assert result.published == "2025-03-05"  # stated below the summary list
    assert {1, 4, 6, 12, 13, 14, 16, 21, 23, 28} <= set(reasons)
    assert reasons[16] == reasons[23] == "live page furniture"
    assert [p.line for p in result.content] == [7, 8, 17, 19, 24, 26]


def test_a_time_in_a_sentence_or_a_heading_with_a_time_is_content():
    text = "\n\n".join(
        [
            "Storm reaches the coast",
            "The storm reached the coast at 10:32 GMT, the weather service said, and winds are still rising.",
            "10:32 GMT: storm makes landfall",
            "Winds of more than 100 miles an hour were recorded on the headland, forecasters said on Tuesday.",
        ]
    )
    assert [p.line for p in classify(split_paragraphs(text)).content] == [3, 5, 7]


def test_an_analysis_byline_a_bio_naming_the_outlet_and_comment_counters_are_chrome():
    text = "\n\n".join(
        [
            "Why the dam failed",
            "Analysis · Dana Horvath, Infrastructure correspondent · 15 September 2025",
            "The embankment gave way just before midnight on Sunday after two days of heavy rain.",
            "Engineers had reported water seeping through the downstream face in 2021.",
            "Comments (12)",
            "Dana Horvath covers infrastructure and energy for The Lendrian Review.",
            "Comments are closed.",
        ]
    )
    result = classify(split_paragraphs(text))
    assert result.published == "2025-09-15"
    reasons = {p.line: reason for p, reason in result.boilerplate}
    assert set(reasons) == {1, 3, 9, 11, 13}
    assert reasons[11] == "author bio"
    other = _reasons(
        "Rates rise\nAnalysis | Karel Dovner, Economics editor\n"
        "The central bank lifted its policy rate by half a point on Thursday.\n"
        "Karel Dovner is economics editor of The Ledger Review. He previously reported from Vienna."
    )
    assert other == {1: "headline", 2: "byline or credits", 4: "author bio"}


def test_sentences_about_comments_and_reporters_stay_content():
    reasons = _reasons(
        "Inquiry opens\n"
        "The inquiry said comments are closed to the public until the report is published in May.\n"
        "The minister covers the cost of the inquiry for The Hague's three councils, officials said.\n"
        "A reporter for the paper was among the 40 people evacuated from the building."
    )
    assert reasons == {1: "headline"}


def test_a_share_row_in_brackets_and_a_linked_question_headline_are_chrome():
    text = (
        "Estravia heads for a runoff\n\n[Share] [Tweet] [Email]\n\n"
        "None of the eight candidates won more than half of the vote in Sunday's first round.\n\n"
        "Read more: Who is Irina Marec, the former judge who wants to clean up politics?\n\n"
        "Share Tweet Email\n\n"
        "Voters will email and print their complaints to the commission, which meets on Friday.\n"
    )
    reasons = _reasons(text)
    assert reasons[3] == reasons[9] == "page chrome"
    assert reasons[7] == "link to another article"
    assert 5 not in reasons and 11 not in reasons


def test_the_outlet_named_above_the_headline_and_in_the_foot_s_chrome_is_no_headline():
    text = (
        "The Weekly Review\n\nFinal count confirms Vasilescu lead, trims his party's seats\n\n14 November 2025\n\n"
        "The Central Electoral Commission published the final results of the election on Friday.\n\n"
        "Subscribe to The Weekly Review for analysis every Friday.\n"
    )
    result = classify(split_paragraphs(text))
    assert result.title == "Final count confirms Vasilescu lead, trims his party's seats"
    assert result.published == "2025-11-14"
    assert [p.line for p in result.content] == [7]


def test_an_outlet_named_by_two_of_its_words_at_the_foot_is_no_headline():
    text = (
        "Valley Radio News\n\nListen live\n\nRalung landslide: 19 confirmed dead, dozens missing\n\n14 October 2025\n\n"
        "At least 19 people died when a landslide buried part of a village in Ralung district on Tuesday.\n\n"
        "Follow Valley Radio on Facebook for updates.\n"
    )
    result = classify(split_paragraphs(text))
    assert result.title == "Ralung landslide: 19 confirmed dead, dozens missing"
    assert [p.line for p in result.content] == [9]


def test_the_outlet_over_its_menu_is_no_headline_and_a_story_line_naming_it_stays():
    text = (
        "The Gulf Observer\n\nHome | World | Business | Energy | Opinion\n\n"
        "No joint statement as Haddad and Lee part in Varenne\n\nFriday, 21 November 2025\n\n"
        "The two leaders ended their talks on Thursday without signing a joint statement.\n\n"
        "Foreign Minister Khaled Al-Mansoori told the Gulf Observer that the draft had been agreed.\n"
    )
    result = classify(split_paragraphs(text))
    assert result.title == "No joint statement as Haddad and Lee part in Varenne"
    assert [p.line for p in result.content] == [9, 11]
