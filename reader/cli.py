"""Command line: arguments → load and clean up front (fail fast) → the reader app, or --json / --text.

Exit status: 0 ok, 1 the analysis failed (no model, spaCy error), 2 bad input or usage.
Errors are one line on stderr starting `reader: `; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from reader import __version__
from reader.errors import ReaderError, UsageError
from reader.io.fetch import DEFAULT_TIMEOUT, is_url
from reader.io.load import DEFAULT_MAX_BYTES, STDIN
from reader.io.printable import visible_controls
from reader.model.document import Document
from reader.source import expand_sources, history_key, read_article, read_article_in_stages
from reader.text.language import language_notice


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, our prefix, exit 2 (argparse prints usage too)
        raise UsageError(message) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog="reader",
        description="Read a scraped news article: cleaned text, who and what it is about, who said what.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="article: a text or HTML file, an http(s) URL, or a folder of .txt/.html files; - reads stdin",
    )
    parser.add_argument(
        "--list", metavar="FILE", help="read the articles to open from FILE: one path or URL a line, # comments"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the analysis as JSON (JSON Lines for several files)")
    output.add_argument("--text", action="store_true", help="print the cleaned article (no spaCy load)")
    parser.add_argument(
        "--index",
        action="store_true",
        help="with --json: one object listing the people, organisations and places across all the articles",
    )
    parser.add_argument(
        "--no-clean", action="store_true", help="take the text as given; paragraphs split at blank lines"
    )
    parser.add_argument(
        "--no-analysis", action="store_true", help="cleaning only, no spaCy load (empty entities and quotes)"
    )
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline to use: an installed package name or a path")
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help="refuse inputs larger than N bytes"
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"URLs: give up when connecting or the whole page takes longer (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument("--refresh", action="store_true", help="URLs: fetch again instead of using the stored page")
    parser.add_argument(
        "--no-cache", action="store_true", help="analyse afresh: neither read nor write the analysis cache"
    )
    parser.add_argument("--no-history", action="store_true", help="do not remember or restore the reading position")
    parser.add_argument(
        "--jobs", type=int, metavar="N", help="--json with many files: processes to use (default: the CPU cores)"
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds < 1e6:
        raise argparse.ArgumentTypeError(f"--timeout must be more than 0 seconds, not {value}")
    return seconds


def format_text(document: Document) -> str:
    """The cleaned article as plain text: title, blank line, paragraphs separated by blank lines."""
    body = "\n\n".join(document.text[p.start : p.end] for p in document.paragraphs)
    return f"{document.title or ''}\n\n{body}\n"


def _batch_options(args: argparse.Namespace, *, keep_document: bool = False):
    from reader.batch import BatchOptions

    return BatchOptions(
        clean=not args.no_clean,
        analyse=not args.no_analysis,
        model=args.model,
        max_bytes=args.max_bytes,
        use_cache=not args.no_cache,
        timeout=args.timeout,
        refresh=args.refresh,
        keep_document=keep_document,
    )


def run_json(args: argparse.Namespace, sources: Sequence[str], out: TextIO) -> int:
    """--json: one object for one file, JSON Lines for several, in the order given.

    A bad file is reported on stderr and skipped; the others are still printed. Many files are
    spread over the CPU cores (`--jobs`), each process loading the model once.
    """
    from reader.batch import default_jobs, process_files

    options = _batch_options(args)
    many = len(sources) > 1
    jobs = args.jobs if args.jobs is not None else default_jobs(len(sources))
    status = 0
    for result in process_files(sources, options, jobs):
        if not result.ok:
            _say(str(result.error))  # the message names the file already
            status = max(status, result.exit_code)
            continue
        if many:
            out.write(json.dumps(result.data, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            out.write(json.dumps(result.data, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    return status


def run_index(args: argparse.Namespace, sources: Sequence[str], out: TextIO) -> int:
    """--index --json: analyse every article (the batch path, with the cache), then print one
    object: the articles, and the people, organisations and places across them.

    A bad article is reported on stderr and left out; nothing is printed when none could be read.
    """
    from reader.batch import default_jobs, process_files
    from reader.model.corpus import build_index, index_to_dict

    jobs = args.jobs if args.jobs is not None else default_jobs(len(sources))
    status = 0
    documents: list[Document] = []
    for result in process_files(sources, _batch_options(args, keep_document=True), jobs):
        if not result.ok or result.document is None:
            _say(str(result.error))
            status = max(status, result.exit_code)
            continue
        documents.append(result.document)
    if documents:
        out.write(json.dumps(index_to_dict(build_index(documents)), ensure_ascii=False, indent=2) + "\n")
        out.flush()
    return status


def read_one(args: argparse.Namespace, source: str, report) -> Document:
    """One article for --text, a URL through the page store (opened only for URLs)."""
    return read_article(source, **_reading(args, source, report))


def _reading(args: argparse.Namespace, source: str, report) -> dict[str, object]:
    pages = None
    if is_url(source):
        from reader.store.pages import open_user_pages

        pages = open_user_pages(report)
    return {
        "clean": not args.no_clean,
        "max_bytes": args.max_bytes,
        "timeout": args.timeout,
        "pages": pages,
        "refresh": args.refresh,
    }


def remember_opened(source: str, document: Document, report) -> None:
    """Put the article on the reading list (recent articles, in the user's data dir)."""
    from reader.store.recent import open_user_recent

    recent = open_user_recent(report)
    recent.remember_opened(history_key(source), document.title)
    recent.close()


# An article this short has its cached analysis read before the first frame (milliseconds); a longer
# one shows its text first and reads the cache in the worker.
EARLY_CACHE_CHARS = 200_000


def run_app(args: argparse.Namespace, sources: Sequence[str]) -> int:
    if len(sources) != 1 or args.list is not None:
        from reader.session import run_reading_list

        return run_reading_list(args, sources)  # several articles: the reading list
    source = sources[0]
    warnings: list[str] = []
    # A long text shows its cleaned head at once; the app cleans the rest (`rest`) in the background.
    document, rest = read_article_in_stages(source, **_reading(args, source, warnings.append))
    if not args.no_analysis:
        from reader.nlp.pipeline import check_model

        check_model(args.model)  # no model: one line and exit 1 now, not an empty sidebar later
    if source == STDIN:
        _reattach_terminal()
    from reader.store.cache import open_user_cache
    from reader.ui.app import ReaderApp, spacy_analyser

    cache = None if args.no_cache or args.no_analysis else open_user_cache(warnings.append)
    if cache is not None and rest is None and len(document.text) <= EARLY_CACHE_CHARS:
        from reader.store.cached import cached_analysis

        hit = cached_analysis(document.article, args.model, cache)  # a few ms: the sidebar comes with the text
        if hit is not None:
            document = document.with_analysis(hit)
    memory = None
    if not args.no_history:
        from reader.store.paths import data_dir
        from reader.store.positions import PositionStore

        memory = PositionStore(data_dir(), warnings.append)
        if source != STDIN:
            remember_opened(source, document, warnings.append)
    from reader.ui.keymap import keymap_path, load_keymap

    keymap, keymap_warning = load_keymap(keymap_path())
    if keymap_warning:
        warnings.append(keymap_warning)
    app = ReaderApp(
        document,
        notice=language_notice(document.text),
        keymap=keymap,
        analyser=None if document.is_analysed else spacy_analyser(args.model, cache),
        analyse=not args.no_analysis,
        memory=memory,
        warnings=tuple(warnings),
        rest=rest,
    )
    app.run()
    if app.crash_log is not None or getattr(app, "crash_message", None):
        where = f"; the details are in {app.crash_log}" if app.crash_log else ""
        raise ReaderError(f"unexpected error ({app.crash_message}){where}")
    return app.return_code or 0


def _reattach_terminal() -> None:
    """After reading the article from a pipe, take keys from the terminal (as `less` does)."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError as error:
        raise UsageError(
            "the article came from stdin and there is no terminal to read keys from; use --json or --text"
        ) from error
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - fd 0 now is the terminal


def _say(message: str) -> None:
    """One line on stderr; control characters (from a hostile file name) are shown, not sent."""
    print(f"reader: {visible_controls(message)}", file=sys.stderr)


def _warn(message: str) -> None:
    _say(f"warning: {message}")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.index and not args.json:
            raise UsageError("--index prints JSON: use --index --json")
        if args.index and args.no_analysis:
            raise UsageError("--index needs the analysis; drop --no-analysis")
        sources = expand_sources(args.files, args.list)
        if not sources:
            if args.files or args.list is not None or args.json or args.text:
                raise UsageError("name an article: a FILE, a URL, a folder, or --list FILE")
            from reader.session import run_recent

            return run_recent(args)  # `reader` alone: the recent articles
        if args.text:
            if len(sources) != 1:
                raise UsageError("--text prints one article at a time")
            sys.stdout.write(format_text(read_one(args, sources[0], _warn)))
            return 0
        if args.index:
            return run_index(args, sources, sys.stdout)
        if args.json:
            return run_json(args, sources, sys.stdout)
        return run_app(args, sources)
    except ReaderError as error:
        _say(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `reader --json … | head`: the reader went away; not our error
        sys.stderr.close()
        return 0


def run() -> NoReturn:
    """The `reader` command: `main`, then out at once.

    After a long text the interpreter's own teardown (freeing millions of objects one by one, then
    joining threads) takes longer than the reader took to draw its last screen; the terminal is
    already restored and nothing is left to write, so the process ends without it.
    """
    status = main()
    process = sys.modules.get("reader.nlp.process")
    if process is not None:
        process.stop_running()  # an analysis still parsing when `q` came: it goes too
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader of our output went away, or closed stderr
        pass
    os._exit(status)
