"""How far a comment thread, a related-stories box or an author bio really goes.

A heading such as "Comments" or "Related" opens a section, but only the lines that look like that
section may go with it. What never does is a run of article-like prose: paragraph after paragraph
of running text, with at most a lone subheading between them, and none of a thread's marks (a
signature, a time stamp, a "Reply" button) in it. Comments are prose too, but each sits between such
marks; teasers are prose too, but each sits under its own headline. A section ends where the first
such run begins, and a run of that size outside the article region is an article as well, so a file
of many articles keeps all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# Prose words in one run past which it is the article's, not a comment's or a teaser's.
MAX_SECTION_PROSE = 300
# A long comment is still one when a thread's next signed entry follows it within this many words.
MAX_ENTRY_PROSE = 1000
_MIN_ENTRIES = 3
_MIN_CITATIONS = 3
# Words of paragraphs next to one another that a cut may take without a thread's entries to show for it.
MAX_CUT_PROSE = 300
# An article's subheadings are few between its paragraphs; a box of teasers has one per blurb.
_PARAGRAPHS_PER_HEADING = 3
# "Reply", "3 replies", "12 likes", "Report": the buttons and counts under each comment.
_THREAD_MARK = re.compile(
    r"(?:reply|replies|\d+\s+(?:replies|likes?|points?|votes?|upvotes?)|likes?|report(?: comment| abuse)?"
    r"|flag|permalink|upvote|downvote|(?:load|show|view) (?:more )?(?:replies|comments)|\d+\s*(?:h|d|w|m|y))",
    re.I,
)
_MAX_MARK_WORDS = 8


def is_thread_mark(text: str, words: int) -> bool:
    """True for the short buttons and counts a comment thread repeats under each entry."""
    return (
        words <= _MAX_MARK_WORDS and _THREAD_MARK.fullmatch(" ".join(text.strip(" \t-–—·•|()[]").split())) is not None
    )


def prose_runs(
    gains: Sequence[float], sentences: Sequence[bool], breaks: Sequence[bool], start: int, stop: int
) -> list[tuple[int, int]]:
    """The runs of article-like prose in lines `[start, stop)`, as `[first, end)` index pairs.

    `gains` is each line's `region.line_gain` (prose counts its words, labels are negative),
    `sentences` says which lines end a sentence, `breaks` marks lines that end any run (clutter, a
    thread's marks). A run takes prose lines and neutral ones (list items, table rows); one short
    line between paragraphs is a subheading, two in a row end it. A line that ends no sentence
    counts as a heading: teasers alternate headlines and blurbs, an article has more paragraphs.
    """
    return list(_runs(gains, sentences, breaks, start, stop, first_only=False))


def first_prose_run(
    gains: Sequence[float], sentences: Sequence[bool], breaks: Sequence[bool], start: int, stop: int
) -> int:
    """Where the first run of article-like prose in `[start, stop)` begins (`stop` if none); reads
    no further than that run's first few hundred words."""
    return next((first for first, _ in _runs(gains, sentences, breaks, start, stop, first_only=True)), stop)


def thread_end(gains: Sequence[float], entries: Sequence[bool], breaks: Sequence[bool], start: int, stop: int) -> int:
    """Where a comment thread opening at `start` reaches: past its last entry, `start + 1` if none.

    `entries` marks each comment's signature or time stamp ("Sam on 4 May 2024 at 9:12 said:",
    "Wendy | July 19, 2018"). Each entry must come within `MAX_ENTRY_PROSE` words of the one before;
    a gap of article-like length is a long comment only once the thread has shown a few entries, and
    then the last entry's comment, up to its "Reply" (any line in `breaks`), goes too.
    """
    reached = start + 1
    words = 0.0
    count = 0
    for index in range(start + 1, stop):
        if entries[index]:
            if words > MAX_SECTION_PROSE and count < _MIN_ENTRIES:
                break
            reached, words, count = index + 1, 0.0, count + 1
            continue
        words += max(gains[index], 0.0)
        if words > MAX_ENTRY_PROSE:
            break
    if count < _MIN_ENTRIES:
        return reached
    words = 0.0
    for index in range(reached, stop):
        if breaks[index]:
            return index
        words += max(gains[index], 0.0)
        if words > MAX_ENTRY_PROSE:
            break
    return reached


def citations_end(gains: Sequence[float], citations: Sequence[bool], start: int, stop: int) -> int:
    """Where a reference list opening at `start` ends: at the first paragraph of prose that cites
    nothing. Labels and short lines between the entries go with it; fewer than a few entries is no
    list (`start + 1`)."""
    found = 0
    for index in range(start + 1, stop):
        if citations[index]:
            found += 1
        elif gains[index] > 0:
            return index if found >= _MIN_CITATIONS else start + 1
    return stop if found >= _MIN_CITATIONS else start + 1


def _runs(
    gains: Sequence[float],
    sentences: Sequence[bool],
    breaks: Sequence[bool],
    start: int,
    stop: int,
    *,
    first_only: bool,
) -> Iterator[tuple[int, int]]:
    first = end = -1
    words = 0.0
    paragraphs = headings = 0
    pending = False
    for index in range(start, stop):
        gain = gains[index]
        if breaks[index] or (gain < 0 and (pending or first < 0)):
            if first >= 0 and _article_like(words, paragraphs, headings):
                yield first, end
            first = -1
            words, paragraphs, headings, pending = 0.0, 0, 0, False
            continue
        if gain < 0:
            pending = True
            continue
        if first < 0:
            first = index
        if pending:
            headings += 1
            pending = False
        words += max(gain, 0.0)
        if not sentences[index]:
            headings += 1
        elif gain > 0:
            paragraphs += 1
        end = index + 1
        if first_only and _article_like(words, paragraphs, headings):
            yield first, end
            return
    if first >= 0 and _article_like(words, paragraphs, headings):
        yield first, end


def _article_like(words: float, paragraphs: int, headings: int) -> bool:
    # One long paragraph alone is as likely a long comment or blurb as an article.
    return words >= MAX_SECTION_PROSE and paragraphs >= max(2, _PARAGRAPHS_PER_HEADING * headings)


def paired_prose(gains: Sequence[float], sentences: Sequence[bool], start: int, stop: int) -> float:
    """Words in `[start, stop)` of paragraphs next to another paragraph: how an article reads. A
    teaser's blurb sits alone under its headline, so a box of other stories has almost none."""
    words = 0.0
    for index in range(start, stop):
        if gains[index] > 0 and sentences[index]:
            before = index > start and gains[index - 1] > 0 and sentences[index - 1]
            after = index + 1 < stop and gains[index + 1] > 0 and sentences[index + 1]
            if before or after:
                words += gains[index]
    return words
