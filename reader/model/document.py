"""`Document`: what the UI and the JSON output see. Frozen, plain, no spaCy, no Textual."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from reader.nlp.types import Analysis, Entity, Quote
from reader.text.article import CleanArticle, Paragraph, Removal


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in the text: `Document.text[start:end]`."""

    start: int
    end: int
    entity_id: str


@dataclass(frozen=True)
class Document:
    """A cleaned article and what the analysis found in it.

    All offsets are Python `str` indices into `text` (the body, title excluded).
    `analysis` is None until the analysis has run (the UI shows the text before that).
    """

    source: str
    article: CleanArticle
    analysis: Analysis | None = None

    # -- plain views ---------------------------------------------------------------------------
    @property
    def title(self) -> str | None:
        return self.article.title

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return self.article.paragraphs

    @property
    def removed(self) -> tuple[Removal, ...]:
        return self.article.removed

    @property
    def entities(self) -> tuple[Entity, ...]:
        return self.analysis.entities if self.analysis else ()

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.analysis.quotes if self.analysis else ()

    @property
    def is_analysed(self) -> bool:
        return self.analysis is not None

    def with_analysis(self, analysis: Analysis) -> Document:
        return Document(self.source, self.article, analysis)

    @cached_property
    def _entity_index(self) -> dict[str, Entity]:
        return {entity.id: entity for entity in self.entities}

    def entity(self, entity_id: str) -> Entity:
        return self._entity_index[entity_id]

    # -- navigation ----------------------------------------------------------------------------
    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        """Every entity mention in text order (ties: longer first)."""
        found = [Mention(span.start, span.end, entity.id) for entity in self.entities for span in entity.mentions]
        found.sort(key=lambda m: (m.start, -m.end))
        return tuple(found)

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [mention.start for mention in self.mentions]

    def mention_at(self, offset: int) -> Mention | None:
        """The mention covering `offset`, if any (spaCy entities do not overlap, so look back a little)."""
        index = bisect_right(self._mention_starts, offset)
        for candidate in reversed(self.mentions[max(0, index - 4) : index]):
            if candidate.start <= offset < candidate.end:
                return candidate
        return None

    @cached_property
    def _starts_by_entity(self) -> dict[str, list[int]]:
        return {entity.id: [span.start for span in entity.mentions] for entity in self.entities}

    def next_mention_index(self, entity_id: str, offset: int, *, step: int = 1) -> tuple[int, bool]:
        """The next (step=1) or previous (step=-1) mention of an entity after/before `offset`.

        Returns (index into `entity.mentions`, wrapped) where `wrapped` says the search went past
        the end (or start) of the text and came round again.
        """
        starts = self._starts_by_entity[entity_id]
        if not starts:
            raise ValueError(f"entity {entity_id} has no mentions")
        if step > 0:
            index = bisect_right(starts, offset)
            return (index, False) if index < len(starts) else (0, True)
        index = bisect_left(starts, offset) - 1
        return (index, False) if index >= 0 else (len(starts) - 1, True)

    def next_any_mention(self, offset: int, *, step: int = 1) -> tuple[Mention, bool] | None:
        """The first mention of any entity starting after (step=1) or before (step=-1) `offset`, wrapping."""
        mentions = self.mentions
        if not mentions:
            return None
        starts = self._mention_starts
        if step > 0:
            index = bisect_right(starts, offset)
            return (mentions[index], False) if index < len(mentions) else (mentions[0], True)
        index = bisect_left(starts, offset) - 1
        return (mentions[index], False) if index >= 0 else (mentions[-1], True)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [quote.start for quote in self.quotes]

    def next_quote_index(self, offset: int, *, step: int = 1) -> tuple[int, bool] | None:
        """The quote starting after (step=1) or before (step=-1) `offset`, wrapping; None without quotes."""
        starts = self._quote_starts
        if not starts:
            return None
        if step > 0:
            index = bisect_right(starts, offset)
            return (index, False) if index < len(starts) else (0, True)
        index = bisect_left(starts, offset) - 1
        return (index, False) if index >= 0 else (len(starts) - 1, True)

    def paragraphs_mentioning(self, entity_id: str) -> tuple[int, ...]:
        """Indices of the paragraphs holding at least one mention of the entity (for focus mode)."""
        return tuple(sorted({self.paragraph_index_at(span.start) for span in self.entity(entity_id).mentions}))

    def quote_index_at(self, offset: int) -> int | None:
        """Index of the quote covering `offset`, if any."""
        for index, quote in enumerate(self.quotes):
            if quote.start <= offset < quote.end:
                return index
        return None

    def quotes_by(self, entity_id: str) -> tuple[Quote, ...]:
        return tuple(quote for quote in self.quotes if quote.speaker_entity == entity_id)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [paragraph.start for paragraph in self.paragraphs]

    def paragraph_index_at(self, offset: int) -> int:
        """Index of the paragraph containing (or, between paragraphs, preceding) `offset`."""
        return max(0, bisect_right(self._paragraph_starts, offset) - 1)
