"""Whole pages from kinds of outlet the other page tests do not show: a wire service, a
public broadcaster, a South Asian daily, a state news agency's English site, a Gulf daily,
a Russian English-language site, a reader-funded newsletter, a local television station,
a print view, a live page and an AMP page. Each line's verdict is the one a reader would
expect; story sentences that use chrome's words (subscribe, share, comment, follow,
copyright, advertising) stay content, and the headline and publication date are found."""

from test_boilerplate_pages import _content, _page

from tui.segmenting import parse_dateline


def _read(lines: list[str], title: str, published: str, chrome: list[str], story: list[str], **page) -> dict[str, str]:
    """Classify the page and check what a reader sees first: its headline and date, every
    chrome line set aside, every line of the story kept. Returns the verdicts."""
    result, verdicts = _page(lines, **page)
    assert result.title == title
    assert result.published == published
    kept = [line for line in chrome if verdicts[line] == "content"]
    assert not kept, kept
    _content(verdicts, story)
    return verdicts


def test_a_wire_service_page_with_its_menu_updated_line_credits_and_standards_line():
    lines = [
        "Skip to main content",
        "Exclusive news, data and analytics for financial market professionals",
        "World",
        "Business",
        "Markets",
        "Sustainability",
        "Legal",
        "Sign In",
        "Register",
        "Danube shipping halted as river falls to record low",
        "By Tom Ellis and Priya Nair",
        "March 4, 2025 3:42 PM GMT+1 Updated 2 hours ago",
        "Item 1 of 2 Barges wait at anchor near Vukovar, Croatia, March 3, 2025. REUTERS/Ana Kovac Purchase Licensing Rights",
        "VIENNA, March 4 (Reuters) - Cargo shipping on the middle Danube came to a halt on Tuesday after the river fell to its lowest level since records began in 1876, port authorities said.",
        "Barges carrying grain, fertiliser and steel have been stranded at anchor near Vukovar and Novi Sad since the weekend.",
        "Shares in two listed barge operators fell more than 6% in Vienna.",
        '"We cannot comment on when traffic will resume until the water rises," a spokesperson for the waterway agency said.',
        "Hydrologists expect little rain before the middle of the month.",
        "Sign up here.",
        "Reporting by Tom Ellis in Vienna and Priya Nair in Belgrade; Editing by Claire Ruiz",
        "Our Standards: The Trust Principles., opens new tab",
        "Suggested Topics:",
        "Commodities",
        "Shipping",
        "Purchase Licensing Rights",
        "Tom Ellis reports on shipping and commodities from Vienna.",
    ]
    # the site's tagline above its menu is no headline; the caption above the first
    # paragraph, which ends no sentence, does not swallow it
    verdicts = _read(
        lines, "Danube shipping halted as river falls to record low", "2025-03-04",
        chrome=lines[:9] + lines[10:13] + lines[18:], story=lines[13:18], sep="\n",
    )
    assert verdicts["By Tom Ellis and Priya Nair"] == "byline or credits"
    assert verdicts[lines[19]] == "byline or credits"


def test_an_updated_line_stating_its_time_before_the_date_dates_the_wire_story():
    lines = [
        "Danube shipping halted as river falls to record low",
        "Updated 3:42 PM GMT+1, March 4, 2025",
        "Cargo shipping on the middle Danube came to a halt on Tuesday after the river fell to a record low, port authorities said.",
    ]
    verdicts = _read(lines, lines[0], "2025-03-04", chrome=[lines[1]], story=[lines[2]])
    assert verdicts[lines[1]] == "dateline"


def test_a_broadcaster_page_with_a_relative_and_an_absolute_date():
    lines = [
        "Skip to content",
        "Home",
        "News",
        "Sport",
        "Weather",
        "Sounds",
        "Ferry operator fined £1.2m over Kessa harbour collision",
        "Published 14 hours ago",
        "18 December 2024",
        "Share",
        "Save",
        "Helen Ashby",
        "Wales business correspondent",
        "Image source, Getty Images",
        "Image caption, The Aurelia struck the harbour wall while docking in high winds in March",
        "A ferry operator has been fined £1.2m after one of its vessels hit a harbour wall at Kessa, injuring 11 passengers.",
        "The court heard the master had been told twice by the harbour office to wait for the wind to drop.",
        '"Follow the instructions of the crew at all times" is the first line of the safety card, the judge said.',
        "The company said it would not appeal and had changed its rules for docking in high winds.",
        "Related topics",
        "Shipping",
        "Wales",
        "More on this story",
        "Ferry hits harbour wall in storm",
        "Published 12 March",
        "Copyright 2025 Westbroadcast. Westbroadcast is not responsible for the content of external sites. Read about our approach to external linking.",
    ]
    verdicts = _read(
        lines, "Ferry operator fined £1.2m over Kessa harbour collision", "2024-12-18",
        chrome=lines[:6] + lines[7:15] + lines[19:], story=lines[15:19], sep="\n",
    )
    assert verdicts["Published 14 hours ago"] == "live page furniture"
    assert verdicts[lines[-1]] == "copyright line"


