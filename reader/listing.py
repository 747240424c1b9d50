"""A reading list: several articles, loaded, cleaned and analysed one after another in a background
thread, so that the list shows them at once and opening one that is done is instant.

No Textual here: the list app and the reader watch the entries (`Entry`) through a listener the
loader calls from its thread. A bad item (404, binary file) is an entry with its one-line error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.errors import ReaderError
from reader.io.fetch import DEFAULT_TIMEOUT, is_url
from reader.io.load import DEFAULT_MAX_BYTES
from reader.model.document import Document
from reader.nlp.types import Analysis

# progress(done, total) in characters; it raises to stop waiting.
Progress = Callable[[int, int], None]
Report = Callable[[str], None]
WAIT_SECONDS = 0.1


class Stopped(Exception):
    """Raised inside the loader's progress callback once the reading list is closed."""


@dataclass(frozen=True, slots=True)
class ListOptions:
    clean: bool = True
    analyse: bool = True
    model: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    refresh: bool = False
    use_cache: bool = True


class Entry:
    """One article of the list, as the loader has got it so far. Written by the loader thread only."""

    def __init__(self, source: str, title: str | None = None, *, analyse: bool = True) -> None:
        self.source = source
        self.analyse = analyse  # False: loaded and cleaned is all there is to do
        self.known_title = title  # from the recent list, before the article is loaded
        self.document: Document | None = None  # cleaned; analysed once `analysed`
        self.error: str | None = None  # could not be read: the row says why
        self.analysis_error: str | None = None
        self.analysed = False
        self.progress: tuple[int, int] | None = None  # characters analysed, of
        self.read = False

    @property
    def settled(self) -> bool:
        """Nothing more will happen to it: analysed (or loaded, with the analysis off), failed, or unreadable."""
        if self.document is not None and not self.analyse:
            return True
        return self.error is not None or self.analysed or self.analysis_error is not None

    @property
    def title(self) -> str:
        if self.document is not None and self.document.title:
            return self.document.title
        return self.known_title or self.source

    def state(self, analyse: bool = True) -> str:
        """What the row says: `waiting`, `loading`, `analysing 40%`, `ready`, or the error."""
        if self.error is not None:
            return self.error
        if self.document is None:
            return "waiting"
        if self.analysis_error is not None:
            return f"analysis failed: {self.analysis_error}"
        if self.analysed or not analyse:
            return "ready"
        if self.progress is None:
            return "waiting to be analysed"
        done, total = self.progress
        return f"analysing {min(99, done * 100 // total)}%" if total and done else "analysing…"


