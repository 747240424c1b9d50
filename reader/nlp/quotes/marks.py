"""Pair double quotation marks inside one paragraph, character by character (no spaCy).

Marks are paired, not counted: a mark can open only after the start of the paragraph, a space or an
opening bracket/dash, and can close only before the end, a space or punctuation. That keeps inch
marks and stray marks from pairing, and an unbalanced mark never runs past its paragraph.
Single marks (' ‘ ’) are never paired: inside double marks they are nested quotes, elsewhere they
are apostrophes far more often than quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The family decides which mark may close which: straight closes straight, curly closes curly.
_FAMILY = {'"': "straight", "“": "curly", "”": "curly", "„": "curly", "‟": "curly", "«": "angle", "»": "angle"}
_OPENING_ONLY = frozenset("“„‟«")
_CLOSING_ONLY = frozenset("”»")
OPENING_MARKS = frozenset('"“„‟«')
QUOTE_CHARS = frozenset('"“”„‟«»')
_BEFORE_OPENING = frozenset("([{—–-/:;,'‘")
_AFTER_CLOSING = frozenset(".,;:!?)]}—–―-…'’")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A quoted stretch in paragraph offsets: the opening mark at `open_at`, the closing one at
    `close_at` (None when the quote runs to the paragraph end because the next paragraph continues it)."""

    open_at: int
    close_at: int | None

    def content(self, paragraph: str) -> tuple[int, int]:
        """Paragraph offsets of the quoted words: marks, surrounding spaces and a trailing comma left out."""
        start = self.open_at + 1
        end = len(paragraph) if self.close_at is None else self.close_at
        while start < end and paragraph[start].isspace():
            start += 1
        while end > start and (paragraph[end - 1].isspace() or paragraph[end - 1] == ","):
            end -= 1
        return start, end


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else None
    after = text[i + 1] if i + 1 < len(text) else None
    if after is None or after.isspace():
        return False
    return before is None or before.isspace() or before in _BEFORE_OPENING or before in _FAMILY


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else None
    after = text[i + 1] if i + 1 < len(text) else None
    if before is None:
        return False
    if before.isspace() and not (i > 1 and text[i - 2] in "'’"):  # 'a "nested single' "' closes
        return False
    return after is None or after.isspace() or after in _AFTER_CLOSING or after in _FAMILY


def starts_with_opening_mark(paragraph: str) -> bool:
    """True when a paragraph opens with a quotation mark: the news convention for a quote that
    continues from the previous paragraph."""
    stripped = paragraph.lstrip()
    return bool(stripped) and stripped[0] in OPENING_MARKS


# Two curly single marks typed for one double mark (‘‘…’’, a word-processor habit). Not straight '':
# in text that uses it for quotes (old newswire) it is also an inch-and-foot or a typing slip, and
# the PolNeAR gold does not count it as a quotation mark (measured: direct F1 93.5 -> 91.1 with it).
_DOUBLED = {"‘‘": " “", "’’": "” "}


def _doubled_singles_as_doubles(paragraph: str) -> str:
    """The paragraph with each doubled curly single mark read as the double mark it stands for, the
    same length (a space on its outer side), so every offset still points into the original."""
    for doubled, double in _DOUBLED.items():
        if doubled in paragraph:
            paragraph = paragraph.replace(doubled, double)
    if "‘’" in paragraph:  # an opening and a closing single mark typed to open a quote: "… ‘’It’s …”"
        paragraph = _MIXED_OPENER.sub(" “", paragraph)
    return paragraph


_MIXED_OPENER = re.compile(r"(?<!\S)‘’(?=\w)")


def pair_marks(paragraph: str, *, next_paragraph_opens_quote: bool = False) -> list[MarkedSpan]:
    """The outermost quoted stretches of one paragraph, in order.

    Marks of another family inside an open quote nest (their content stays part of the outer quote),
    and so does a short term in the quote's own marks when the outer quote still closes after it;
    any other second opener of the same family before any closer means the first was unbalanced, so
    pairing restarts there. A quote still open at the paragraph end is kept (to the paragraph end) only when
    the next paragraph opens with a mark, as multi-paragraph quotes are written; otherwise dropped.
    """
    spans: list[MarkedSpan] = []
    stack: list[tuple[str, int]] = []  # (family, position) of open marks, outermost first
    paragraph = _doubled_singles_as_doubles(paragraph)
    for i, char in enumerate(paragraph):
        family = _FAMILY.get(char)
        if family is None:
            continue
        can_open = _can_open(paragraph, i)
        can_close = _can_close(paragraph, i)
        if char in _OPENING_ONLY:
            can_close = can_close and not can_open
        elif char in _CLOSING_ONLY:
            can_open = can_open and not can_close
        if stack and can_close and i > stack[-1][1] + 1:
            same_family = stack[-1][0] == family
            if same_family or (len(stack) == 1 and not can_open):
                _, opened = stack.pop()
                if not stack:
                    spans.append(MarkedSpan(opened, i))
                continue
        if can_open:
            if stack and stack[-1][0] == family and not (len(stack) == 1 and _nests(paragraph, i, family)):
                stack[-1] = (family, i)
            else:
                stack.append((family, i))
    if stack and next_paragraph_opens_quote:
        spans.append(MarkedSpan(stack[0][1], None))
    return spans


# A term quoted inside a quote in the same marks: a few words, no sentence ending inside.
_NESTED_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\s\"”]")


def _nests(paragraph: str, i: int, family: str) -> bool:
    """True when the opener at `i`, inside an open quote of its own family, quotes a short term within
    it ('"… the shift from "application consumption" to services," she said.'): it closes within a
    few words, and a later mark of the family can still close the outer quote. Otherwise the outer
    opener was a stray and pairing restarts at `i`."""
    closers = [
        j
        for j in range(i + 2, len(paragraph))
        if _FAMILY.get(paragraph[j]) == family and _can_close(paragraph, j) and not _can_open(paragraph, j)
    ]
    if len(closers) < 2:
        return False
    inner = paragraph[i + 1 : closers[0]]
    return len(inner.split()) <= _NESTED_WORDS and not _SENTENCE_END.search(inner + " ")


def balance_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen content that stops inside a quoted stretch over its missing mark: the closing one after a
    final stop ('was "dead on arrival."'), or the opening one just before the content."""
    if sum(ch in QUOTE_CHARS for ch in text[start:end]) % 2 == 0:
        return start, end
    if text[end - 1] not in QUOTE_CHARS:
        stop = end
        while stop < len(text) and text[stop] in ".,!?":
            stop += 1
        if stop < len(text) and text[stop] in QUOTE_CHARS:
            return start, stop + 1
    if start > 0 and text[start - 1] in QUOTE_CHARS and text[start] not in QUOTE_CHARS:
        return start - 1, end
    return start, end


def closing_after(paragraph: str, start: int, end: int) -> int | None:
    """Where a quotation opened in [start, end) of `paragraph` and still open at `end` closes later in
    the paragraph ('he was “very pleased with the decision. This levels the field.”'); None when
    none is open there or it never closes."""
    for span in pair_marks(paragraph):
        if start <= span.open_at < end and span.close_at is not None and span.close_at >= end:
            return span.close_at
    return None
