"""Embedded posts: a paragraph that ends with a tweet's signature is that account's words.

A page that embeds a tweet comes out of a scraper as the post's text followed by its signature,
"… pic.twitter.com/x — BC Hydro (@bchydro) December 22, 2018". No quotation marks and no speech
verb, yet it is a statement in the author's own words, so it is a direct quote by the name in the
signature (resolved like any written name). Links and the picture link are not part of the words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.nlp.quotes.cues import Attribution
from reader.nlp.quotes.reported import ReportedSpeech

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "— Name (@handle) Month D, YYYY" closing the paragraph; the date is optional.
_SIGNATURE = re.compile(
    r"[—–―-]\s*(?P<name>[^\s()—–―@][^()\n—–―@]{0,80}?)\s*\(@\w{1,15}\)"
    r"(?:\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?\s*$"
)
# Links, picture links and the hashtags glued to them at the end of a post's words.
_TRAILING_LINKS = re.compile(r"(?:\s*(?:#\w+\s+)*#?\w*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
_MIN_WORDS = 3


def find_posts(doc: Doc) -> list[ReportedSpeech]:
    """The embedded post that ends this paragraph, with its author as the speaker; [] when none."""
    text = doc.text
    signature = _SIGNATURE.search(text)
    if signature is None:
        return []
    words_end = signature.start()
    links = _TRAILING_LINKS.search(text, 0, words_end)
    if links is not None:
        words_end = links.start()
    words_end = len(text[:words_end].rstrip())
    start = len(text) - len(text.lstrip())
    if len(text[start:words_end].split()) < _MIN_WORDS:
        return []
    content = doc.char_span(start, words_end, alignment_mode="expand")
    name = doc.char_span(signature.start("name"), signature.end("name"), alignment_mode="expand")
    if content is None or name is None or not len(content) or not len(name):
        return []
    attribution = Attribution(None, None, name[-1].i, name.start, name.end)
    return [ReportedSpeech(start, words_end, content.start, content.end - 1, "direct", attribution)]
