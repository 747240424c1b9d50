"""`reader A B C`: the reading list. One row per article (title, site, date, words, people, quotes,
read or not, and how far its analysis is); Enter picks one, `i` the index across the articles.

The app only picks: it exits with `choice` (the row, and maybe a place to open at), the command line
opens the reader on it and shows the list again when `l` comes back. The articles are loaded and
analysed by `reader.listing.ReadingList` in its own thread, which tells the app what changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Footer, Static

from reader.io.fetch import is_url
from reader.io.printable import visible_controls
from reader.listing import Entry, ReadingList
from reader.ui.guard import Resilient, guard_handlers, guarded
from reader.ui.handoff import OpenAt
from reader.ui.notices import tell

COLUMNS = ("", "Title", "Site", "Date", "Words", "People", "Quotes", "State")
TITLE_WIDTH = 44


@dataclass(frozen=True, slots=True)
class ListChoice:
    """What the list app exits with: the row to open, and maybe where in the article."""

    row: int
    open_at: OpenAt | None = None


@dataclass
class EntryChanged(Message):
    """Posted from the loader thread: entry `index` changed."""

    index: int

    def can_replace(self, message: Message) -> bool:  # only the latest state of a row matters
        return isinstance(message, EntryChanged) and message.index == self.index


def source_name(source: str) -> str:
    return source if is_url(source) else Path(source).name


def row_cells(entry: Entry, analyse: bool = True) -> list[Text]:
    """The cells of one row, as `Text` (a cell given as `str` would be parsed as markup)."""
    document = entry.document
    mark = Text(" " if entry.read else "●", style="bold")
    title = visible_controls(entry.title if entry.error is None else source_name(entry.source))
    cells = [mark, Text(title, style="" if entry.read else "bold")]
    if document is not None:
        meta = document.article.meta
        cells += [Text(visible_controls(meta.site or _host(document.source))), Text(visible_controls(meta.date or ""))]
        cells.append(Text(f"{len(document.text.split()):,}", justify="right"))
    else:
        cells += [Text(""), Text(""), Text("")]
    if entry.analysed and document is not None:
        people = sum(1 for entity in document.entities if entity.label == "PERSON")
        cells += [Text(str(people), justify="right"), Text(str(len(document.quotes)), justify="right")]
    else:
        cells += [Text(""), Text("")]
    state = visible_controls(short_error(entry) if entry.error else entry.state(analyse))
    style = "red" if entry.error or entry.analysis_error else ("dim" if not entry.settled else "green")
    cells.append(Text(state, style=style))
    return cells


def short_error(entry: Entry) -> str:
    """The row's error without the source the row already names ("no such file", "is binary data …")."""
    error = entry.error or ""
    for name in {entry.source, os.path.abspath(entry.source)}:
        if error.startswith(name):
            error = error[len(name) :].lstrip(": ")
        error = error.replace(f": {name}", "")
    return error


def _host(source: str) -> str:
    if not is_url(source):
        return ""
    from urllib.parse import urlsplit

    return urlsplit(source).hostname or ""


