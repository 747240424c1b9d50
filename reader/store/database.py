"""Open a SQLite store that never stops the reader: WAL for two readers at once, a busy timeout for a
locked file, and a corrupt file moved aside and rebuilt (reported once)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

BUSY_TIMEOUT_MS = 2000
OPEN_ATTEMPTS = 5
Report = Callable[[str], None]


def _connect(path: Path, schema: str) -> sqlite3.Connection:
    # One connection, used by the app's analysis worker and then its main thread, never both at once.
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.executescript(schema)
        connection.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def open_database(path: Path, schema: str, report: Report) -> sqlite3.Connection | None:
    """The store at `path`, created if needed. A corrupt file is moved to `*.corrupt` and rebuilt;
    when even that fails (read-only dir, locked for too long), `report` says why and None is returned,
    so the caller carries on without the store."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(OPEN_ATTEMPTS):
            try:
                return _connect(path, schema)
            except sqlite3.OperationalError as error:
                # Two readers creating the file at once: switching to WAL can fail with "locked"
                # without waiting on the busy timeout. Wait and try again before giving up.
                if ("locked" not in str(error) and "busy" not in str(error)) or attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.1 * (attempt + 1))
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            report(f"{path} is locked by another program ({error}); carrying on without it")
            return None
        report(f"{path} was unreadable ({error}); starting a new one")
    except OSError as error:
        report(f"cannot use {path} ({error.strerror or error}); carrying on without it")
        return None
    try:
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{path}{suffix}")
            if old.exists():
                old.replace(Path(f"{path}{suffix}.corrupt"))
        return _connect(path, schema)
    except (sqlite3.Error, OSError) as error:
        report(f"cannot rebuild {path} ({error}); carrying on without it")
        return None


class SqliteStore:
    """A store that reports its first failure (prefixed with `label`) and then carries on without it."""

    def __init__(self, path: Path, schema: str, label: str, report: Report) -> None:
        self._label = label
        self._report = report
        self._reported = False
        self._db = open_database(path, schema, self._report_once)

    def _report_once(self, message: str) -> None:
        if not self._reported:
            self._reported = True
            self._report(f"{self._label}: {message}")

    def _query(self, sql: str, parameters: tuple[object, ...]) -> tuple | None:
        """The first row of a SELECT, or None (no row, no store, or an error, which is reported)."""
        if self._db is None:
            return None
        try:
            return self._db.execute(sql, parameters).fetchone()
        except sqlite3.Error as error:
            self._report_once(f"cannot read ({error})")
            return None

    def _write(self, sql: str, parameters: tuple[object, ...]) -> None:
        if self._db is None:
            return
        try:
            self._db.execute(sql, parameters)
        except sqlite3.Error as error:
            self._report_once(f"cannot write ({error})")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
