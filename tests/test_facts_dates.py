"""Dates and times: precision, relative dates, clock formats."""

from __future__ import annotations

from facts_helpers import article_id, compare_bodies, found, story, values_by_article
from tui.facts.dates import find_dates
from tui.facts.times import find_times


def test_law_passed_in_2023_conflicts_with_december_2024_and_wednesday_resolves():
    s = story("senate")
    [d] = found(s, "date", "passed", "conflict")
    by = values_by_article(d)
    assert by[article_id(s, "a_capitol_daily.txt")] == {"2024-12-18"}
    assert by[article_id(s, "b_metro_post.txt")] == {"2024-12-18"}  # "on Wednesday", published Friday 20th
    assert by[article_id(s, "c_valley_record.txt")] == {"2023"}


def test_2021_and_august_2021_agree():
    s = story("senate")
    [d] = found(s, "date", "introduced")
    assert d.severity == "variant"
    assert {v.value for v in d.values} == {"2021", "2021-08"}


def test_friday_and_march_28_are_one_date(quake_story=None):
    s = story("quake")
    [d] = found(s, "date", "struck")
    assert d.severity == "variant"
    assert {v.value for v in d.values} == {"2025-03-28"}


def test_clock_times_in_two_formats_agree_and_a_third_conflicts():
    s = story("quake")
    [d] = found(s, "time", "struck", "conflict")
    by = values_by_article(d)
    assert by[article_id(s, "a_delta_times.txt")] == {"12:50"}
    assert by[article_id(s, "b_river_wire.txt")] == {"12:50"}  # "12:50 pm"
    assert by[article_id(s, "c_hill_gazette.txt")] == {"13:20"}  # "1:20 pm"


def test_dates_keep_the_precision_of_the_text():
    text = "It began in August 2021, was banned in 2003, delisted in late 2023 and met on March 31."
    values = [(d.value, d.part) for d in find_dates(text, None)]
    assert values == [("2021-08", None), ("2003", None), ("2023", "late"), ("--03-31", None)]


def test_relative_dates_resolve_against_publication_or_stay_relative():
    text = "On Tuesday the Duma voted; officials visited last month."
    assert [d.value for d in find_dates(text, "2024-12-18")] == ["2024-12-17", "2024-11"]
    unresolved = find_dates(text, None)
    assert [(d.value, d.resolved) for d in unresolved] == [("tuesday", False), ("last month", False)]


def test_counts_and_thousands_are_not_years():
    assert find_dates("at least 2000 homes and 2,021 people", None) == []


def test_times_as_24_hour_clock_with_zone():
    found_times = find_times("at 1:39pm, at 13:39 IST, at 9 a.m. and at midnight")
    assert [(t.value, t.zone) for t in found_times] == [
        ("13:39", None), ("13:39", "IST"), ("09:00", None), ("00:00", None)
    ]
    assert found_times[1].minutes_utc == 8 * 60 + 9


def test_days_without_a_year_are_held_to_month_and_day():
    from tui.facts.compare import _dates_agree

    assert _dates_agree(["--03-28", "2025-03-28"])
    assert not _dates_agree(["--03-28", "2025-03-27"])
    assert _dates_agree(["--03", "2025"])
    assert not _dates_agree(["2024", "2025-03"])


def test_deadlines_and_bounds_are_not_dates_of_events(tmp_path):
    from tui.engine import compare, load_sources

    (tmp_path / "a.txt").write_text("Plan\n\nThe Senate passed the Budget Act by 2026, officials hope.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Plan\n\nThe Senate passed the Budget Act in 2024.\n", encoding="utf-8")
    s = compare(load_sources([str(tmp_path)]).sources)
    assert not [d for d in s.divergences if d.kind == "date"]


