"""The reader app: article pane, sidebar, status line; the analysis runs in a worker.

The rules of moving (targets, wrap, focus mode, search, history) are `reader.navigation.Navigator`'s;
this class wires keys to it and draws the answer. Workers compute and post messages; the handlers
here own the state. Every handler is guarded (`reader.ui.guard`): a bug shows one line and the
article stays.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Static

from reader.io.printable import visible_controls
from reader.model.document import Document
from reader.navigation import AnalysisState, Navigator, Outcome
from reader.nlp.labels import LABEL_GROUPS
from reader.text.article import CleanArticle
from reader.ui.analysis import (
    Analyser,
    AnalysisCancelled,
    AnalysisHost,
    AnalysisReady,
    PositionMemory,
    spacy_analyser,
)
from reader.ui.bindings import APP_BINDINGS
from reader.ui.commands import PaletteHost, ReaderCommands
from reader.ui.guard import Resilient, guard_handlers, guarded
from reader.ui.handoff import HandOff, OpenAt
from reader.ui.notices import tell
from reader.ui.progress import ProgressClock
from reader.ui.toasts import install as _clamp_toast_timers
from reader.ui.widgets.article_view import ArticleView, Highlight
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.sidebar import EntityTree, QuoteTree, Row, Sidebar

__all__ = ["AnalysisCancelled", "Analyser", "PositionMemory", "ReaderApp", "spacy_analyser"]
MEASURE_STEP = 10


_clamp_toast_timers()


@guard_handlers
class ReaderApp(AnalysisHost, HandOff, PaletteHost, Resilient, App[int]):
    """`reader FILE`: read the cleaned article; move between the mentions of people, places, quotes."""

    CSS_PATH = Path(__file__).with_name("reader.tcss")  # absolute: subclasses elsewhere find it too
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = APP_BINDINGS

    def __init__(
        self,
        document: Document,
        *,
        model: str | None = None,
        analyser: Analyser | None = None,
        analyse: bool = True,
        memory: PositionMemory | None = None,
        notice: str | None = None,
        warnings: tuple[str, ...] = (),
        keymap: dict[str, str] | None = None,
        rest: Callable[[], CleanArticle | None] | None = None,
        from_list: bool = False,
        open_at: OpenAt | None = None,
    ) -> None:
        """`analyser` replaces the spaCy analysis (tests, cache); `analyse=False` skips it.

        `memory` brings back the position of an earlier session; `notice` is said in the status line
        (for example that the text does not look like English). `from_list`: opened from a reading
        list, which `l` goes back to (`back_to_list`); `open_at`: a mention or quote to open at.
        """
        super().__init__()
        self.document = document
        self.analyser = analyser or spacy_analyser(model)
        self.memory = memory
        self.notice = notice
        self.startup_warnings = warnings
        self.rest = rest  # cleans the rest of a long text; `document` is its cleaned head until then
        if keymap:
            self.set_keymap(keymap)
        state = AnalysisState.RUNNING if analyse else AnalysisState.OFF
        if analyse and document.is_analysed and analyser is None:  # the cache's, read before the app started
            state = AnalysisState.READY
        self.nav = Navigator(document, state)
        self.hidden_groups: frozenset[str] = frozenset()
        self.crash_log: Path | None = None  # set when the app had to stop on an unexpected error
        self.crash_message: str | None = None
        self.unexpected_errors = 0
        self._progress = ProgressClock()
        self._remembered_entity: str | None = None
        self.from_list = from_list
        self.open_at = open_at

    # -- layout ---------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(self._title_text(), id="title", markup=False)
        with Horizontal(id="main"):
            yield ArticleView(self.document, id="article")
            yield Sidebar(id="sidebar")
        yield SearchBar(id="search")
        yield Static(Text("Analysing…"), id="status", markup=False)
        yield Footer()

    def _title_text(self) -> Text:
        title = Text(self.document.title or "(untitled)", style="bold")
        source = self.document.source
        name = "stdin" if source == "-" else visible_controls(Path(source).name)
        title.append(f"  {name}", style="dim")
        meta = self.document.article.meta
        details = [value for value in (meta.author, meta.date, meta.site) if value]
        if details:
            title.append("\n" + " · ".join(details), style="italic")
        return title

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.query_one(SearchBar).display = False
        self.view.focus()
        for warning in self.startup_warnings:
            tell(self, warning, severity="warning", timeout=8)
        if self.rest is not None:  # the analysis and the remembered place wait for the whole text
            self.nav.analysis_note = "cleaning the rest of the text"
            self.query_one(Sidebar).show_progress("Cleaning the rest of the text…")
            self.call_after_refresh(self.clean_rest)
            return
        self._restore_position()
        if self.nav.analysis is AnalysisState.READY:
            self.post_message(AnalysisReady(self.document.analysis))
        elif self.nav.analysis is AnalysisState.RUNNING:
            # After the first frame: the article must not wait for the worker to start.
            self.call_after_refresh(self.analyse)
        else:
            message = "Analysis off (--no-analysis): no entities or quotes"
            self.query_one(Sidebar).show_progress(message)
            self._set_status(message)

    def _show_sidebar(self) -> None:
        target = self.nav.target
        first_speaker = target if target and self.document.quotes_by(target) else None
        self.query_one(Sidebar).show_document(self.document, self.hidden_groups, first_speaker)

    # -- the sidebar and the mouse ----------------------------------------------------------------
    def on_sidebar_entity_highlighted(self, message: Sidebar.EntityHighlighted) -> None:
        if message.entity_id != self.nav.target:
            self._set_target(message.entity_id)

    def on_sidebar_entity_chosen(self, message: Sidebar.EntityChosen) -> None:
        if message.entity_id != self.nav.target:
            self._set_target(message.entity_id)
        self._apply(self.nav.jump_to_mention(self.view.cursor, message.entity_id, message.index))

    def on_sidebar_quote_chosen(self, message: Sidebar.QuoteChosen) -> None:
        index = next(i for i, quote in enumerate(self.document.quotes) if quote.id == message.quote_id)
        self._apply(self.nav.jump_to_quote(self.view.cursor, index))

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        before = self.nav.target
        self._apply(self.nav.mention_at(message.offset))
        if self.nav.target != before:
            self._target_changed()

    # -- keys: each asks the navigator and draws the answer ------------------------------------------
    def _set_target(self, entity_id: str | None) -> None:
        self.nav.set_target(entity_id)
        self._target_changed()
        self._refresh_highlight()

    def _target_changed(self) -> None:
        """The target's quotes first in the Quotes tree; focus mode follows the new target."""
        target = self.nav.target
        quotes = self.query_one(QuoteTree)
        if target is not None and target != quotes.first_speaker and self.document.quotes_by(target):
            quotes.show(self.document, first_speaker=target)
        self._apply_focus_mode()

    def _apply(self, outcome: Outcome) -> None:
        """Move the cursor where the outcome says, light the selection, say what it says."""
        target_before = self.view.highlight.target if self.view.highlight else None
        if outcome.offset is not None:
            self.view.move_cursor(outcome.offset)
        if self.nav.target != target_before:
            self._target_changed()
        self._refresh_highlight()
        if outcome.say:
            if outcome.refused:
                self._set_status(outcome.say)  # the key did nothing: the status line says why
            tell(self, outcome.say, timeout=2 if not outcome.refused else 3)

    def action_step_target(self, step: int) -> None:
        self._apply(self.nav.step_target(self.view.cursor, step))

    def action_step_quote(self, step: int) -> None:
        self._apply(self.nav.step_quote(self.view.cursor, step))

    def action_step_any(self, step: int) -> None:
        self._apply(self.nav.step_any(self.view.cursor, step))

    def action_target_at_cursor(self) -> None:
        view = self.view
        line = view.lines[view.cursor_line] if view.lines else None
        self._apply(self.nav.target_at(view.cursor, (line.start, line.end) if line else None))

    def action_top(self) -> None:
        self._apply(self.nav.jump_to(self.view.cursor, 0))
        self.view.scroll_home(animate=False, immediate=True)

    def action_bottom(self) -> None:
        lines = self.view.lines
        self._apply(self.nav.jump_to(self.view.cursor, lines[-1].start if lines else 0))
        self.view.scroll_end(animate=False, immediate=True)

    def action_back(self) -> None:
        self._apply(self.nav.back(self.view.cursor))

    def action_forward(self) -> None:
        self._apply(self.nav.forward(self.view.cursor))

    # -- search -------------------------------------------------------------------------------------
    def action_search(self) -> None:
        if len(self.screen_stack) > 1:  # `/` over the removed text searches the article: back to it first
            self.action_close_removed()
            if len(self.screen_stack) > 1:
                return
            self.call_after_refresh(self.action_search)
            return
        bar = self.query_one(SearchBar)
        if bar.display:
            bar.focus()
            return
        self.nav.begin_search(self.view.cursor, self.view.scroll_y)
        bar.value = ""
        bar.display = True
        bar.focus()

    @on(SearchBar.Changed)
    @guarded
    def _search_as_you_type(self, event: SearchBar.Changed) -> None:
        self._apply(self.nav.search_for(event.value))

    @on(SearchBar.Submitted)
    @guarded
    def _accept_search(self, event: SearchBar.Submitted) -> None:
        event.stop()
        self._close_search_bar()
        self._go_back_to(self.nav.accept_search(event.value))

    @on(SearchBar.Cancelled)
    @guarded
    def _cancel_search(self) -> None:
        self._close_search_bar()
        self._go_back_to(self.nav.cancel_search())

    def _go_back_to(self, place: tuple[int, float] | None) -> None:
        if place is not None:
            cursor, scroll_y = place
            self.view.move_cursor(cursor)
            self.view.scroll_to(y=scroll_y, animate=False, immediate=True)
        self._refresh_highlight()

    def _close_search_bar(self) -> None:
        self.query_one(SearchBar).display = False
        self.view.focus()

    def action_clear(self) -> None:
        """Escape: drop the search highlights and the current span."""
        self.nav.clear()
        self._refresh_highlight()

    # -- views: focus mode, sidebar, width, type filters ---------------------------------------------
    def action_toggle_focus(self) -> None:
        outcome = self.nav.toggle_focus()
        self._apply_focus_mode()
        self._apply(outcome)

    def _apply_focus_mode(self) -> None:
        shown = self.nav.shown_paragraphs()
        if shown == self.view.shown_paragraphs:
            return  # rewrapping a long text is not free
        cursor = self.nav.cursor_in_focus(self.view.cursor)
        if cursor != self.view.cursor:
            self.view.cursor = cursor
        self.view.set_shown_paragraphs(shown)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(Sidebar)
        sidebar.display = not sidebar.display
        if not sidebar.display and self.focused is not None and self.focused in sidebar.query("*"):
            self.view.focus()

    def action_wider(self) -> None:
        tell(self, f"Text width {self.view.set_measure(self.view.measure + MEASURE_STEP)} columns", timeout=1.5)

    def action_narrower(self) -> None:
        tell(self, f"Text width {self.view.set_measure(self.view.measure - MEASURE_STEP)} columns", timeout=1.5)

    def action_toggle_group(self, key: str) -> None:
        group = next(group for group in LABEL_GROUPS if group.key == key)
        self.hidden_groups = self.hidden_groups ^ {key}
        self.view.set_hidden_groups(self.hidden_groups)
        if self.document.is_analysed:
            self._show_sidebar()
        tell(self, f"{group.title} {'hidden' if key in self.hidden_groups else 'shown'}", timeout=1.5)

    # -- copy, removed text, help --------------------------------------------------------------------
    def action_copy_quote(self) -> None:
        outcome = self.nav.citation(self.view.cursor)
        if outcome.refused:
            self._apply(outcome)
            return
        self.copy_to_clipboard(outcome.say or "")
        tell(self, outcome.say, title="Copied", timeout=3)

    def action_show_removed(self) -> None:
        from reader.ui.screens.removed import RemovedScreen

        if isinstance(self.screen, RemovedScreen):
            self.action_close_removed()
        elif len(self.screen_stack) == 1:  # over the article only, never over the palette or itself
            self.push_screen(RemovedScreen(self.document.article))

    def action_close_removed(self) -> None:
        from reader.ui.screens.removed import RemovedScreen

        if isinstance(self.screen, RemovedScreen) and len(self.screen_stack) > 1:
            self.pop_screen()

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    async def action_quit(self) -> None:
        self._remember_position()
        self.workers.cancel_group(self, "analysis")  # the child process is stopped within a poll
        self.exit()

    # -- per-document memory -----------------------------------------------------------------------
    def _restore_position(self) -> None:
        if self.memory is None:
            return
        remembered = self.memory.load(self.document.text)
        if remembered is None:
            return
        offset, self._remembered_entity = remembered
        if 0 <= offset <= len(self.document.text):
            self.call_after_refresh(self.view.move_cursor, offset)

    def _remember_position(self) -> None:
        if self.memory is None or self.rest is not None:  # positions are kept for the whole text
            return
        name = self.document.entity(self.nav.target).name if self.nav.target else None
        self.memory.save(self.document.text, self.view.cursor, name)

    # -- what the reader sees ---------------------------------------------------------------------
    def _refresh_highlight(self) -> None:
        """Push the selection down to the article view and describe it in the status line."""
        selection = self.nav.selection()
        self.view.set_highlight(Highlight(selection.target, selection.current, selection.speaker, selection.matches))
        self._set_status(self.status_text())
        self.refresh_bindings()

    def status_text(self) -> str:
        """The navigator's status, and the notice about the text (e.g. not English)."""
        return " · ".join(part for part in (self.nav.status(), self.notice) if part)

    def _set_status(self, text: str) -> None:
        self.query_one("#status", Static).update(Text(text))

    # used by the command palette (`reader.ui.commands.PaletteActions`)
    def go_to_entity(self, entity_id: str) -> None:
        self._apply(self.nav.jump_to_mention(self.view.cursor, entity_id, 0))
        self.query_one(EntityTree).move_to(Row("entity", entity_id))

    def go_to_quote(self, index: int) -> None:
        self._apply(self.nav.jump_to_quote(self.view.cursor, index))
        quote = self.document.quotes[index]
        self.query_one(QuoteTree).move_to(Row("quote", quote.speaker_entity, index, quote.id))