class ReadingList:
    """The entries and the thread that fills them in: every article loaded first (titles at once),
    then analysed in order, the one the reader is waiting for first (`analysis_of`)."""

    def __init__(
        self,
        sources: Sequence[str],
        options: ListOptions,
        report: Report,
        *,
        titles: Sequence[str | None] | None = None,
        read: Callable[[str], bool] | None = None,
        analyse: Callable[[Document, Progress], Analysis] | None = None,
    ) -> None:
        """`analyse` replaces the cached spaCy analysis (tests); `read` says which sources were read before."""
        titles = titles or [None] * len(sources)
        self.entries = [
            Entry(source, title, analyse=options.analyse) for source, title in zip(sources, titles, strict=True)
        ]
        for entry in self.entries:
            entry.read = bool(read and read(entry.source))
        self.options = options
        self.report = report
        self.listener: Callable[[int], None] | None = None
        self._analyse = analyse
        self._wanted: int | None = None
        self._stopped = threading.Event()
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    # -- the thread ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="reading-list", daemon=True)
            self._thread.start()

    def stop(self, wait: float = 2.0) -> None:
        """Stop loading: a running analysis's child process is stopped within a poll."""
        self._stopped.set()
        with self._changed:
            self._changed.notify_all()
        if self._thread is not None:
            self._thread.join(wait)

    def _run(self) -> None:
        pages = cache = None
        try:
            if any(is_url(entry.source) for entry in self.entries):
                from reader.store.pages import open_user_pages

                pages = open_user_pages(self.report)
            for index, entry in enumerate(self.entries):
                if self._stopped.is_set():
                    return
                self._load(index, entry, pages)
            if not self.options.analyse:
                return
            if self._analyse is None and self.options.use_cache:
                from reader.store.cache import open_user_cache

                cache = open_user_cache(self.report)
            while not self._stopped.is_set():
                index = self._next_to_analyse()
                if index is None:
                    return
                self._analyse_one(index, self.entries[index], cache)
        except Stopped:
            return
        finally:
            for store in (pages, cache):
                if store is not None:
                    store.close()

    def _load(self, index: int, entry: Entry, pages) -> None:
        from reader.source import read_article

        try:
            document = read_article(
                entry.source,
                clean=self.options.clean,
                max_bytes=self.options.max_bytes,
                timeout=self.options.timeout,
                pages=pages if is_url(entry.source) else None,
                refresh=self.options.refresh,
            )
        except ReaderError as error:
            entry.error = str(error)
        except Exception as error:  # a bug on one article must not empty the list
            entry.error = f"unexpected error: {type(error).__name__}: {error}"
        else:
            entry.document = document
        self._notify(index)

    def _next_to_analyse(self) -> int | None:
        wanted = self._wanted
        if wanted is not None and not self.entries[wanted].settled:
            return wanted
        return next((i for i, entry in enumerate(self.entries) if not entry.settled), None)

    def _analyse_one(self, index: int, entry: Entry, cache) -> None:
        assert entry.document is not None

        def progress(done: int, total: int) -> None:
            if self._stopped.is_set():
                raise Stopped
            if entry.progress != (done, total):
                entry.progress = (done, total)
                self._notify(index)

        entry.progress = (0, len(entry.document.text))
        self._notify(index)
        try:
            if self._analyse is not None:
                analysis = self._analyse(entry.document, progress)
            else:
                from reader.store.cached import analyse_with_cache

                analysis = analyse_with_cache(
                    entry.document.article, self.options.model, cache, progress, in_process=True
                )
        except Stopped:
            raise
        except ReaderError as error:
            entry.analysis_error = str(error)
        except Exception as error:  # a bug in one article's analysis: its row says so, the others go on
            entry.analysis_error = f"{type(error).__name__}: {error}"
        else:
            entry.document = entry.document.with_analysis(analysis)
            entry.analysed = True
        self._notify(index)

    def _notify(self, index: int) -> None:
        with self._changed:
            self._changed.notify_all()
        listener = self.listener
        if listener is not None:
            listener(index)

    # -- for the reader --------------------------------------------------------------------------------
    def analysis_of(self, index: int, progress: Progress) -> Analysis:
        """The analysis of entry `index`, waiting for it (it goes first); `progress` may raise to stop waiting."""
        entry = self.entries[index]
        self._wanted = index
        while True:
            if entry.analysed and entry.document is not None and entry.document.analysis is not None:
                return entry.document.analysis
            if entry.analysis_error is not None:
                raise ReaderError(entry.analysis_error)
            if entry.error is not None:
                raise ReaderError(entry.error)
            done, total = entry.progress or (0, 1)
            progress(done, total)
            with self._changed:
                self._changed.wait(WAIT_SECONDS)

    def documents(self) -> list[tuple[int, Document]]:
        """The analysed articles, with their places in the list."""
        return [
            (index, entry.document)
            for index, entry in enumerate(self.entries)
            if entry.analysed and entry.document is not None
        ]

    def pending(self) -> list[Entry]:
        """The articles whose analysis is not in yet (readable ones only)."""
        if not self.options.analyse:
            return []
        return [entry for entry in self.entries if entry.error is None and not entry.settled]