def test_times_in_two_zones_are_one_moment_and_a_third_is_not(tmp_path):
    from tui.engine import compare, load_sources

    texts = {
        "a.txt": "Quake\n\nThe quake struck Delhi at 1:39pm IST, officials said.\n",
        "b.txt": "Tremor\n\nThe quake struck Delhi at 08:09 GMT, officials said.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    s = compare(load_sources([str(tmp_path)]).sources)
    assert not [d for d in s.divergences if d.kind == "time" and d.severity == "conflict"]
    (tmp_path / "c.txt").write_text("Shock\n\nThe quake struck Delhi at 09:09 GMT.\n", encoding="utf-8")
    s = compare(load_sources([str(tmp_path)]).sources)
    conflicts = [d for d in s.divergences if d.kind == "time" and d.severity == "conflict"]
    assert any({v.value for v in d.values} >= {"13:39", "09:09"} for d in conflicts)
    assert all({v.value for v in d.values} != {"13:39", "08:09"} for d in conflicts)


def test_a_four_digit_count_before_a_plural_is_no_year():
    assert find_dates("The army sent 1800 soldiers to the valley.", None) == []
    assert [d.value for d in find_dates("The 2021 elections and troops who left in 2003 soldiers", None)] == ["2021", "2003"]


def test_the_same_weekday_from_far_apart_datelines_is_no_conflict(tmp_path):
    from tui.engine import compare, load_sources

    texts = {
        "a.txt": "Vote\n\nMarch 7, 2025\n\nThe Senate approved the Water Act on Tuesday after a long debate.\n",
        "b.txt": "Vote\n\nMay 23, 2025\n\nThe Senate approved the Water Act on Tuesday, ending a debate of weeks.\n",
        "c.txt": "Vote\n\nMarch 7, 2025\n\nThe Senate approved the Water Act on Monday following hours of debate.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    s = compare(load_sources([str(tmp_path)]).sources)
    conflicts = [d for d in s.divergences if d.kind == "date" and d.severity == "conflict"]
    names = {a.id: a.name for a in s.articles}
    assert conflicts and all({names[v.article] for v in d.values} >= {"a.txt", "c.txt"} for d in conflicts)
    for d in conflicts:  # a and b say the same word; only c's Monday disagrees with a's Tuesday
        assert {v.value for v in d.values if names[v.article] == "c.txt"} == {"2025-03-03"}


def test_a_wire_datelines_date_is_the_reports_not_an_events():
    assert [d.value for d in find_dates("DUBLIN, Oct 14 (Wire) - Corvana was fined on Tuesday.", "2025-10-14")] == [
        "2025-10-14"
    ]
    assert find_dates("MWANZA, Tanzania, Sept. 21, 2025 — At least 136 people died.", None) == []
    # A date opening a sentence that is no dateline is still read.
    assert [d.value for d in find_dates("On Oct 14 - the day of the fine - shares fell.", None)] == ["--10-14"]


def test_over_and_a_word_after_a_figure_name_no_event():
    # "fined ... on Tuesday over a leak of data belonging to 530 million users": the date is
    # of the fine, not of "over" nor of "million" after "to".
    s = compare_bodies(
        "Corvana was fined a record sum by the regulator on Tuesday over a leak of data belonging to 530 million users.",
        "Corvana was fined by the regulator on Monday over a leak of data belonging to 530 million users.",
        published="October 14, 2025",
    )
    assert [(d.slot.split(" (")[0], d.severity) for d in s.divergences if d.kind == "date"] == [("fined", "conflict")]


def test_a_range_of_months_takes_its_last_months_year():
    assert [d.value for d in find_dates("abused between June and August 2024 to scrape data", None)] == ["2024-06", "2024-08"]
    assert [d.value for d in find_dates("from March to May 2023 prices rose", None)] == ["2023-03", "2023-05"]
    # Two months not joined as a range keep their own precision.
    assert [d.value for d in find_dates("it rained in June and in August 2024", None)] == ["--06", "2024-08"]


def test_a_participle_after_the_is_no_event_of_a_date():
    from tui.engine import compare
    from tui.loading import Source

    text = "Rescue\n\nPublished 7 August 2025\n\nRescuers made contact with the trapped men on August 5 through a borehole.\n"
    s = compare([Source("a.txt", "a.txt", text)])
    assert [(f.slot, f.value) for f in s.facts if f.kind == "date"] == [("made", "--08-05")]


def test_a_date_that_ends_a_sentence_is_shown_without_the_full_stop():
    found_dates = find_dates("The ferry passed an inspection in March. It sank on 14 April.", "2025-11-20")
    assert [(d.text, d.value) for d in found_dates] == [("March", "--03"), ("14 April", "--04-14")]
    # a short month keeps its own full stop
    [d] = find_dates("It sank on Sept. 3, 2024, officials said.", None)
    assert (d.text, d.value) == ("Sept. 3, 2024", "2024-09-03")
