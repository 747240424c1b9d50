"""Text search over the cleaned article, the way `/` works in less and vim (smart case)."""

from __future__ import annotations

import re

MAX_MATCHES = 100_000  # enough for any article; keeps a one-letter query on a book from stalling the UI


def is_case_sensitive(query: str) -> bool:
    """Smart case: a query with a capital letter matches case exactly, otherwise case is ignored."""
    return any(char.isupper() for char in query)


def find_matches(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """Every non-overlapping occurrence of `query` in `text`, as (start, end) offsets.

    The query is literal text, not a pattern: readers search for words, and a stray `(` must not fail.
    """
    if not query:
        return ()
    flags = 0 if is_case_sensitive(query) else re.IGNORECASE
    pattern = re.compile(re.escape(query), flags)
    matches: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        matches.append(match.span())
        if len(matches) >= MAX_MATCHES:
            break
    return tuple(matches)
