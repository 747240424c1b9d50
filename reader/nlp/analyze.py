"""The whole analysis: parse, entities, quotes → a plain `Analysis`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.errors import AnalysisError
from reader.nlp.entities import find_entities
from reader.nlp.parse import ProgressCallback, parse_paragraphs
from reader.nlp.pipeline import model_info
from reader.nlp.quotes import find_quotes
from reader.nlp.types import Analysis
from reader.text.article import CleanArticle

if TYPE_CHECKING:
    from spacy.language import Language


def analyze(article: CleanArticle, nlp: Language, *, on_progress: ProgressCallback | None = None) -> Analysis:
    """Entities and quotes of a cleaned article, with offsets into `article.text`."""
    try:
        parsed = parse_paragraphs(article, nlp, on_progress=on_progress)
    except ValueError as error:  # e.g. E088: a paragraph longer than nlp.max_length
        raise AnalysisError(f"spaCy could not parse the article: {error}") from error
    entities = find_entities(article.text, parsed)
    quotes = find_quotes(article.text, parsed, entities)
    return Analysis(entities=entities, quotes=quotes, model=model_info(nlp))
