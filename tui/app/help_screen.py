"""The help screen on `?`: every key and every marker, read from the key table."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from .keys import BUILT_IN, KEYS, MARKERS


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
    lines.append(
        Content.assemble(
            ("words".ljust(width), "$text-warning on $warning-muted"),
            "only this article has them (others say it differently or not at all)",
        )
    )
    lines.append(Content.assemble(("2021-08".ljust(width), "underline $text-accent"), "a fact: date, time or number"))
    lines.append(Content.assemble(("Lavrov".ljust(width), "underline $text-primary"), "a fact: a name"))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Keys of the browser; any of escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "close", show=True)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "storydiff keys"
            box.border_subtitle = "escape closes"
            yield Static(key_table(), id="help-keys")
