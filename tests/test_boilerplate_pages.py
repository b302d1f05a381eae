"""Whole pages as readers copy them from outlets of every kind: each line's verdict is the
one a reader of the output would expect (this line is chrome, for this reason; this line of
the story stays content), with the headline and the publication date found."""

from tui.boilerplate import classify
from tui.markdown_text import markdown_to_text
from tui.segmenting import split_paragraphs


def _page(lines: list[str], sep: str = "\n\n", markdown: bool = False):
    text = sep.join(lines)
    if markdown:
        text = markdown_to_text(text)
    result = classify(split_paragraphs(text))
    step = 2 if sep == "\n\n" else 1
    by_line = {p.line: reason for p, reason in result.boilerplate}
    verdicts = {}
    for k, line in enumerate(lines):
        number = 1 + k * step
        verdicts[line] = by_line.get(number, "content" if any(p.line == number for p in result.content) else "joined")
    return result, verdicts


def _content(verdicts: dict[str, str], lines: list[str]) -> None:
    wrong = {line: verdicts[line] for line in lines if verdicts[line] != "content"}
    assert not wrong, wrong


def test_a_national_daily_head_and_its_topic_list():
    lines = [
        "This article is more than 11 months old",
        "Court rules AI firm infringed photographers' copyright",
        "Judges find training a model on 12,000 images without a licence was not fair use, in a case watched across the industry",
        "Rachel Okafor Technology editor",
        "Tue 4 Mar 2025 14.05 GMT",
        "Last modified on Wed 5 Mar 2025 09.12 GMT",
        "A London court has ruled that an artificial intelligence company infringed the copyright of hundreds of photographers when it used their pictures.",
        "The copyright case is the first of its kind to reach a verdict in Britain.",
        "The company said it would appeal.",
        "Explore more on these topics",
        "Artificial intelligence (AI)",
        "Copyright",
        "Reuse this content",
    ]
    result, verdicts = _page(lines, sep="\n")
    assert result.title == "Court rules AI firm infringed photographers' copyright"
    assert result.published == "2025-03-04"
    assert verdicts["This article is more than 11 months old"] == "page chrome before the article"
    # the byline under a standfirst without a full stop is not read as the standfirst's last line
    assert verdicts["Rachel Okafor Technology editor"] == "byline or credits"
    # a topic with its abbreviation in brackets is no sentence
    assert verdicts["Artificial intelligence (AI)"] == "page chrome after the article"
    _content(verdicts, lines[2:3] + lines[6:9])


def test_a_regional_paper_paywall_comments_and_a_short_line_about_subscribers():
    lines = [
        "Skip to main content",
        "Council votes to close Millbrook library after 90 years",
        "By Sam Patel",
        "Local Democracy Reporter",
        "09:41, 12 FEB 2025",
        "Millbrook's library will close in the summer after councillors voted by 23 to 19 to shut it on Tuesday night.",
        "Story continues below advertisement",
        "Newsletter subscribers were told on Monday.",
        "Campaigners say the report ignored the children's reading groups held there every Saturday morning.",
        "Subscribe to continue reading",
        "You have 3 free articles left this month",
        "Already a subscriber? Sign in",
        "14 comments",
        "PeterK · 2 hours ago",
        "Shame on the council. This library taught both of my children to read and now it is gone.",
        "Reply · Report",
    ]
    result, verdicts = _page(lines)
    assert result.title == "Council votes to close Millbrook library after 90 years"
    assert result.published == "2025-02-12"
    assert verdicts["Skip to main content"] == "page chrome before the article"
    assert verdicts["Local Democracy Reporter"] == "byline or credits"
    for line in ("Story continues below advertisement", "Subscribe to continue reading",
                 "You have 3 free articles left this month", "Already a subscriber? Sign in"):
        assert verdicts[line] == "page chrome", line
    assert verdicts["PeterK · 2 hours ago"] == "reader comment"
    assert verdicts[lines[14]] == "reader comment"
    _content(verdicts, [lines[5], lines[7], lines[8]])


def test_a_comment_counter_by_the_byline_makes_no_reader_comments_of_the_story():
    lines = [
        "Storm closes the coast road",
        "3 comments",
        "The coast road between Arden and Selby was closed on Monday after a landslip blocked both lanes.",
        "Comments",
        "Harbour master · 2 hours ago",
        "Crews expect to reopen one lane by Friday, the highways agency said.",
    ]
    _, verdicts = _page(lines)
    assert verdicts["Harbour master · 2 hours ago"] == "reader comment"
    assert verdicts[lines[5]] == "reader comment"
    head_only = ["Storm closes the coast road", "3 comments", lines[2], "Harbour master · 2 hours ago", lines[5]]
    _, verdicts = _page(head_only)
    _content(verdicts, [lines[2], lines[5]])


