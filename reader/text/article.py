"""The cleaner's output: plain, frozen data with character offsets into the cleaned body."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph: `text[start:end]`, no surrounding blank lines."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removal:
    """A line or block the cleaner dropped, and why, in words a reader understands."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """A cleaned article. `text` is the body (title excluded); paragraphs are joined by a blank line."""

    title: str | None
    text: str
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removal, ...] = ()

    @classmethod
    def from_paragraphs(
        cls, title: str | None, paragraphs: list[str], removed: list[Removal] | tuple[Removal, ...] = ()
    ) -> CleanArticle:
        """Join paragraph strings with blank lines and record each one's offsets."""
        spans: list[Paragraph] = []
        offset = 0
        for body in paragraphs:
            spans.append(Paragraph(offset, offset + len(body)))
            offset += len(body) + 2
        return cls(title, "\n\n".join(paragraphs), tuple(spans), tuple(removed))
