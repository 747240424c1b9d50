"""Find the article in a whole page: the densest run of prose lines.

A page copied whole ("select all, copy") wraps the article in menus, cookie notices, link lists
and footers. Those are runs of short lines; the article is where long, punctuated lines full of
function words cluster. Each line scores its words if it reads as prose and a penalty if not; the
run with the highest total (the maximum-sum subarray) is the article region.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.text.evidence import MAX_CUT_PROSE, citations_end, first_prose_run, paired_prose, thread_end
from reader.text.features import LineStats

# A line of running prose: enough words, a sentence shape, and (in languages with stopwords) many of them.
_MIN_PROSE_WORDS = 10
_MIN_STOPWORDS = 0.15
# Below this median stopword share the page is in a language the list does not cover.
_STOPWORD_LANGUAGE = 0.08
# What a non-prose line costs: a fixed part per line (menus are many short lines) and a share of its words.
# Prose words an article needs before a comment thread or a related-stories box may end it.
_MIN_ARTICLE_WORDS = 40
# Share of the region's prose that must come before a comment thread / a related box for it to end the article.
_COMMENTS_SHARE = 0.2
_RELATED_SHARE = 0.75
# An author bio is short: it ends the article when most of the prose is before it.
_BIO_SHARE = 0.5
# A box of other stories: at least this many lines, at least this share of them short.
_MIN_TEASER_LINES = 6
_TEASER_SHORT_SHARE = 0.5
COMMENTS = "comments"
# The signature line of one comment: "Sam on 4 May 2024 at 9:12 am said:".
COMMENT_SIGNED = "signed comment"
RELATED = "related"
BIO = "author bio"
REFERENCES = "references"
_CLUTTER_PENALTY = 8.0
_MENU_PENALTY = 3.0
_SHORT_PENALTY = 1.5
_HEADLINE_PENALTY = 0.5
# A list item ("nylon cord and a small carabiner for hanging the bag") is lower-case; a headline has names.
_HEADLINE_CAPITALS = 0.2


@dataclass(frozen=True, slots=True)
class Cut:
    """Lines `[start, end)` that are a comment thread, a related-stories box or an author bio (`kind`)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Region:
    """Indices `[start, end)` of the lines that make up the article.

    `ended_by` is COMMENTS, RELATED or BIO when such a section ends it. `cuts` are the sections found,
    the one that ends the region last; lines past the last cut are outside the article again.
    """

    start: int
    end: int
    ended_by: str | None = None
    cuts: tuple[Cut, ...] = ()


def is_prose(stats: LineStats, *, check_stopwords: bool = True) -> bool:
    """True if the line reads as a sentence or more of running text."""
    if stats.words < _MIN_PROSE_WORDS:
        return False
    if not (stats.ends_sentence or stats.inner_punctuation or stats.words >= 2 * _MIN_PROSE_WORDS):
        return False
    return not check_stopwords or stats.stopwords >= _MIN_STOPWORDS


