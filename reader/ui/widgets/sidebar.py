"""The sidebar: who and what the article is about (entities by type), and who said what (quotes)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.model.document import Document
from reader.nlp.labels import LABEL_GROUPS, group_of
from reader.nlp.types import Entity, Quote

QUOTE_PREVIEW_WORDS = 8


def entity_prompt(entity: Entity) -> Text:
    """One sidebar row: name, mention count, and the first role the article gives."""
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(entity.name)
    row.append(f" {len(entity.mentions)}", style="dim")
    if entity.roles:
        row.append(f" · {entity.roles[0]}", style="italic dim")
    return row


def quote_prompt(quote: Quote) -> Text:
    """One quote row: speaker, then the opening words."""
    words = quote.text.split()
    preview = " ".join(words[:QUOTE_PREVIEW_WORDS]) + ("…" if len(words) > QUOTE_PREVIEW_WORDS else "")
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(quote.speaker or "Unattributed", style="bold" if quote.speaker else "italic dim")
    row.append(": ")
    row.append(f"“{preview}”")
    return row


class EntityList(OptionList):
    """Entities grouped by type, most mentioned first; group titles are disabled rows."""

    def show(self, document: Document) -> None:
        self.clear_options()
        options: list[Option] = []
        for group in LABEL_GROUPS:
            members = [e for e in document.entities if group_of(e.label) is group and e.mentions]
            if not members:
                continue
            members.sort(key=lambda e: (-len(e.mentions), e.mentions[0].start))
            options.append(Option(Text(f"{group.title} ({len(members)})", style="bold"), disabled=True))
            options.extend(Option(entity_prompt(e), id=e.id) for e in members)
        self.add_options(options)
        self._select_first_enabled()

    def _select_first_enabled(self) -> None:
        for index, option in enumerate(self.options):
            if not option.disabled:
                self.highlighted = index
                return


class QuoteList(OptionList):
    """Every quote in text order, with its speaker."""

    def show(self, document: Document) -> None:
        self.clear_options()
        self.add_options(Option(quote_prompt(q), id=q.id) for q in document.quotes)
        if document.quotes:
            self.highlighted = 0


class Sidebar(Vertical):
    """Entities and quotes; fills in when the analysis is ready."""

    @dataclass
    class EntityHighlighted(Message):
        """The cursor in the entity list moved to an entity: make it the target."""

        entity_id: str

    @dataclass
    class EntityChosen(Message):
        """Enter on an entity: jump to its first mention."""

        entity_id: str

    @dataclass
    class QuoteChosen(Message):
        """Enter on a quote: jump to it."""

        quote_id: str

    def compose(self) -> ComposeResult:
        yield Static(Text("Analysing…"), id="analysis-state")
        yield Static(Text("Entities", style="bold"), classes="section-title")
        yield EntityList(id="entities")
        yield Static(Text("Quotes", style="bold"), classes="section-title")
        yield QuoteList(id="quotes")

    def show_progress(self, message: str) -> None:
        state = self.query_one("#analysis-state", Static)
        state.display = True
        state.update(Text(message))

    def show_document(self, document: Document) -> None:
        self.query_one("#analysis-state", Static).display = False
        self.query_one(EntityList).show(document)
        self.query_one(QuoteList).show(document)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Only a reader moving through the list picks a target, not the list filling in.
        if isinstance(event.option_list, EntityList) and event.option.id and event.option_list.has_focus:
            self.post_message(self.EntityHighlighted(event.option.id))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Tabbing into the entity list makes its highlighted row the target."""
        entity_list = self.query_one(EntityList)
        if event.widget is entity_list and entity_list.highlighted is not None:
            option = entity_list.get_option_at_index(entity_list.highlighted)
            if option.id:
                self.post_message(self.EntityHighlighted(option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        if isinstance(event.option_list, EntityList):
            self.post_message(self.EntityChosen(event.option.id))
        else:
            self.post_message(self.QuoteChosen(event.option.id))