def test_a_south_asian_daily_with_its_ist_stamps_and_follow_prompts():
    lines = [
        "Home / India / Kolkata",
        "Metro fares to rise by Rs 5 from January 1, commuters protest",
        "Staff Reporter",
        "Kolkata",
        "Published: December 18, 2024 10:05 PM IST",
        "Updated: December 18, 2024 11:40 PM IST",
        "Follow us on Google News",
        "Fares on the city's metro will rise by Rs 5 on every route from January 1, the railway ministry announced on Wednesday, the first increase in eight years.",
        "About 7 lakh passengers use the network every day, according to figures from the metro corporation.",
        '"Commuters who subscribe to the monthly smart card will be spared until April," a metro official said.',
        "Passenger groups said they would follow up with a signature campaign outside ten stations this weekend.",
        "Also Read | Kolkata metro extends last train timings on weekends",
        "Click here to join our WhatsApp channel for the latest updates",
        "Catch all the Latest News, Breaking News and Kolkata Updates on Daily Sentinel.",
        "TOPICS",
        "Kolkata Metro",
        "Fare hike",
        "First Published: 18 Dec 2024, 10:05 PM IST",
    ]
    verdicts = _read(
        lines, "Metro fares to rise by Rs 5 from January 1, commuters protest", "2024-12-18",
        chrome=[lines[0]] + lines[2:7] + lines[11:], story=lines[7:11],
    )
    assert verdicts["Staff Reporter"] == "byline or credits"
    assert verdicts[lines[13]] == "page chrome"  # the outlet's promotion, a sentence though it is


def test_a_state_agency_english_page_with_its_source_editor_stamp_and_picture_credits():
    lines = [
        "English Home",
        "Cross-border rail freight trips pass 19,000 this year",
        "Source: Xinhua | Editor: Li Wei | 2024-12-18 10:32:01",
        "URUMQI, Dec. 18 (Xinhua) -- More than 19,000 freight train trips between China and Europe have been made so far this year, the railway operator said on Wednesday.",
        "Photo taken on Dec. 17, 2024 shows a freight train leaving a logistics hub in Urumqi, northwest China's Xinjiang Uygur Autonomous Region. (Xinhua/Zhang Hua)",
        "The trains carried more than 2 million containers, up 9 percent from a year earlier, the operator said.",
        "Customs officers said faster checks at the border had cut waiting times by a third.",
        "Editor: Li Wei",
        "Related:",
        "Freight trains link 200 European cities",
        "Border port handles record cargo",
        "Copyright © 2000-2024 Northstar News Agency. All rights reserved.",
    ]
    verdicts = _read(
        lines, "Cross-border rail freight trips pass 19,000 this year", "2024-12-18",
        chrome=[lines[0], lines[2], lines[4]] + lines[7:], story=[lines[3], lines[5], lines[6]],
    )
    assert verdicts[lines[4]] == "picture caption"
    assert verdicts["Editor: Li Wei"] == "byline or credits"


def test_a_gulf_daily_whose_last_updated_line_stands_above_its_published_line():
    lines = [
        "Middle East",
        "Riyadh to open 12 new metro stations by March",
        "Last updated: 18 Dec 2024 - 10:35 GMT",
        "Published: 17 Dec 2024 - 21:15 GMT",
        "Font",
        "Change",
        "Short Url",
        "RIYADH: Twelve new stations on the Riyadh metro will open by March, the city's transport authority said on Tuesday.",
        "The authority said advertising on trains and platforms would pay for a fifth of the running costs.",
        "About 60,000 people a day have used the network since its first three lines opened, it said.",
        "Topics: Riyadh Metro, Saudi Arabia",
        "Most Popular",
        "Oil prices steady ahead of OPEC+ meeting",
        "Heavy rain expected across the Gulf this weekend",
    ]
    # the date the page was first published, not the one it was last changed
    _read(
        lines, "Riyadh to open 12 new metro stations by March", "2024-12-17",
        chrome=[lines[0]] + lines[2:7] + lines[10:], story=lines[7:10],
    )


