"""Alignment groups paragraphs that make the same point, n-way, in any order."""

from pathlib import Path

import pytest

from tui.alignment import align_paragraphs
from tui.engine import compare, load_sources
from tui.loading import Source
from tui.models import Paragraph
from tui.tokens import content_tokens
from tui.wordiff import diff_cluster

BRIDGE = Path(__file__).parent / "articles" / "bridge"


def _clusters_by_line(story):
    names = {a.id: a.name for a in story.articles}
    return [sorted((names[p.article], p.line) for p in c.members) for c in story.clusters]


def test_bridge_story_aligns_the_same_points_across_three_articles():
    story = compare(load_sources([str(BRIDGE)]).sources)
    clusters = _clusters_by_line(story)
    assert [("a_valley_herald.txt", 6), ("b_county_post.txt", 3), ("c_wire.txt", 3)] in clusters
    assert [("a_valley_herald.txt", 8), ("b_county_post.txt", 7)] in clusters
    assert [("a_valley_herald.txt", 10), ("b_county_post.txt", 5)] in clusters
    assert [("a_valley_herald.txt", 12), ("c_wire.txt", 5)] in clusters
    # Points only one article makes stay alone.
    assert [("b_county_post.txt", 9)] in clusters
    assert [("c_wire.txt", 7)] in clusters


def test_every_paragraph_in_exactly_one_cluster_and_one_per_article():
    story = compare(load_sources([str(BRIDGE)]).sources)
    seen = [(p.article, p.line) for c in story.clusters for p in c.members]
    assert len(seen) == len(set(seen)) == sum(len(a.paragraphs) for a in story.articles)
    for cluster in story.clusters:
        assert len(cluster.articles) == len(cluster.members)


def test_order_of_articles_and_paragraphs_does_not_change_the_grouping():
    sources = list(load_sources([str(BRIDGE)]).sources)
    forward = compare(sources)
    backward = compare(list(reversed(sources)))
    as_sets = lambda story: {  # noqa: E731
        frozenset((story.article(p.article).name, p.line) for p in c.members) for c in story.clusters
    }
    assert as_sets(forward) == as_sets(backward)


def test_spelling_variants_of_a_name_still_align():
    texts = [
        "Headline one\n\nOfficials in Naypyidaw said the relief convoy reached Mandalay on Tuesday with medicine and tents.\n\nThe weather stayed dry all week across the region.",
        "Headline two\n\nThe relief convoy reached Mandalay on Tuesday with tents and medicine, officials in Naypyitaw said.\n\nSchools reopened in the capital after a long closure.",
    ]
    sources = [Source(name=f"{n}.txt", path=f"{n}.txt", text=t) for n, t in enumerate(texts)]
    story = compare(sources)
    aligned = [c for c in story.clusters if len(c.members) == 2]
    assert len(aligned) == 1
    assert {p.line for p in aligned[0].members} == {3}


def test_threshold_controls_how_much_aligns():
    sources = load_sources([str(BRIDGE)]).sources
    loose = compare(sources, threshold=0.02)
    strict = compare(sources, threshold=0.5)
    aligned = lambda story: sum(1 for c in story.clusters if len(c.members) > 1)  # noqa: E731
    assert aligned(strict) < aligned(loose)
    assert all(len(c.members) == 1 for c in compare(sources, threshold=0.99).clusters)


def test_unrelated_paragraphs_stay_apart():
    paragraphs = [
        Paragraph("1", 0, 1, "The central bank raised interest rates by half a point to curb inflation."),
        Paragraph("2", 0, 1, "A rare white tiger was born at the city zoo, keepers announced with delight."),
    ]
    assert [len(c.members) for c in align_paragraphs(paragraphs)] == [1, 1]


def test_word_diff_marks_what_only_one_member_says():
    story = compare(load_sources([str(BRIDGE)]).sources)
    cluster = next(c for c in story.clusters if len(c.members) == 2 and c.members[0].line == 10)
    diffs = diff_cluster(cluster)
    own_words = ["".join(s.text for s in d.spans if s.changed) for d in diffs]
    assert "and asked residents" in own_words[0]
    assert "She urged people" in own_words[1]
    shared = "".join(s.text for s in diffs[0].spans if not s.changed)
    assert "Mayor Helena Varga" in shared


def test_the_source_named_at_the_end_of_a_sentence_does_not_make_the_point():
    # The ferry story: the commissioner is the source of one article's paragraph about the
    # people aboard, and the speaker of another article's paragraph about the toll. The
    # paragraphs about the people aboard belong together, whoever the first quotes.
    story = compare(load_sources([str(Path(__file__).parent / "stories" / "ferry")]).sources)
    clusters = _clusters_by_line(story)
    assert [("a_wire.txt", 7), ("b_daily.txt", 7), ("c_times.md", 7)] in clusters
    assert [("b_daily.txt", 17)] in clusters


def test_trailing_sources_are_cut_before_weighing_and_nothing_else_is():
    from tui.alignment import _TRAILING_SOURCE

    cut = lambda s: _TRAILING_SOURCE.sub("", s)  # noqa: E731
    assert cut("The ferry capsized on Thursday, regional officials said.") == "The ferry capsized on Thursday"
    assert cut("It sank at 1:30 p.m., according to the regional commissioner, Adam Malima.") == "It sank at 1:30 p.m."
    assert cut("The boat sank at 1:30pm, witnesses told local radio.") == "The boat sank at 1:30pm"
    assert cut("“We are ready for talks,” Lavrov said.") == "“We are ready for talks"
    assert cut("Rain fell for days, and the river rose.") == "Rain fell for days, and the river rose."
    assert cut("Forty died in the flood on Sunday.") == "Forty died in the flood on Sunday."


