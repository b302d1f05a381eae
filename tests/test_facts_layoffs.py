"""A company's results and job cuts told by a wire, a business paper, the local paper of the
town that loses a factory, and a markets report: jobs cut told as "cut", "shed" and
"slashes", sums in euros with their dollar conversion, percentages of different measures
in one paragraph, the company's savings told two ways, a chief executive whose title and
first name vary, and whether the union was consulted."""

from __future__ import annotations

import pytest

from facts_helpers import article_id, claim_conflicts, compare_bodies, entity_written, found, read_counts, story, values_by_article

WIRE, LEDGER, GAZETTE, MARKETS = "a_wire.txt", "b_ledger.txt", "c_gazette.txt", "d_markets.txt"


@pytest.fixture(scope="module")
def layoffs():
    return story("layoffs")


def _ids(s):
    return [article_id(s, name) for name in (WIRE, LEDGER, GAZETTE, MARKETS)]


def test_jobs_cut_however_the_verb_tells_them_conflict_with_about_1000(layoffs):
    # "would cut 1,200 jobs", "to cut 1,200 jobs", "would shed 1,200 jobs" against "will cut
    # about 1,000 jobs".
    a, b, c, d = _ids(layoffs)
    [conflict] = found(layoffs, "number", "jobs cut")
    assert conflict.severity == "conflict"
    assert values_by_article(conflict) == {a: {"1200"}, b: {"1000"}, c: {"1200"}, d: {"1200"}}


def test_earlier_cuts_are_another_time(layoffs):
    # "cut 600 jobs in 2023 and another 450 last year"
    told = {v.value for x in layoffs.divergences if x.kind == "number" for v in x.values}
    assert not told & {"600", "450"}
    assert not [f for f in layoffs.facts if f.slot == "last year"]


def test_the_savings_told_two_ways_conflict_and_the_cost_is_not_a_saving(layoffs):
    # "save 300 million euros a year", "the savings plan of 300 million euros" against
    # "annual savings of €350m"; "which will cost about €180m" is the plan's cost.
    a, b, _, d = _ids(layoffs)
    [conflict] = found(layoffs, "number", "savings")
    assert conflict.severity == "conflict"
    assert values_by_article(conflict) == {a: {"300000000"}, b: {"350000000"}, d: {"300000000"}}


def test_revenue_s_share_and_profit_s_share_are_not_one_share(layoffs):
    # "Revenue fell 6%" against "revenue fell to 4.2 billion euros ... and net profit dropped
    # 31%": the second paragraph tells revenue apart from its share.
    assert not found(layoffs, "number", "percent")
    assert not [x for x in layoffs.divergences if x.kind == "number" and {"6", "31"} <= {v.value for v in x.values}]


def test_sums_agree_with_their_conversion_and_across_ways_of_writing(layoffs):
    # "4.2 billion euros", "€4.2bn", "4.2 billion euros ($4.9 billion)"; "€212m" and "212
    # million euros".
    assert not found(layoffs, "number", "revenue")
    assert not found(layoffs, "number", "profit")


@pytest.mark.parametrize(
    "first, second",
    [
        ("The kron rose 1.1% to 11.75 per euro after the decision.", "The kron lost almost 6 per cent against the euro."),
        ("Revenue fell 6% to 4.2 billion euros.", "Revenue fell to 4.2 billion euros, and net profit dropped 31%."),
    ],
)
def test_shares_of_different_measures_in_one_cluster_are_no_conflict(first, second):
    s = compare_bodies(first, second)
    assert not [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]


def test_a_share_told_in_other_words_is_still_one_share():
    s = compare_bodies(
        "Fuel prices rose 7.5% in April, the statistics office said in its monthly review.",
        "Fuel costs climbed 9.1% in April, the statistics office said in its monthly review.",
    )
    [d] = [d for d in s.divergences if d.kind == "number" and d.severity == "conflict"]
    assert {v.value for v in d.values} == {"7.5", "9.1"}


def test_the_rates_story_s_kron_rise_is_not_its_monthly_loss():
    # "The kron rose 1.1% ... after the decision" and "The kron lost almost 6 per cent against
    # the euro in October": two movements, not one share told two ways.
    assert not found(story("rates"), "number", "percent", "conflict")


@pytest.mark.parametrize(
    "sentence, reading",
    [
        ("Sales fell 6pc to €4.2bn.", [("6", None, "percent (sales fell)"), ("4200000000", None, "revenue (€)")]),
        ("It would cut 1,200 jobs, or about 8% of its workforce.", [("1200", None, "jobs cut"), ("8", "about", "percent (of workforce)")]),
        ("It produces roughly 15% of Esteria's industrial solvents.", [("15", "roughly", "percent (of industrial solvents)")]),
        ("Shares in Norvik Systems closed 7.1% lower on Thursday.", [("7.1", None, "percent (shares closed)")]),
        ("Operators have cut spending on 5G equipment by about 12% this year.", [("12", "about", "percent (equipment)")]),
        ("Analysts cut their price target to 41 euros from 48 euros.", [("41", None, "price target (€)"), ("48", None, "price target (€)")]),
    ],
)
def test_what_a_share_or_a_sum_measures(sentence, reading):
    assert read_counts(sentence) == reading