def test_a_russian_english_language_site_with_its_telegram_prompt_and_share_line():
    lines = [
        "Russia",
        "Moscow to extend river tram routes next summer",
        "18 Dec, 2024 10:32",
        "Get short URL",
        "A river tram on the Moskva in central Moscow. © Sputnik / Ivan Petrov",
        "The Moscow city government will extend its electric river tram routes to the northern districts next summer, the transport department said on Wednesday.",
        "Sixteen new boats will join the fleet of 20, and ten new piers will be built along the river.",
        "The department said passengers could share a single ticket between trams, buses and the metro.",
        "You can share this story on social media:",
        "Follow Volga Wire on Telegram",
    ]
    _read(
        lines, "Moscow to extend river tram routes next summer", "2024-12-18",
        chrome=[lines[0]] + lines[2:5] + lines[8:], story=lines[5:8], sep="\n",
    )


def test_a_newsletter_post_with_its_counters_share_rows_and_app_footer():
    lines = [
        "# The bus fare freeze nobody asked for",
        "### Why the mayor's cheapest promise may cost the network the most",
        "[Jane Roe](https://transitletter.example/@janeroe)",
        "Dec 18, 2024",
        "12",
        "3",
        "Share",
        "The mayor's promise to freeze bus fares until 2027 will cost the city's network about £90m, according to the transport authority's own figures.",
        "That money has to come from somewhere, and the authority's budget paper says it will come from the night routes.",
        # the writer's own appeal closes the post: a reader could call it an appeal to the
        # reader, but it is the writer's words, so it stays
        "If you share my worry, write to your councillor before the vote on January 9.",
        "Thanks for reading The Transit Letter! Subscribe for free to receive new posts and support my work.",
        "Subscribe",
        "Share this post",
        "Like · Comment · Restack",
        "Discussion about this post",
        "Comments",
        "Restacks",
        "Ready for more?",
        "© 2024 Jane Roe",
        "Privacy ∙ Terms ∙ Collection notice",
        "Start writing",
        "Get the app",
    ]
    # the subtitle under the title is the post's standfirst
    _read(
        lines, "The bus fare freeze nobody asked for", "2024-12-18",
        chrome=lines[2:7] + lines[10:], story=[lines[1]] + lines[7:10], markdown=True,
    )


def test_a_local_television_page_with_its_weather_widget_and_syndication_notice():
    lines = [
        "Skip to content",
        "47°",
        "Sponsored By",
        "Toggle Menu",
        "Open Navigation",
        "Close Navigation",
        "Search",
        "Please enter a search term.",
        "Weather Alert",
        "Winter Storm Warning until 6 AM CST Friday",
        "Local News",
        "Icy roads close I-40 near Jackson as winter storm moves in",
        "by: Mark Delaney",
        "Posted: Jan 9, 2025 / 06:12 PM CST",
        "Updated: Jan 9, 2025 / 08:40 PM CST",
        "SHARE",
        "JACKSON, Tenn. (KXLN) — A stretch of Interstate 40 near Jackson was closed on Thursday evening after several trucks slid off the icy road, state troopers said.",
        "Story continues below",
        '"Do not follow the car in front of you too closely, and stay home if you can," a trooper told drivers.',
        "Crews will treat the road overnight and expect to reopen it by morning.",
        "Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
        "For the latest news, weather, sports, and streaming video, head to KXLN 9.",
        "Trending Stories",
        "Man charged after crash on Highway 45",
        "School closings for Friday",
    ]
    # the weather alert is a widget over the section's label, not the headline; the byline
    # under the headline is not read as the end of a wrapped line
    verdicts = _read(
        lines, "Icy roads close I-40 near Jackson as winter storm moves in", "2025-01-09",
        chrome=lines[:11] + lines[12:16] + [lines[17]] + lines[20:],
        story=[lines[16], lines[18], lines[19]], sep="\n",
    )
    assert verdicts["by: Mark Delaney"] == "byline or credits"
    assert verdicts[lines[20]] == "copyright line"


