"""`reader A B C` and `reader` alone: the reading list, then the reader on the article picked, then
the list again at that row when `l` comes back, until `q`.

Each screen is its own Textual app run in turn (`ListApp`, `ReaderApp`); the articles are loaded and
analysed once, by one `ReadingList` thread that outlives them, so an article analysed while the
reader was on another opens at once.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from reader.errors import ReaderError, UsageError
from reader.io.load import STDIN
from reader.listing import ListOptions, ReadingList
from reader.source import history_key

RECENT_LIMIT = 50
NO_HISTORY = "name an article: a FILE, a URL, a folder, or --list FILE (no articles opened yet to list)"


def run_recent(args: argparse.Namespace) -> int:
    """`reader` with no article: the recent articles, newest first; none is a usage error (exit 2)."""
    if args.no_history:
        raise UsageError("name an article: a FILE, a URL, a folder, or --list FILE (--no-history: no recent list)")
    from reader.store.recent import open_user_recent

    warnings: list[str] = []
    recent = open_user_recent(warnings.append)
    try:
        articles = recent.recent_articles(RECENT_LIMIT)
    finally:
        recent.close()
    if not articles:
        raise UsageError(NO_HISTORY)
    return run_reading_list(args, [a.source for a in articles], titles=[a.title for a in articles], warnings=warnings)


def run_reading_list(
    args: argparse.Namespace,
    sources: Sequence[str],
    *,
    titles: Sequence[str | None] | None = None,
    warnings: list[str] | None = None,
) -> int:
    """The list ⇄ reader loop. Returns the exit status; a crash in either app raises ReaderError."""
    if STDIN in sources:
        raise UsageError("standard input is read on its own: `reader -` opens it, not in a list")
    if not args.no_analysis:
        from reader.nlp.pipeline import check_model

        check_model(args.model)  # no model: one line and exit 1 now, not a list of failed rows
    from reader.text.language import language_notice
    from reader.ui.app import ReaderApp
    from reader.ui.keymap import keymap_path, load_keymap
    from reader.ui.reading_list import ListApp

    warnings = list(warnings or [])
    keymap, keymap_warning = load_keymap(keymap_path())
    if keymap_warning:
        warnings.append(keymap_warning)
    recent = memory = None
    read_before: set[str] = set()
    if not args.no_history:
        from reader.store.paths import data_dir
        from reader.store.positions import PositionStore
        from reader.store.recent import open_user_recent

        recent = open_user_recent(warnings.append)
        read_before = {article.source for article in recent.recent_articles(10_000)}
        memory = PositionStore(data_dir(), warnings.append)
    options = ListOptions(
        clean=not args.no_clean,
        analyse=not args.no_analysis,
        model=args.model,
        max_bytes=args.max_bytes,
        timeout=args.timeout,
        refresh=args.refresh,
        use_cache=not args.no_cache,
    )
    reported: list[str] = []  # from the loader thread: shown the next time the list opens
    reading = ReadingList(
        sources, options, reported.append, titles=titles, read=lambda source: history_key(source) in read_before
    )
    row, shown = 0, 0
    try:
        while True:
            news, shown = tuple(warnings + reported[shown:]), len(reported)
            warnings = []
            chooser = ListApp(reading, row=row, warnings=news, keymap=keymap)
            chooser.run()
            _check_crash(chooser)
            if chooser.choice is None:
                return chooser.return_code or 0
            row = chooser.choice.row
            entry = reading.entries[row]
            document = entry.document
            assert document is not None  # the list opens loaded articles only
            entry.read = True
            if recent is not None:
                recent.remember_opened(history_key(entry.source), document.title)

            def analyser(article, progress, index=row):
                return reading.analysis_of(index, progress)

            reader = ReaderApp(
                document,
                notice=language_notice(document.text),
                keymap=keymap,
                analyser=analyser,
                analyse=options.analyse,
                memory=memory,
                from_list=True,
                open_at=chooser.choice.open_at,
            )
            reader.run()
            _check_crash(reader)
            if not reader.back_to_list:
                return reader.return_code or 0
    finally:
        reading.stop()
        for store in (recent, memory):
            if store is not None:
                store.close()


def _check_crash(app) -> None:
    if app.crash_log is not None or getattr(app, "crash_message", None):
        where = f"; the details are in {app.crash_log}" if app.crash_log else ""
        raise ReaderError(f"unexpected error ({app.crash_message}){where}")