@guard_handlers
class ListApp(Resilient, App[None]):
    """The reading list. Exits with `choice` set (a row to open) or None (`q`)."""

    CSS_PATH = Path(__file__).with_name("reader.tcss")
    TITLE = "reader"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_row", "Open", id="list.open", tooltip="Read the article"),
        Binding("i", "show_index", "Index", id="list.index", tooltip="People and organisations across the articles"),
        Binding("question_mark,f1", "toggle_help", "Keys", id="help", tooltip="Show or hide the keys"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        reading_list: ReadingList,
        *,
        row: int = 0,
        warnings: tuple[str, ...] = (),
        keymap: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.reading_list = reading_list
        self.start_row = row
        self.startup_warnings = warnings
        if keymap:
            self.set_keymap(keymap)
        self.choice: ListChoice | None = None
        self.crash_log: Path | None = None
        self.crash_message: str | None = None
        self.unexpected_errors = 0

    def compose(self) -> ComposeResult:
        yield Static(self._heading(), id="title", markup=False)
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=False)
        yield Static(Text("Enter to read · i for the people across the articles · ? for keys"), id="status")
        yield Footer()

    def _heading(self) -> Text:
        entries = self.reading_list.entries
        heading = Text("Reading list", style="bold")
        readable = [entry for entry in entries if entry.error is None]
        done = sum(1 for entry in readable if entry.settled)
        heading.append(f"  {len(entries)} articles", style="dim")
        if self.reading_list.options.analyse and done < len(readable):
            heading.append(f" · {done} of {len(readable)} analysed", style="dim")
        return heading

    @property
    def table(self) -> DataTable:
        return self.query_one("#articles", DataTable)

    def on_mount(self) -> None:
        table = self.table
        for key, label in enumerate(COLUMNS):
            width = TITLE_WIDTH if label == "Title" else None
            table.add_column(Text(label), key=str(key), width=width)
        analyse = self.reading_list.options.analyse
        for index, entry in enumerate(self.reading_list.entries):
            table.add_row(*row_cells(entry, analyse), key=str(index))
        if self.reading_list.entries:
            table.move_cursor(row=min(self.start_row, len(self.reading_list.entries) - 1), animate=False)
        table.focus()
        for warning in self.startup_warnings:
            tell(self, warning, severity="warning", timeout=8)
        self.reading_list.listener = self._entry_changed
        for index in range(len(self.reading_list.entries)):  # what changed before the listener was set
            self.post_message(EntryChanged(index))
        self.reading_list.start()

    def _entry_changed(self, index: int) -> None:
        """Called from the loader thread; `post_message` is thread-safe."""
        self.post_message(EntryChanged(index))

    def on_entry_changed(self, message: EntryChanged) -> None:
        entry = self.reading_list.entries[message.index]
        table = self.table
        for column, cell in enumerate(row_cells(entry, self.reading_list.options.analyse)):
            table.update_cell(str(message.index), str(column), cell, update_width=column != 1)
        self.query_one("#title", Static).update(self._heading())
        from reader.ui.screens.corpus import IndexScreen

        for screen in self.screen_stack:
            if isinstance(screen, IndexScreen):
                screen.entries_changed()

    @on(DataTable.RowSelected, "#articles")
    @guarded
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_row()

    @on(DataTable.RowHighlighted, "#articles")
    @guarded
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """A bad item's error is longer than its cell: the status line says it whole."""
        entries = self.reading_list.entries
        if 0 <= event.cursor_row < len(entries) and entries[event.cursor_row].error is not None:
            self._set_status(entries[event.cursor_row].error or "")
        else:
            self._set_status("Enter to read · i for the people across the articles · ? for keys")

    def action_open_row(self) -> None:
        if not self.reading_list.entries:
            return
        self.open_row(self.table.cursor_row)

    def open_row(self, row: int, open_at: OpenAt | None = None) -> None:
        """Leave the list for the reader on `row`, unless it cannot be read (the status line says why)."""
        entry = self.reading_list.entries[row]
        if entry.error is not None:
            self._set_status(f"Cannot open {source_name(entry.source)}: {entry.error}")
            return
        if entry.document is None:
            self._set_status(f"{entry.title} is still loading")
            return
        self.choice = ListChoice(row, open_at)
        self.reading_list.listener = None
        self.exit()

    def action_show_index(self) -> None:
        from reader.ui.screens.corpus import IndexScreen

        if len(self.screen_stack) == 1:
            self.push_screen(IndexScreen(self.reading_list))

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    async def action_quit(self) -> None:
        self.reading_list.listener = None
        self.exit()

    def _set_status(self, text: str) -> None:
        self.screen.query_one("#status", Static).update(Text(visible_controls(text)))

    def _remember_position(self) -> None:  # `Resilient` saves the reader's place on a crash; a list has none
        return None
