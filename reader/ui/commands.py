"""Ctrl+P: go to an entity or a quote by name (fuzzy), and the view toggles, from the command palette."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

QUOTE_WORDS = 10


class ReaderCommands(Provider):
    """Commands drawn from the article: one per entity and per quote, plus the reader's toggles."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app: ReaderApp = self.app  # type: ignore[assignment]
        document = app.document
        commands: list[tuple[str, Callable[[], object], str]] = []
        for entity in document.entities:
            commands.append(
                (f"Go to entity: {entity.name}", lambda e=entity.id: app.go_to_entity(e), entity.label.lower())
            )
        for index, quote in enumerate(document.quotes):
            words = " ".join(quote.text.split()[:QUOTE_WORDS])
            who = quote.speaker or "unattributed"
            commands.append((f"Go to quote: {who}: {words}", lambda i=index: app.go_to_quote(i), "quote"))
        commands += [
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
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, literal_highlight(matcher, name), callback, text=name, help=help_text)


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
