"""Word-wrap the article into visual lines. Pure: the one place where characters become cells."""

from __future__ import annotations

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


def wrap_paragraph(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Break `text[start:end]` into lines of at most `width` cells, at spaces where possible.

    Returns (start, end) offsets; the space a line breaks at belongs to neither line.
    """
    width = max(1, width)
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
