"""Run the real engine on a test story and pick divergences out of it."""

from __future__ import annotations

from pathlib import Path

from tui.engine import compare, load_sources
from tui.models import Divergence, Entity, Story

STORIES = Path(__file__).resolve().parent / "stories"


def story(name: str) -> Story:
    loaded = load_sources([str(STORIES / name)])
    assert not loaded.problems, loaded.problems
    return compare(loaded.sources)


def article_id(s: Story, file_name: str) -> str:
    return next(a.id for a in s.articles if a.name == file_name)


def found(s: Story, kind: str, slot: str, severity: str | None = None) -> list[Divergence]:
    """Divergences of a kind whose slot label starts with `slot`."""
    return [
        d for d in s.divergences
        if d.kind == kind and d.slot.startswith(slot) and (severity is None or d.severity == severity)
    ]


def values_by_article(d: Divergence) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for v in d.values:
        out.setdefault(v.article, set()).add(v.value)
    return out


def read_counts(sentence: str) -> list[tuple[str, str | None, str]]:
    """Each count of a sentence as (value, qualifier, slot)."""
    from tui.facts.numbers import find_numbers, plain

    return [(plain(n.value), n.qualifier, n.slot) for n in find_numbers(sentence, [])]


def compare_bodies(*bodies: str, published: str | None = None) -> Story:
    """Articles of one paragraph each (after a headline, and a dateline when given), compared."""
    from tui.loading import Source

    dateline = f"Published {published}\n\n" if published else ""
    texts = [f"Headline {i}\n\n{dateline}{body}\n" for i, body in enumerate(bodies)]
    return compare([Source(f"{i}.txt", f"{i}.txt", t) for i, t in enumerate(texts)])


def claim_conflicts(*bodies: str) -> dict[str, dict[str, str]]:
    """Slot -> article -> value ("affirmed", "negated", "intends"...) of each claim
    divergence between one-paragraph articles; every claim divergence must be a conflict."""
    out = {}
    for d in compare_bodies(*bodies).divergences:
        if d.kind == "claim":
            assert d.severity == "conflict"
            out[d.slot] = {v.article: v.value for v in d.values}
    return out


def entity_written(s: Story, text: str) -> Entity | None:
    """The entity one of whose variants is written `text`."""
    return next((e for e in s.entities if text in {v.text for v in e.variants}), None)


def written_names(s: Story) -> set[str]:
    """Every way the entities table writes a name."""
    return {v.text for e in s.entities for v in e.variants}
