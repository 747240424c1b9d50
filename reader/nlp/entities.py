"""Named entities grouped into real-world things. (Placeholder: being replaced.)"""

from __future__ import annotations

from collections.abc import Sequence

from reader.nlp.parse import ParsedParagraph
from reader.nlp.types import Entity


def find_entities(text: str, parsed: Sequence[ParsedParagraph]) -> tuple[Entity, ...]:
    return ()
