"""JSON form of a Document (schema 1): the contract for `reader --json` and for scripts."""

from __future__ import annotations

from typing import Any

from reader.model.document import Document
from reader.nlp.types import Entity, Quote, TextSpan
from reader.text.language import guess_language

SCHEMA_VERSION = 1


def _span(span: TextSpan | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "label": entity.label,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "mentions": [_span(span) for span in entity.mentions],
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_entity": quote.speaker_entity,
        "speaker_mention": _span(quote.speaker_mention),
        "cue": _span(quote.cue),
        "confidence": quote.confidence,
    }


def document_to_dict(document: Document) -> dict[str, Any]:
    """The whole analysis as plain JSON-able data; every offset indexes `text`."""
    analysis = document.analysis
    model = analysis.model if analysis else None
    meta = document.article.meta
    language = guess_language(document.text)
    return {
        "schema": SCHEMA_VERSION,
        "source": document.source,
        "title": document.title,
        "meta": {"author": meta.author, "date": meta.date, "site": meta.site},
        "language": {"english": language.is_english, "name": language.language, "note": language.description},
        "text": document.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in document.paragraphs],
        "removed": [{"text": r.text, "reason": r.reason} for r in document.removed],
        "entities": [_entity(entity) for entity in document.entities],
        "quotes": [_quote(quote) for quote in document.quotes],
        "model": None if model is None else {"name": model.name, "version": model.version, "spacy": model.spacy},
    }
