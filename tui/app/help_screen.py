"""The help screen on `?`: every key and every marker, read from the key table."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from .keys import BUILT_IN, KEYS, MARKERS
from .paragraph_text import CHANGED_STYLE, CONFLICT_MARK, CONFLICT_STYLE, FACT_STYLES, SEARCH_STYLE, VARIANT_STYLE


def key_table() -> Content:
    """Keys and what they do, as two aligned columns of plain text."""
    rows = [(key.shown, key.help) for key in KEYS] + list(BUILT_IN)
    width = max(len(keys) for keys, _ in rows) + 2
    lines = [Content.assemble((keys.ljust(width), "bold $text-accent"), what) for keys, what in rows]
    lines.append(Content(""))
    lines.append(Content.styled("Markers", "bold"))
    for marker, meaning in MARKERS:
        lines.append(Content.assemble((marker.ljust(width), "bold $text-error" if marker == "≠" else "bold"), meaning))
    lines.append(Content(""))
    lines.append(Content.styled("In the paragraphs", "bold"))
    samples = (
        (f"{CONFLICT_MARK}12", CONFLICT_STYLE, "a value another article contradicts"),
        ("Sergei", VARIANT_STYLE, "a value another article writes differently"),
        ("words", CHANGED_STYLE, "only this article has them here"),
        ("2021-08", FACT_STYLES["date"], "a fact: date, time or number"),
        ("Lavrov", FACT_STYLES["entity"], "a fact: a name"),
        ("storm", SEARCH_STYLE, "what the search found"),
    )
    for sample, style, meaning in samples:
        lines.append(Content.assemble((sample, style), " " * (width - len(sample)), meaning))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Keys of the browser; any of escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "close", show=True)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "storydiff keys"
            box.border_subtitle = "escape closes"
            yield Static(key_table(), id="help-keys")
