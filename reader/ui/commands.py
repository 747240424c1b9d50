"""Ctrl+P: go to an entity or a quote by name (fuzzy), and the view toggles, from the command palette.

The provider talks to the app through `PaletteActions`, not by importing it. Before the analysis is
in, it offers one line saying so; when the analysis arrives, an open palette searches again
(`refresh_open_palette`), so the names are there without reopening it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from typing import Any, Protocol

from textual.app import App, SystemCommand
from textual.command import (
    CommandInput,
    CommandList,
    CommandListItem,
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
    SimpleProvider,
)
from textual.content import Content
from textual.fuzzy import Matcher
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widgets import Input

from reader.model.document import Document

QUOTE_WORDS = 10
Command = tuple[str, Callable[[], object], str]


class PaletteActions(Protocol):
    """What the palette needs of the app."""

    document: Document

    def analysis_pending(self) -> str | None:
        """Why there are no entities yet (the analysis is running, failed or off), else None."""

    def go_to_entity(self, entity_id: str) -> None: ...

    def go_to_quote(self, index: int) -> None: ...

    def action_toggle_focus(self) -> None: ...

    def action_toggle_sidebar(self) -> None: ...

    def action_show_removed(self) -> None: ...

    def action_search(self) -> None: ...

    def action_open_source(self) -> None: ...

    def action_edit(self) -> None: ...

    def action_back_to_list(self) -> None: ...


def _nothing() -> None:
    return None


class ReaderCommands(Provider):
    """Commands drawn from the article: one per entity and per quote, plus the reader's toggles."""

    def _commands(self) -> list[Command]:
        app: PaletteActions = self.app  # type: ignore[assignment]
        commands: list[Command] = []
        pending = app.analysis_pending()
        if pending:
            commands.append((f"Go to entity or quote: {pending}", _nothing, "the names appear here when it is done"))
        for entity in app.document.entities:
            commands.append(
                (f"Go to entity: {entity.name}", lambda e=entity.id: app.go_to_entity(e), entity.label.lower())
            )
        for index, quote in enumerate(app.document.quotes):
            words = " ".join(quote.text.split()[:QUOTE_WORDS])
            who = quote.speaker or "unattributed"
            commands.append((f"Go to quote: {who}: {words}", lambda i=index: app.go_to_quote(i), "quote"))
        commands += [
            ("Open the article's page (or the file's folder)", app.action_open_source, "o: in the browser"),
            ("Edit the text in $EDITOR", app.action_edit, "v: at the current paragraph"),
            ("Back to the reading list", app.action_back_to_list, "l: when opened from a list"),
            ("Toggle focus mode", app.action_toggle_focus, "only paragraphs that mention the target"),
            ("Toggle sidebar", app.action_toggle_sidebar, "show or hide the sidebar"),
            ("Show removed text", app.action_show_removed, "what the cleaner removed, and why"),
            ("Search the text", app.action_search, "incremental search"),
        ]
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands()[-4:]:
            yield DiscoveryHit(Content(name), callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        commands = self._commands()
        pending = self.app.analysis_pending()  # type: ignore[attr-defined]
        for position, (name, callback, help_text) in enumerate(commands):
            score = matcher.match(name)
            if pending and position == 0:
                score = max(score, 0.01)  # "No matches" would be wrong: the names are not in yet
            if score > 0:
                yield Hit(score, literal_highlight(matcher, name), callback, text=name, help=help_text)


class ReaderPalette(CommandPalette):
    """Textual's palette, minus a crash: in Textual 8.2.8 paging the command list before its lines are
    laid out (empty, or just refilled as the reader types) raises KeyError in `OptionList._move_page`."""

    def _action_command_list(self, action: str) -> None:
        if self.query_one(CommandList).option_count == 0:
            return
        with suppress(KeyError):  # the list is being refilled: the page key does nothing this once
            super()._action_command_list(action)


class PaletteHost:
    """Mixed into the app before `App`: the reader's palette, with Textual's commands it keeps."""

    def get_system_commands(self: Any, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Of Textual's own commands, the palette keeps Theme and Keys: Quit is `q`, and the rest
        (Screenshot, Maximize) are not the reader's."""
        for command in super().get_system_commands(screen):
            if command.title in ("Theme", "Keys"):
                yield command

    def action_command_palette(self: Any) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(ReaderPalette(id="--command-palette"))

    # Textual's own searches (Theme, from the palette) open a palette too: the same fix for them.
    def search_themes(self: Any) -> None:
        self.push_screen(ReaderPalette(providers=[ThemeProvider], placeholder="Search for themes…"))

    def search_commands(self: Any, commands: Sequence[CommandListItem], placeholder: str = "Search for commands…"):
        return self.push_screen(
            ReaderPalette(providers=[SimpleProvider(self.screen, commands)], placeholder=placeholder)
        )


def refresh_open_palette(app: App[object]) -> None:
    """If the command palette is open, run its search again (the analysis has just come in)."""
    if not CommandPalette.is_open(app):
        return
    palette = app.screen
    for command_input in palette.query(CommandInput):
        command_input.post_message(Input.Changed(command_input, command_input.value))


def literal_highlight(matcher: Matcher, name: str) -> Content:
    """The matched letters in bold. `Matcher.highlight` parses the name as markup; names come from the
    article, so they are taken literally here."""
    content = Content(name)
    score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    if score:
        for offset in offsets:
            if not name[offset].isspace():
                content = content.stylize("bold underline", offset, offset + 1)
    return content
