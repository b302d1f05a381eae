"""The search field that `/` opens at the foot of the browser."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """The `/` search field; escape clears the search and closes it."""

    BINDINGS = [("escape", "cancel", "clear search")]

    class Cancelled(Message):
        """The reader left the search with escape."""

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
