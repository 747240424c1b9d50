"""An unexpected error never takes the article away.

A bug in a key's action, a message handler or the drawing of a line is caught where it happens: the
reader gets one line in the status bar and a toast naming a crash log, and the app keeps running
(Textual would stop the widget's message loop and exit with a screen-high traceback). What still
escapes reaches `ReaderApp._handle_exception`, which saves the position and exits with status 1; the
command line then prints one `reader: …` line naming the log.
"""

from __future__ import annotations

import inspect
import time
import traceback
from collections.abc import Callable
from contextlib import suppress
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from textual.await_complete import AwaitComplete
from textual.command import CommandPalette
from textual.css.query import NoMatches
from textual.message import Message
from textual.worker import WorkerFailed

from reader import __version__
from reader.ui.notices import plain, tell

# More unexpected errors than this in a session and the app stops (something keeps failing).
MAX_UNEXPECTED_ERRORS = 20

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T", bound=type)


def write_crash_log(error: BaseException, directory: Path | None = None) -> Path | None:
    """The traceback (and the analysis process's, if it has one) in a new file; None if it cannot be written."""
    if directory is None:
        from reader.store.paths import state_dir

        directory = state_dir()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    lines = [f"reader {__version__}, {time.strftime('%Y-%m-%d %H:%M:%S')}\n"]
    lines += traceback.format_exception(error)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"crash-{stamp}-{id(error) % 10000:04d}.log"
        path.write_text("".join(lines), encoding="utf-8")
    except OSError:
        return None
    return path


def _report(owner: object, error: Exception) -> None:
    """Hand `error` to the app's `report_unexpected`; re-raise it when there is no app to tell."""
    app = owner if hasattr(owner, "report_unexpected") else getattr(owner, "app", None)
    if app is None or not hasattr(app, "report_unexpected"):
        raise error
    app.report_unexpected(error)


def guarded(method: F) -> F:
    """Run `method`; an exception is reported to the app (`report_unexpected`) instead of raised."""
    if inspect.iscoroutinefunction(method):

        @wraps(method)
        async def run_async(self: object, *args: Any, **kwargs: Any) -> Any:
            try:
                return await method(self, *args, **kwargs)
            except Exception as error:
                _report(self, error)
                return None

        return run_async  # type: ignore[return-value]

    @wraps(method)
    def run(self: object, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as error:
            _report(self, error)
            return None

    return run  # type: ignore[return-value]


def guard_handlers(cls: T) -> T:
    """Guard the class's own `action_*`, `on_*` and `watch_*` methods (Textual finds them by name).

    Handlers registered with `@on` are found when the class is made, so those take `@guarded` under
    their `@on` instead.
    """
    for name, value in list(vars(cls).items()):
        if callable(value) and name.startswith(("action_", "on_", "watch_", "_on_")):
            setattr(cls, name, guarded(value))
    return cls


class Resilient:
    """Mixed into the app before `App`: bugs are reported, not fatal; what is fatal exits cleanly.

    Expects `unexpected_errors`, `crash_log`, `crash_message`, `_set_status` and `_remember_position`.
    """

    def report_unexpected(self: Any, error: BaseException) -> None:
        """A bug: one line in the status bar and a toast naming the crash log; the article stays."""
        self.unexpected_errors += 1
        log = write_crash_log(error)
        where = f"; details in {log}" if log else ""
        line = f"Unexpected error: {type(error).__name__}: {error}{where}"
        if self.unexpected_errors > MAX_UNEXPECTED_ERRORS:
            self._stop_on_error(error, log)
            return
        try:
            self._set_status(line)
            tell(self, line, title="reader hit a bug", severity="error", timeout=8)
        except Exception as reporting:  # the status line itself is broken: stop cleanly
            self._stop_on_error(reporting, log)

    def _handle_exception(self: Any, error: Exception) -> None:
        """What got past the guards: save the position, stop without a traceback, exit status 1.

        A worker's failure does not stop the app's message loop, so it is reported and reading goes on.
        """
        if isinstance(error, WorkerFailed):
            if isinstance(error.error, NoMatches) and not CommandPalette.is_open(self):
                return  # Textual 8.2.8: the palette's search finished after the palette closed; nothing lost
            self.report_unexpected(error.error)
            return
        if self._exception is None:  # as Textual does: run_test() re-raises it for the test
            self._exception = error
            self._exception_event.set()
        self._stop_on_error(error, write_crash_log(error))

    def _stop_on_error(self: Any, error: BaseException, log: Path | None) -> None:
        self.crash_log = log
        self.crash_message = f"{type(error).__name__}: {plain(error)}"
        with suppress(Exception):  # stopping already; the crash log has the first error
            self._remember_position()
        self.exit(return_code=1)

    async def _dispatch_message(self: Any, message: Message) -> None:
        """The app's own messages (keys, bindings, actions of any widget) never stop its message loop."""
        try:
            await super()._dispatch_message(message)
        except Exception as error:
            self.report_unexpected(error)

    def pop_screen(self: Any) -> AwaitComplete:
        """Pop the top screen; a second pop for one screen (two keys queued before it closed) does nothing."""
        if len(self.screen_stack) <= 1:
            return AwaitComplete()
        return super().pop_screen()
