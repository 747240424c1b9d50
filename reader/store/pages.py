"""Fetched pages, kept so that reopening a URL works offline and at once (`--refresh` fetches again).

Keyed by the URL as asked for and by the final URL after redirects. The newest MAX_PAGES are kept.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from reader.io.fetch import FetchedPage
from reader.store.database import Report, SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    headers TEXT NOT NULL,
    body BLOB NOT NULL,
    fetched REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_by_age ON pages (fetched);
"""
PAGES_FILE = "pages.sqlite3"
MAX_PAGES = 500


class PageStore(SqliteStore):
    """get/put fetched pages by URL; failures are reported once and the reader fetches as if new."""

    def __init__(self, directory: Path, report: Report) -> None:
        super().__init__(directory / PAGES_FILE, SCHEMA, "page store", report)

    def get(self, url: str) -> FetchedPage | None:
        row = self._query("SELECT final_url, headers, body FROM pages WHERE url = ?", (url,))
        if row is None:
            return None
        final_url, headers, body = row
        try:
            decoded = json.loads(headers)
        except (ValueError, TypeError):
            return None  # a damaged row: fetched again and replaced
        if not isinstance(final_url, str) or not isinstance(body, bytes) or not isinstance(decoded, dict):
            return None
        return FetchedPage(final_url, body, {str(k): str(v) for k, v in decoded.items()})

    def put(self, url: str, page: FetchedPage) -> None:
        """Keep `page` under `url` and under its final URL; drop the oldest beyond MAX_PAGES."""
        now = time.time()
        headers = json.dumps(dict(page.headers), ensure_ascii=False)
        for key in dict.fromkeys((url, page.url)):
            self._write(
                "INSERT OR REPLACE INTO pages (url, final_url, headers, body, fetched) VALUES (?, ?, ?, ?, ?)",
                (key, page.url, headers, sqlite3.Binary(page.body), now),
            )
        self._write(
            "DELETE FROM pages WHERE url NOT IN (SELECT url FROM pages ORDER BY fetched DESC LIMIT ?)", (MAX_PAGES,)
        )


def open_user_pages(report: Report) -> PageStore:
    """The page store in the user's cache dir (platformdirs)."""
    from reader.store.paths import cache_dir

    return PageStore(cache_dir(), report)
