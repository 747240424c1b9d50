"""Word wrapping: the one place characters become terminal cells."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.text.article import CleanArticle
from reader.ui.layout import wrap_document, wrap_paragraph


def _lines(text: str, width: int) -> list[str]:
    return [text[s:e] for s, e in wrap_paragraph(text, 0, len(text), width)]


def test_wraps_at_spaces_without_losing_words() -> None:
    text = "The quick brown fox jumps over the lazy dog"
    lines = _lines(text, 15)
    assert lines == ["The quick brown", "fox jumps over", "the lazy dog"]


def test_a_word_longer_than_the_line_is_cut_not_lost() -> None:
    lines = _lines("a supercalifragilistic word", 10)
    assert "".join(lines).replace(" ", "") == "asupercalifragilisticword"
    assert all(len(line) <= 10 for line in lines)


def test_wide_characters_count_as_two_cells() -> None:
    lines = _lines("中文中文中文 中文", 6)
    assert all(cell_len(line) <= 6 for line in lines)
    assert lines[0] == "中文中"


def test_blank_line_between_paragraphs() -> None:
    article = CleanArticle.from_paragraphs(None, ["One two.", "Three."])
    lines = wrap_document(article.text, article.paragraphs, 40)
    assert [article.text[line.start : line.end] for line in lines] == ["One two.", "", "Three."]
    assert [line.paragraph for line in lines] == [0, 1, 1]


@given(st.text(alphabet="abc de\u4e2d\U0001f600", min_size=1, max_size=200), st.integers(min_value=2, max_value=40))
def test_every_non_space_character_is_shown_once_in_order(text: str, width: int) -> None:
    spans = wrap_paragraph(text, 0, len(text), width)
    shown = "".join(text[s:e] for s, e in spans)
    assert shown.replace(" ", "") == text.replace(" ", "")
    assert all(cell_len(text[s:e]) <= max(width, 2) for s, e in spans)


@given(
    st.text(alphabet=st.sampled_from(list("ab cd  ef\n—é’Жx")), max_size=300),
    st.integers(min_value=1, max_value=30),
)
def test_the_fast_wrap_breaks_lines_exactly_as_the_cell_by_cell_wrap(text: str, width: int) -> None:
    from reader.ui.layout import _wrap_by_cells, _wrap_one_cell_text

    assert _wrap_one_cell_text(text, 0, len(text), width) == _wrap_by_cells(text, 0, len(text), width)
