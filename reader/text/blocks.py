"""Split text into blocks (runs of lines between blank lines) and blocks into paragraph candidates.

Scraped text usually puts one paragraph on each line, so a line is the unit; only a block that is
plainly hard-wrapped prose (lines filled to a similar width, broken mid-sentence) is joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Wrapped lines fill most of the width; 0.6 allows for long words pushed to the next line.
_FILL_RATIO = 0.6
_MIN_WRAP_WIDTH = 40
_MAX_WRAP_WIDTH = 120
_LIST_MARKER = re.compile(r"^\s*(?:[-*•·–—>]|\d{1,3}[.)]|[A-Za-z][.)])\s")
# Aligned columns (runs of spaces between cells, or tabs) mark a table, not prose.
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\S")
_SENTENCE_END = tuple('.!?:;"”’)»')
_PROSE_END = tuple(".!?…")
# A menu of lower-case links can look broken too; a sentence has more words than a short menu.
_MIN_BROKEN_WORDS = 12


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph candidate: `original` exactly as in the input, `text` with whitespace collapsed.

    `start`/`end` locate `original` in the newline-normalised input: `input[start:end] == original`.
    """

    original: str
    text: str
    start: int = 0
    end: int = 0


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so one line break is one character in every offset."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_blocks(text: str) -> list[list[str]]:
    """Group lines into blocks at blank (whitespace-only) lines; each block is a list of raw lines."""
    return [[line for line, _ in block] for block in _located_blocks(normalize_newlines(text))]


def _located_blocks(text: str) -> list[list[tuple[str, int]]]:
    """Blocks of (raw line, offset of its first character in `text`)."""
    blocks: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    offset = 0
    # split("\n") rather than splitlines(): U+2028 and friends are not line breaks in our offsets.
    for line in text.split("\n"):
        if line.strip():
            current.append((line, offset))
        elif current:
            blocks.append(current)
            current = []
        offset += len(line) + 1
    if current:
        blocks.append(current)
    return blocks


def collapse_whitespace(text: str) -> str:
    """Runs of spaces, tabs and other whitespace become one space; ends are trimmed."""
    return " ".join(text.split())


def is_hard_wrapped(lines: list[str]) -> bool:
    """True if the block's lines are one paragraph of prose wrapped at a fixed width."""
    if len(lines) < 2:
        return False
    stripped = [line.strip() for line in lines]
    if any(_LIST_MARKER.match(line) or _COLUMN_GAP.search(line) for line in stripped):
        return False
    width = max(len(line) for line in stripped)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    if any(len(line) < _FILL_RATIO * width for line in stripped[:-1]):
        return False
    mid_sentence = sum(
        1
        for line, following in zip(stripped, stripped[1:], strict=False)
        if not line.endswith(_SENTENCE_END) or following[:1].islower()
    )
    return mid_sentence * 2 >= len(stripped) - 1


def is_broken_sentence(lines: list[str]) -> bool:
    """True if the block is prose broken at odd places (a note pasted with its link breaks): every
    break falls mid-sentence, before a lower-case word, and the last line ends the sentence."""
    if len(lines) < 2:
        return False
    stripped = [line.strip() for line in lines]
    if any(_LIST_MARKER.match(line) or _COLUMN_GAP.search(line) for line in stripped):
        return False
    if not stripped[-1].endswith(_PROSE_END):
        return False
    if len(" ".join(stripped).split()) < _MIN_BROKEN_WORDS:
        return False
    return all(
        not line.endswith(_PROSE_END) and following[:1].islower()
        for line, following in zip(stripped, stripped[1:], strict=False)
    )


def _join_wrapped(lines: list[str]) -> str:
    joined = ""
    for line in (line.strip() for line in lines):
        # "well-" + "known" is one word split at the margin; " -" is a dash and keeps its space.
        if joined.endswith("-") and len(joined) > 1 and joined[-2].isalpha():
            joined += line
        else:
            joined = f"{joined} {line}" if joined else line
    return collapse_whitespace(joined)


def split_units(text: str) -> list[Unit]:
    """Paragraph candidates in reading order: one per line, or one per hard-wrapped block.

    Offsets index the newline-normalised text (`normalize_newlines(text)`).
    """
    units: list[Unit] = []
    for block in _located_blocks(normalize_newlines(text)):
        lines = [line for line, _ in block]
        if is_hard_wrapped(lines) or is_broken_sentence(lines):
            original = "\n".join(lines)
            start = block[0][1]
            units.append(Unit(original, _join_wrapped(lines), start, start + len(original)))
        else:
            units.extend(Unit(line, collapse_whitespace(line), start, start + len(line)) for line, start in block)
    return units
