"""Word-wrap the article into visual lines. Pure: the one place where characters become cells."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len

from reader.text.article import Paragraph


@dataclass(frozen=True, slots=True)
class VisualLine:
    """One screen line: `text[start:end]` of paragraph `paragraph` (a blank separator has start == end).

    In focus mode a separator stands for `hidden` paragraphs left out before `paragraph`.
    """

    start: int
    end: int
    paragraph: int
    hidden: int = 0


# Characters that surely take one cell each (printable Latin, Greek, Cyrillic, general punctuation);
# a paragraph made only of these (and newlines) is wrapped by counting characters, not cells.
_NOT_ONE_CELL = re.compile(r"[^\n\x20-\x7e\xa0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e]")


def wrap_paragraph(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Break `text[start:end]` into lines of at most `width` cells, at spaces where possible.

    Returns (start, end) offsets; the space a line breaks at belongs to neither line.
    """
    width = max(1, width)
    if _NOT_ONE_CELL.search(text, start, end) is None:
        return _wrap_one_cell_text(text, start, end, width)
    return _wrap_by_cells(text, start, end, width)


def _wrap_one_cell_text(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """`wrap_paragraph` for text whose every character is one cell: str.find instead of a loop per
    character (a book-length text wraps in a fraction of a second). Same lines as `_wrap_by_cells`."""
    lines: list[tuple[int, int]] = []
    line_start = start
    newline = text.find("\n", start, end)
    while line_start < end:
        if newline != -1 and newline < line_start:  # look for the next line break only once past one
            newline = text.find("\n", line_start, end)
        hard_end = end if newline == -1 else newline
        limit = line_start + width  # the first character that does not fit
        if hard_end <= limit:
            lines.append((line_start, hard_end))
            line_start = hard_end + 1
            continue
        if text[limit] == " ":
            lines.append((line_start, limit))
            line_start = limit + 1
        else:
            space = text.rfind(" ", line_start + 1, limit)
            if space != -1:
                lines.append((line_start, space))
                line_start = space + 1
            else:
                lines.append((line_start, limit))
                line_start = limit
        while line_start < end and text[line_start] == " ":
            line_start += 1
    return lines or [(start, start)]


def _wrap_by_cells(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    line_start = start
    while line_start < end:
        cells = 0
        last_space = -1
        position = line_start
        while position < end:
            char = text[position]
            if char == "\n":
                break
            char_cells = cell_len(char)
            if cells + char_cells > width:
                break
            if char == " ":
                last_space = position
            cells += char_cells
            position += 1
        if position >= end or text[position] == "\n":
            lines.append((line_start, position))
            line_start = position + 1
            continue
        if text[position] == " ":  # the break falls exactly on a space
            lines.append((line_start, position))
            line_start = position + 1
        elif last_space > line_start:
            lines.append((line_start, last_space))
            line_start = last_space + 1
        else:  # one word longer than the line: cut it
            cut = max(position, line_start + 1)
            lines.append((line_start, cut))
            line_start = cut
        while line_start < end and text[line_start] == " ":
            line_start += 1
    return lines or [(start, start)]


def wrap_document(
    text: str, paragraphs: Sequence[Paragraph], width: int, shown: Sequence[int] | None = None
) -> list[VisualLine]:
    """The visual lines of the article, one blank line between paragraphs.

    `shown` (sorted paragraph indices) limits the view to those paragraphs (focus mode); each run of
    left-out paragraphs becomes one separator line that counts them.
    """
    lines: list[VisualLine] = []
    indices = range(len(paragraphs)) if shown is None else shown
    previous = -1
    for index in indices:
        paragraph = paragraphs[index]
        hidden = index - previous - 1 if shown is not None else 0
        if lines or hidden:
            lines.append(VisualLine(paragraph.start, paragraph.start, index, hidden))
        for line_start, line_end in wrap_paragraph(text, paragraph.start, paragraph.end, width):
            lines.append(VisualLine(line_start, line_end, index))
        previous = index
    if shown is not None and previous < len(paragraphs) - 1:
        end = paragraphs[-1].end
        lines.append(VisualLine(end, end, len(paragraphs) - 1, len(paragraphs) - 1 - previous))
    return lines
