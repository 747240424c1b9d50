"""Judge short lines by their neighbours, as jusText does: a short line between two pieces of clutter
is part of that clutter (a product box's "Pros", a menu's "More"), one next to prose is the article's
(a subheading, a one-line quote).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.features import LineStats
from reader.text.region import Region

CLUTTER_BLOCK = "part of a clutter block"


def short_lines_among_clutter(stats: Sequence[LineStats], rules: Sequence[str | None], region: Region) -> set[int]:
    """Indices of short, unpunctuated lines inside `region` whose nearest longer lines on both sides
    are clutter (the region's end counts as clutter: what follows it was dropped)."""
    found: set[int] = set()
    index = region.start
    while index < region.end:
        if not _is_label(stats[index], rules[index]):
            index += 1
            continue
        end = index
        while end < region.end and _is_label(stats[end], rules[end]):
            end += 1
        before = index - 1 if index > region.start else None
        after = end if end < region.end else None
        before_bad = before is not None and rules[before] is not None
        after_bad = after is None or rules[after] is not None
        if before_bad and after_bad:
            found.update(range(index, end))
        index = end
    return found


def _is_label(stats: LineStats, rule: str | None) -> bool:
    """A short line nothing else has judged: a heading, a list item, a button, a menu entry."""
    return rule is None and stats.is_short and not stats.ends_sentence