def test_a_blog_post_its_date_share_row_comment_form_and_footer():
    lines = [
        "Why the bus cuts hit night workers hardest",
        "Posted by riversidewriter on March 2, 2025",
        "I have ridden the 41 at five in the morning for six years, and from April it will not run before seven.",
        "What the council said",
        "The council says the early buses carry fewer than 40 people a day and cost more than £300,000 a year.",
        "That is true. It is also beside the point.",
        "Share this:",
        "Like this:",
        "Related",
        'In "Transport"',
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Blog at WordPress.com.",
    ]
    result, verdicts = _page(lines)
    assert result.published == "2025-03-02"
    assert verdicts["Posted by riversidewriter on March 2, 2025"] == "dateline"
    # comment-form lines of fifteen words end no body: the chrome before them is still chrome
    for line in lines[6:]:
        assert verdicts[line] != "content", line
    assert verdicts[lines[11]] == "page chrome"
    _content(verdicts, lines[2:6])


def test_a_live_entry_heading_under_its_stamp_is_content():
    lines = [
        "Storm Idris: 100mph winds hit west coast as thousands lose power",
        "Fri 24 Jan 2025 10.40 GMT",
        "Key events",
        "Show key events only",
        "Please turn on JavaScript in your browser to use this feature",
        "10:32 GMT",
        "Ferry sailings cancelled",
        "All ferry sailings from Oban and Mallaig have been cancelled for the rest of the day, the operator said.",
    ]
    _, verdicts = _page(lines)
    assert verdicts["10:32 GMT"] == "live page furniture"
    assert verdicts["Show key events only"] != "content"
    _content(verdicts, lines[6:])


def test_a_mobile_page_menu_reading_time_and_player():
    lines = [
        "Menu",
        "Search",
        "Hospital waiting lists fall for the first time in two years",
        "4 min read",
        "Updated: March 6, 2025, 8:00 AM ET",
        "Listen to this article",
        "0:00 / 5:12",
        "The number of people waiting for hospital treatment fell by 52,000 in January, the first fall in two years.",
        "Get the app",
        "Open in app",
    ]
    result, verdicts = _page(lines, sep="\n")
    assert result.title == "Hospital waiting lists fall for the first time in two years"
    assert result.published == "2025-03-06"
    assert verdicts["4 min read"] == "reading time or player"  # not joined to the headline
    assert verdicts["0:00 / 5:12"] == "reading time or player"
    assert verdicts["Get the app"] != "content" and verdicts["Open in app"] != "content"
    _content(verdicts, [lines[7]])


def test_a_magazine_section_label_author_card_and_appeal_while_its_subject_words_stay():
    lines = [
        "Media",
        "The quiet collapse of the advertising watchdog",
        "By Jane Roe",
        "March 8, 2025",
        "Illustration by Kim Osei",
        "The Advertising Standards Council received more than 4,000 complaints last year, twice as many as a decade ago.",
        '"Cookies are not the problem," its chair told me.',
        "Advertisements ran on buses.",
        "Copyright lawyers have noticed.",
        "Jane Roe is a senior writer covering media and technology. Follow her on X @janeroe",
        "Our journalism is funded by our readers. Become a member today from just £5 a month.",
        "Never miss a story. Get the best of our magazine delivered to your inbox every Sunday.",
    ]
    result, verdicts = _page(lines)
    assert result.title == "The quiet collapse of the advertising watchdog"
    assert verdicts["Media"] == "page chrome before the article"
    assert verdicts["Illustration by Kim Osei"] == "picture caption"
    assert verdicts[lines[9]] == "author bio"
    assert verdicts[lines[10]] == verdicts[lines[11]] == "page chrome"
    _content(verdicts, lines[5:9])


def test_a_short_headline_above_a_byline_stays_the_headline():
    result, verdicts = _page(["Rates rise", "Analysis | Karel Dovner, Economics editor",
                              "The central bank lifted its policy rate by half a point on Thursday, its first rise in a year."])
    assert result.title == "Rates rise"
    assert verdicts["Analysis | Karel Dovner, Economics editor"] == "byline or credits"


def test_a_list_after_the_last_long_paragraph_is_the_body_until_its_closing_sentence():
    lines = [
        "# Teachers vote to strike over pay in 300 schools",
        "*By Owen Hart* · 5 min read",
        "Published on **March 9, 2025**",
        "Teachers in 300 schools in Wales have voted to strike over pay, the union said on Sunday, after talks broke down.",
        "## What the union wants",
        "- a rise of 8% this year",
        "- a cap on class sizes of 30",
        "The government has offered 4%.",
        "**Topics:** Education, Wales, Strikes",
        "Get our free app",
    ]
    result, verdicts = _page(lines, markdown=True)
    assert result.title == "Teachers vote to strike over pay in 300 schools"
    assert result.published == "2025-03-09"
    assert verdicts[lines[1]] == "byline or credits"
    assert verdicts[lines[8]] != "content" and verdicts[lines[9]] != "content"
    _content(verdicts, lines[3:8])


