"""Search (smart case, literal) and how a copied quote is cited."""

from __future__ import annotations

from reader.model.cite import cite_quote
from reader.model.search import find_matches
from reader.nlp.types import Entity, Quote


def test_lower_case_query_ignores_case_and_capitals_match_exactly() -> None:
    text = "Port and port and PORT"
    assert find_matches(text, "port") == ((0, 4), (9, 13), (18, 22))
    assert find_matches(text, "Port") == ((0, 4),)


def test_query_is_literal_text_not_a_pattern() -> None:
    assert find_matches("a (b) c.d", "(b)") == ((2, 5),)
    assert find_matches("a (b) c.d", ".") == ((7, 8),)
    assert find_matches("anything", "") == ()


def test_cited_quote_has_speaker_and_role_and_one_line() -> None:
    quote = Quote("q1", 0, 10, "We will\nnot wait", "direct", "Maria Lopez", "e1")
    lopez = Entity("e1", "Maria Lopez", "PERSON", ("Maria Lopez",), (), ("harbour master",))
    assert cite_quote(quote, lopez) == "“We will not wait” — Maria Lopez, harbour master"
    assert cite_quote(Quote("q2", 0, 2, "Hi", "direct")) == "“Hi” — unattributed"
