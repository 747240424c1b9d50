"""The analysis with the cache in front: a hit needs no spaCy import at all."""

from __future__ import annotations

from collections.abc import Callable

from reader.nlp.types import Analysis
from reader.store.cache import AnalysisCache, cache_key
from reader.text.article import CleanArticle

# progress(done, total): characters of the article analysed so far; it may raise to cancel.
Progress = Callable[[int, int], None]


def _article_text(article: CleanArticle) -> str:
    spans = ",".join(f"{p.start}-{p.end}" for p in article.paragraphs)
    return f"{article.text}\0{spans}"


def cached_analysis(article: CleanArticle, model: str | None, cache: AnalysisCache) -> Analysis | None:
    """The stored analysis of `article` with `model`, or None; never imports spaCy."""
    from reader.nlp.pipeline import check_model

    return cache.get(cache_key(_article_text(article), check_model(model)))


def analyse_with_cache(
    article: CleanArticle,
    model: str | None,
    cache: AnalysisCache | None,
    progress: Progress | None = None,
    *,
    in_process: bool = False,
) -> Analysis:
    """The cached analysis of `article` with `model`, or a fresh one (then stored).

    `in_process` runs a fresh analysis in a child process (`nlp.process`): the reader app does, so
    that quitting never waits for spaCy; scripts and batch workers parse where they are.
    """
    from reader.nlp.pipeline import check_model

    name = check_model(model)
    key = cache_key(_article_text(article), name) if cache is not None else ""
    if cache is not None:
        hit = cache.get(key)
        if hit is not None:
            if progress is not None:
                progress(len(article.text), len(article.text))
            return hit
    if in_process:
        from reader.nlp.process import analyse_in_process

        analysis = analyse_in_process(article, name, progress)
    else:
        from reader.nlp.analyze import analyze
        from reader.nlp.pipeline import load_pipeline

        ends = [paragraph.end for paragraph in article.paragraphs]

        def in_characters(done: int, total: int) -> None:
            if progress is not None:
                progress(ends[done - 1] if 0 < done <= len(ends) else 0, len(article.text))

        analysis = analyze(article, load_pipeline(name), on_progress=in_characters)
    if cache is not None:
        cache.put(key, analysis)
    return analysis
