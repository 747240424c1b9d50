"""The whole analysis: parse, entities, quotes → a plain `Analysis`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.errors import AnalysisError
from reader.nlp.entities import find_entities
from reader.nlp.parse import ParsedParagraph, ProgressCallback, parse_paragraphs
from reader.nlp.pipeline import model_info
from reader.nlp.quotes import find_quotes
from reader.nlp.types import Analysis
from reader.text.article import CleanArticle

if TYPE_CHECKING:
    from spacy.language import Language


def analyze(
    article: CleanArticle,
    nlp: Language,
    *,
    on_progress: ProgressCallback | None = None,
    on_parsed: Callable[[list[ParsedParagraph]], None] | None = None,
) -> Analysis:
    """Entities and quotes of a cleaned article, with offsets into `article.text`; `on_parsed` sees
    the paragraphs parsed so far after each one (`partial_entities` turns them into entities)."""
    try:
        parsed = parse_paragraphs(article, nlp, on_progress=on_progress, on_parsed=on_parsed)
    except ValueError as error:  # e.g. E088: a paragraph longer than nlp.max_length
        raise AnalysisError(f"spaCy could not parse the article: {error}") from error
    entities = find_entities(article.text, parsed)
    quotes = find_quotes(article.text, parsed, entities)
    return Analysis(entities=entities, quotes=quotes, model=model_info(nlp))


def partial_entities(article: CleanArticle, parsed: list[ParsedParagraph], nlp: Language) -> Analysis:
    """The entities of the paragraphs parsed so far, and no quotes: what a long text's sidebar shows
    before the whole analysis is in (the entities' ids change when it is)."""
    return Analysis(entities=find_entities(article.text, parsed), quotes=(), model=model_info(nlp))
