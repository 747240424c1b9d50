"""The reader app: article pane, sidebar, status line; the analysis runs in a worker.

Workers compute and post messages; handlers here own the state: the target (an entity or a search),
the current span, the jump history. The article view owns the cursor and what is drawn.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Footer, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.errors import ReaderError
from reader.io.printable import visible_controls
from reader.model.cite import cite_quote
from reader.model.document import Document
from reader.model.search import find_matches
from reader.nlp.labels import LABEL_GROUPS
from reader.nlp.types import Analysis
from reader.text.article import CleanArticle
from reader.ui.commands import ReaderCommands
from reader.ui.history import JumpHistory
from reader.ui.widgets.article_view import ArticleView, Highlight
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.sidebar import EntityTree, QuoteTree, Row, Sidebar

if TYPE_CHECKING:
    from reader.store.cache import AnalysisCache

# (article, progress callback(done, total)) -> Analysis. Injected so the app never imports spaCy itself.
Analyser = Callable[[CleanArticle, Callable[[int, int], None]], Analysis]
MEASURE_STEP = 10


def spacy_analyser(model: str | None, cache: AnalysisCache | None = None) -> Analyser:
    """The real analysis, from the cache when it has it; imports spaCy only when it must."""

    def run(article: CleanArticle, progress: Callable[[int, int], None]) -> Analysis:
        from reader.store.cached import analyse_with_cache

        return analyse_with_cache(article, model, cache, progress)

    return run


class AnalysisCancelled(Exception):
    """Raised from the progress callback to stop an analysis nobody is waiting for any more."""


class PositionMemory(Protocol):
    """Where the reader was in a document, kept between sessions (`reader.store.positions`)."""

    def load(self, text: str) -> tuple[int, str | None] | None: ...

    def save(self, text: str, offset: int, entity_name: str | None) -> None: ...


def _start(span: tuple[int, int]) -> int:
    return span[0]


@dataclass(frozen=True, slots=True)
class Search:
    query: str
    matches: tuple[tuple[int, int], ...]


class ReaderApp(App[int]):
    """`reader FILE`: read the cleaned article; move between the mentions of people, places, quotes."""

    CSS_PATH = Path(__file__).with_name("reader.tcss")  # absolute: subclasses elsewhere find it too
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step_target(1)", "Next", id="next", tooltip="Next mention of the target (entity or search)"),
        Binding("N", "step_target(-1)", "Prev", id="previous", tooltip="Previous mention of the target"),
        Binding("right_square_bracket", "step_quote(1)", "Next quote", id="next-quote"),
        Binding("left_square_bracket", "step_quote(-1)", "Prev quote", id="previous-quote", show=False),
        Binding("e", "step_any(1)", "Next entity mention", show=False, id="next-any"),
        Binding("E", "step_any(-1)", "Previous entity mention", show=False, id="previous-any"),
        Binding("asterisk", "target_at_cursor", "Target entity at cursor", show=False, id="star"),
        Binding("slash", "search", "Search", id="search"),
        Binding("ctrl+o,backspace,alt+left", "back", "Back", show=False, id="back"),
        Binding("ctrl+n,alt+right", "forward", "Forward", show=False, id="forward"),
        Binding("g,home", "top", "Top", show=False, id="top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="bottom"),
        Binding("f", "toggle_focus", "Focus", id="focus", tooltip="Only the paragraphs that mention the target"),
        Binding("s", "toggle_sidebar", "Sidebar", show=False, id="sidebar"),
        Binding("y", "copy_quote", "Copy quote", show=False, id="copy-quote"),
        Binding("plus,equals_sign", "wider", "Wider text", show=False, id="wider"),
        Binding("minus", "narrower", "Narrower text", show=False, id="narrower"),
        Binding("r", "show_removed", "Removed", show=False, id="removed", tooltip="What the cleaner removed"),
        Binding("escape", "clear", "Clear", show=False, id="clear"),
        *(
            Binding(
                str(number),
                f"toggle_group('{group.key}')",
                f"Show/hide {group.title}",
                show=False,
                id=f"type-{group.key}",
            )
            for number, group in enumerate(LABEL_GROUPS, start=1)
        ),
        Binding("question_mark,f1", "toggle_help", "Keys", id="help", tooltip="Show or hide the keys"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    @dataclass
    class AnalysisProgress(Message):
        done: int
        total: int

        def can_replace(self, message: Message) -> bool:  # only the latest progress matters
            return isinstance(message, ReaderApp.AnalysisProgress)

    @dataclass
    class AnalysisReady(Message):
        analysis: Analysis

    @dataclass
    class AnalysisFailed(Message):
        error: str

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
    ) -> None:
        """`analyser` replaces the spaCy analysis (tests, cache); `analyse=False` skips it.

        `memory` brings back the position of an earlier session; `notice` is said in the status line
        (for example that the text does not look like English).
        """
        super().__init__()
        self.document = document
        self.analyser = analyser or spacy_analyser(model)
        self.analysis_enabled = analyse
        self.memory = memory
        self.notice = notice
        self.startup_warnings = warnings
        if keymap:
            self.set_keymap(keymap)
        self.target: str | None = None  # the selected entity's id
        self.search: Search | None = None  # the accepted search, when it is the target
        self.current_mention: int | None = None  # index into the target's mentions
        self.current_match: int | None = None  # index into the search's matches
        self.current_quote: int | None = None  # index into document.quotes
        self.hidden_groups: frozenset[str] = frozenset()
        self.focus_mode = False
        self.history = JumpHistory()
        self._before_search: tuple[int, float, Search | None, int | None] | None = None
        self._remembered_entity: str | None = None

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
            self.notify(Text(warning), severity="warning", markup=False, timeout=8)
        self._restore_position()
        if self.analysis_enabled:
            # After the first frame: importing spaCy in the worker holds the GIL for most of a second,
            # and the article must not wait for it.
            self.call_after_refresh(self.analyse)
        else:
            message = "Analysis off (--no-analysis): no entities or quotes"
            self.query_one(Sidebar).show_progress(message)
            self._set_status(message)

    # -- the analysis worker ----------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis", description="Analysing article")
    def analyse(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:  # the reader quit: stop at the next paragraph, don't finish the parse
                raise AnalysisCancelled
            self.post_message(self.AnalysisProgress(done, total))

        try:
            analysis = self.analyser(self.document.article, progress)
        except AnalysisCancelled:
            return
        except ReaderError as error:
            self.post_message(self.AnalysisFailed(str(error)))
            return
        self.post_message(self.AnalysisReady(analysis))

    @on(AnalysisProgress)
    def _show_progress(self, message: AnalysisProgress) -> None:
        text = f"Analysing… {message.done}/{message.total} paragraphs"
        self.query_one(Sidebar).show_progress(text)
        self._set_status(f"{self.notice} · {text}" if self.notice else text)

    @on(AnalysisReady)
    def _show_analysis(self, message: AnalysisReady) -> None:
        self.document = self.document.with_analysis(message.analysis)
        self.view.set_document(self.document)
        self._show_sidebar()
        if self._remembered_entity and self.target is None:
            entity = next((e for e in self.document.entities if e.name == self._remembered_entity), None)
            if entity is not None:
                self._set_target(entity.id)
                return
        entities, quotes = len(self.document.entities), len(self.document.quotes)
        status = f"{entities} entities · {quotes} quotes · Tab to the sidebar, Enter to jump, ? for keys"
        self._set_status(f"{self.notice} · {status}" if self.notice else status)

    @on(Worker.StateChanged)
    def _report_crash(self, event: Worker.StateChanged) -> None:
        """A bug in the analysis (not a ReaderError, which the worker reports itself): say so, keep reading."""
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR:
            self.post_message(self.AnalysisFailed(f"{type(event.worker.error).__name__}: {event.worker.error}"))

    @on(AnalysisFailed)
    def _show_failure(self, message: AnalysisFailed) -> None:
        self.query_one(Sidebar).show_progress(f"Analysis failed: {message.error}")
        self._set_status(f"Analysis failed: {message.error}")
        self.notify(Text(message.error), title="Analysis failed", severity="error", markup=False)

    def _show_sidebar(self) -> None:
        first_speaker = self.target if self.target and self.document.quotes_by(self.target) else None
        self.query_one(Sidebar).show_document(self.document, self.hidden_groups, first_speaker)

    # -- the sidebar and the mouse ----------------------------------------------------------------
    def on_sidebar_entity_highlighted(self, message: Sidebar.EntityHighlighted) -> None:
        if message.entity_id != self.target:
            self._set_target(message.entity_id)

    def on_sidebar_entity_chosen(self, message: Sidebar.EntityChosen) -> None:
        if message.entity_id != self.target:
            self._set_target(message.entity_id)
        self._jump_to_mention(message.index)

    def on_sidebar_quote_chosen(self, message: Sidebar.QuoteChosen) -> None:
        index = next(i for i, quote in enumerate(self.document.quotes) if quote.id == message.quote_id)
        self._jump_to_quote(index)

    def on_article_view_clicked(self, message: ArticleView.Clicked) -> None:
        mention = self.document.mention_at(message.offset)
        if mention is None:
            return
        self._set_target(mention.entity_id)
        index, _ = self.document.next_mention_index(mention.entity_id, mention.start - 1)
        self._go_to_mention(index)

    # -- the target: an entity or a search --------------------------------------------------------
    def _set_target(self, entity_id: str | None) -> None:
        """Make an entity the target of n/N (dropping a search); its mentions are underlined."""
        self.target = entity_id
        self.search = None
        self.current_mention = self.current_match = self.current_quote = None
        if self.focus_mode:
            self._apply_focus_mode()
        quotes = self.query_one(QuoteTree)
        if entity_id is not None and entity_id != quotes.first_speaker and self.document.quotes_by(entity_id):
            quotes.show(self.document, first_speaker=entity_id)  # their quotes first
        self._refresh_highlight()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step_target":
            return True if self.target is not None or self.search is not None else None
        if action in ("step_quote", "copy_quote"):
            return True if self.document.quotes else None
        return True

    def action_step_target(self, step: int) -> None:
        if self.search is not None:
            self._step_match(step)
            return
        if self.target is None:
            self.notify("Pick an entity first (Tab to the sidebar, or * on a name), or search with /", markup=False)
            return
        entity = self.document.entity(self.target)
        if self.current_mention is None:
            offset = self.view.cursor - 1 if step > 0 else self.view.cursor + 1
        else:
            offset = entity.mentions[self.current_mention].start
        index, wrapped = self.document.next_mention_index(self.target, offset, step=step)
        if wrapped:
            self._notify_wrap(step, entity.name)
        self._go_to_mention(index)

    def _step_match(self, step: int) -> None:
        assert self.search is not None
        matches = self.search.matches
        if not matches:
            self.notify(f"No matches for {self.search.query!r}", markup=False)
            return
        index = self._match_from(self.view.cursor, step, after_current=self.current_match is not None)
        wrapped = (step > 0 and index == 0 and matches[0][0] <= self.view.cursor) or (
            step < 0 and index == len(matches) - 1 and matches[-1][0] >= self.view.cursor
        )
        if wrapped:
            self._notify_wrap(step, self.search.query)
        self.current_match = index
        self._move(matches[index][0])

    def _match_from(self, offset: int, step: int, *, after_current: bool) -> int:
        """Index of the match after (or before) `offset`, wrapping; the match at `offset` counts when
        nothing is current yet."""
        assert self.search is not None
        matches = self.search.matches
        if step > 0:
            find = bisect_right if after_current else bisect_left
            index = find(matches, offset, key=_start)
            return index if index < len(matches) else 0
        index = bisect_left(matches, offset, key=_start) - 1
        return index if index >= 0 else len(matches) - 1

    def _notify_wrap(self, step: int, what: str) -> None:
        where = "top" if step > 0 else "bottom"
        self.notify(Text(f"Wrapped to the {where}: {what}"), markup=False, timeout=2)

    def action_target_at_cursor(self) -> None:
        """`*`: the entity under the cursor (or first on its line) becomes the target."""
        view = self.view
        mention = self.document.mention_at(view.cursor)
        if mention is None and view.lines:
            line = view.lines[view.cursor_line]
            found = self.document.next_any_mention(line.start - 1)  # the first mention on the line
            if found is not None and not found[1] and found[0].start < max(line.end, 1):
                mention = found[0]
        if mention is None:
            self.notify("No entity under the cursor", markup=False)
            return
        self._set_target(mention.entity_id)
        index, _ = self.document.next_mention_index(mention.entity_id, mention.start - 1)
        self._go_to_mention(index)

    # -- moving: mentions, quotes, any entity -------------------------------------------------------
    def _jump_to_mention(self, index: int) -> None:
        self.history.record(self.view.cursor)
        self._go_to_mention(index)

    def _go_to_mention(self, index: int) -> None:
        assert self.target is not None
        span = self.document.entity(self.target).mentions[index]
        self.current_mention, self.current_quote = index, None
        self._move(span.start)

    def _jump_to_quote(self, index: int) -> None:
        self.history.record(self.view.cursor)
        self.current_quote, self.current_mention = index, None
        self._move(self.document.quotes[index].start)

    def action_step_quote(self, step: int) -> None:
        if self.current_quote is not None:
            offset = self.document.quotes[self.current_quote].start
        else:
            offset = self.view.cursor - 1 if step > 0 else self.view.cursor + 1
        found = self.document.next_quote_index(offset, step=step)
        if found is None:
            self.notify("No quotes in this article", markup=False)
            return
        index, wrapped = found
        if wrapped:
            self._notify_wrap(step, "quotes")
        self._jump_to_quote(index)

    def action_step_any(self, step: int) -> None:
        """`e`/`E`: the next mention of any entity, as Tab moves through links in w3m."""
        found = self.document.next_any_mention(self.view.cursor, step=step)
        if found is None:
            self.notify("No entities found", markup=False)
            return
        mention, wrapped = found
        if wrapped:
            self._notify_wrap(step, "entities")
        if mention.entity_id != self.target:
            self._set_target(mention.entity_id)
        index, _ = self.document.next_mention_index(mention.entity_id, mention.start - 1)
        self._go_to_mention(index)

    def _move(self, offset: int) -> None:
        self.view.move_cursor(offset)
        self._refresh_highlight()

    def action_top(self) -> None:
        self.history.record(self.view.cursor)
        self.view.move_cursor(0)
        self.view.scroll_home(animate=False, immediate=True)

    def action_bottom(self) -> None:
        self.history.record(self.view.cursor)
        lines = self.view.lines
        self.view.move_cursor(lines[-1].start if lines else 0)
        self.view.scroll_end(animate=False, immediate=True)

    def action_back(self) -> None:
        offset = self.history.back(self.view.cursor)
        if offset is None:
            self.notify("Nothing to go back to", markup=False, timeout=2)
            return
        self._return_to(offset)

    def action_forward(self) -> None:
        offset = self.history.forward(self.view.cursor)
        if offset is None:
            self.notify("Nothing to go forward to", markup=False, timeout=2)
            return
        self._return_to(offset)

    def _return_to(self, offset: int) -> None:
        """Back at an earlier place: if it was a mention of the target or a quote, be on it again."""
        self.current_mention = self.current_quote = self.current_match = None
        if self.target is not None:
            index, wrapped = self.document.next_mention_index(self.target, offset - 1)
            if not wrapped and self.document.entity(self.target).mentions[index].start == offset:
                self.current_mention = index
        if self.current_mention is None:
            found = self.document.next_quote_index(offset - 1)
            if found is not None and not found[1] and self.document.quotes[found[0]].start == offset:
                self.current_quote = found[0]
        self._move(offset)

    # -- search -------------------------------------------------------------------------------------
    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        self._before_search = (self.view.cursor, self.view.scroll_y, self.search, self.current_match)
        bar.value = ""
        bar.display = True
        bar.focus()

    @on(SearchBar.Changed)
    def _search_as_you_type(self, event: SearchBar.Changed) -> None:
        assert self._before_search is not None
        origin = self._before_search[0]
        self.search = Search(event.value, find_matches(self.document.text, event.value))
        self.current_mention = self.current_quote = None
        if self.search.matches:
            self.current_match = self._match_from(origin, +1, after_current=False)
            self.view.move_cursor(self.search.matches[self.current_match][0])
        else:
            self.current_match = None
        self._refresh_highlight()

    @on(SearchBar.Submitted)
    def _accept_search(self, event: SearchBar.Submitted) -> None:
        event.stop()
        self._close_search_bar()
        if not event.value:
            self._cancel_search()
            return
        if self._before_search is not None:
            self.history.record(self._before_search[0])
        self.target = None  # n/N now follow the search
        self._refresh_highlight()

    @on(SearchBar.Cancelled)
    def _cancel_search(self) -> None:
        self._close_search_bar()
        if self._before_search is not None:
            cursor, scroll_y, search, current = self._before_search
            self.search, self.current_match = search, current
            self.view.move_cursor(cursor)
            self.view.scroll_to(y=scroll_y, animate=False, immediate=True)
        self._refresh_highlight()

    def _close_search_bar(self) -> None:
        bar = self.query_one(SearchBar)
        bar.display = False
        self.view.focus()

    def action_clear(self) -> None:
        """Escape: drop the search highlights and the current span."""
        self.search = None
        self.current_match = self.current_quote = self.current_mention = None
        self._refresh_highlight()

    # -- views: focus mode, sidebar, width, type filters ---------------------------------------------
    def action_toggle_focus(self) -> None:
        if not self.focus_mode and self.target is None:
            self.notify("Pick an entity first: focus mode shows the paragraphs that mention it", markup=False)
            return
        self.focus_mode = not self.focus_mode
        self._apply_focus_mode()
        self._refresh_highlight()

    def _apply_focus_mode(self) -> None:
        shown = self.document.paragraphs_mentioning(self.target) if self.focus_mode and self.target else None
        if self.focus_mode and self.target is None:
            self.focus_mode = False
        if shown and self.document.paragraph_index_at(self.view.cursor) not in shown:
            # the cursor's paragraph is left out: put it on the next paragraph that is shown
            here = self.document.paragraph_index_at(self.view.cursor)
            index = next((i for i in shown if i > here), shown[0])
            self.view.cursor = self.document.paragraphs[index].start
        self.view.set_shown_paragraphs(shown)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.query_one(Sidebar)
        sidebar.display = not sidebar.display
        if not sidebar.display and self.focused is not None and self.focused in sidebar.query("*"):
            self.view.focus()

    def action_wider(self) -> None:
        width = self.view.set_measure(self.view.measure + MEASURE_STEP)
        self.notify(f"Text width {width} columns", markup=False, timeout=1.5)

    def action_narrower(self) -> None:
        width = self.view.set_measure(self.view.measure - MEASURE_STEP)
        self.notify(f"Text width {width} columns", markup=False, timeout=1.5)

    def action_toggle_group(self, key: str) -> None:
        group = next(group for group in LABEL_GROUPS if group.key == key)
        self.hidden_groups = self.hidden_groups ^ {key}
        self.view.set_hidden_groups(self.hidden_groups)
        if self.document.is_analysed:
            self._show_sidebar()
        shown = "hidden" if key in self.hidden_groups else "shown"
        self.notify(f"{group.title} {shown}", markup=False, timeout=1.5)

    # -- copy, removed text, help --------------------------------------------------------------------
    def action_copy_quote(self) -> None:
        index = self.current_quote
        if index is None:
            index = self.document.quote_index_at(self.view.cursor)
        if index is None:
            self.notify("Move to a quote first (] or the Quotes list)", markup=False)
            return
        quote = self.document.quotes[index]
        speaker = self.document.entity(quote.speaker_entity) if quote.speaker_entity else None
        citation = cite_quote(quote, speaker)
        self.copy_to_clipboard(citation)
        self.notify(Text(citation), title="Copied", markup=False, timeout=3)

    def action_show_removed(self) -> None:
        from reader.ui.screens.removed import RemovedScreen

        if isinstance(self.screen, RemovedScreen):
            self.pop_screen()
        else:
            self.push_screen(RemovedScreen(self.document.article))

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    async def action_quit(self) -> None:
        self._remember_position()
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
        if self.memory is None:
            return
        name = self.document.entity(self.target).name if self.target else None
        self.memory.save(self.document.text, self.view.cursor, name)

    # -- what the reader sees ---------------------------------------------------------------------
    def _refresh_highlight(self) -> None:
        """Push the selection down to the article view and describe it in the status line."""
        current = speaker = None
        if self.current_quote is not None:
            quote = self.document.quotes[self.current_quote]
            current = (quote.start, quote.end)
            if quote.speaker_mention is not None:
                speaker = (quote.speaker_mention.start, quote.speaker_mention.end)
        elif self.search is not None and self.current_match is not None:
            current = self.search.matches[self.current_match]
        elif self.target is not None and self.current_mention is not None:
            span = self.document.entity(self.target).mentions[self.current_mention]
            current = (span.start, span.end)
        matches = self.search.matches if self.search is not None else ()
        self.view.set_highlight(Highlight(self.target, current, speaker, matches))
        self._set_status(self.status_text())
        self.refresh_bindings()

    def status_text(self) -> str:
        """`Sergei Lavrov · PERSON · mention 2 of 3`, `Quote 2 of 4 · Dmitry Zhirnov`, `match 3 of 14`."""
        parts: list[str] = []
        if self.current_quote is not None:
            quote = self.document.quotes[self.current_quote]
            who = quote.speaker or "unattributed"
            parts.append(f"Quote {self.current_quote + 1} of {len(self.document.quotes)} · {who}")
        elif self.search is not None:
            total = len(self.search.matches)
            if self.current_match is None:
                parts.append(f"/{self.search.query} · no matches" if total == 0 else f"/{self.search.query}")
            else:
                parts.append(f"/{self.search.query} · match {self.current_match + 1} of {total}")
        elif self.target is not None:
            entity = self.document.entity(self.target)
            count = len(entity.mentions)
            if self.current_mention is None:
                parts.append(f"{entity.name} · {entity.label} · {count} mention{'s' if count != 1 else ''}")
            else:
                parts.append(f"{entity.name} · {entity.label} · mention {self.current_mention + 1} of {count}")
        if self.focus_mode and self.target is not None:
            shown = len(self.document.paragraphs_mentioning(self.target))
            parts.append(f"focus: {shown} of {len(self.document.paragraphs)} paragraphs")
        if self.notice:
            parts.append(self.notice)
        return " · ".join(parts)

    def _set_status(self, text: str) -> None:
        self.query_one("#status", Static).update(Text(text))

    # used by the command palette
    def go_to_entity(self, entity_id: str) -> None:
        self._set_target(entity_id)
        self._jump_to_mention(0)
        self.query_one(EntityTree).move_to(Row("entity", entity_id))

    def go_to_quote(self, index: int) -> None:
        self._jump_to_quote(index)
        quote = self.document.quotes[index]
        self.query_one(QuoteTree).move_to(Row("quote", quote.speaker_entity, index, quote.id))
