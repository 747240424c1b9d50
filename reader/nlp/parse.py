"""Run spaCy over an article paragraph by paragraph, keeping each paragraph's offset."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.text.article import CleanArticle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ProgressCallback = Callable[[int, int], None]  # (paragraphs done, paragraphs total)


@dataclass(frozen=True, slots=True)
class ParsedParagraph:
    """A paragraph's spaCy Doc; `start` maps Doc character offsets to offsets in the article body."""

    start: int
    doc: Doc

    @property
    def end(self) -> int:
        return self.start + len(self.doc.text)


def parse_paragraphs(
    article: CleanArticle,
    nlp: Language,
    *,
    on_progress: ProgressCallback | None = None,
    batch_size: int = 16,
) -> list[ParsedParagraph]:
    """Parse every paragraph with `nlp.pipe` (never the whole text at once)."""
    paragraphs = article.paragraphs
    texts = (article.text[p.start : p.end] for p in paragraphs)
    parsed: list[ParsedParagraph] = []
    total = len(paragraphs)
    for paragraph, doc in zip(paragraphs, nlp.pipe(texts, batch_size=batch_size), strict=True):
        parsed.append(ParsedParagraph(paragraph.start, doc))
        if on_progress is not None:
            on_progress(len(parsed), total)
    return parsed
