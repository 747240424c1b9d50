"""The cleaner's output: plain, frozen data with character offsets into the cleaned body."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph: `text[start:end]`, no surrounding blank lines."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removal:
    """A line or block the cleaner dropped, and why, in words a reader understands.

    `start`/`end` locate it in the article's `original` text (`original[start:end] == text`), so
    a view of the original can show it in place; None when it is not known.
    """

    text: str
    reason: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Meta:
    """Who wrote the article, when, and where it was published, when the page says so."""

    author: str | None = None
    date: str | None = None
    site: str | None = None

    def merged(self, fallback: Meta) -> Meta:
        """These values, with the gaps filled from `fallback`."""
        return Meta(self.author or fallback.author, self.date or fallback.date, self.site or fallback.site)


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """A cleaned article. `text` is the body (title excluded); paragraphs are joined by a blank line.

    `original` is the text the cleaner was given (line ends normalised to "\\n"); removals index it.
    """

    title: str | None
    text: str
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removal, ...] = ()
    original: str = ""
    meta: Meta = field(default_factory=Meta)

    @classmethod
    def from_paragraphs(
        cls,
        title: str | None,
        paragraphs: list[str],
        removed: list[Removal] | tuple[Removal, ...] = (),
        *,
        original: str | None = None,
        meta: Meta | None = None,
    ) -> CleanArticle:
        """Join paragraph strings with blank lines and record each one's offsets.

        Without `original`, the joined body stands in for it (nothing was removed from it).
        """
        spans: list[Paragraph] = []
        offset = 0
        for body in paragraphs:
            spans.append(Paragraph(offset, offset + len(body)))
            offset += len(body) + 2
        text = "\n\n".join(paragraphs)
        return cls(title, text, tuple(spans), tuple(removed), text if original is None else original, meta or Meta())
