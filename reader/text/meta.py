"""Author and date from the lines around an article's start: "By Jane Doe", "Jane Doe | Reuters",
"Updated 3 March 2024". The cleaner removes these lines from the body; this keeps what they say.

Only lines near the top of the article are read, so a comment's "Posted on …" or a related
story's byline further down never becomes the article's metadata.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.article import Meta
from reader.text.boilerplate import (
    BYLINE,
    DATELINE,
    META_PARTS,
    byline_names,
    has_date,
    is_particulars,
    name_then_date,
    only_date,
)

# Lines this far before and after the article's first paragraph count as its head.
HEAD_LINES = 8
_MAX_NAME_WORDS = 8
# "Jane Doe | Reuters", "Jane Doe - The Daily Bugle": a name, a separator, a short source.
_NAME_AND_SOURCE = re.compile(r"((?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w.'’-]*)\s+[|–—-]\s+(\S.{0,40})")
_BARE_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")
_BY = re.compile(r"\bby\b", re.I)
_NAME_END = re.compile(r"\s*(?:[|,;–—(]|\s-\s|\bon\b|\bupdated\b|\bpublished\b|\d).*$", re.I)
_DATE_LABEL = re.compile(
    r"^\W*(?:(?:first |last )?(?:published|updated|posted|modified|date)(?: on| at)?\s*:?\s*)+", re.I
)


def meta_from_lines(lines: Sequence[tuple[str, str | None]]) -> Meta:
    """Author and date from the article head: (line text, the cleaner's reason or None) in order."""
    author = date = None
    for text, reason in (piece for line in lines for piece in _pieces(*line)):
        if author is None:
            author = _author(text, reason)
        if date is None and reason in (BYLINE, DATELINE) and has_date(text):
            date = _date(text)
    return Meta(author, date, None)


def _pieces(text: str, reason: str | None) -> list[tuple[str, str | None]]:
    """A line of particulars in its parts, each a date or a byline: "Published: Mar 8, 2024 ·
    Modified: May 19, 2025 by Jane Roe" → "Published: Mar 8, 2024", "Modified: May 19, 2025", "By Jane Roe"."""
    named = name_then_date(text) if reason == BYLINE else None
    if named is not None:  # "Associated Press November 19, 2019, 9:02 AM"
        return [(named[0], BYLINE), (named[1], DATELINE)]
    if reason not in (BYLINE, DATELINE) or not META_PARTS.search(text) or not is_particulars(text):
        return [(text, reason)]
    pieces: list[tuple[str, str | None]] = []
    for part in META_PARTS.split(text):
        dated, by, name = part.rpartition(" by ")
        if by and only_date(dated):
            pieces += [(dated, DATELINE), (f"By {name}", BYLINE)]
        else:
            pieces.append((part, BYLINE if byline_names(part) else DATELINE if only_date(part) else None))
    return pieces


def is_bare_name(text: str) -> bool:
    """True for a line that is only a person's name: two to four capitalised words, no figures."""
    return _BARE_NAME.fullmatch(text.strip()) is not None and not _BY.search(text)


def is_author_line(text: str) -> bool:
    """True for a "Jane Doe | Reuters" line: a name, a separator and a short source."""
    return _author(text, None) is not None


def _author(text: str, reason: str | None) -> str | None:
    if reason == BYLINE:
        names = byline_names(text)
        if names:
            name = _NAME_END.sub("", names).strip(" .,")
            if name and len(name.split()) <= _MAX_NAME_WORDS:
                return name
            return None
        if is_bare_name(text):
            return text.strip()
    match = _NAME_AND_SOURCE.fullmatch(text.strip())
    if match and len(match.group(2).split()) <= 4 and not has_date(match.group(1)):
        return match.group(1)
    return None


def _date(text: str) -> str | None:
    """The date as written, labels ("Updated:") and a leading byline dropped."""
    if not only_date(text):
        # "By Jane Doe, March 3, 2024": keep what follows the name.
        match = re.search(r"(?:\b(?:on|updated|published)\b|[|,–—])\s*([^|,–—]*\d[^|]*)$", text, re.I)
        if match is None or not has_date(match.group(1)):
            return None
        text = match.group(1)
    date = " ".join(_DATE_LABEL.sub("", text).split()).strip(" |·•-–—")
    return re.sub(r"^(?:on|at)\s+", "", date, flags=re.I).rstrip(".") or None
