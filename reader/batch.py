"""`reader --json` over many files: each file read, cleaned and analysed on its own, in worker
processes when there are enough files to pay for a second pipeline load; output stays in order.

A bad file is reported and skipped; a missing model stops the run (every file would fail the same way).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reader.errors import InputError
from reader.io.fetch import DEFAULT_TIMEOUT, is_url
from reader.io.printable import visible_controls
from reader.model.document import Document
from reader.source import read_article
from reader.store.cache import AnalysisCache, open_user_cache
from reader.store.pages import PageStore, open_user_pages

MIN_FILES_PER_PROCESS = 4  # below this, one process: a second spaCy load costs more than it saves


@dataclass(frozen=True, slots=True)
class BatchOptions:
    clean: bool
    analyse: bool
    model: str | None
    max_bytes: int
    use_cache: bool
    timeout: float = DEFAULT_TIMEOUT
    refresh: bool = False  # fetch URLs again instead of taking the stored page
    keep_document: bool = False  # the result holds the Document (for --index) instead of its JSON


@dataclass(frozen=True, slots=True)
class FileResult:
    source: str
    data: dict[str, Any] | None = None  # the JSON object (unless keep_document), None when the file was refused
    error: str | None = None
    exit_code: int = 0
    document: Document | None = None  # with keep_document: the analysed Document

    @property
    def ok(self) -> bool:
        return self.error is None


@lru_cache(maxsize=1)
def _process_cache() -> AnalysisCache:
    """One analysis cache per process, opened on first use (a worker keeps it for all its files)."""
    return open_user_cache(_warn)


@lru_cache(maxsize=1)
def _process_pages() -> PageStore:
    """One page store per process, opened on first use."""
    return open_user_pages(_warn)


def _warn(message: str) -> None:
    print(f"reader: warning: {visible_controls(message)}", file=sys.stderr)


def process_file(source: str, options: BatchOptions) -> FileResult:
    """Everything for one file. Input errors become a result; a model error is raised (it stops the run)."""
    from reader.model.serialize import document_to_dict

    try:
        document = read_article(
            source,
            clean=options.clean,
            max_bytes=options.max_bytes,
            timeout=options.timeout,
            pages=_process_pages() if is_url(source) else None,
            refresh=options.refresh,
        )
    except InputError as error:
        return FileResult(source, error=str(error), exit_code=error.exit_code)
    if options.analyse:
        from reader.store.cached import analyse_with_cache

        cache = _process_cache() if options.use_cache else None
        document = document.with_analysis(analyse_with_cache(document.article, options.model, cache))
    if options.keep_document:
        return FileResult(source, document=document)
    return FileResult(source, data=document_to_dict(document))


def default_jobs(files: int) -> int:
    return 1 if files < 2 * MIN_FILES_PER_PROCESS else max(1, min(os.cpu_count() or 1, files // MIN_FILES_PER_PROCESS))


def process_files(sources: Sequence[str], options: BatchOptions, jobs: int) -> Iterator[FileResult]:
    """Results in the order of `sources`; `jobs` > 1 spreads the files over that many processes."""
    if jobs <= 1 or not options.analyse:
        for source in sources:
            yield process_file(source, options)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(16, len(sources) // (jobs * 4)))
        yield from pool.map(process_file, sources, [options] * len(sources), chunksize=chunk)
