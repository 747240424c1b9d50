"""The reader app: article pane, sidebar, status line; the analysis runs in a worker.

Workers compute and post messages; handlers here own the state (target entity, current span).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Footer, Static
from textual.worker import Worker, WorkerState

from reader.errors import ReaderError
from reader.model.document import Document
from reader.nlp.types import Analysis
from reader.text.article import CleanArticle
from reader.ui.widgets.article_view import ArticleView, Highlight
from reader.ui.widgets.sidebar import Sidebar

# (article, progress callback(done, total)) -> Analysis. Injected so the app never imports spaCy itself.
Analyser = Callable[[CleanArticle, Callable[[int, int], None]], Analysis]


def spacy_analyser(model: str | None) -> Analyser:
    """The real analysis: load the pipeline (cached) and run it. Imports spaCy only when called."""

    def run(article: CleanArticle, progress: Callable[[int, int], None]) -> Analysis:
        from reader.nlp.analyze import analyze
        from reader.nlp.pipeline import load_pipeline

        nlp = load_pipeline(model)
        return analyze(article, nlp, on_progress=progress)

    return run


class ReaderApp(App[int]):
    """`reader FILE`: read the cleaned article; move between the mentions of people, places, quotes."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_mention", "Next mention", id="next-mention", tooltip="Next mention of the selected entity"),
        Binding("N", "previous_mention", "Prev mention", id="previous-mention", tooltip="Previous mention"),
        Binding("question_mark", "toggle_help", "Keys", id="help", tooltip="Show or hide the keys"),
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
    ) -> None:
        """`analyser` replaces the spaCy analysis (tests, other pipelines); `analyse=False` skips it."""
        super().__init__()
        self.document = document
        self.analyser = analyser or spacy_analyser(model)
        self.analysis_enabled = analyse
        self.target: str | None = None  # the selected entity's id
        self.current_mention: int | None = None  # index into the target's mentions
        self.current_quote: int | None = None  # index into document.quotes

    # -- layout ---------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(self._title_text(), id="title", markup=False)
        with Horizontal(id="main"):
            yield ArticleView(self.document, id="article")
            yield Sidebar(id="sidebar")
        yield Static(Text("Analysing…"), id="status", markup=False)
        yield Footer()

    def _title_text(self) -> Text:
        title = Text(self.document.title or "(untitled)", style="bold")
        source = self.document.source
        title.append(f"  {'stdin' if source == '-' else Path(source).name}", style="dim")
        return title

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        if self.analysis_enabled:
            self.analyse()
        else:
            message = "Analysis off (--no-analysis): no entities or quotes"
            self.query_one(Sidebar).show_progress(message)
            self._set_status(message)

    # -- the analysis worker ----------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis", description="Analysing article")
    def analyse(self) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(self.AnalysisProgress(done, total))

        try:
            analysis = self.analyser(self.document.article, progress)
        except ReaderError as error:
            self.post_message(self.AnalysisFailed(str(error)))
            return
        self.post_message(self.AnalysisReady(analysis))

    @on(AnalysisProgress)
    def _show_progress(self, message: AnalysisProgress) -> None:
        text = f"Analysing… {message.done}/{message.total} paragraphs"
        self.query_one(Sidebar).show_progress(text)
        self._set_status(text)

    @on(AnalysisReady)
    def _show_analysis(self, message: AnalysisReady) -> None:
        self.document = self.document.with_analysis(message.analysis)
        self.query_one(ArticleView).set_document(self.document)
        self.query_one(Sidebar).show_document(self.document)
        entities, quotes = len(self.document.entities), len(self.document.quotes)
        self._set_status(f"{entities} entities · {quotes} quotes · Tab to the sidebar, Enter to jump, n/N to move")

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

    # -- selection and navigation ---------------------------------------------------------------
    def on_sidebar_entity_highlighted(self, message: Sidebar.EntityHighlighted) -> None:
        if message.entity_id != self.target:
            self.target = message.entity_id
            self.current_mention = None
            self._refresh_highlight()

    def on_sidebar_entity_chosen(self, message: Sidebar.EntityChosen) -> None:
        self.target = message.entity_id
        self._go_to_mention(0)

    def on_sidebar_quote_chosen(self, message: Sidebar.QuoteChosen) -> None:
        index = next(i for i, quote in enumerate(self.document.quotes) if quote.id == message.quote_id)
        self._go_to_quote(index)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_mention", "previous_mention"):
            return True if self.target is not None else None  # shown dimmed until an entity is picked
        return True

    def action_next_mention(self) -> None:
        self._step_mention(+1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def _step_mention(self, step: int) -> None:
        if self.target is None:
            self.notify("Pick an entity in the sidebar first (Tab, then ↑/↓ and Enter)", markup=False)
            return
        entity = self.document.entity(self.target)
        if self.current_mention is None:
            view = self.query_one(ArticleView)
            offset = view.visible_range[0] - 1 if step > 0 else view.visible_range[1]
        else:
            offset = entity.mentions[self.current_mention].start
        index, wrapped = self.document.next_mention_index(self.target, offset, step=step)
        if wrapped:
            where = "top" if step > 0 else "bottom"
            self.notify(f"Wrapped to the {where}: {entity.name}", markup=False, timeout=2)
        self._go_to_mention(index)

    def _go_to_mention(self, index: int) -> None:
        assert self.target is not None
        span = self.document.entity(self.target).mentions[index]
        self.current_mention = index
        self.current_quote = None
        self.query_one(ArticleView).scroll_to_offset(span.start)
        self._refresh_highlight()

    def _go_to_quote(self, index: int) -> None:
        quote = self.document.quotes[index]
        self.current_quote = index
        self.current_mention = None
        self.query_one(ArticleView).scroll_to_offset(quote.start)
        self._refresh_highlight()

    def _refresh_highlight(self) -> None:
        """Push the selection down to the article view and describe it in the status line."""
        current = speaker = None
        if self.current_quote is not None:
            quote = self.document.quotes[self.current_quote]
            current = (quote.start, quote.end)
            if quote.speaker_mention is not None:
                speaker = (quote.speaker_mention.start, quote.speaker_mention.end)
        elif self.target is not None and self.current_mention is not None:
            span = self.document.entity(self.target).mentions[self.current_mention]
            current = (span.start, span.end)
        self.query_one(ArticleView).set_highlight(Highlight(self.target, current, speaker))
        self._set_status(self.status_text())
        self.refresh_bindings()

    def status_text(self) -> str:
        """`Sergei Lavrov · PERSON · mention 2 of 3`, or the quote being read."""
        if self.current_quote is not None:
            quote = self.document.quotes[self.current_quote]
            who = quote.speaker or "unattributed"
            return f"Quote {self.current_quote + 1} of {len(self.document.quotes)} · {who}"
        if self.target is None:
            return ""
        entity = self.document.entity(self.target)
        count = len(entity.mentions)
        if self.current_mention is None:
            return f"{entity.name} · {entity.label} · {count} mention{'s' if count != 1 else ''}"
        return f"{entity.name} · {entity.label} · mention {self.current_mention + 1} of {count}"

    def _set_status(self, text: str) -> None:
        self.query_one("#status", Static).update(Text(text))
