"""`i` on the reading list: the people and organisations across its analysed articles
(`reader.model.corpus.build_index`); Enter on one lists the articles it is in and its quotes there,
and Enter on one of those opens the article at that mention or quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from reader.io.printable import visible_controls
from reader.model.corpus import CorpusEntity, CorpusIndex, build_index
from reader.ui.guard import guard_handlers, guarded
from reader.ui.handoff import OpenAt

if TYPE_CHECKING:
    from reader.listing import ReadingList
    from reader.model.document import Document

INDEX_LABELS = frozenset({"PERSON", "ORG"})
LABEL_NAMES = {"PERSON": "person", "ORG": "organisation"}
QUOTE_CHARS = 90


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def entity_summary(entity: CorpusEntity) -> str:
    """`3 articles, 7 mentions, 4 quotes`."""
    return ", ".join(
        (
            _plural(entity.article_count, "article"),
            _plural(entity.mention_count, "mention"),
            _plural(entity.quote_count, "quote"),
        )
    )


class CorpusView:
    """The index over the analysed articles of a reading list, and which list row each came from."""

    def __init__(self, reading_list: ReadingList) -> None:
        analysed = reading_list.documents()
        self.rows = [row for row, _ in analysed]
        self.documents: list[Document] = [document for _, document in analysed]
        self.index: CorpusIndex = build_index(self.documents, labels=INDEX_LABELS)
        self.pending = [entry.title for entry in reading_list.pending()]
        self.total = len(reading_list.entries)

    def heading(self) -> Text:
        text = Text("People and organisations", style="bold")
        if self.pending:
            still = "; ".join(visible_controls(title) for title in self.pending)
            text.append(f"  in {len(self.documents)} of {self.total} articles · still being analysed: {still}")
        else:
            text.append(f"  across {_plural(len(self.documents), 'analysed article')}", style="dim")
        return text


def _cell(value: str, style: str = "", justify: str = "left") -> Text:
    return Text(visible_controls(value), style=style, justify=justify)  # type: ignore[arg-type]


@guard_handlers
class IndexScreen(Screen[None]):
    """Who is in the articles of the list: one row per person or organisation, most articles first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,i", "close", "Back to the list", id="index.back"),
        Binding("enter", "open_entity", "Articles", id="index.open", tooltip="The articles and quotes of this one"),
    ]

    def __init__(self, reading_list: ReadingList) -> None:
        super().__init__()
        self.reading_list = reading_list
        self.view = CorpusView(reading_list)

    def compose(self) -> ComposeResult:
        yield Static(self.view.heading(), id="title")
        yield DataTable(id="index", cursor_type="row")
        yield Static(Text("Enter: the articles and quotes of a name · Escape: back to the list"), id="status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label in ("Name", "Type", "Articles", "Mentions", "Quotes"):
            table.add_column(Text(label), key=label)
        self._fill()
        table.focus()

    def _fill(self, selected: tuple[str, str] | None = None) -> None:
        """The rows afresh; the cursor stays on the name it was on."""
        table = self.query_one(DataTable)
        table.clear()
        for number, entity in enumerate(self.view.index.entities):
            table.add_row(
                _cell(entity.name, "bold"),
                _cell(LABEL_NAMES.get(entity.label, entity.label.lower()), "dim"),
                _cell(_plural(entity.article_count, "article"), justify="right"),
                _cell(_plural(entity.mention_count, "mention"), justify="right"),
                _cell(_plural(entity.quote_count, "quote"), justify="right"),
                key=str(number),
            )
        if not self.view.index.entities:
            why = "no article is analysed yet" if self.view.pending else "no people or organisations found"
            self.query_one("#status", Static).update(Text(f"Nobody to list: {why}"))
        if selected is not None:
            names = [(e.name, e.label) for e in self.view.index.entities]
            if selected in names:
                table.move_cursor(row=names.index(selected), animate=False)
        self.query_one("#title", Static).update(self.view.heading())

    def _selected(self) -> tuple[str, str] | None:
        table = self.query_one(DataTable)
        entities = self.view.index.entities
        if not entities or table.row_count == 0 or not 0 <= table.cursor_row < len(entities):
            return None
        entity = entities[table.cursor_row]
        return entity.name, entity.label

    def entries_changed(self) -> None:
        """An article's analysis came in: count it too."""
        fresh = CorpusView(self.reading_list)
        if fresh.rows != self.view.rows or fresh.pending != self.view.pending:
            selected = self._selected()
            self.view = fresh
            self._fill(selected)

    @on(DataTable.RowSelected, "#index")
    @guarded
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_entity()

    def action_open_entity(self) -> None:
        table = self.query_one(DataTable)
        entities = self.view.index.entities
        if entities and 0 <= table.cursor_row < len(entities):
            self.app.push_screen(AppearancesScreen(self.view, entities[table.cursor_row]))

    def action_close(self) -> None:
        self.app.pop_screen()

    def _set_status(self, text: str) -> None:
        self.query_one("#status", Static).update(Text(visible_controls(text)))


@guard_handlers
class AppearancesScreen(Screen[None]):
    """One person or organisation: each article it is in, and under it the quotes it is the speaker of."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back to the index", id="appearances.back"),
        Binding("enter", "open_place", "Open", id="appearances.open", tooltip="Open the article there"),
    ]

    def __init__(self, view: CorpusView, entity: CorpusEntity) -> None:
        super().__init__()
        self.view = view
        self.entity = entity
        self.places: list[tuple[int, OpenAt]] = []  # per table row: the list row, where to open

    def compose(self) -> ComposeResult:
        heading = Text(visible_controls(self.entity.name), style="bold")
        heading.append(f"  {entity_summary(self.entity)}", style="dim")
        yield Static(heading, id="title")
        yield DataTable(id="appearances", cursor_type="row", show_header=False)
        yield Static(Text("Enter: open the article there · Escape: back to the index"), id="status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(Text("Where"), key="where")
        table.add_column(Text("Count"), key="count")
        for appearance in self.entity.appearances:
            document = self.view.documents[appearance.article]
            row = self.view.rows[appearance.article]
            ids = appearance.entity_ids
            main = max(ids, key=lambda entity_id: len(document.entity(entity_id).mentions))
            title = document.title or document.source
            counts = f"{_plural(appearance.mentions, 'mention')}, {_plural(appearance.quotes, 'quote')}"
            self._add(table, _cell(title, "bold"), _cell(counts, "dim"), row, OpenAt(main))
            for quote in document.quotes:
                if quote.speaker_entity in ids:
                    words = " ".join(quote.text.split())
                    if len(words) > QUOTE_CHARS:
                        words = words[: QUOTE_CHARS - 1].rstrip() + "…"
                    where = OpenAt(quote.speaker_entity, quote_id=quote.id)
                    self._add(table, _cell(f"   “{words}”"), _cell(quote.kind, "dim"), row, where)
        table.focus()

    def _add(self, table: DataTable, where: Text, count: Text, row: int, place: OpenAt) -> None:
        table.add_row(where, count, key=str(len(self.places)))
        self.places.append((row, place))

    @on(DataTable.RowSelected, "#appearances")
    @guarded
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_place()

    def action_open_place(self) -> None:
        table = self.query_one(DataTable)
        if 0 <= table.cursor_row < len(self.places):
            row, place = self.places[table.cursor_row]
            self.app.open_row(row, place)  # type: ignore[attr-defined]

    def action_close(self) -> None:
        self.app.pop_screen()

    def _set_status(self, text: str) -> None:
        self.query_one("#status", Static).update(Text(visible_controls(text)))