def test_an_aggregator_source_line_and_link_out():
    lines = [
        "Central bank holds rates at 4.5% as inflation eases",
        "Source: The Northern Ledger",
        "The central bank held its main interest rate at 4.5% on Wednesday, saying inflation had eased faster than expected.",
        "Read full story at The Northern Ledger",
        "Sign in to personalise your feed",
    ]
    _, verdicts = _page(lines)
    assert verdicts["Source: The Northern Ledger"] == "byline or credits"
    assert verdicts[lines[3]] == verdicts[lines[4]] == "page chrome"


def test_captions_and_credits_in_several_forms():
    lines = [
        "Water firm fined for sewage spills",
        "A water company has been fined £2m for pouring untreated sewage into the estuary on 41 days, the regulator said.",
        "Credit: Sam Holt / Reuters",
        "Photography by Tom Hale",
        "Health officials in Leeds in January. (Photo: Mark Jones/Associated Press)",
        "A photographer at work in London. Photograph: Lena Park/Reuters",
        "Campaigners said the fine was less than a day's profit for the firm.",
    ]
    _, verdicts = _page(lines)
    for line in lines[2:6]:
        assert verdicts[line] == "picture caption", line
    _content(verdicts, [lines[1], lines[6]])


def test_story_prose_about_ads_subscribers_cookies_and_comments_stays_content():
    lines = [
        "Advertising watchdog bans misleading energy drink campaign",
        "The Advertising Standards Authority has banned a campaign for an energy drink that claimed it improved exam results.",
        "Sponsored posts by influencers were also banned.",
        "Newsletter sign-ups also fell.",
        "Cookies are small files that a website stores on a visitor's device.",
        "Comments are closed to the public until the appeal, the court said.",
        "Become a member of the loyalty scheme and save 10%, the company's advert says.",
        "Before you go to the shops, compare prices, the consumer group advised.",
        "The firm has 14 days to appeal.",
    ]
    result, verdicts = _page(lines)
    assert result.title == lines[0]  # a headline may open with a chrome word
    _content(verdicts, lines[1:])


def test_an_empty_picture_slot_a_run_in_credit_and_a_print_edition_note():
    lines = [
        "Election count delayed after ballot boxes go missing",
        "Officials delayed the count in two provinces on Tuesday after 40 ballot boxes went missing on the way.",
        "Image",
        "Election workers in the capital on Monday.Credit...Ana Ruiz for The Daily",
        "The electoral commission said the boxes had been found by evening.",
        "A version of this article appears in print on Sept. 10, 2025, Section A, Page 8 with the headline: Count Delayed.",
    ]
    _, verdicts = _page(lines)
    assert verdicts["Image"] == verdicts[lines[3]] == "picture caption"
    assert verdicts[lines[5]] != "content"
    _content(verdicts, [lines[1], lines[4]])


def test_a_short_headline_above_a_long_unfinished_paragraph_stays_the_headline():
    long_line = " ".join(f"Witness number {n} said the ferry drifted for hours near the pier." for n in range(10))
    result, verdicts = _page(["Witnesses speak", long_line[:-1] + " and", "The ferry was towed to port, the coastguard said."])
    assert result.title == "Witnesses speak"
    assert verdicts[long_line[:-1] + " and"] == "content"


def test_a_two_word_headline_over_its_standfirst_is_the_headline_and_a_section_label_is_not():
    story = [
        "The Aurelia capsized on Wednesday evening near Valdor, the coastguard said, and 143 people were rescued.",
        "Divers will resume the search at first light, officials said on Thursday.",
    ]
    standfirst = "A passenger ferry with 212 people on board overturned in a storm off Kessa"
    result, verdicts = _page(["Ferry sinks", standfirst, *story])
    assert result.title == "Ferry sinks"
    _content(verdicts, [standfirst, *story])
    result, verdicts = _page(["World", "Ferry capsizes off Kessa with 212 on board", *story])
    assert result.title == "Ferry capsizes off Kessa with 212 on board"
    assert verdicts["World"] == "page chrome before the article"


def test_links_to_the_story_in_another_language_are_chrome():
    story = [
        "The Aurelia capsized on Wednesday evening near Valdor, the coastguard said, and 143 people were rescued.",
        "Divers will resume the search at first light, officials said on Thursday.",
    ]
    result, verdicts = _page(["Ferry sinks off Kessa", "Leer en español", story[0], "Read in English", story[1]])
    assert verdicts["Leer en español"] == verdicts["Read in English"] == "page chrome"
    _content(verdicts, story)
