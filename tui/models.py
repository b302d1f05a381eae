"""Plain frozen data shared by the engine and the app.

Everything the engine knows about a comparison is in a `Story`; the outputs and
the browser only read it, they never recompute it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FACT_KINDS = ("number", "date", "time", "entity", "claim")
SEVERITIES = ("conflict", "partial", "variant")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article, with the 1-based line it starts on."""

    article: str
    index: int
    line: int
    text: str

    @property
    def key(self) -> tuple[str, int]:
        return (self.article, self.line)


@dataclass(frozen=True)
class Boilerplate:
    """A paragraph judged to be page chrome, kept with the reason why."""

    paragraph: Paragraph
    reason: str


@dataclass(frozen=True)
class Article:
    """One input article: its text split into content and boilerplate."""

    id: str
    name: str
    path: str
    title: str
    published: str | None
    paragraphs: tuple[Paragraph, ...]
    boilerplate: tuple[Boilerplate, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """A short human label: the file name without its extension."""
        stem = self.name.rsplit(".", 1)[0] if "." in self.name else self.name
        return stem or self.id


@dataclass(frozen=True)
class Cluster:
    """Paragraphs of different articles that make the same point."""

    id: int
    members: tuple[Paragraph, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.article for p in self.members))


@dataclass(frozen=True)
class Fact:
    """One fact found in a paragraph, normalised so articles can be compared."""

    kind: str  # one of FACT_KINDS
    slot: str  # what the value is about: "people injured", "recognition of taliban"
    value: str  # normalised: "2389", "2021-08", "13:39", "affirmed", "Sergey Lavrov"
    text: str  # the words as written
    article: str
    line: int  # 1-based source line the fact sits on
    paragraph_line: int  # line of the paragraph it belongs to
    qualifier: str | None = None  # "at least", "more than", "about", ...


@dataclass(frozen=True)
class FactValue:
    """One article's side of a divergence."""

    article: str
    line: int
    text: str
    value: str
    qualifier: str | None = None
    moment: int | None = None  # times: minutes after midnight UTC, when the zone is known
    side: int = 0  # conflicts: values on one side agree with each other, sides disagree


@dataclass(frozen=True)
class Divergence:
    """Where articles disagree, or only some speak, about one slot."""

    kind: str  # one of FACT_KINDS
    severity: str  # one of SEVERITIES
    slot: str
    cluster: int | None  # None when found across clusters
    values: tuple[FactValue, ...]
    silent: tuple[str, ...] = ()  # partial: the articles that could have said it and did not


@dataclass(frozen=True)
class EntityVariant:
    text: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Entity:
    """One real-world name and the spellings the articles use for it."""

    name: str
    kind: str  # "person", "organisation", "place" or "name"
    variants: tuple[EntityVariant, ...]


@dataclass(frozen=True)
class Story:
    """The whole comparison: what every output and screen shows."""

    articles: tuple[Article, ...]
    clusters: tuple[Cluster, ...]
    divergences: tuple[Divergence, ...] = ()
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    threshold: float = 0.0
    notes: tuple[str, ...] = field(default=())

    def article(self, article_id: str) -> Article:
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)

    def divergences_of(self, cluster_id: int) -> tuple[Divergence, ...]:
        return tuple(d for d in self.divergences if d.cluster == cluster_id)