def _story(*texts):
    return compare([Source(name=f"{n}.txt", path=f"{n}.txt", text=t) for n, t in enumerate(texts)])


def test_a_wire_dateline_does_not_tie_the_lead_to_a_paragraph_about_its_town():
    # The dateline names the town, the region and the agency; the lead's point is the crash.
    story = _story(
        "Bus crash\n\nVARNO, Istria (NPA) — Nine people died when a bus fell into a gorge on Sunday."
        "\n\nThe driver had worked a double shift, his union said.",
        "Nine dead in gorge\n\nA coach plunged into a ravine on Sunday, killing nine passengers.\n\n"
        "The NPA agency said Varno, a town in the hills of Istria, has no hospital.",
    )
    groups = sorted(sorted(p.line for p in c.members) for c in story.clusters)
    assert groups == [[3, 3], [5], [5]]


def test_survivors_and_people_rescued_are_one_idea_to_the_aligner():
    # News prose says "survivors", "rescued" and "evacuees" for the people it counts.
    assert content_tokens("survivors") == content_tokens("rescued") == content_tokens("survived")
    assert content_tokens("evacuated") == content_tokens("displaced")
    assert content_tokens("death toll")[0] == content_tokens("killed")[0]


def test_a_conceded_point_does_not_decide_where_a_paragraph_goes():
    # The second article concedes the first article's second point ("Although no government
    # has recognised the junta") and makes its first point after the comma: it belongs with
    # the paragraph about trade ties.
    story = _story(
        "Junta courts Moscow\n\n"
        "Moscow has expanded its trade and security ties with the generals since the coup in May 2023,"
        " sending military advisers and grain.\n\n"
        "No government has formally recognised the junta, and the regional bloc suspended the country"
        " after the coup.\n",
        "Generals find a friend\n\n"
        "Although no government has formally recognised the junta or its council, Moscow has expanded"
        " trade ties with the generals.\n\n"
        "The capital was calm on Sunday as markets reopened.\n",
    )
    groups = sorted(sorted((p.article, p.line) for p in c.members) for c in story.clusters)
    assert groups == [[("1", 3), ("2", 3)], [("1", 5)], [("2", 5)]]


def test_the_opening_concession_of_a_sentence_is_split_from_its_point():
    from tui.tokens import split_concession

    assert split_concession("Although he did not name the Taliban, Lavrov praised Kabul.") == (
        "Although he did not name the Taliban",
        " Lavrov praised Kabul.",
    )
    # Commas that go on with a list stay inside the clause.
    assert split_concession("While Russia built political, economic, and trade ties, no one recognised it.") == (
        "While Russia built political, economic, and trade ties",
        " no one recognised it.",
    )
    # An aside between dashes closes the clause when it has no comma.
    assert split_concession("Though Moscow does not recognise the council — the junta's name — it sends grain.") == (
        "Though Moscow does not recognise the council — the junta's name ",
        " it sends grain.",
    )
    assert split_concession("The rain fell while the town slept.") == ("", "The rain fell while the town slept.")
    assert split_concession("Despite the rain") == ("", "Despite the rain")


def test_the_stemmer_keeps_military_and_militant_apart_and_primary_off_prime():
    from tui.tokens import stem

    assert stem("military") != stem("militant")
    assert stem("militants") == stem("militant")
    assert stem("primary") != stem("prime")


@pytest.mark.parametrize(
    "first, second",
    [
        # The second report gives the count as "close to 400": the paragraph about 412 roads.
        (
            "Storm clean-up\n\nCrews cleared 95 roads across the county by Tuesday.\n\n"
            "Crews cleared 412 roads across the county by Tuesday.\n",
            "County digs out\n\nBy Tuesday crews across the county had cleared close to 400 roads.\n\n"
            "The schools will reopen on Thursday.\n",
        ),
        # A sentence opening with its figure spells it out; the other outlet writes it in figures.
        (
            "Fire in the old town\n\nThe fire left 9 people dead in the old town on Sunday.\n\n"
            "In all, 16 people were dead in the old town by Monday.\n",
            "Blaze\n\nSixteen people were dead after the fire in the old town.\n\n"
            "The market will reopen on Thursday.\n",
        ),
    ],
    ids=["close figures", "spelled out"],
)
def test_the_figure_decides_which_of_two_alike_paragraphs_a_report_matches(first, second):
    # The first report's two paragraphs differ little but in their figure.
    story = _story(first, second)
    groups = sorted(sorted((p.article, p.line) for p in c.members) for c in story.clusters)
    assert groups == [[("1", 3)], [("1", 5), ("2", 3)], [("2", 5)]]


def test_only_counts_are_estimated_not_times_of_day_years_or_small_numbers():
    from tui.alignment import _number_ranges

    def ranges(text):
        return _number_ranges(content_tokens(text), text)

    assert ranges("The dam gave way at 11:40 p.m. on Sunday, as it nearly did in 2019.") == {}
    assert set(ranges("Rescuers freed 52 people and 9 dogs from 1,200 homes.")) == {"52", "1200"}
    # Within a few per cent, two figures share a range; a third apart, none.
    assert set(ranges("530")["530"]) & set(ranges("553")["553"])
    assert not set(ranges("530")["530"]) & set(ranges("700")["700"])
