"""Per-document memory: where the reader was and which entity they had picked, by text hash."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

from reader.store.database import Report, open_database

SCHEMA = """
CREATE TABLE IF NOT EXISTS positions (
    text_hash TEXT PRIMARY KEY,
    offset INTEGER NOT NULL,
    entity TEXT,
    seen REAL NOT NULL
);
"""
POSITIONS_FILE = "positions.sqlite3"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class PositionStore:
    """Implements the app's PositionMemory on SQLite; failures are reported once, never raised."""

    def __init__(self, directory: Path, report: Report) -> None:
        self._report = report
        self._reported = False
        self._db = open_database(directory / POSITIONS_FILE, SCHEMA, self._report_once)

    def _report_once(self, message: str) -> None:
        if not self._reported:
            self._reported = True
            self._report(f"reading positions: {message}")

    def load(self, text: str) -> tuple[int, str | None] | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT offset, entity FROM positions WHERE text_hash = ?", (text_hash(text),)
            ).fetchone()
        except sqlite3.Error as error:
            self._report_once(f"cannot read ({error})")
            return None
        if row is None or not isinstance(row[0], int):
            return None
        return row[0], row[1] if isinstance(row[1], str) else None

    def save(self, text: str, offset: int, entity_name: str | None) -> None:
        if self._db is None:
            return
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO positions (text_hash, offset, entity, seen) VALUES (?, ?, ?, ?)",
                (text_hash(text), offset, entity_name, time.time()),
            )
        except sqlite3.Error as error:
            self._report_once(f"cannot write ({error})")
