"""The analysis in a child process: the reader stays responsive, quitting never waits for spaCy,
and a long text is parsed on every core.

A thread cannot be stopped, and asyncio waits for its executor threads when the app exits, so an
analysis in a thread holds `q` until spaCy finishes importing or parsing. A process can be
terminated at once. The child is a fresh interpreter (`python -m reader.nlp.process`), not a fork
of the app's threads (which can deadlock); it parses on its own main thread, where
`parse.processes_for` may use several processes. Messages are pickles on its stdout; its stderr
(spaCy's warnings) goes to a temporary file, so it never writes over the reader's screen.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from reader.errors import AnalysisError, ReaderError

if TYPE_CHECKING:
    from reader.nlp.types import Analysis
    from reader.text.article import CleanArticle

# progress(done, total) in characters of the article; it may raise to cancel the analysis. For a
# long text it is also called as progress(done, total, partial): `partial` is an Analysis with the
# entities of the part parsed so far and no quotes.
Progress = Callable[..., None]
# A long text sends the entities parsed so far, first after PARTIAL_FIRST_SECONDS, then at least
# PARTIAL_EVERY_SECONDS apart and spaced so that working them out (which holds up the parse: the
# parser processes wait for this one) costs at most PARTIAL_COST_SHARE of the time between two.
PARTIAL_MIN_CHARS = 400_000
PARTIAL_FIRST_SECONDS = 15.0
PARTIAL_EVERY_SECONDS = 60.0
PARTIAL_COST_SHARE = 0.05
POLL_SECONDS = 0.05
_SEND_EVERY_SECONDS = 0.1
_STDERR_TAIL = 2000
_ORPHAN_POLL_SECONDS = 0.5
_PARENT_ENV = "READER_ANALYSIS_PARENT"  # the reader's pid, set before the child starts


_RUNNING: set[subprocess.Popen[bytes]] = set()


def stop_running() -> None:
    """Kill every analysis process still running (the reader is leaving without waiting for them)."""
    for child in list(_RUNNING):
        _stop(child)


def analyse_in_process(article: CleanArticle, model: str, progress: Progress | None = None) -> Analysis:
    """`nlp.analyze.analyze` of `article` with pipeline `model`, run in a child process.

    `progress` is called every POLL_SECONDS with the characters parsed so far; an exception it raises
    (the reader quit) stops the child at once and propagates. A failure in the child comes back as
    the same `ReaderError`, or as an `AnalysisError` naming the unexpected exception.
    """
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "reader.nlp.process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            close_fds=True,
            start_new_session=True,  # its own process group: spaCy's parser processes go with it
            env={**os.environ, _PARENT_ENV: str(os.getpid())},
        )
        assert child.stdin is not None and child.stdout is not None
        _RUNNING.add(child)
        try:
            pickle.dump((article, model), child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            child.stdin.close()
            return _receive(child, child.stdout, errors, len(article.text), progress)
        except BrokenPipeError:
            raise AnalysisError(f"the analysis process stopped at once{_tail(errors)}") from None
        finally:
            _stop(child)
            _RUNNING.discard(child)


def _receive(
    child: subprocess.Popen[bytes], stdout: IO[bytes], errors: IO[bytes], total: int, progress: Progress | None
) -> Analysis:
    done = 0
    with selectors.DefaultSelector() as selector:
        selector.register(stdout, selectors.EVENT_READ)
        while True:
            if stdout.closed:
                # `stop_running` closed the pipe while this thread waited in `select`, which then
                # never reports it again: without this, the thread would poll for ever
                raise AnalysisError("the analysis was stopped")
            if progress is not None:
                progress(done, total)
            try:
                if not selector.select(POLL_SECONDS):
                    continue
                kind, *payload = pickle.load(stdout)
            except (ValueError, OSError):
                if not stdout.closed:
                    raise
                # `stop_running` closed the pipe under us (the reader is leaving)
                raise AnalysisError("the analysis was stopped") from None
            except (EOFError, pickle.UnpicklingError):
                child.wait(1)
                raise AnalysisError(
                    f"the analysis process stopped unexpectedly (exit status {child.returncode}){_tail(errors)}"
                ) from None
            if kind == "progress":
                done = payload[0]
            elif kind == "partial":
                done, partial = payload
                if progress is not None:
                    progress(done, total, partial)
            elif kind == "done":
                return payload[0]
            elif kind == "error":
                error_type, message = payload
                raise error_type(message)
            else:  # "crash": a bug in the analysis
                raise AnalysisError(payload[0]) from ChildTraceback(payload[1])


class ChildTraceback(Exception):
    """The traceback of an unexpected exception in the analysis process, kept for the crash log."""


def _tail(errors: IO[bytes]) -> str:
    errors.seek(0, os.SEEK_END)
    errors.seek(max(0, errors.tell() - _STDERR_TAIL))
    lines = errors.read().decode("utf-8", "replace").strip().splitlines()
    return f": {lines[-1]}" if lines else ""


def _stop(child: subprocess.Popen[bytes]) -> None:
    """Kill the child and the parser processes it started, at once: nothing of theirs is kept."""
    if child.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    else:  # it ended by itself; its parser processes may not have
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signal.SIGKILL)
    if child.stdout is not None:
        child.stdout.close()


def _send(out: IO[bytes], message: tuple[Any, ...]) -> None:
    pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def child_main(stdin: IO[bytes], out: IO[bytes]) -> None:
    """In the child: read (article, model), load, parse, send progress in characters, then the result."""
    article, model = pickle.load(stdin)
    ends = [paragraph.end for paragraph in article.paragraphs]
    last_sent = 0.0

    def on_progress(done: int, total: int) -> None:
        nonlocal last_sent
        now = time.monotonic()
        if done < total and now - last_sent < _SEND_EVERY_SECONDS:
            return
        last_sent = now
        _send(out, ("progress", ends[done - 1] if 0 < done <= len(ends) else 0))

    next_partial = time.monotonic() + PARTIAL_FIRST_SECONDS

    def on_parsed(parsed: list) -> None:
        nonlocal next_partial
        if time.monotonic() < next_partial or len(parsed) == len(ends):
            return
        began = time.monotonic()
        partial = partial_entities(article, parsed, nlp)
        _send(out, ("partial", parsed[-1].end, partial))
        took = time.monotonic() - began
        next_partial = time.monotonic() + max(PARTIAL_EVERY_SECONDS, took / PARTIAL_COST_SHARE)

    try:
        from reader.nlp.analyze import analyze, partial_entities
        from reader.nlp.pipeline import load_pipeline

        nlp = load_pipeline(model)
        long_text = len(article.text) >= PARTIAL_MIN_CHARS
        analysis = analyze(article, nlp, on_progress=on_progress, on_parsed=on_parsed if long_text else None)
        _send(out, ("done", analysis))
    except ReaderError as error:
        _send(out, ("error", type(error), str(error)))
    except BrokenPipeError:  # the reader went away: nobody to tell
        pass
    except Exception as error:
        _send(out, ("crash", f"{type(error).__name__}: {error}", traceback.format_exc()))


def _leave_with(parent: int) -> None:
    """Kill this process group (the child and its parser processes) once `parent` is gone.

    The reader may end without stopping us: its terminal closed (SIGHUP), or it was killed. An
    orphan would parse on for minutes and keep its memory. Polled, because the reader's threads
    rule out `prctl(PR_SET_PDEATHSIG)` from a `preexec_fn`.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_ORPHAN_POLL_SECONDS)
        os.killpg(os.getpgid(0), signal.SIGKILL)

    threading.Thread(target=watch, name="reader-orphan-watch", daemon=True).start()


if __name__ == "__main__":
    _leave_with(int(os.environ.get(_PARENT_ENV, os.getppid())))
    # The pickles need the real stdout; anything printed by a library goes to stderr instead.
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    child_main(sys.stdin.buffer, channel)
    channel.close()
