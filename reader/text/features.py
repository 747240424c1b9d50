"""Statistics of one line of scraped text: how much it reads like prose.

Language-light on purpose: word counts and punctuation work for any script; the stopword share
(function words such as "the", "der", "le") separates sentences from link labels in the languages
most scraped pages are written in, and is ignored on pages where it never fires.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Function words of English and of the other languages most common on news pages; a line of
# running prose has many, a menu or a headline few.
STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at by for with from as into about than that this these those
    is are was were be been being has have had do does did will would can could should may might must
    it its he she they we you i his her their our your my him them us who whom which what when where
    why how not no so there here then also just only very more most such all any some each other
    der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im es auch als wie
    le la les et est un une des du dans pour que qui sur pas au avec ce il elle sont
    el los las y es en un una del por con para se lo como más pero sus al
    il lo gli e di che non per una sono della con nel
    o os as e é de do da em um uma para com não se que
    het een en van de in is dat op te zijn met voor niet
    """.split()
)
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
# The same test without a regex, for a line with its ends trimmed: closing marks, then a full stop.
_CLOSERS = "\"'”’»)]"
_SENTENCE_ENDS = tuple(".!?…。！？")
_ASCII_DIGIT = re.compile(r"[0-9]")
_INNER_SENTENCE = re.compile(r"[.!?;:,]\s")
_CLAUSE = re.compile(r"[,;]\s")
# Braces, semicolons at the end, assignments and calls: a line of code or markup, not a menu entry.
_CODE = re.compile(r"[{}]|;$|\w\s?=\s?\S|\w\(.*\)|^</?\w+[^>]*>$|^#|^//")
# _CODE's alternatives one by one, each tried only when its character is in the line.
_CODE_ASSIGNMENT = re.compile(r"\w\s?=\s?\S")
_CODE_CALL = re.compile(r"\w\(.*\)")
_CODE_TAG = re.compile(r"</?\w+[^>]*>$")


@dataclass(frozen=True, slots=True)
class LineStats:
    """Counts that describe one line: words, stopword share, title-case share and punctuation."""

    words: int
    chars: int
    stopwords: float
    capitalised: float
    ends_sentence: bool
    inner_punctuation: int
    digits: bool
    code: bool = False
    # Commas and semicolons: a sentence or a list item joins clauses; a headline rarely does.
    clauses: int = 0

    @property
    def is_short(self) -> bool:
        """A label, a menu entry or a headline rather than a paragraph."""
        return self.words < 8


def line_stats(text: str, *, indented: bool = False) -> LineStats:
    """Describe `text` (one collapsed line); `indented` says the raw line began with whitespace."""
    words = _WORD.findall(text)
    count = len(words)
    if not count:
        return LineStats(0, len(text), 0.0, 0.0, bool(_SENTENCE_END.search(text)), 0, False)
    # map() over C functions rather than generator expressions: this runs on every line of the text.
    stop = sum(map(STOPWORDS.__contains__, map(str.lower, words)))
    caps = sum(map(str.isupper, map(itemgetter(0), words)))
    return LineStats(
        count,
        len(text),
        stop / count,
        caps / count,
        text.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_ENDS),
        len(_INNER_SENTENCE.findall(text)),
        _has_digit(text),
        indented or _looks_like_code(text) or (text.startswith("|") and text.endswith("|")),
        len(_CLAUSE.findall(text)),
    )


def _has_digit(text: str) -> bool:
    """`any(char.isdigit() for char in text)`, answered by a regex when the text is ASCII."""
    if _ASCII_DIGIT.search(text):
        return True
    return not text.isascii() and any(map(str.isdigit, text))


def _looks_like_code(text: str) -> bool:
    """`_CODE.search(text)`, one alternative at a time and only where its character is present."""
    if "{" in text or "}" in text or text.endswith((";", ";\n")):
        return True
    if "=" in text and _CODE_ASSIGNMENT.search(text):
        return True
    if "(" in text and ")" in text and _CODE_CALL.search(text):
        return True
    if text.startswith("<"):
        return _CODE_TAG.match(text) is not None
    return text.startswith(("#", "//"))
