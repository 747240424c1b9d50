"""Staged cleaning: the head at once, the rest after, and the two agree with `clean_loaded`."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.io.load import LoadedText
from reader.text import clean
from reader.text.article import CleanArticle
from reader.text.clean import PartCleaner, clean_loaded, part_end
from reader.text.staged import clean_in_stages
from tests.text.test_evidence import prose

LINES = [
    *prose(12),
    "Council closes the old river bridge",
    "By Jane Doe",
    "March 3, 2024",
    "Comments",
    "3 Comments",
    "Sam Miller on March 4, 2024 at 9:12 am said:",
    "Reply",
    "Related stories",
    "About the author",
    "Jane Doe is a senior reporter for the Gazette who has covered city hall since 2015.",
    "Advertisement",
    "Home",
    "News",
    "Share this article",
    "   indented line of code = 1;",
    "A wrapped line of prose that goes on past the margin and",
    "continues here on the next line of the same block.",
    "",
    "",
    "  ",
]


def loaded(text: str, *, html: bool = False) -> LoadedText:
    return LoadedText(text, "test", "utf-8", html)


def assert_contract(first: CleanArticle, full: CleanArticle) -> None:
    assert full.text.startswith(first.text)
    assert full.paragraphs[: len(first.paragraphs)] == first.paragraphs
    assert (full.title, full.meta, full.original) == (first.title, first.meta, first.original)
    assert full.removed[: len(first.removed)] == first.removed


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.sampled_from(LINES), max_size=120),
    part_chars=st.integers(min_value=1, max_value=3000),
    head_words=st.integers(min_value=0, max_value=400),
    html=st.booleans(),
)
def test_the_head_starts_the_whole_article_and_finish_is_clean_loaded(
    lines: list[str], part_chars: int, head_words: int, html: bool
) -> None:
    source = loaded("\n".join(lines), html=html)
    with mock.patch.object(clean, "PART_CHARS", part_chars):
        staged = clean_in_stages(source, head_words=head_words)
        whole = clean_loaded(source)
        full = staged.finish()
    if full is None:
        assert staged.whole
        assert staged.first == whole
    else:
        assert full == whole
        assert_contract(staged.first, full)
        assert staged.finish() is full
    for removal in whole.removed:
        assert whole.original[removal.start : removal.end] == removal.text


@given(st.lists(st.sampled_from(LINES), max_size=80), st.integers(min_value=1, max_value=500))
def test_parts_end_after_a_line_end_before_a_blank_line(lines: list[str], size: int) -> None:
    text = "\n".join(lines)
    start = 0
    while start < len(text):
        end = part_end(text, start, size)
        assert end > start
        if end < len(text):
            assert end - start > size
            assert text[end - 1] == "\n"
            assert text[end:].split("\n", 1)[0].strip() == ""
        start = end


def test_a_text_under_one_part_is_cleaned_whole_at_once() -> None:
    source = loaded("\n\n".join(["Council closes the old river bridge", *prose(40)]))
    staged = clean_in_stages(source)
    assert staged.whole
    assert staged.finish() is None
    assert staged.first == clean_loaded(source)


def test_a_long_text_of_many_articles_has_a_small_head_and_keeps_everything() -> None:
    articles: list[str] = []
    for number in range(60):
        articles += [f"Story number {number} about the bridge", *prose(60, seed=number * 60)]
        articles += ["Comments", *prose(5, seed=10_000 + number * 5)] if number % 3 == 0 else []
    source = loaded("\n\n".join(articles))
    assert len(source.text) > 4 * clean.PART_CHARS
    staged = clean_in_stages(source)
    full = staged.finish()
    assert full is not None and full == clean_loaded(source)
    assert_contract(staged.first, full)
    assert len(staged.first.text) < len(full.text) / 3
    assert sum(len(r.text.split()) for r in full.removed) < 0.01 * len(source.text.split())


def test_the_part_cleaner_builds_the_same_article_in_any_number_of_steps() -> None:
    text = "\n\n".join(prose(300))
    cleaner = PartCleaner(text, part_chars=2000)
    heads = []
    while not cleaner.done:
        cleaner.clean_next()
        heads.append(cleaner.article())
    for head in heads:
        assert_contract(head, heads[-1])
