"""Widgets whose change of size needs no second layout of the screen.

Textual lays the screen out, then tells every widget its new size; a widget whose
scrollable size changed asks for another layout, which finds nothing to move but costs
as much as the first (a step through clusters paid for it twice). The widgets here take
their new size without asking: a block of text or a container of them has nothing to
scroll, and the view that scrolls them shows or hides its scrollbar by its own rule,
which lays the screen out again when it must.
"""

from __future__ import annotations

from textual.containers import Container, VerticalScroll
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Static


class SteadyStatic(Static):
    """A `Static` sized by its text, set without a second layout."""

    virtual_size = Reactive(Size(0, 0), layout=False, repaint=False)


class SteadyContainer(Container):
    """A `Container` whose children were placed by the layout that sized it."""

    virtual_size = Reactive(Size(0, 0), layout=False, repaint=False)


class SteadyScroll(VerticalScroll):
    """A `VerticalScroll` whose content height is taken without laying out again."""

    virtual_size = Reactive(Size(0, 0), layout=False, repaint=False)
