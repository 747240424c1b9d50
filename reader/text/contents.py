"""A table of contents: a run of short lines near the top whose every entry comes back further down
as a subheading of the article. The subheadings are the article's; the list that announced them is
page furniture (a jump menu), and reading it twice helps nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.features import LineStats

TABLE_OF_CONTENTS = "table of contents"
# Fewer entries than this is a coincidence (a short heading repeated), not a list of contents.
_MIN_ENTRIES = 3
# "1. 1. Intro", "• Intro", "2) Intro": the numbering and bullets differ between menu and heading.
_MARKER = re.compile(r"^(?:[\s\-–—•·*>]*(?:\d{1,3}[.)]|[ivx]{1,4}[.)])?\s*)+", re.I)


def contents_lines(texts: Sequence[str], stats: Sequence[LineStats], rules: Sequence[str | None]) -> set[int]:
    """Indices of lines that form a table of contents: at least three short lines in a row, each
    repeated (numbering and case aside) by a line that comes after the whole run."""
    keys = [_key(text) for text in texts]
    last_seen: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key:
            last_seen[key] = index
    found: set[int] = set()
    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and _is_entry(end, keys, stats, rules) and last_seen[keys[end]] > end:
            end += 1
        # Every entry must come back after the run as a subheading, with prose among the headings
        # (a menu repeated in the footer comes back as a run of short lines of its own).
        run = [i for i in range(index, end) if last_seen[keys[i]] >= end]
        headings = sorted(last_seen[keys[i]] for i in run)
        prose = bool(headings) and any(not stats[i].is_short for i in range(headings[0], headings[-1]))
        if len(run) >= _MIN_ENTRIES and len(run) == end - index and prose:
            found.update(run)
        index = max(end, index + 1)
    return found


def _is_entry(index: int, keys: Sequence[str], stats: Sequence[LineStats], rules: Sequence[str | None]) -> bool:
    return bool(keys[index]) and rules[index] is None and stats[index].is_short and not stats[index].ends_sentence


def _key(text: str) -> str:
    """What an entry and its heading share: the words, without numbering, case or end punctuation."""
    return " ".join(_MARKER.sub("", text).casefold().split()).rstrip(" .:;")
