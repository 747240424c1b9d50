"""What was opened, and when: the reading list the reader shows when started without an article.

One row per source (a file's absolute path, or a URL), updated on every open; newest first.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from reader.store.database import Report, SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS recent (
    source TEXT PRIMARY KEY,
    title TEXT,
    opened REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS recent_by_time ON recent (opened);
"""
RECENT_FILE = "recent.sqlite3"
MAX_RECENT = 1000


@dataclass(frozen=True, slots=True)
class RecentArticle:
    """One opened article: `source` as `reader` takes it again, its title, when (Unix time)."""

    source: str
    title: str | None
    opened: float


class RecentStore(SqliteStore):
    """The recent-articles list on SQLite in the data dir; failures are reported once, never raised."""

    def __init__(self, directory: Path, report: Report) -> None:
        super().__init__(directory / RECENT_FILE, SCHEMA, "recent articles", report)

    def remember_opened(self, source: str, title: str | None, when: float | None = None) -> None:
        """Note that `source` was opened now (or at `when`); it moves to the top of the list."""
        self._write(
            "INSERT OR REPLACE INTO recent (source, title, opened) VALUES (?, ?, ?)",
            (source, title, time.time() if when is None else when),
        )
        self._write(
            "DELETE FROM recent WHERE source NOT IN (SELECT source FROM recent ORDER BY opened DESC LIMIT ?)",
            (MAX_RECENT,),
        )

    def recent_articles(self, limit: int = 50) -> list[RecentArticle]:
        """The last `limit` articles opened, newest first (empty without a usable store)."""
        if self._db is None or limit <= 0:
            return []
        try:
            rows = self._db.execute(
                "SELECT source, title, opened FROM recent ORDER BY opened DESC, rowid DESC LIMIT ?", (limit,)
            ).fetchall()
        except sqlite3.Error as error:
            self._report_once(f"cannot read ({error})")
            return []
        return [
            RecentArticle(source, title if isinstance(title, str) else None, float(opened))
            for source, title, opened in rows
            if isinstance(source, str) and isinstance(opened, int | float)
        ]

    def forget(self, source: str) -> None:
        """Take `source` off the list (the reading list's delete key)."""
        self._write("DELETE FROM recent WHERE source = ?", (source,))


def open_user_recent(report: Report) -> RecentStore:
    """The recent-articles store in the user's data dir (platformdirs)."""
    from reader.store.paths import data_dir

    return RecentStore(data_dir(), report)
