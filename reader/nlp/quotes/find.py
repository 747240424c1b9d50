"""Locate direct quotes in one parsed paragraph and attach the cue and speaker phrase written next to them.

The output is still paragraph-local and unresolved (`RawQuote`); `quotes.py` links quotes across
paragraphs and resolves speakers to entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.nlp.quotes.cues import (
    Attribution,
    according_to,
    after_frame,
    attribution_for,
    before_frame,
    colon_attribution,
    dash_attribution,
    is_cue,
    member_attribution,
    quote_token_range,
)
from reader.nlp.quotes.marks import MarkedSpan, pair_marks

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

_SHORT_WORDS = 4  # a cue-less quote this short, inside a sentence, is a scare quote or a title
_TITLE_WORDS = 8
_MINOR_WORDS = frozenset("a an the of and or in on at to for with by from as vs".split())
_CLAUSE_END = frozenset(".!?…")
_QUOTE_TOKENS = frozenset("\"“”„«»'‘’")


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quote in paragraph terms: char offsets of its words, tokens of its marks, and what is next to it."""

    start: int  # paragraph char offsets of the quoted words
    end: int
    first_token: int  # token range of the quote, marks included
    last_token: int
    attribution: Attribution | None
    continues_previous: bool  # nothing but the previous quote's attribution lies between the two
    floating: bool  # the paragraph holds nothing but quotes
    embedded: bool  # a fragment inside the writer's own sentence ('called it "a disaster"'): mixed speech
    runs_on: bool = False  # no closing mark: the quote goes on in the next paragraph


def find_raw_quotes(doc: Doc, *, next_paragraph_opens_quote: bool) -> list[RawQuote]:
    """Direct quotes of one paragraph, in order, scare quotes and titles left out."""
    text = doc.text
    spans = pair_marks(text, next_paragraph_opens_quote=next_paragraph_opens_quote)
    ranges = [quote_token_range(doc, s.open_at, s.close_at) for s in spans]
    inside = frozenset(i for first, last in ranges for i in range(first, last + 1))
    floating = all(t.is_punct or t.is_space for t in doc if t.i not in inside)
    found: list[RawQuote] = []
    previous_after: range | None = None
    previous_last: int | None = None
    # A title or scare quote ("Fox and Friends", "Cia") inside an attribution does not end its frame.
    minor = [
        _looks_like_scare_quote(text[slice(*s.content(text))], has_cue=False, follows_word=True)
        or _names_a_show(doc, first, text[slice(*s.content(text))])
        for s, (first, _) in zip(spans, ranges, strict=False)
    ]
    for index, (span, (first, last)) in enumerate(zip(spans, ranges, strict=False)):
        start, end = span.content(text)
        if end <= start:
            continue
        later = [ranges[j][0] for j in range(index + 1, len(ranges)) if not minor[j]]
        earlier = [ranges[j][1] + 1 for j in range(index) if not minor[j]]
        next_first = later[0] if later else len(doc)
        prev_last = earlier[-1] if earlier else 0
        after_all = after_frame(doc, last, next_first)
        # A quote ending in a full stop ends its sentence: what follows is not its attribution, unless
        # it goes on in lower case ('"… trust built." he said.': a slip for the comma).
        ends_sentence = text[start:end].endswith(".") and not _goes_on_in_lower_case(doc, last)
        after = after_all if not ends_sentence else range(last + 1, last + 1)
        before = before_frame(doc, first, prev_last)
        attribution = (
            dash_attribution(doc, after_all)
            or choose_attribution(doc, before, after, inside)
            or colon_attribution(doc, first, prev_last)
        )
        member = member_attribution(doc, first, prev_last)
        if member is not None and (
            attribution is None or attribution.cue_start is None or attribution.cue_start < first
        ):
            attribution = member  # "…, including tester Jo Malkin: “…”" over the group's "agreed" before it
        words = text[start:end]
        if _looks_like_scare_quote(words, has_cue=attribution is not None, follows_word=_follows_word(doc, first)):
            continue
        if minor[index] and _names_a_show(doc, first, words):
            continue
        if _in_a_list_of_titles(text, spans, index):
            continue  # 'hits including “Black Water,” “China Grove” and others': songs, not words said
        continues = False
        if previous_last is not None:
            between = range(previous_last + 1, first)
            covered = set(previous_after or ())
            continues = all(i in covered or doc[i].is_punct or doc[i].is_space for i in between)
        embedded = _is_embedded(doc, first, words, continues)
        runs_on = span.close_at is None
        found.append(RawQuote(start, end, first, last, attribution, continues, floating, embedded, runs_on))
        previous_after, previous_last = after, last
    return found


def _in_a_list_of_titles(text: str, spans: Sequence[MarkedSpan], index: int) -> bool:
    """The quoted words are a title in Title Case next to another, with only a comma or "and"
    between them: a list of songs, books or shows ("“Black Water,” “China Grove” and “Minute By
    Minute”")."""
    words = text[slice(*spans[index].content(text))]
    if not is_a_title(words):
        return False
    start, end = spans[index].content(text)
    for other in (index - 1, index + 1):
        if not 0 <= other < len(spans):
            continue
        other_start, other_end = spans[other].content(text)
        gap = text[end:other_start] if other > index else text[other_end:start]
        if _LIST_GAP.fullmatch(gap) and is_a_title(text[other_start:other_end]):
            return True
    return False


