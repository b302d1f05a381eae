"""A heatwave told three ways that agree: old tolls, ages, money, time ranges and re-worded
figures must raise no divergence a reader would have to dismiss."""

from __future__ import annotations

from facts_helpers import story


def test_three_agreeing_reports_raise_no_conflict_and_no_variant_of_numbers_or_dates():
    s = story("heatwave")
    assert len([c for c in s.clusters if len(c.articles) > 1]) >= 4
    assert not [d for d in s.divergences if d.severity == "conflict"]
    # "at least 120", "more than 120" and "120"; "46.2C" and "46.2 degrees"; 2003's toll
    # beside this year's; "€4.5 million" and "€4.5m"; "on Thursday" resolved in one
    # article and not in another: none of these is a variant worth a line.
    noisy = [d for d in s.divergences if d.kind in ("number", "date", "time") and d.severity == "variant"]
    assert noisy == [], [(d.kind, d.slot, [v.text for v in d.values]) for d in noisy]
