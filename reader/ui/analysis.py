"""The analysis as the app sees it: a worker thread that asks an `Analyser` (the cache, or spaCy in
a child process) and posts messages; handlers that fill the sidebar. Mixed into `ReaderApp`.

Handlers are found by name (`on_analysis_ready`), so the mixin needs no Textual metaclass.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from textual import work
from textual.message import Message
from textual.worker import Worker, WorkerState, get_current_worker

from reader.errors import ReaderError
from reader.model.document import Document
from reader.navigation import AnalysisState
from reader.nlp.types import Analysis
from reader.text.article import CleanArticle
from reader.ui.commands import refresh_open_palette
from reader.ui.guard import guard_handlers, write_crash_log
from reader.ui.notices import tell
from reader.ui.widgets.sidebar import Sidebar

if TYPE_CHECKING:
    from reader.store.cache import AnalysisCache

# (article, progress(done, total) in characters) -> Analysis. Injected so the app never imports spaCy.
# `progress` raises AnalysisCancelled once the reader has quit.
Analyser = Callable[[CleanArticle, Callable[[int, int], None]], Analysis]


def spacy_analyser(model: str | None, cache: AnalysisCache | None = None) -> Analyser:
    """The real analysis, from the cache when it has it, else in a child process (quitting never waits)."""

    def run(article: CleanArticle, progress: Callable[[int, int], None]) -> Analysis:
        from reader.store.cached import analyse_with_cache

        return analyse_with_cache(article, model, cache, progress, in_process=True)

    return run


class AnalysisCancelled(Exception):
    """Raised from the progress callback to stop an analysis nobody is waiting for any more."""


class PositionMemory(Protocol):
    """Where the reader was in a document, kept between sessions (`reader.store.positions`)."""

    def load(self, text: str) -> tuple[int, str | None] | None: ...

    def save(self, text: str, offset: int, entity_name: str | None) -> None: ...


@dataclass
class AnalysisProgress(Message):
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:  # only the latest progress matters
        return isinstance(message, AnalysisProgress)


@dataclass
class AnalysisReady(Message):
    analysis: Analysis


@dataclass
class AnalysisPartial(Message):
    """The entities of the part of a long text parsed so far (`done` of `total` characters)."""

    analysis: Analysis
    done: int
    total: int


@dataclass
class AnalysisFailed(Message):
    error: str


@dataclass
class RestCleaned(Message):
    """The whole of a long text, cleaned; its head is what the reader has been reading."""

    article: CleanArticle | None


@dataclass
class RestFailed(Message):
    error: Exception


@guard_handlers
class AnalysisHost:
    """The worker and its handlers. Expects the app's `document`, `nav`, `view`, `analyser`, `notice`."""

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis", description="Analysing article")
    def analyse(self: Any) -> None:
        worker = get_current_worker()
        last: list[object] = [None, 0.0]  # what was said, and when

        def progress(done: int, total: int, partial: Analysis | None = None) -> None:
            if worker.is_cancelled:  # the reader quit: stop now, don't finish the parse
                raise AnalysisCancelled
            if partial is not None:
                self.post_message(AnalysisPartial(partial, done, total))
                return
            now = time.monotonic()
            if (done, total) != last[0] or now - last[1] >= 1:  # new figures, or the time left moved on
                last[:] = [(done, total), now]
                self.post_message(AnalysisProgress(done, total))

        try:
            analysis = self.analyser(self.document.article, progress)
        except AnalysisCancelled:
            return
        except ReaderError as error:
            self.post_message(AnalysisFailed(str(error)))
            return
        self.post_message(AnalysisReady(analysis))

    def clean_rest(self: Any) -> None:
        """Clean the rest of a long text on a daemon thread: quitting never waits for it (the text is
        cleaned in parts of about 20,000 words, so the thread yields to the reader's keys often)."""
        rest = self.rest

        def run() -> None:
            try:
                article = rest()
            except Exception as error:  # a bug in the cleaner: the head stays readable
                self.post_message(RestFailed(error))
                return
            self.post_message(RestCleaned(article))

        threading.Thread(target=run, name="reader-clean-rest", daemon=True).start()

    def on_rest_cleaned(self: Any, message: RestCleaned) -> None:
        if message.article is not None:  # the same text from the start: every place in the head stays
            self.document = Document(self.document.source, message.article)
            self.nav.document = self.document
            self.view.set_document(self.document)
        self.rest = None
        self.nav.analysis_note = ""
        self._restore_position()
        if self.nav.analysis is AnalysisState.RUNNING:
            self.query_one(Sidebar).show_progress("Analysing…")
            self.analyse()
        else:
            self.query_one(Sidebar).show_progress("Analysis off (--no-analysis): no entities or quotes")

    def on_rest_failed(self: Any, message: RestFailed) -> None:
        self.rest = None
        self.report_unexpected(message.error)
        self.post_message(AnalysisFailed("the rest of the text could not be cleaned; the part shown is all there is"))

    def on_analysis_progress(self: Any, message: AnalysisProgress) -> None:
        text = self._progress.describe(message.done, message.total)
        self.nav.analysis_note = text.removeprefix("Analysing… ")
        if self.nav.analysis is AnalysisState.PARTIAL:
            text += "\nPartial: the entities so far; quotes come at the end"
        self.query_one(Sidebar).show_progress(text)
        if not self.nav.status():  # the reader's place says more than the progress
            self._set_status(f"{self.notice} · {text}" if self.notice else text)

    def on_analysis_partial(self: Any, message: AnalysisPartial) -> None:
        """A long text's entities so far: usable at once, the sidebar saying they are partial."""
        if self.nav.analysis not in (AnalysisState.RUNNING, AnalysisState.PARTIAL):
            return  # the whole analysis is in (or failed) already
        self.document = self.document.with_analysis(message.analysis)
        self.nav.set_document(self.document, partial=True)
        self.view.set_document(self.document)
        self._show_sidebar()
        share = 100 * message.done // max(1, message.total)
        self.query_one(Sidebar).show_progress(
            f"{self._progress.describe(message.done, message.total)}\nPartial: the entities of the first {share}%; quotes come at the end"
        )
        self._refresh_highlight()
        refresh_open_palette(self)

    def on_analysis_ready(self: Any, message: AnalysisReady) -> None:
        self.document = self.document.with_analysis(message.analysis)
        self.nav.set_document(self.document)
        self.view.set_document(self.document)
        self._show_sidebar()
        refresh_open_palette(self)
        if self._remembered_entity and self.nav.target is None:
            entity = next((e for e in self.document.entities if e.name == self._remembered_entity), None)
            if entity is not None:
                self._set_target(entity.id)
                return
        if self.nav.target is not None:  # chosen among a long text's partial entities: still it
            self._refresh_highlight()
            return
        entities, quotes = len(self.document.entities), len(self.document.quotes)
        status = f"{entities} entities · {quotes} quotes · Tab to the sidebar, Enter to jump, ? for keys"
        self._set_status(f"{self.notice} · {status}" if self.notice else status)

    def on_worker_state_changed(self: Any, event: Worker.StateChanged) -> None:
        """A bug in the analysis (not a ReaderError, which the worker reports itself): say so, keep reading."""
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR and event.worker.error:
            log = write_crash_log(event.worker.error)
            where = f" (details in {log})" if log else ""
            self.post_message(AnalysisFailed(f"{type(event.worker.error).__name__}: {event.worker.error}{where}"))

    def on_analysis_failed(self: Any, message: AnalysisFailed) -> None:
        self.nav.analysis, self.nav.analysis_note = AnalysisState.FAILED, message.error
        self.query_one(Sidebar).show_progress(f"Analysis failed: {message.error}")
        self._set_status(f"Analysis failed: {message.error}")
        tell(self, message.error, title="Analysis failed", severity="error", timeout=8)
        refresh_open_palette(self)

    def analysis_pending(self: Any) -> str | None:
        """For the palette: why there are no entities yet, or None."""
        state = self.nav.analysis
        if state is AnalysisState.PARTIAL:
            return None  # the entities so far are there to find
        if state is AnalysisState.RUNNING:
            return f"the analysis is still running ({self.nav.analysis_note or 'starting'})"
        if state is AnalysisState.FAILED:
            return "the analysis failed"
        return "the analysis is off (--no-analysis)" if state is AnalysisState.OFF else None
