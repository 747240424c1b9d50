"""Parsing in pieces: a paragraph longer than the pipeline takes is cut at sentence-ish boundaries,
offsets preserved, and the analysis still finds what is in every piece."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.nlp.analyze import analyze
from reader.nlp.parse import MAX_PIECE_CHARS, parse_paragraphs, piece_limit, split_long
from reader.text.article import CleanArticle


@pytest.fixture
def blank_nlp():
    """A tokenizer-only English pipeline with a tiny max_length: fast, and any whole-text call fails."""
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 60
    return nlp


def _pieces(text: str, limit: int) -> list[str]:
    return [text[start:end] for start, end in split_long(text, 0, len(text), limit)]


def test_a_short_paragraph_is_one_piece() -> None:
    assert _pieces("One sentence. Two.", 60) == ["One sentence. Two."]


def test_cuts_prefer_line_breaks_then_sentence_ends_then_spaces() -> None:
    lines = "First line of the block\nsecond line. It goes on and on"
    assert _pieces(lines, 40) == ["First line of the block", "second line. It goes on and on"]
    sentences = 'He said "it is late." Then the vote was held at noon today.'
    assert _pieces(sentences, 40) == ['He said "it is late."', "Then the vote was held at noon today."]
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    pieces = _pieces(words, 20)
    assert all(len(p) <= 20 for p in pieces)
    assert " ".join(pieces) == words  # cut between words, no word split, nothing lost


def test_an_unbroken_run_is_cut_at_the_limit() -> None:
    assert _pieces("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_cjk_sentences_are_cut_after_their_full_stop() -> None:
    text = "東京で会議が開かれた。" * 6
    pieces = _pieces(text, 25)
    assert all(p.endswith("。") and len(p) <= 25 for p in pieces)
    assert "".join(pieces) == text


def test_pieces_keep_offsets_into_the_article(blank_nlp) -> None:
    long = " ".join(f"Sentence number {n} is here." for n in range(40))  # about 1,100 characters
    article = CleanArticle.from_paragraphs(None, ["A short first paragraph.", long, "The end."])
    parsed = parse_paragraphs(article, blank_nlp)
    assert len(parsed) > 3
    for item in parsed:
        assert len(item.doc.text) <= 60
        assert article.text[item.start : item.end] == item.doc.text
    # every word of the article is in exactly one piece, in order
    assert " ".join(item.doc.text for item in parsed).split() == article.text.split()
    assert [item.continued for item in parsed][:3] == [False, False, True]
    assert parsed[-1].doc.text == "The end." and not parsed[-1].continued


def test_progress_counts_paragraphs_not_pieces(blank_nlp) -> None:
    article = CleanArticle.from_paragraphs(None, ["Short one.", "word " * 100 + "end", "Last."])
    calls: list[tuple[int, int]] = []
    parse_paragraphs(article, blank_nlp, on_progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_piece_limit_is_the_smaller_of_max_length_and_the_cap(blank_nlp) -> None:
    assert piece_limit(blank_nlp) == 60
    blank_nlp.max_length = 10**9
    assert piece_limit(blank_nlp) == MAX_PIECE_CHARS


def test_analysis_of_a_paragraph_over_max_length_finds_quotes_and_people(nlp, monkeypatch) -> None:
    """Before chunking this raised spaCy's E088 and the analysis failed."""
    monkeypatch.setattr(nlp, "max_length", 400)
    filler = "The committee met again on Monday and the room was cold for a long time. " * 6
    body = f'{filler}"We will not sign it," Senator Maria Lopez said. {filler}Lopez left early.'
    assert len(body) > 2 * 400
    article = CleanArticle.from_paragraphs(None, [body])
    analysis = analyze(article, nlp)
    text = article.text
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    lopez = next(e for e in analysis.entities if e.name == "Maria Lopez")
    assert len(lopez.mentions) == 2  # one in the second piece, one in the last
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We will not sign it"]
    assert direct[0].speaker == "Maria Lopez"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab .!?\n\t。”"')) | st.text(), st.integers(min_value=1, max_value=30))
def test_pieces_cover_every_character_but_the_whitespace_at_cuts(text: str, limit: int) -> None:
    text = text.strip()
    pieces = split_long(text, 0, len(text), limit)
    position = 0
    for start, end in pieces:
        assert position <= start < end and end - start <= limit
        assert not text[position:start].strip()  # only whitespace is left between pieces
        assert text[start:end] == text[start:end].strip()
        position = end
    assert position == len(text)


def test_two_processes_parse_exactly_as_one(nlp) -> None:
    from reader.nlp.parse import parse_paragraphs
    from reader.text.article import CleanArticle

    paragraphs = [f"Maria Lopez met Tom Reed in Lisbon on day {n}. They talked for an hour." for n in range(40)]
    article = CleanArticle.from_paragraphs("T", paragraphs)
    one = parse_paragraphs(article, nlp, n_process=1)
    two = parse_paragraphs(article, nlp, n_process=2)
    assert [(p.start, [(e.text, e.label_) for e in p.doc.ents]) for p in one] == [
        (p.start, [(e.text, e.label_) for e in p.doc.ents]) for p in two
    ]


def test_only_long_texts_use_a_second_process() -> None:
    from reader.nlp.parse import PARALLEL_MIN_CHARS, processes_for

    assert processes_for(10_000) == 1
    assert processes_for(PARALLEL_MIN_CHARS * 2) in (1, 2)  # 1 only on a one-core machine


def test_no_second_process_off_the_main_thread() -> None:
    """The app parses in a worker thread; forking there can deadlock, so it stays on one process."""
    import threading

    from reader.nlp.parse import PARALLEL_MIN_CHARS, processes_for

    seen = []
    thread = threading.Thread(target=lambda: seen.append(processes_for(PARALLEL_MIN_CHARS * 10)))
    thread.start()
    thread.join()
    assert seen == [1]
