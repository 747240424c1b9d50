"""Where an offset sits in the article: which paragraph, whether it opens a sentence, whether it is
inside a quotation or a headline. Pure; the grouping rules ask these questions about mentions.
"""

from __future__ import annotations

import bisect
import re

_SENTENCE_END = frozenset(".!?:;\"\u201c\u201d\u2018'(\n")
_BREAKS = re.compile(r"\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_HEADLINE_MAX_WORDS = 30
_LOWERCASE_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]+(?![\w'\u2019-])")
_WORD_BEFORE_DOT = re.compile(r"(?<![\w.])([A-Za-z]+)$")
# Abbreviations whose dot ends no sentence: courtesy titles and ranks written before names.
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "st",
        "jr",
        "sr",
        "rev",
        "capt",
        "adm",
        "maj",
        "cmdr",
        "del",
        "pres",
        "hon",
        "no",
        "vs",
    }
)
_SPACES = frozenset(" \t\u00a0")
_DOUBLE_QUOTE = re.compile('["\u201c\u201d]')


_HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")


_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|into|near|across|outside|inside|around|throughout|toward|towards|via|past)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


class Layout:
    """Answers about offsets into one article body; without a body, the article is one paragraph
    of narrative and nothing opens a sentence."""

    def __init__(self, text: str | None) -> None:
        self._text = text or ""
        # a run of line breaks ends a paragraph (the cleaned body puts a blank line between them)
        self._breaks = [match.start() for match in _BREAKS.finditer(self._text)]
        self._ends = [match.end() for match in _BREAKS.finditer(self._text)]
        self._lowercase: set[str] | None = None
        self._quotes = [match.start() for match in _DOUBLE_QUOTE.finditer(self._text)]
        self.headlines = Headlines(self._text)

    def after_a_place_word(self, offset: int) -> bool:
        """A preposition only places take stands right before `offset` ("in Washington", "past
        Ottawa"; not "to" or "from", which people take too): the name there is used as a place."""
        if not self._text:
            return True  # no text to tell: take the recogniser's word for it
        return _PLACE_PREPOSITION.search(self._text, max(0, offset - 12), offset) is not None

    def written_in_lowercase(self, word: str) -> bool:
        """The article uses `word` as a common word somewhere ("new" in "her new film")."""
        if self._lowercase is None:
            self._lowercase = set(_LOWERCASE_WORD.findall(self._text))
        return word.casefold() in self._lowercase

    def honorific_gender(self, offset: int) -> str | None:
        """ "m" or "f" when a courtesy title stands right before `offset` ("Mrs. Obama"), else None."""
        found = _HONORIFIC_BEFORE.search(self._text, max(0, offset - 6), offset)
        return _HONORIFIC_GENDERS[found.group(1).lower()] if found else None

    def generation(self, offset: int) -> str | None:
        """ "elder" or "younger" when the words right before `offset` say which of a family it is
        ("the younger MacAulay"), else None."""
        found = _GENERATION_BEFORE.search(self._text, max(0, offset - 12), offset)
        return found.group(1).lower() if found else None

    def relative_before(self, offset: int) -> str | None:
        """The relative a name is introduced as, right before it ("His son, Kyle MacAulay"; "Tom's
        daughter Ann"), else None."""
        found = _RELATIVE_BEFORE.search(self._text, max(0, offset - 40), offset)
        return found.group(1).lower() if found else None

    def age_after(self, end: int) -> int | None:
        """The age set right after a name between commas ("Tom MacAulay, 68,"), else None."""
        found = _AGE_AFTER.match(self._text, end)
        return int(found.group(1)) if found else None

    def paragraph_of(self, offset: int) -> int:
        """Number of the paragraph holding `offset`."""
        return bisect.bisect_right(self._breaks, offset)

    def same_sentence(self, start: int, end: int) -> bool:
        """No sentence ends between the two offsets of one paragraph."""
        if self.paragraph_of(start) != self.paragraph_of(end):
            return False
        return _SENTENCE_BREAK.search(self._text, start, end) is None

    def opens_sentence(self, offset: int) -> bool:
        """Only spaces lie between `offset` and the end of the previous sentence or line."""
        return bool(self._text) and starts_sentence(self._text, offset)

    def in_quotation(self, offset: int) -> bool:
        """`offset` is inside quotation marks opened earlier in its paragraph."""
        if not self._text:
            return False
        position = self.paragraph_of(offset)
        start = self._ends[position - 1] if position else 0
        # Marks counted together: scraped text mixes straight and curly ones ('"work-related”').
        marks = bisect.bisect_left(self._quotes, offset) - bisect.bisect_left(self._quotes, start)
        return marks % 2 == 1


class Headlines:
    """The lines of `text` written as a headline: short, every longer word capitalised."""

    def __init__(self, text: str) -> None:
        self._lines: list[tuple[int, int]] = []
        start = 0
        for line in text.split("\n"):
            if _is_headline(line):
                self._lines.append((start, start + len(line)))
            start += len(line) + 1

    def holds(self, offset: int) -> bool:
        position = bisect.bisect_right(self._lines, offset, key=lambda line: line[0]) - 1
        return position >= 0 and offset < self._lines[position][1]


def _is_headline(line: str) -> bool:
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 3 or len(words) > _HEADLINE_MAX_WORDS:
        return False
    return all(w[0].isupper() for w in long_words)


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")


def starts_sentence(text: str, offset: int) -> bool:
    """Only spaces lie between `offset` and the end of a sentence or line; the dot of "Mr." or of
    an initial ("John F.") ends no sentence."""
    position = offset - 1
    while position >= 0 and text[position] in _SPACES:
        position -= 1
    if position < 0:
        return True
    if text[position] == ".":
        word = _WORD_BEFORE_DOT.search(text, max(0, position - 12), position)
        if word and (word.group(1).casefold() in _ABBREVIATIONS or len(word.group(1)) == 1):
            return False
    return text[position] in _SENTENCE_END


_GENERATION_BEFORE = re.compile(r"\b(elder|younger)\s+$", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(
    r"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|[A-Z][\w'’-]*['’]s?)\s+(?:[a-z]+\s+)?"
    r"(son|daughter|child|grandson|granddaughter|father|mother|dad|mom|mum|parent|grandfather|grandmother)"
    r"\s*,?\s*$"
)
_AGE_AFTER = re.compile(r",\s*(\d{1,3})\s*[,)]")
