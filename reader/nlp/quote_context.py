"""Where each entity is mentioned, how prominently, and with which titles: what speaker resolution needs.

Mentions inside quotes are left out as antecedents (a name someone says is rarely who says it).
The grammatical role of a mention is read from the parse after climbing out of appositions and
compounds, so "Ambassador to Chile Jane Roe said" counts as the subject of "said".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.nlp.parse import ParsedParagraph
from reader.nlp.quote_cues import SPEECH_LEMMAS
from reader.nlp.speakers import Candidate
from reader.nlp.types import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from reader.nlp.quote_find import RawQuote

_CLIMB = frozenset({"appos", "compound", "flat", "conj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})


@dataclass(frozen=True, slots=True)
class MentionIndex:
    """Entity mentions outside quotes as pronoun/description candidates, and every entity's roles."""

    entities: tuple[Entity, ...]
    candidates: tuple[Candidate, ...]  # sorted by start
    roles: dict[str, tuple[str, ...]]  # entity id -> the roles the article gives it (Entity.roles)

    def candidates_before(self, offset: int) -> list[Candidate]:
        return [c for c in self.candidates if c.start < offset]


def build_mention_index(
    parsed: Sequence[ParsedParagraph],
    entities: Sequence[Entity],
    quotes: Sequence[tuple[RawQuote, int]],
) -> MentionIndex:
    """Index mentions by paragraph and sentence; `quotes` are (raw quote, paragraph start) pairs."""
    quoted = [(base + q.start, base + q.end) for q, base in quotes]
    candidates: list[Candidate] = []
    sentence_base = 0
    for number, paragraph in enumerate(parsed):
        doc = paragraph.doc
        sentence_starts = [s.start for s in doc.sents]
        for entity in entities:
            for mention in entity.mentions:
                if not paragraph.start <= mention.start < paragraph.end:
                    continue
                head = _head_token(doc, mention.start - paragraph.start, mention.end - paragraph.start)
                if head is None:
                    continue
                if any(a <= mention.start < b for a, b in quoted):
                    continue
                sentence = sentence_base + sum(1 for s in sentence_starts if s <= head.i) - 1
                candidates.append(Candidate(entity, mention.start, number, sentence, role_weight(head)))
        sentence_base += len(sentence_starts)
    candidates.sort(key=lambda c: c.start)
    return MentionIndex(tuple(entities), tuple(candidates), {e.id: e.roles for e in entities})


def _head_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering [start, end) (paragraph offsets)."""
    tokens = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head is token:
            return token
    return tokens[-1]


def role_weight(head: Token) -> float:
    """How prominent a mention is: subject of a speech verb 4, subject 3, object 2, possessor 1.5, else 1."""
    token = head
    for _ in range(4):
        if token.dep_ not in _CLIMB or token.head is token:
            break
        token = token.head
    dep = token.dep_
    if dep in ("nsubj", "nsubjpass"):
        return 4.0 if token.head.lemma_.lower() in SPEECH_LEMMAS else 3.0
    if dep == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return 4.0
    if dep in _OBJECT_DEPS:
        return 2.0
    if dep == "poss":
        return 1.5
    return 1.0
