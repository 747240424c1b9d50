"""The `/` search prompt: incremental, smart-case; Enter accepts, Escape goes back to where you were."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from reader.ui.guard import guard_handlers


@guard_handlers
class SearchBar(Input):
    """A one-line prompt docked at the bottom; the app listens to Changed / Submitted / Cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel search", id="search.cancel")]

    class Cancelled(Message):
        """Escape: drop the search and return to where the reader was."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search (lower case ignores case)…", id=id)

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())

    def on_blur(self) -> None:
        """Tab or a click away from the open prompt keeps the search, as Enter does (no stale prompt)."""
        if self.display:
            self.post_message(self.Submitted(self, self.value))
