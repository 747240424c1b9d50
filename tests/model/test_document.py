"""Navigation queries on the document model: what `n`/`N` and the sidebar rely on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model.document import Document
from reader.nlp.types import Analysis, Entity, Quote, TextSpan
from reader.text.article import CleanArticle

TEXT_PARAGRAPHS = [
    "Lavrov met Saleh in Moscow.",
    "Later Lavrov said the talks went well, and Saleh agreed.",
    "Lavrov left.",
]


def _span(text: str, word: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return TextSpan(start, start + len(word), word)


@pytest.fixture
def document() -> Document:
    article = CleanArticle.from_paragraphs("Talks", TEXT_PARAGRAPHS)
    text = article.text
    lavrov = Entity("e1", "Lavrov", "PERSON", ("Lavrov",), tuple(_span(text, "Lavrov", i) for i in range(3)))
    saleh = Entity("e2", "Saleh", "PERSON", ("Saleh",), (_span(text, "Saleh", 0), _span(text, "Saleh", 1)))
    said = text.index("the talks")
    quote = Quote("q1", said, said + len("the talks went well"), "the talks went well", "indirect", "Lavrov", "e1")
    return Document("test", article, Analysis(entities=(lavrov, saleh), quotes=(quote,)))


def test_paragraph_offsets_slice_back_to_the_paragraphs(document: Document) -> None:
    assert [document.text[p.start : p.end] for p in document.paragraphs] == TEXT_PARAGRAPHS


def test_mentions_are_in_text_order_across_entities(document: Document) -> None:
    starts = [m.start for m in document.mentions]
    assert starts == sorted(starts)
    assert [m.entity_id for m in document.mentions] == ["e1", "e2", "e1", "e2", "e1"]


def test_mention_at_finds_the_mention_under_an_offset(document: Document) -> None:
    saleh = document.entity("e2").mentions[1]
    assert document.mention_at(saleh.start).entity_id == "e2"
    assert document.mention_at(saleh.end - 1).entity_id == "e2"
    assert document.mention_at(saleh.end) is None


def test_next_mention_moves_forward_and_wraps_at_the_end(document: Document) -> None:
    mentions = document.entity("e1").mentions
    assert document.next_mention_index("e1", mentions[0].start) == (1, False)
    assert document.next_mention_index("e1", mentions[1].start) == (2, False)
    assert document.next_mention_index("e1", mentions[2].start) == (0, True)


def test_previous_mention_moves_back_and_wraps_at_the_start(document: Document) -> None:
    mentions = document.entity("e1").mentions
    assert document.next_mention_index("e1", mentions[2].start, step=-1) == (1, False)
    assert document.next_mention_index("e1", mentions[0].start, step=-1) == (2, True)


def test_next_mention_from_a_position_between_mentions(document: Document) -> None:
    between = document.text.index("Saleh agreed")
    assert document.next_mention_index("e1", between) == (2, False)
    assert document.next_mention_index("e1", between, step=-1) == (1, False)


def test_quotes_by_speaker_and_quote_at_offset(document: Document) -> None:
    quote = document.quotes[0]
    assert document.quotes_by("e1") == (quote,)
    assert document.quotes_by("e2") == ()
    assert document.quote_index_at(quote.start + 2) == 0
    assert document.quote_index_at(0) is None


def test_an_unanalysed_document_has_text_but_no_entities() -> None:
    document = Document("x", CleanArticle.from_paragraphs(None, ["One.", "Two."]))
    assert not document.is_analysed
    assert document.entities == () and document.mentions == ()
    assert document.paragraph_index_at(document.text.index("Two")) == 1


@given(
    st.lists(
        st.text(alphabet="ab c\u00e9\u4e2d", min_size=1, max_size=30).map(str.strip).filter(bool),
        min_size=1,
        max_size=8,
    )
)
def test_from_paragraphs_offsets_always_slice_back(paragraphs: list[str]) -> None:
    article = CleanArticle.from_paragraphs(None, paragraphs)
    assert [article.text[p.start : p.end] for p in article.paragraphs] == paragraphs
    assert article.text == "\n\n".join(paragraphs)


def test_next_any_mention_crosses_entities_and_wraps(document: Document) -> None:
    mentions = document.mentions
    assert document.next_any_mention(mentions[0].start) == (mentions[1], False)
    assert document.next_any_mention(mentions[-1].start) == (mentions[0], True)
    assert document.next_any_mention(mentions[0].start, step=-1) == (mentions[-1], True)


def test_next_quote_index_wraps_and_paragraphs_mentioning(document: Document) -> None:
    quote = document.quotes[0]
    assert document.next_quote_index(0) == (0, False)
    assert document.next_quote_index(quote.start) == (0, True)
    assert document.paragraphs_mentioning("e2") == (0, 1)
    assert document.paragraphs_mentioning("e1") == (0, 1, 2)
