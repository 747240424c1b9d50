"""Named entities grouped into real-world things: spaCy's spans → plain mentions → `Entity` values.

The spaCy-facing part is only this module and `entity_roles`; the grouping rules live in
`entity_grouping` and `entity_mentions`, which work on plain data.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.nlp.entity_grouping import group_mentions
from reader.nlp.entity_mentions import RawMention
from reader.nlp.entity_roles import appositive_roles, role_prefix
from reader.nlp.parse import ParsedParagraph
from reader.nlp.types import Entity

__all__ = ["RawMention", "find_entities", "group_mentions", "raw_mentions"]


def raw_mentions(parsed: Sequence[ParsedParagraph]) -> list[RawMention]:
    """Every span the recogniser tagged, with article offsets; people carry the role words the
    parse attaches to them."""
    found: list[RawMention] = []
    for paragraph in parsed:
        for span in paragraph.doc.ents:
            prefix, roles = "", ()
            if span.label_ == "PERSON":
                prefix, roles = role_prefix(span), appositive_roles(span)
            start = paragraph.start + span.start_char
            found.append(RawMention(start, start + len(span.text), span.text, span.label_, prefix, roles))
    return found


def find_entities(text: str, parsed: Sequence[ParsedParagraph]) -> tuple[Entity, ...]:
    """The article's entities, most-mentioned first; offsets are `str` indices into `text`."""
    return tuple(group_mentions(raw_mentions(parsed), text))
