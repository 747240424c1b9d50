"""Word-wrap the article into visual lines. Pure: the one place where characters become cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len

from reader.text.article import Paragraph


@dataclass(frozen=True, slots=True)
class VisualLine:
    """One screen line: `text[start:end]` of paragraph `paragraph` (a blank separator has start == end)."""

    start: int
    end: int
    paragraph: int


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


def wrap_document(text: str, paragraphs: Sequence[Paragraph], width: int) -> list[VisualLine]:
    """All visual lines of the article, with one blank line between paragraphs."""
    lines: list[VisualLine] = []
    for index, paragraph in enumerate(paragraphs):
        if index:
            lines.append(VisualLine(paragraph.start, paragraph.start, index))
        for line_start, line_end in wrap_paragraph(text, paragraph.start, paragraph.end, width):
            lines.append(VisualLine(line_start, line_end, index))
    return lines
