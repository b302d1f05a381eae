"""A fact as the comparison needs it: the shared `Fact` plus what grouping and judging use."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Fact, FactValue


@dataclass(frozen=True)
class Found:
    """One fact with its grouping keys: `local_key` inside a cluster, `story_key` across clusters."""

    kind: str
    slot: str
    value: str
    text: str
    article: str
    line: int
    local_key: tuple | None
    story_key: tuple | None
    qualifier: str | None = None
    low: float = 0.0  # numbers: the range the wording allows
    high: float = 0.0
    utc_minutes: int | None = None  # times with a known zone
    zone: str | None = None
    subject: str | None = None  # claims: who affirms or denies
    named: bool = True  # claims: about a name, not a thing ("the deal")
    relative: str | None = None  # dates said relatively ("friday"), resolved by the dateline
    unit: str | None = None  # counts: "percent" or a currency, comparable whatever the slot's words
    context: frozenset[str] = frozenset()  # shares and sums: the words of their paragraph, lower-cased
    start: int = -1  # dates and counts: where the words stand in their paragraph
    end: int = -1
    final: bool = False  # counts: told as a final result ("according to the final results")

    def at(self, article: str, line: int) -> Found:
        """The same fact in a copy of its paragraph (what `dataclasses.replace` gives, without
        running the constructor again: copies of one text number in the thousands)."""
        moved = object.__new__(Found)
        moved.__dict__.update(self.__dict__, article=article, line=line)
        return moved

    def fact(self) -> Fact:
        return Fact(self.kind, self.slot, self.value, self.text, self.article, self.line, self.line, self.qualifier)

    def side(self, side: int = 0) -> FactValue:
        moment = self.utc_minutes if self.kind == "time" else None
        return FactValue(self.article, self.line, self.text, self.value, self.qualifier, moment, side)