def test_a_sum_told_to_one_figure_is_not_a_sum_50_million_apart():
    said = "Chief executive Henrik Solberg said the job cuts at Norvik would {} by the end of 2027."
    s = compare_bodies(said.format("save 300 million euros a year"), said.format("bring annual savings of €350m"))
    [d] = found(s, "number", "savings")
    assert d.severity == "conflict"
    s = compare_bodies(said.format("save 300 million euros a year"), said.format("bring annual savings of €302m"))
    assert not found(s, "number", "savings", "conflict")


def test_the_union_said_it_had_not_been_consulted_against_the_unions_had_been(layoffs):
    a, _, c, _ = _ids(layoffs)
    [d] = found(layoffs, "claim", "consulted")
    assert d.severity == "conflict" and d.slot == "consulted (union)"
    assert values_by_article(d) == {a: {"affirmed"}, c: {"negated"}}


def test_a_pronoun_after_said_is_the_sayer_and_people_keep_their_number():
    assert claim_conflicts("Dumont said he had not been informed of the charges.", "Dumont has been informed of the charges.") == {
        "informed (Dumont)": {"1": "negated", "2": "affirmed"}
    }
    assert claim_conflicts("The miners have been rescued.", "The miner has not been rescued.") == {}


def test_the_chief_executive_is_one_man_whatever_his_title_and_first_name(layoffs):
    # "Chief Executive Henrik Solberg", "Chief executive Hendrik Solberg", "Solberg, 56"
    henrik = entity_written(layoffs, "Henrik Solberg")
    assert henrik is not None and henrik.kind == "person"
    assert henrik is entity_written(layoffs, "Hendrik Solberg") is entity_written(layoffs, "Solberg")
    assert not [e for e in layoffs.entities if e.name.startswith("Executive")]
    [d] = found(layoffs, "entity", henrik.name)
    assert d.severity == "variant" and {v.text for v in d.values} == {"Henrik Solberg", "Hendrik Solberg"}


def test_one_consonant_more_in_a_cluster_is_one_name_and_a_syllable_more_is_another():
    from tui.facts.names import same_name

    for a, b in [("henrik", "hendrik"), ("frank", "franck"), ("aleksei", "alexei"), ("aleksandr", "alexander")]:
        assert same_name((a,), (b,)), (a, b)
    for a, b in [("maria", "marina"), ("erin", "ervin"), ("sandra", "sanda"), ("mark", "marc")]:
        assert not same_name((a,), (b,)), (a, b)


def test_a_span_of_months_dates_no_event(layoffs):
    # "Net profit for July to September dropped to €212m": July opens the quarter.
    assert not found(layoffs, "date", "dropped")
    s = compare_bodies(
        "Profit for July to September dropped to €212m.", "Profit for August to October dropped to €212m."
    )
    assert not [d for d in s.divergences if d.kind == "date"]


def test_a_part_of_a_whole_is_not_a_change():
    s = compare_bodies(
        "Norvik Systems said on Thursday it would cut 1,200 jobs, or about 8% of its workforce, the telecoms equipment maker said.",
        "Norvik Systems said on Thursday it would cut 1,200 jobs, and its shares fell 9%, the telecoms equipment maker said.",
    )
    assert not [d for d in s.divergences if d.kind == "number"]


def test_the_period_a_sum_is_told_for_is_its_own_slot():
    # "in the three months to September 30" is a period, not months of "billion euros".
    assert read_counts("Revenue fell to 4.2 billion euros in the three months to September 30.") == [
        ("4200000000", None, "revenue (€)"), ("3", None, "months (to September)"),
    ]


def test_a_qualified_count_after_a_verb_of_harm_is_the_harm_s():
    s = compare_bodies("Rebels killed over 50 people in the village, officials said.", "Rebels killed 30 people in the village, officials said.")
    [d] = found(s, "number", "people killed")
    assert d.severity == "conflict"


def test_two_outlets_converting_one_sum_at_their_own_rates_do_not_conflict():
    s = compare_bodies(
        "Norvik said quarterly revenue fell to 4.2 billion euros ($4.9 billion), the company said on Thursday.",
        "Norvik said quarterly revenue fell to 4.2 billion euros ($4.5 billion), the company said on Thursday.",
    )
    assert not [d for d in s.divergences if d.kind == "number"]
    s = compare_bodies(
        "Norvik said quarterly revenue fell to 4.2 billion euros, the company said on Thursday.",
        "Norvik said quarterly revenue fell to 4.6 billion euros, the company said on Thursday.",
    )
    [d] = found(s, "number", "revenue")
    assert d.severity == "conflict"
