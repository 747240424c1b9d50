"""The analysis cache: a reopen of the same text with the same model needs no spaCy at all.

Keyed by a hash of the cleaned text, the model's name and version, and a fingerprint of the analysis
code itself (so a new version of `reader` never serves results of the old rules). A corrupt or
outdated row is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import time
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from reader import __version__
from reader.nlp.types import Analysis
from reader.store.codec import decode_analysis, encode_analysis
from reader.store.database import Report, SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    analysis TEXT NOT NULL,
    stored REAL NOT NULL
);
"""
CACHE_FILE = "analyses.sqlite3"


@lru_cache(maxsize=1)
def analysis_fingerprint() -> str:
    """A hash of the analysis code (reader/nlp, and the cleaner's line rules it reads to tell a
    related-story headline) and the reader version: any change makes a new key."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent
    nlp_dir = package / "nlp"
    for path in [*sorted(nlp_dir.rglob("*.py")), package / "text" / "boilerplate.py"]:
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_identity(name: str) -> str:
    """`name@version` of a pipeline, read without importing spaCy (package metadata or meta.json)."""
    path = Path(name)
    if path.exists():
        meta = path / "meta.json"
        stamp = meta.stat().st_mtime_ns if meta.exists() else path.stat().st_mtime_ns
        return f"{path.resolve()}@{stamp}"
    try:
        return f"{name}@{metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name}@unknown"


def cache_key(text: str, model: str) -> str:
    digest = hashlib.sha256()
    for part in (text, model_identity(model), analysis_fingerprint()):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class AnalysisCache(SqliteStore):
    """get/put analyses by key; every failure is reported once and the reader carries on uncached."""

    def __init__(self, directory: Path, report: Report) -> None:
        super().__init__(directory / CACHE_FILE, SCHEMA, "analysis cache", report)

    def get(self, key: str) -> Analysis | None:
        row = self._query("SELECT analysis FROM analyses WHERE key = ?", (key,))
        if row is None:
            return None
        try:
            return decode_analysis(row[0])
        except (ValueError, KeyError, TypeError):
            return None  # outdated or damaged row: the caller analyses again and put() replaces it

    def put(self, key: str, analysis: Analysis) -> None:
        self._write(
            "INSERT OR REPLACE INTO analyses (key, analysis, stored) VALUES (?, ?, ?)",
            (key, encode_analysis(analysis), time.time()),
        )


def open_user_cache(report: Report) -> AnalysisCache:
    """The analysis cache in the user's cache dir (platformdirs)."""
    from reader.store.paths import cache_dir

    return AnalysisCache(cache_dir(), report)