def uses_stopwords(stats: Sequence[LineStats]) -> bool:
    """True if the page's longer lines are in a language whose function words the list knows."""
    shares = sorted(s.stopwords for s in stats if s.words >= _MIN_PROSE_WORDS)
    return bool(shares) and shares[len(shares) // 2] >= _STOPWORD_LANGUAGE


def line_gain(line: LineStats, junk: bool, check: bool) -> float:
    """How much a line says "article here": prose counts its words, menus and labels cost."""
    if junk:
        return -_CLUTTER_PENALTY
    if is_prose(line, check_stopwords=check):
        # A line that never ends its sentence nor joins clauses, with names in it, is a headline
        # (another story's teaser) more often than a paragraph: it does not count as prose.
        headline = (
            not line.ends_sentence
            and not line.clauses
            and line.words < 2 * _MIN_PROSE_WORDS
            and line.capitalised >= _HEADLINE_CAPITALS
        )
        return -_HEADLINE_PENALTY if headline else float(line.words)
    if line.ends_sentence and line.words >= 4 and (not check or line.stopwords > 0):
        return 0.5 * line.words
    if (
        line.words >= 2 * _MIN_PROSE_WORDS
        or line.digits
        or line.code
        or (line.words >= 4 and line.stopwords >= _MIN_STOPWORDS)
    ):
        # Code, tables, data rows and list items with running words: content on some pages, so
        # they neither pull nor push.
        return 0.0
    if line.capitalised >= 0.75:
        return -_MENU_PENALTY
    return -_SHORT_PENALTY


def main_region(
    stats: Sequence[LineStats],
    clutter: Sequence[bool],
    ends: Sequence[str | None] = (),
    *,
    marks: Sequence[bool] = (),
    entries: Sequence[bool] = (),
    citations: Sequence[bool] = (),
) -> Region:
    """The run of lines with the most prose for the least clutter; the whole text if none is prose.

    `ends` marks lines that open what follows an article (a comment thread, a "related stories"
    box): the region stops at the first one that comes after most of its prose (`end_at_sections`).
    """
    return end_at_sections(
        stats, clutter, ends, densest_run(stats, clutter), marks=marks, entries=entries, citations=citations
    )


def end_at_sections(
    stats: Sequence[LineStats],
    clutter: Sequence[bool],
    ends: Sequence[str | None],
    region: Region,
    *,
    marks: Sequence[bool] = (),
    entries: Sequence[bool] = (),
    citations: Sequence[bool] = (),
    more: bool = False,
) -> Region:
    """`region`, with the comment threads, related-stories boxes and author bios that follow most of
    its prose cut out; one that runs to the region's end ends it.

    A section reaches only as far as lines that look like it: it stops where article-like prose
    begins (`evidence.first_prose_run`), and a heading followed at once by such prose cuts nothing.
    `marks` flags a thread's buttons and counts ("Reply", "3 replies"), `entries` the lines that
    sign or date a comment: a thread reaches its last entry however long the comments between them
    (`evidence.thread_end`). `citations` marks the entries of a reference list: one after a "References" heading takes only
    those (`evidence.citations_end`). `more` says the text goes on after these lines (a long text cleaned in
    parts).
    """
    if not ends:
        return region
    check = uses_stopwords(stats)
    raw = [line_gain(line, junk, check) for line, junk in zip(stats, clutter, strict=True)]
    gains = [max(gain, 0.0) for gain in raw]
    sentences = [line.ends_sentence for line in stats]
    breaks = [
        junk
        or kind in (COMMENTS, COMMENT_SIGNED)
        or (bool(marks) and marks[index])
        or (bool(entries) and entries[index])
        for index, (junk, kind) in enumerate(zip(clutter, ends, strict=True))
    ]
    total = sum(gains[region.start : region.end])
    before = 0.0
    cuts: list[Cut] = []
    resume = region.start
    index = region.start
    while index < region.end:
        kind = ends[index]
        if kind is not None and _opens(stats, kind, before, total, index, region.end):
            if kind == REFERENCES:
                stop = citations_end(raw, citations, index, len(stats)) if citations else index + 1
                reached = index + 1
                if stop >= len(stats) and more:
                    stop = index + 1
            else:
                thread = bool(entries) and kind in (COMMENTS, COMMENT_SIGNED)
                reached = thread_end(raw, entries, breaks, index, len(stats)) if thread else index + 1
                stop = first_prose_run(raw, sentences, breaks, reached, len(stats))
            if kind not in (COMMENTS, COMMENT_SIGNED):
                # A comment thread's heading ends a related box or a bio above it: the thread is cut on its own.
                stop = next((line for line in range(index + 1, stop) if ends[line] in (COMMENTS, COMMENT_SIGNED)), stop)
            # A cut with text after it, through an article's paragraphs and with no thread's entries to
            # show for it, is refused: it would take the start of another article. One that runs to the
            # end of the text ends the page.
            evidenced = (
                reached > index + 1
                or (stop >= len(stats) and not more)
                or paired_prose(raw, sentences, index + 1, stop) <= MAX_CUT_PROSE
            )
            # A heading with nothing of its section after it cuts nothing; a bio's own sentence goes.
            content = stop > index + 1 or (kind == BIO and gains[index] > 0)
            if content and evidenced:
                start = _trim_end(stats, clutter, resume, index, check)
                cut = Cut(start, stop, COMMENTS if kind == COMMENT_SIGNED else kind)
                if stop >= region.end:
                    return Region(region.start, start, cut.kind, (*cuts, cut))
                cuts.append(cut)
                index = resume = stop
                continue
        before += gains[index]
        index += 1
    return Region(region.start, region.end, None, tuple(cuts))


def _opens(stats: Sequence[LineStats], kind: str, before: float, total: float, index: int, end: int) -> bool:
    """True if a section heading at `index` comes after enough of the article to end it."""
    if kind == COMMENT_SIGNED:
        # "Sam on 4 May 2024 at 9:12 said:" opens a thread however long the thread is.
        return before >= _MIN_ARTICLE_WORDS
    if before < max(_MIN_ARTICLE_WORDS, _COMMENTS_SHARE * total):
        return False
    # A related-stories box mid-article is common; one that ends it comes after nearly all of it.
    share = _BIO_SHARE if kind in (BIO, REFERENCES) else _RELATED_SHARE
    return kind == COMMENTS or before >= share * total or _teasers(stats, index + 1, end)


def _teasers(stats: Sequence[LineStats], start: int, end: int) -> bool:
    """True if the lines read as a list of other stories: headlines and names between short blurbs,
    rather than the paragraphs of an article that a related box interrupted."""
    lines = stats[start:end]
    return len(lines) >= _MIN_TEASER_LINES and sum(line.is_short for line in lines) >= _TEASER_SHORT_SHARE * len(lines)


def _trim_end(stats: Sequence[LineStats], clutter: Sequence[bool], start: int, end: int, check: bool) -> int:
    """Drop the menu lines and labels between the article's last paragraph and a section that ends it
    (tag lists, share rows)."""
    while end > start and line_gain(stats[end - 1], clutter[end - 1], check) < 0:
        end -= 1
    return end


def densest_run(stats: Sequence[LineStats], clutter: Sequence[bool]) -> Region:
    """The run of lines with the most prose for the least clutter (the maximum-sum subarray)."""
    check = uses_stopwords(stats)
    best, best_start, best_end = 0.0, 0, len(stats)
    total, start = 0.0, 0
    for index, (line, junk) in enumerate(zip(stats, clutter, strict=True)):
        gain = line_gain(line, junk, check)
        if total <= 0:
            total, start = 0.0, index
        total += gain
        if total > best:
            best, best_start, best_end = total, start, index + 1
    if best < _MIN_ARTICLE_WORDS:
        # Too little prose to tell an article from a page around it: judge each line alone.
        return Region(0, len(stats))
    return _extend(stats, clutter, Region(best_start, best_end))


def _extend(stats: Sequence[LineStats], clutter: Sequence[bool], region: Region) -> Region:
    """Grow the region over the neutral lines at its edges (list items, table rows, code)."""
    check = uses_stopwords(stats)
    start, end = region.start, region.end
    while start > 0 and line_gain(stats[start - 1], clutter[start - 1], check) >= 0:
        start -= 1
    while end < len(stats) and line_gain(stats[end], clutter[end], check) >= 0:
        end += 1
    return Region(start, end)
