"""Per-document memory: where the reader was and which entity they had picked, by text hash."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from reader.store.database import Report, SqliteStore

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


class PositionStore(SqliteStore):
    """Implements the app's PositionMemory on SQLite; failures are reported once, never raised."""

    def __init__(self, directory: Path, report: Report) -> None:
        super().__init__(directory / POSITIONS_FILE, SCHEMA, "reading positions", report)

    def load(self, text: str) -> tuple[int, str | None] | None:
        row = self._query("SELECT offset, entity FROM positions WHERE text_hash = ?", (text_hash(text),))
        if row is None or not isinstance(row[0], int):
            return None
        return row[0], row[1] if isinstance(row[1], str) else None

    def save(self, text: str, offset: int, entity_name: str | None) -> None:
        self._write(
            "INSERT OR REPLACE INTO positions (text_hash, offset, entity, seen) VALUES (?, ?, ?, ?)",
            (text_hash(text), offset, entity_name, time.time()),
        )
