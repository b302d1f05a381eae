"""Paragraph splitting keeps the source line each paragraph starts on."""

from tui.segmenting import parse_dateline, split_paragraphs


def test_one_paragraph_per_line_with_and_without_blank_lines():
    text = "Title\nFirst line paragraph.\n\n\nSecond after blanks.\nThird right after."
    paras = split_paragraphs(text)
    assert [(p.line, p.text) for p in paras] == [
        (1, "Title"),
        (2, "First line paragraph."),
        (5, "Second after blanks."),
        (6, "Third right after."),
    ]


def test_hard_wrapped_paragraph_is_joined_and_starts_on_its_first_line():
    text = (
        "Headline\n\n"
        "The river rose by two metres overnight and the town council opened\n"
        "three shelters for families who had to leave their homes.\n\n"
        "A second paragraph.\n"
    )
    paras = split_paragraphs(text)
    assert [p.line for p in paras] == [1, 3, 6]
    assert paras[1].text.endswith("who had to leave their homes.")
    assert "opened three shelters" in paras[1].text


def test_list_items_are_not_joined_to_the_line_before():
    text = "Residents were told to take the following steps before the storm arrives\n- stay inside\n- charge phones"
    assert len(split_paragraphs(text)) == 3


def test_datelines_in_common_shapes():
    assert parse_dateline("Wednesday, December 18, 2024") == "2024-12-18"
    assert parse_dateline("18 December 2024") == "2024-12-18"
    assert parse_dateline("Published: Dec. 5, 2023 at 10:30 a.m. EST") == "2023-12-05"
    assert parse_dateline("2025-03-03") == "2025-03-03"
    assert parse_dateline("The bill passed on December 18, 2024 after a long debate.") is None
    assert parse_dateline("February 30, 2024") is None


def test_long_headline_is_not_joined_to_the_dateline_or_the_first_line_below():
    text = (
        "Ferry Stalls on Lake Varno, 212 Passengers Rescued After a Long Night\n"
        "March 3, 2025\n"
        "Rescue boats reached the stranded ferry before dawn and brought every passenger ashore.\n"
    )
    paras = split_paragraphs(text)
    assert [p.line for p in paras] == [1, 2, 3]
    assert parse_dateline(paras[1].text) == "2025-03-03"
    two_line_head = "A headline that is long enough to look like wrapped prose here\nFirst line of the body."
    assert [p.line for p in split_paragraphs(two_line_head)] == [1, 2]


def test_a_dateline_may_carry_a_time_and_a_byline_but_not_a_sentence():
    from tui.segmenting import parse_dateline

    assert parse_dateline("Posted on November 24, 2024 by Rhys Evans") == "2024-11-24"
    assert parse_dateline("May 3, 2024 at 9:15 am by Rhys Evans") == "2024-05-03"
    assert parse_dateline("March 3, 2025 by a vote of the council") is None


def test_datelines_as_other_sites_print_them():
    shapes = [
        "First published on Fri 14 Mar 2025 10.32 GMT",
        "Last updated: 14 March 2025",
        "Posted on March 14, 2025 by admin",
        "By Jane Roe | March 14, 2025",
        "Jane Roe, March 14, 2025",
        "Friday 14 March 2025 14:05, UK",
        "March 14, 2025 / 10:32 AM / CBS News",
        "Updated on: March 14, 2025 / 10:32 AM IST",
        "2025-03-14T10:32:00Z",
        "Last Updated : 14 Mar 2025, 10:32:56 AM IST",
        "14 March 2025 • 6 min read",
        "By Jane Roe, Reuters • 3 min read • Published March 14, 2025 10:32am",
        "Updated 14.03.2025 10:32",
        "Fri, 14 March 2025 at 09:15 GMT+1",
    ]
    assert [parse_dateline(line) for line in shapes] == ["2025-03-14"] * len(shapes)
    not_datelines = [
        "In Paris, March 14, 2025",
        "On March 14, 2025",
        "March 3, 2025 / Police Say Three Were Hurt In Crash",
        "March 3, 2025 by a vote of the council",
        "03/04/2025",  # month or day first: the country decides
        "Version 1.3.2025 released",
        "By Jane Roe • Reuters • The talks resumed on March 14, 2025",
    ]
    assert [parse_dateline(line) for line in not_datelines] == [None] * len(not_datelines)