# What stands between two titles of a list: closing and opening marks, a comma, "and" or "or".
_LIST_GAP = re.compile(r"[\s,;”\"’'“‘]*(?:\b(?:and|or)\b)?[\s”\"’'“‘]*")


def introduced_by_colon(doc: Doc) -> Attribution | None:
    """The attribution at the end of a paragraph that ends with a colon ('The senator continued:'),
    which introduces a quote standing as the next paragraph."""
    if not doc.text.rstrip().endswith(":"):
        return None
    last = len(doc)
    while last > 0 and doc[last - 1].is_space:
        last -= 1
    before = before_frame(doc, last, 0)
    return choose_attribution(doc, before, range(last, last), frozenset())


def choose_attribution(doc: Doc, before: range, after: range, quoted: frozenset[int]) -> Attribution | None:
    """The cue nearest the quote: first speech verb after it, or last one before it (after wins ties)."""
    after_cue = next((i for i in after if is_cue(doc[i])), None)
    before_cue = next((i for i in reversed(before) if is_cue(doc[i])), None)
    options: list[tuple[int, int, Attribution]] = []
    if after_cue is not None:
        options.append(
            (after_cue - after.start, 0, attribution_for(doc, doc[after_cue], after_quote=True, quoted=quoted))
        )
    if before_cue is not None:
        options.append(
            (before.stop - 1 - before_cue, 1, attribution_for(doc, doc[before_cue], after_quote=False, quoted=quoted))
        )
    for frame, side in ((after, 0), (before, 1)):
        found = according_to(doc, frame)
        if found is not None:
            assert found.cue_start is not None and found.cue_end is not None
            distance = found.cue_start - frame.start if side == 0 else frame.stop - found.cue_end
            options.append((distance, side, found))
    if not options:
        return None
    options.sort(key=lambda option: (option[2].speaker_head is None, option[0], option[1]))
    return options[0][2]


def _goes_on_in_lower_case(doc: Doc, last: int) -> bool:
    """The first word after token `last` (past spaces) is written in lower case: no new sentence."""
    following = last + 1
    while following < len(doc) and doc[following].is_space:
        following += 1
    return following < len(doc) and doc[following].is_alpha and doc[following].text.islower()


def _follows_word(doc: Doc, first: int) -> bool:
    """True when the opening mark comes right after a word on the same line (no punctuation between)."""
    previous = first - 1
    while previous >= 0 and doc[previous].is_space and "\n" not in doc[previous].text:
        previous -= 1
    return previous >= 0 and not doc[previous].is_space and not doc[previous].is_punct


def _is_embedded(doc: Doc, first: int, words: str, continues: bool) -> bool:
    """True when the quote continues the writer's sentence rather than standing as what was said:
    it follows a word ('was "true"', 'that "the ...'), or a comma and starts in lower case (unless it
    is the second half of a split quote: '"A," he said, "and B."'). A quote that opens a line or
    sentence, follows a colon, or follows a speech verb or a comma with a capital stands alone."""
    previous = first - 1
    while previous >= 0 and doc[previous].is_space:
        if "\n" in doc[previous].text:
            return False
        previous -= 1
    if previous < 0:
        return False
    before = doc[previous]
    if before.text in _CLAUSE_END or before.text in (":", "—", "–", "-") or "\n" in before.text:
        return False
    if before.text in _QUOTE_TOKENS:
        return False
    starts_upper = words[:1].isupper() or not words[:1].isalpha()
    if before.text in (",", ";") or is_cue(before):
        return not (starts_upper or continues)
    return True


def _names_a_show(doc: Doc, first: int, words: str) -> bool:
    """A title in Title Case after a possessive or "on" ('said on CBS' “Face the Nation.”', 'told
    CTV's “Question Period”'), its full stop inside the marks or not: a programme, not a sentence."""
    previous = first - 1
    while previous >= 0 and doc[previous].is_space:
        previous -= 1
    if previous < 0:
        return False
    before = doc[previous]
    possessive = before.tag_ == "POS" or before.text.endswith(("'s", "’s", "s'", "s’"))
    if before.text in ("'", "’") and previous > 0 and doc[previous - 1].text[-1:] in ("s", "S"):
        possessive = True  # "CBS’", the mark a token of its own
    if not (before.lower_ in ("on", "in") or possessive):
        return False
    return is_a_title(words)


def is_a_title(words: str) -> bool:
    """Two to eight words in Title Case ("Face the Nation", "The Art of War")."""
    tokens = re.findall(r"[\w'’-]+", words)
    return 2 <= len(tokens) <= _TITLE_WORDS and all(
        t[0].isupper() or t.lower() in _MINOR_WORDS or not t[0].isalpha() for t in tokens
    )


def _looks_like_scare_quote(words: str, *, has_cue: bool, follows_word: bool) -> bool:
    """A short cue-less fragment ('the so-called "peace deal"') or a title in Title Case ('wrote "The
    Art of War"'), as opposed to a sentence someone said."""
    tokens = re.findall(r"[\w'’-]+", words)
    if not tokens:
        return True
    is_sentence = words.rstrip("\"'”’ ")[-1:] in _CLAUSE_END and len(tokens) > 1
    if is_sentence:
        return False
    title_case = all(t[0].isupper() or t.lower() in _MINOR_WORDS or not t[0].isalpha() for t in tokens)
    if title_case and 2 <= len(tokens) <= _TITLE_WORDS and (not has_cue or follows_word):
        return True
    return not has_cue and len(tokens) <= _SHORT_WORDS
