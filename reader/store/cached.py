"""The analysis with the cache in front: a hit needs no spaCy import at all."""

from __future__ import annotations

from collections.abc import Callable

from reader.nlp.types import Analysis
from reader.store.cache import AnalysisCache, cache_key
from reader.text.article import CleanArticle

Progress = Callable[[int, int], None]


def _article_text(article: CleanArticle) -> str:
    spans = ",".join(f"{p.start}-{p.end}" for p in article.paragraphs)
    return f"{article.text}\0{spans}"


def analyse_with_cache(
    article: CleanArticle, model: str | None, cache: AnalysisCache | None, progress: Progress | None = None
) -> Analysis:
    """The cached analysis of `article` with `model`, or a fresh one (then stored)."""
    from reader.nlp.pipeline import check_model

    name = check_model(model)
    key = cache_key(_article_text(article), name) if cache is not None else ""
    if cache is not None:
        hit = cache.get(key)
        if hit is not None:
            if progress is not None:
                progress(len(article.paragraphs), len(article.paragraphs))
            return hit
    from reader.nlp.analyze import analyze
    from reader.nlp.pipeline import load_pipeline

    analysis = analyze(article, load_pipeline(name), on_progress=progress)
    if cache is not None:
        cache.put(key, analysis)
    return analysis
