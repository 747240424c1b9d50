"""Embedded posts: a paragraph ending in a tweet's signature is the account's words, through the real
pipeline on short made-up paragraphs."""

from __future__ import annotations

from tests.nlp.test_quotes import entity, quotes_of


def _quotes(nlp, paragraphs, entities=None):
    return quotes_of(nlp, paragraphs, entities, kind=None)[1]


def test_an_embedded_tweet_is_a_direct_quote_by_its_signature(nlp):
    paragraphs = [
        "Crews worked through the night.",
        "Some areas will be without power for several more days. #BCStorm pic.twitter.com/rg2GLQvMx7 "
        "— Northwind Power (@northwind) December 22, 2018",
    ]
    found = lambda body: [entity(body, "o1", "Northwind Power", "ORG", "Northwind Power")]  # noqa: E731
    quotes = _quotes(nlp, paragraphs, found)
    assert [(q.kind, q.text, q.speaker, q.confidence) for q in quotes] == [
        ("direct", "Some areas will be without power for several more days.", "Northwind Power", "high")
    ]


def test_a_post_signed_by_a_name_nobody_tagged_keeps_the_name(nlp):
    paragraphs = [
        "Here it is. Full text of the letter. https://t.co/b5PgcRnfFv — Rory Medcalf (@Rory_Medcalf) May 3, 2019"
    ]
    quotes = _quotes(nlp, paragraphs)
    assert [(q.text, q.speaker) for q in quotes] == [("Here it is. Full text of the letter.", "Rory Medcalf")]


def test_a_dash_without_a_handle_is_no_post(nlp):
    paragraphs = ["The bridge reopened on Monday — Northwind Power crews had worked all weekend."]
    assert [q for q in _quotes(nlp, paragraphs) if q.kind == "direct"] == []


def test_he_after_a_post_goes_on_with_the_speaker_before_it(nlp):
    paragraphs = [
        "“We were insulted,” Andrew Scheer said on Tuesday.",
        "You don't show up to debate me. Bring it, but you won't. https://t.co/oI5iCg4bU3 "
        "— Dana Reyes (@DanaReyes) December 18, 2018",
        "“It is a very dangerous thing to do,” he said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Andrew Scheer", "PERSON", "Andrew Scheer"),
        entity(body, "p2", "Dana Reyes", "PERSON", "Dana Reyes"),
    ]
    speakers = {q.text: q.speaker for q in _quotes(nlp, paragraphs, found)}
    assert speakers["It is a very dangerous thing to do"] == "Andrew Scheer"