def test_a_print_view_with_its_address_and_a_day_first_slash_date():
    lines = [
        "Printed from The Portmere Gazette",
        "https://portmeregazette.example/news/2024/12/18/sea-wall",
        "Council approves £40m sea wall for Portmere",
        "By Ellen Marsh",
        "Last Updated: 18/12/2024 10:05",
        "Councillors approved a £40m sea wall for Portmere on Tuesday night, after the town flooded three times in two winters.",
        "The wall will be built along 1.2km of the seafront and should be finished by 2027.",
        "Residents have until January 10 to comment on the design.",
        "This article was printed from portmeregazette.example. Copyright The Portmere Gazette 2024.",
    ]
    # the print view's header and its page's address are no headline
    _read(
        lines, "Council approves £40m sea wall for Portmere", "2024-12-18",
        chrome=lines[:2] + lines[3:5] + [lines[8]], story=lines[5:8],
    )


def test_slash_dates_are_read_only_where_the_day_is_certain():
    assert parse_dateline("18/12/2024") == "2024-12-18"  # no 18th month: day first
    assert parse_dateline("Updated: 25/12/2024 10:32 AM") == "2024-12-25"
    assert parse_dateline("18/13/2024") is None  # no 13th month
    assert parse_dateline("03/04/2025") is None  # March 4 or 3 April: the page's country decides
    assert parse_dateline("12/18/2024") == "2024-12-18"  # no 18th month: month first
    assert parse_dateline("Posted 03/14/2025 6:12 PM") == "2025-03-14"
    assert parse_dateline("13/14/2025") is None  # no month at all
    assert parse_dateline("Published: 2024-12-18T10:32:01Z") == "2024-12-18"
    assert parse_dateline("Wednesday 18 December 2024 09.10 GMT") == "2024-12-18"
    assert parse_dateline("Dec. 18, 2024") == "2024-12-18"


def test_a_live_page_with_dated_entries_and_its_share_and_advert_slots():
    lines = [
        "Live",
        "Live updates: Magnitude 6.1 earthquake strikes off Hokkaido",
        "Updated Dec. 18, 2024, 10:32 a.m. ET",
        "Kenji Sato",
        "Dec. 18, 2024, 10:32 a.m. ET",
        "A magnitude 6.1 earthquake struck off the coast of Hokkaido early on Thursday, the Japan Meteorological Agency said.",
        "Advertisement",
        "SKIP ADVERTISEMENT",
        "Tsunami advisory lifted",
        "Dec. 18, 2024, 9:58 a.m. ET",
        "The agency lifted a tsunami advisory for the Pacific coast about two hours after the quake, and trains resumed.",
        "Residents were told to follow instructions from local officials and to share no unconfirmed reports.",
        "Share full article",
        "Link copied",
    ]
    # a live entry's heading is part of the entry, even under two advert slots: the stamp
    # under it marks it as the entry's; each entry's date and time is its stamp, as
    # "10:32 GMT" is on a page that gives only the time
    verdicts = _read(
        lines, "Live updates: Magnitude 6.1 earthquake strikes off Hokkaido", "2024-12-18",
        chrome=[lines[0]] + lines[2:5] + lines[6:8] + [lines[9]] + lines[12:],
        story=[lines[5], lines[8], lines[10], lines[11]], sep="\n",
    )
    assert verdicts["Dec. 18, 2024, 9:58 a.m. ET"] == "dateline"


def test_an_amp_page_with_its_masthead_iso_stamp_and_advert_slots_and_a_story_about_copyright():
    lines = [
        "The Lakeside Courier",
        "Photographers win copyright case against image library",
        "2024-12-18T10:32:01Z",
        "By Anika Rao",
        "Advertisement",
        "Three photographers have won a copyright claim against an online image library that sold their pictures without a licence, a court in Toronto ruled on Wednesday.",
        "Advertisement",
        "The library must pay them C$240,000 and remove 3,100 images, the judge ordered.",
        '"Copyright is how we pay our rent," one of the photographers, Marc Doyle, said outside the court.',
        "The library's lawyers said they would study the ruling.",
        "Advertisement",
        "View non-AMP version",
        "https://lakesidecourier.example/2024/12/18/photographers-copyright-ruling",
        "Copyright © 2024 The Lakeside Courier",
    ]
    # the outlet's name over the headline is its masthead: the copyright line names it
    verdicts = _read(
        lines, "Photographers win copyright case against image library", "2024-12-18",
        chrome=[lines[0]] + lines[2:5] + [lines[6]] + lines[10:], story=[lines[5]] + lines[7:10],
    )
    assert verdicts["The Lakeside Courier"] == "page chrome before the article"
    assert verdicts[lines[12]] == "web address"
