"""Plain results of the analysis. No spaCy objects leave `reader.nlp`; offsets are `str` indices."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextSpan:
    """`text[start:end] == self.text` in the cleaned body."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing and every place the article mentions it."""

    id: str
    name: str  # canonical: the fullest proper form ("Sergei Lavrov")
    label: str  # spaCy label by vote: PERSON, ORG, GPE, ...
    aliases: tuple[str, ...]  # distinct surface forms, sorted
    mentions: tuple[TextSpan, ...]  # sorted by start
    roles: tuple[str, ...] = ()  # "Russian Foreign Minister", "spokesman for the ministry"


QUOTE_KINDS = ("direct", "indirect", "mixed")
CONFIDENCES = ("high", "low")


@dataclass(frozen=True, slots=True)
class Quote:
    """Words someone said, and who. `start`/`end` cover the words without the quotation marks."""

    id: str
    start: int
    end: int
    text: str
    kind: str  # one of QUOTE_KINDS
    speaker: str | None = None  # canonical entity name, or the words as written when no entity fits
    speaker_entity: str | None = None  # Entity.id
    speaker_mention: TextSpan | None = None  # the words in the text: "he", "the diplomat", "Lavrov"
    cue: TextSpan | None = None  # the speech verb: "said", "told"
    # "high": the text says this person (or body) said it; "low": a belief, finding or position, or
    # words with nobody named for them (shown apart, as possible attributions).
    confidence: str = "high"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    name: str
    version: str
    spacy: str


@dataclass(frozen=True, slots=True)
class Analysis:
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    model: ModelInfo | None = None
