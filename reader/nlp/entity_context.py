"""Junk the recogniser tags that only the surrounding text gives away. Pure: text and mentions in.

- A department word inside a title ("State" in "Secretary of State", "Defence" in "Defence
  Minister") is not an organisation of its own.
- A capitalised common word at the start of a sentence ("Bank executives aren't") is not a name
  when the article writes it in lowercase everywhere else.
- In a headline written in title case, every word is capitalised: a span made mostly of words the
  article writes in lowercase is dropped ("Visa Program"), and a person's span is cut back to the
  name the article uses ("Clinton Breaks With…" → "Clinton", "Rip Donald Trump" → "Donald Trump").
- A span that runs across a possessive into something else ("Pagliano's Fifth Amendment") is
  split when the owner is a person the article names.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from reader.nlp.entity_mentions import RawMention, tidy_mention
from reader.nlp.names import PORTFOLIOS, TITLE_NOUNS, VALUE_LABELS, name_key, word_spans

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_SENTENCE_END = frozenset(".!?:;\"\u201c\u201d\u2018'(\n")
_TITLE_BEFORE = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_HEADLINE_MAX_WORDS = 30
_POSSESSIVE = re.compile(r"['\u2019]s\s+(?=\S)")


def drop_context_junk(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """`mentions` without the junk above, trimmed or split where a part of a span is a name."""
    headlines = _Headlines(text)
    words = _word_counts(text, headlines)
    people = _person_keys(mentions, headlines)
    kept: list[RawMention] = []
    for mention in mentions:
        if mention.label in VALUE_LABELS:
            kept.append(mention)
            continue
        if _is_title_part(text, mention) or _is_common_word(text, mention, words):
            continue
        if headlines.holds(mention.start):
            mention = _headline_name(mention, words, people)
            if mention is None:
                continue
        kept.extend(_split_possessive(mention, people))
    return kept


class _Headlines:
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


def _word_counts(text: str, headlines: _Headlines) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lowercase, and capitalised inside a sentence."""
    lower: Counter[str] = Counter()
    inner_capital: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group()
        if word.islower():
            lower[word] += 1
        elif not _starts_sentence(text, match.start()) and not headlines.holds(match.start()):
            inner_capital[word.casefold()] += 1
    return lower, inner_capital


def _starts_sentence(text: str, start: int) -> bool:
    position = start - 1
    while position >= 0 and text[position] in " \t\u00a0":
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END


def _is_title_part(text: str, mention: RawMention) -> bool:
    """A department named inside an office: "Secretary of State", "Defence Minister"."""
    keys = name_key(mention.text).split()
    if not keys or not all(key in PORTFOLIOS for key in keys):
        return False
    before = _TITLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before and before.group(1).casefold() in TITLE_NOUNS:
        return True
    after = _WORD.match(text, mention.end + 1) if text[mention.end : mention.end + 1] == " " else None
    return after is not None and after.group().casefold() in TITLE_NOUNS


def _is_common_word(text: str, mention: RawMention, words: tuple[Counter[str], Counter[str]]) -> bool:
    """One capitalised word opening a sentence that the article otherwise writes in lowercase."""
    lower, inner_capital = words
    if mention.label == "PERSON" or " " in mention.text or not _starts_sentence(text, mention.start):
        return False
    word = mention.text.casefold()
    return lower[word] > 0 and inner_capital[word] == 0


def _person_keys(mentions: Sequence[RawMention], headlines: _Headlines) -> set[str]:
    """Comparison keys of the names the article gives people outside headlines, and their surnames."""
    keys: set[str] = set()
    for mention in mentions:
        if mention.label == "PERSON" and not headlines.holds(mention.start):
            key = name_key(mention.text)
            keys.add(key)
            keys.add(key.split()[-1])
    return keys


def _headline_name(
    mention: RawMention, words: tuple[Counter[str], Counter[str]], people: set[str]
) -> RawMention | None:
    """The part of a headline span that is a name, or None when it is mostly common words."""
    lower, _ = words
    spans = word_spans(mention.text)
    if mention.label == "PERSON" and name_key(mention.text) not in people:
        # The longest run of its words the article uses as a person's name: words after it are the
        # headline's verb ("Clinton Breaks With"); words before it are dropped only before a full
        # name ("Rip Donald Trump"), else they are a first name the body leaves out ("Hillary Clinton").
        for size in range(len(spans) - 1, 0, -1):
            for first in range(len(spans) - size + 1):
                start, end = spans[first][0], spans[first + size - 1][1]
                if name_key(mention.text[start:end]) in people:
                    return _cut(mention, start if size > 1 else 0, end)
    # Trimming a few words off a longer name would leave a fragment ("Black Caucus Foundation"):
    # the span goes whole or stays whole.
    common = sum(1 for start, end in spans if lower[mention.text[start:end].casefold()])
    return None if 2 * common > len(spans) else mention


def _cut(mention: RawMention, start: int, end: int) -> RawMention:
    if (start, end) == (0, len(mention.text)):
        return mention
    return replace(mention, start=mention.start + start, end=mention.start + end, text=mention.text[start:end])


def _split_possessive(mention: RawMention, people: set[str]) -> list[RawMention]:
    """ "Pagliano's Fifth Amendment" → the person "Pagliano" and "Fifth Amendment"."""
    if mention.label == "PERSON":
        return [mention]
    match = _POSSESSIVE.search(mention.text)
    if match is None or name_key(mention.text[: match.start()]) not in people:
        return [mention]
    owner = RawMention(mention.start, mention.start + match.start(), mention.text[: match.start()], "PERSON")
    rest = tidy_mention(_cut(mention, match.end(), len(mention.text)))  # "Obama's 2008": no name after
    return [owner] if rest is None else [owner, rest]
