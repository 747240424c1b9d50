"""`r`: the text as loaded, with what the cleaner removed dimmed and the reason beside it.

A reader checks the cleaner here and sees that nothing was lost: every removed line is still shown.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from reader.text.article import CleanArticle
from reader.ui.guard import guard_handlers

REMOVED_STYLE = "dim strike"
REASON_STYLE = "italic reverse"


def removed_view_text(article: CleanArticle) -> Text:
    """The original text with each removal dimmed and labelled `[reason]`; a list when offsets are unknown."""
    original = article.original
    spans = sorted(
        (r for r in article.removed if r.start is not None and r.end is not None),
        key=lambda r: (r.start or 0, r.end or 0),
    )
    if not original or not spans:
        text = Text()
        if not article.removed:
            text.append("The cleaner removed nothing.")
        for removal in article.removed:
            text.append(f" {removal.reason} ", style=REASON_STYLE)
            text.append(" ")
            text.append(removal.text, style=REMOVED_STYLE)
            text.append("\n")
        return text
    text = Text()
    position = 0
    for removal in spans:
        assert removal.start is not None and removal.end is not None
        if removal.start < position:  # nested or repeated removal: already shown
            continue
        text.append(original[position : removal.start])
        text.append(original[removal.start : removal.end], style=REMOVED_STYLE)
        text.append(f" {removal.reason} ", style=REASON_STYLE)
        position = removal.end
    text.append(original[position:])
    return text


@guard_handlers
class RemovedScreen(Screen[None]):
    """The loaded text, removed parts dimmed with their reasons; `r` or Escape goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r,escape", "app.close_removed", "Back to the article", id="removed.back"),
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
    ]

    def __init__(self, article: CleanArticle) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        count = len(self.article.removed)
        heading = Text(f"What the cleaner removed: {count} part{'s' if count != 1 else ''}, dimmed, reason beside each")
        yield Static(heading, id="removed-title", markup=False)
        with VerticalScroll(id="removed-scroll"):
            yield Static(removed_view_text(self.article), id="removed-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#removed-scroll").focus()

    def action_scroll_down(self) -> None:
        self.query_one("#removed-scroll", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#removed-scroll", VerticalScroll).scroll_up(animate=False)
