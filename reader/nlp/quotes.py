"""Quotes and their speakers. (Placeholder: being replaced.)"""

from __future__ import annotations

from collections.abc import Sequence

from reader.nlp.parse import ParsedParagraph
from reader.nlp.types import Entity, Quote


def find_quotes(text: str, parsed: Sequence[ParsedParagraph], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    return ()