def test_wire_datelines_that_open_a_paragraph():
    from tui.segmenting import lead_dateline

    assert lead_dateline("MWANZA, Tanzania, Sept. 21, 2025 — At least 136 people died.") == "2025-09-21"
    assert lead_dateline("NEW YORK, March 3, 2024 (Reuters) - Stocks fell sharply.") == "2024-03-03"
    assert lead_dateline("KYIV, Ukraine, 3 March 2024 -- The city was shelled.") == "2024-03-03"
    assert lead_dateline("WASHINGTON (AP) — The Senate voted.") is None  # no date to read
    assert lead_dateline("In Paris, March 3, 2024 — the day of the strike — trains stopped.") is None
    assert lead_dateline("The Senate voted March 3, 2024 — a Tuesday — to pass it.") is None


def test_a_dateline_may_say_when_the_page_was_last_updated():
    assert parse_dateline("October 14, 2025 11:05 AM EDT Updated 2 hours ago") == "2025-10-14"
    assert parse_dateline("March 3, 2025 Updated 5 minutes ago") == "2025-03-03"
    assert parse_dateline("October 14, 2025 11:05 AM EDT Updated 3:10 PM EDT") == "2025-10-14"
    assert parse_dateline("October 14, 2025 Updated the rules on fines") is None


def test_a_wire_timestamp_with_an_offset_and_an_age_is_a_dateline():
    assert parse_dateline("August 2, 2025 9:41 AM GMT+1 Updated 3 hours ago") == "2025-08-02"
    assert parse_dateline("2 August 2025 10:05 UTC+03:00") == "2025-08-02"
    assert parse_dateline("August 2, 2025 Updated 3 hours ago by the council") is None


def test_lines_of_a_list_in_a_web_copy_are_not_joined_as_wrapped_lines():
    # A page copied with a paragraph a line: its lines run far longer than its list items,
    # so a list item whose next word would have fitted on it ends there.
    prose = "Rescue teams worked through the night at the mine, bringing more of the trapped men to the surface " * 2
    text = (
        "Headline\n\n"
        "Rescuers have brought 29 miners to the surface alive since the weekend\n"
        "Five miners remain trapped about 2,300 feet below the surface\n\n"
        + prose.strip() + ".\n\n" + prose.strip() + ".\n"
    )
    assert [p.line for p in split_paragraphs(text)] == [1, 3, 4, 6, 8]
    # Hard-wrapped prose still joins, even before a capital.
    wrapped = (
        "Headline\n\n"
        "The emergencies ministry said the tunnel collapsed early on Saturday, and\n"
        "Minister Kovalchuk said rescuers were working in shifts to clear it.\n"
    )
    assert [p.line for p in split_paragraphs(wrapped)] == [1, 3]


def test_a_blog_post_line_with_its_author_dates_the_post():
    assert parse_dateline("Posted by riversidewriter on March 2, 2025") == "2025-03-02"
    assert parse_dateline("Written by Jane Roe on 14 March 2025") == "2025-03-14"
    assert parse_dateline("Posted by the council on March 2, 2025 to explain the cuts") is None


def test_a_byline_or_reading_time_under_an_unfinished_line_is_not_its_continuation():
    head = "Judges find training a model on 12,000 images was not fair use, in a case watched widely"
    for below in ("Rachel Okafor Technology editor", "4 min read"):
        text = f"Menu\n{head}\n{below}\nThe court ruled on Tuesday."
        assert [p.line for p in split_paragraphs(text)] == [1, 2, 3, 4], below
