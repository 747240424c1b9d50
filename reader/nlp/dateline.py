"""Datelines: the place (or flag) in capitals and the dash that open a news paragraph ("HALIFAX —",
"ST. JOHN'S, N.L. —", "FLINT, Mich. (UPI) —", "BREAKING —")."""

from __future__ import annotations

import re

# A dateline opening a paragraph: a place in capitals, a region or a date perhaps, an agency
# perhaps, a dash ("HALIFAX —", "ST. JOHN'S, N.L. —", "LOS ANGELES, Sept. 28 (UPI) —").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
    r"(?:,[ \u00a0]+[A-Z][A-Za-z.]*(?:[ \u00a0][A-Za-z0-9.]+){0,2}){0,2}"
    r"[ \u00a0]*(?:\([^)\n]{1,40}\)[ \u00a0]*)?[—–-]{1,2}[ \u00a0]",
    re.MULTILINE,
)


def after_dateline(text: str, start: int) -> int:
    """Where the words begin after a dateline (or a flag: "BREAKING —") opening `text` at `start`;
    `start` when there is none."""
    match = DATELINE.match(text, start)
    if match is None or sum(ch.isalpha() for ch in match.group("place")) < 3:
        return start  # "OK — so …" opens no dateline
    return match.end()
