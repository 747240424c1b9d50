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
from functools import wraps
from pathlib import Path
from typing import Any, Protocol, TypeVar

from reader import __version__

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T", bound=type)


class ErrorReporter(Protocol):
    def report_unexpected(self, error: BaseException) -> None: ...


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


def _reporter(owner: object) -> ErrorReporter | None:
    app = owner if hasattr(owner, "report_unexpected") else getattr(owner, "app", None)
    return app if app is not None and hasattr(app, "report_unexpected") else None


def guarded(method: F) -> F:
    """Run `method`; an exception is reported to the app (`report_unexpected`) instead of raised."""
    if inspect.iscoroutinefunction(method):

        @wraps(method)
        async def run_async(self: object, *args: Any, **kwargs: Any) -> Any:
            try:
                return await method(self, *args, **kwargs)
            except Exception as error:
                reporter = _reporter(self)
                if reporter is None:
                    raise
                reporter.report_unexpected(error)
                return None

        return run_async  # type: ignore[return-value]

    @wraps(method)
    def run(self: object, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as error:
            reporter = _reporter(self)
            if reporter is None:
                raise
            reporter.report_unexpected(error)
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
