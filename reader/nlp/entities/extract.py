"""Named entities grouped into real-world things: spaCy's spans → plain mentions → `Entity` values.

The spaCy-facing part is only this module and `roles`; the grouping rules live in
`grouping` and `mentions`, which work on plain data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.nlp.entities.grouping import group_mentions
from reader.nlp.entities.mentions import RawMention
from reader.nlp.entities.roles import appositive_roles, role_prefix
from reader.nlp.parse import ParsedParagraph
from reader.nlp.types import Entity

if TYPE_CHECKING:
    from spacy.tokens import Span

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
            words = _without_leading_function_words(span)
            start = paragraph.start + words.start_char
            found.append(RawMention(start, start + len(words.text), words.text, span.label_, prefix, roles))
    return found


# Parts of speech that never begin a name: "Beyond Trump's finances", "Unlike Obama".
_NOT_NAME_START = frozenset({"ADP", "SCONJ", "CCONJ", "PRON", "INTJ"})
# Closed-class words the stop list leaves out: only these (and stop words) are cut, so a first name
# the tagger misreads as a preposition ("Barack" in "Barack Obama and …") stays.
_PREPOSITIONS = frozenset(
    "unlike despite like amid amidst via per versus vs toward towards beside besides onto upon alongside "
    "regarding concerning including excluding following".split()
)


def _without_leading_function_words(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and _is_function_word(span.doc[start]):
        start += 1
    return span.doc[start : span.end]


def _is_function_word(token) -> bool:
    return token.pos_ in _NOT_NAME_START and (token.is_stop or token.lower_ in _PREPOSITIONS)


def find_entities(text: str, parsed: Sequence[ParsedParagraph]) -> tuple[Entity, ...]:
    """The article's entities, most-mentioned first; offsets are `str` indices into `text`."""
    return tuple(group_mentions(raw_mentions(parsed), text))
