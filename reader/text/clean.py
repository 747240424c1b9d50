"""Clean: scraped text → title, body paragraphs, and what was removed and why. Pure functions.

`clean_article` is the default path; `split_paragraphs` is `--no-clean`, which only splits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.text.article import CleanArticle, Meta, Removal
from reader.text.blocks import Unit, collapse_whitespace, normalize_newlines, split_blocks, split_units
from reader.text.boilerplate import (
    AUTHOR_BIO,
    BYLINE,
    COMMENT,
    DATELINE,
    DUPLICATE,
    FOOTER,
    LINK_LIST,
    NAVIGATION,
    OUTSIDE,
    REFERENCE_LIST,
    RELATED_LINK,
    classify,
)
from reader.text.context import CLUTTER_BLOCK, short_lines_among_clutter
from reader.text.evidence import is_thread_mark, prose_runs
from reader.text.features import LineStats, line_stats
from reader.text.meta import HEAD_LINES, is_author_line, is_bare_name, meta_from_lines
from reader.text.region import (
    BIO,
    COMMENTS,
    REFERENCES,
    RELATED,
    Region,
    densest_run,
    end_at_sections,
    line_gain,
    uses_stopwords,
)
from reader.text.sections import box_items, comment_entries, is_citation, section_starts

if TYPE_CHECKING:
    from reader.io.load import LoadedText

# A headline is short and is not a sentence; past these it is the first paragraph.
_MAX_TITLE_WORDS = 25
_MAX_TITLE_CHARS = 200
# Lines shorter than this are not checked for repeats: "Yes." twice in an interview is not clutter.
_MIN_DUPLICATE_LETTERS = 20
_STRAY_LINES = 2
# The headline may sit just inside the region (a page whose region starts at its title).
_TITLE_INSIDE = 3
_LIST_ITEM = re.compile(r"\d{1,2}[.)]\s")
_MIN_BODY_WORDS = 8
# Three or more short lines in a row outside the article are a list of links.
_LINK_LIST_RUN = 3
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
# A page title often carries the site's name: "Headline | Site" or "Headline - Site".
_TITLE_SUFFIX = re.compile(r"\s+[|–—:-]\s+[^|–—:-]+$")
_SECTION_REASONS = {COMMENTS: COMMENT, RELATED: RELATED_LINK, BIO: AUTHOR_BIO, REFERENCES: REFERENCE_LIST}
# A text longer than this many characters (about 20,000 words) is cleaned in parts, each cut at the
# first blank line past this length; every page of the development data is shorter.
PART_CHARS = 120_000
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def clean_loaded(loaded: LoadedText) -> CleanArticle:
    """`clean_article` on a loaded file, with what the page declared (HTML title and metadata)."""
    return clean_article(
        loaded.text,
        title=loaded.title,
        author=loaded.author,
        date=loaded.date,
        site=loaded.site,
        extracted=loaded.html,
    )


def clean_article(
    text: str,
    *,
    title: str | None = None,
    author: str | None = None,
    date: str | None = None,
    site: str | None = None,
    extracted: bool = False,
) -> CleanArticle:
    """Split `text` into paragraphs, take the headline as the title, and drop web clutter.

    `title`, `author`, `date` and `site` are what the page itself declares (HTML metadata); when
    given they win over what the text suggests, and the line that repeats the title is not kept
    in the body. `extracted` says an HTML extractor already cut the article out of its page, so
    only the line rules apply, not the search for the article region. Every dropped line is in
    `removed`, verbatim, with the reason and its offsets in `original` (the text with line ends
    normalised). A text longer than `PART_CHARS` is cleaned in parts (`PartCleaner`).
    """
    cleaner = PartCleaner(text, title=title, author=author, date=date, site=site, extracted=extracted)
    while not cleaner.done:
        cleaner.clean_next()
    return cleaner.article()


def part_end(original: str, start: int, size: int = PART_CHARS) -> int:
    """Where the part of `original` that begins at `start` ends: just after the line end before
    the first blank line at least `size` characters on, or at the end of the text."""
    if len(original) - start <= size:
        return len(original)
    match = _BLANK_LINE.search(original, start + size)
    return match.start() + 1 if match else len(original)


class PartCleaner:
    """Clean a text part by part, each part cut at a blank line (`part_end`).

    The first part is cleaned as a page: its title, byline and the start of its article region are
    found there. Later parts continue the article: the region runs on from their first line, the
    article's prose so far counts before their sections, and a paragraph that repeats an earlier
    one is still a duplicate. Nothing a part decides depends on the parts after it, so the article
    after any number of parts (`article()`) starts exactly as the whole one does.
    """

    def __init__(
        self,
        text: str,
        *,
        title: str | None = None,
        author: str | None = None,
        date: str | None = None,
        site: str | None = None,
        extracted: bool = False,
        part_chars: int | None = None,
    ) -> None:
        self.original = normalize_newlines(text)
        self._part_chars = PART_CHARS if part_chars is None else part_chars
        self.title = collapse_whitespace(title) or None if title is not None else None
        self._declared_title = self.title is not None
        self.meta = Meta(author, date, site)
        self._extracted = extracted
        self._seen: set[str] = set()
        self._paragraphs: list[str] = []
        self._removed: list[Removal] = []
        self.end = 0
        self.words = 0
        self._parts = 0

    @property
    def done(self) -> bool:
        """True once every part has been cleaned (an empty text is one empty part)."""
        return self._parts > 0 and self.end >= len(self.original)

    def article(self) -> CleanArticle:
        """The article from the parts cleaned so far (the whole `original` stays its `original`)."""
        return CleanArticle.from_paragraphs(
            self.title, self._paragraphs, self._removed, original=self.original, meta=self.meta
        )

    def clean_next(self) -> None:
        """Clean the next part and add its paragraphs and removals to the article."""
        start = self.end
        end = part_end(self.original, start, self._part_chars)
        text = self.original[start:end] if start or end < len(self.original) else self.original
        self._clean_part(text, start, first=self._parts == 0, last=end >= len(self.original))
        self.end, self._parts = end, self._parts + 1
        self.words += len(text.split())

    def _clean_part(self, text: str, offset: int, *, first: bool, last: bool) -> None:
        extracted = self._extracted
        units = split_units(text)
        count = len(units)
        rules = [classify(unit.text) for unit in units]
        stats = [line_stats(unit.text, indented=unit.original[:1].isspace()) for unit in units]
        ends = section_starts([unit.text for unit in units], [line.words for line in stats])
        flat = normalize_newlines(text)  # what the units' offsets index
        apart = [index > 0 and "\n\n" in flat[units[index - 1].end : unit.start] for index, unit in enumerate(units)]
        for index in box_items([unit.text for unit in units], [line.words for line in stats], ends, apart):
            rules[index] = rules[index] or RELATED_LINK
        clutter = [rule is not None for rule in rules]
        marks = [
            line.is_short and is_thread_mark(unit.text, line.words) for unit, line in zip(units, stats, strict=True)
        ]
        entries = comment_entries([unit.text for unit in units], [line.words for line in stats], ends)
        if extracted:
            # An extractor cut out the article, but may have kept the comments or other stories after it.
            base = Region(0, count)
        else:
            densest = densest_run(stats, clutter)
            # A part with more text after it ends mid-article; a later part starts mid-article.
            base = Region(densest.start if first else 0, densest.end if last else count)
        citations = [line.digits and is_citation(unit.text) for unit, line in zip(units, stats, strict=True)]
        region = end_at_sections(
            stats, clutter, ends, base, marks=marks, entries=entries, citations=citations, more=not last
        )
        if not extracted:
            region = _settle(region, count)
        sections = _section_kinds(region, count)
        kept = _articles_outside(stats, clutter, marks, region, sections)
        title_index = None
        head = range(0)
        if first:
            # The head of the article: the lines above its first paragraph and just after it.
            body = _first_body(units, rules, region)
            head = range(max(0, body - HEAD_LINES), min(count, body + 2))
            for index in head:
                if rules[index] is None and is_author_line(units[index].text):
                    rules[index] = BYLINE
            # A bare name next to the article's date line is its byline ("Jane Doe" / "March 3, 2024").
            for index in head:
                dated = any(rules[near] == DATELINE for near in (index - 1, index + 1) if 0 <= near < count)
                if rules[index] is None and dated and is_bare_name(units[index].text):
                    rules[index] = BYLINE
            title_index = _title_index(units, rules, region, self.title)
            if self.title is None and title_index is not None:
                self.title = units[title_index].text

            if self.title:
                self._seen.add(_duplicate_key(self.title))
            found = meta_from_lines([(units[i].text, rules[i]) for i in head if i != title_index])
            self.meta = self.meta.merged(found)

        seen = self._seen
        paragraphs, removed = self._paragraphs, self._removed
        short_runs = _short_runs(stats)
        # An extractor's output ends where the article does; elsewhere the region's end is clutter.
        among_clutter = set() if extracted else short_lines_among_clutter(stats, rules, region)
        for index, unit in enumerate(units):
            if index == title_index:
                continue
            if sections[index] is not None:
                reason = rules[index] or _SECTION_REASONS[sections[index]]
            elif region.start <= index < region.end or index in kept:
                reason = rules[index] or (CLUTTER_BLOCK if index in among_clutter else _repeat(unit, seen))
            else:
                reason = rules[index] or _outside_reason(index, region, stats[index], short_runs[index])
            if reason:
                removed.append(Removal(unit.original, reason, unit.start + offset, unit.end + offset))
            else:
                paragraphs.append(unit.text)


def _settle(region: Region, count: int) -> Region:
    """One or two stray lines beyond the prose are not a page's worth of menus: judge them alone."""
    start = 0 if region.start <= _STRAY_LINES else region.start
    end = count if count - region.end <= _STRAY_LINES and region.ended_by is None else region.end
    return Region(start, end, region.ended_by, region.cuts)


def _section_kinds(region: Region, count: int) -> list[str | None]:
    """For each line, the section (comments, related, bio) it was cut with, or None."""
    kinds: list[str | None] = [None] * count
    for cut in region.cuts:
        kinds[cut.start : cut.end] = [cut.kind] * (cut.end - cut.start)
    return kinds


def _articles_outside(
    stats: list[LineStats], clutter: list[bool], marks: list[bool], region: Region, sections: list[str | None]
) -> set[int]:
    """Lines outside the region (and its sections) that are runs of article-like prose: another
    article in the same text, kept rather than dropped as "outside the article"."""
    after = region.cuts[-1].end if region.ended_by is not None else region.end
    spans = [(0, region.start), (max(after, region.end), len(stats))]
    if not any(start < end for start, end in spans):
        return set()
    check = uses_stopwords(stats)
    gains = [line_gain(line, junk, check) for line, junk in zip(stats, clutter, strict=True)]
    sentences = [line.ends_sentence for line in stats]
    breaks = [junk or mark or kind is not None for junk, mark, kind in zip(clutter, marks, sections, strict=True)]
    kept: set[int] = set()
    for start, end in spans:
        for first, last in prose_runs(gains, sentences, breaks, start, end):
            kept.update(range(first, last))
    return kept


def _title_index(units: list[Unit], rules: list[str | None], region: Region, title: str | None) -> int | None:
    """Which line is the headline: the line that repeats the page's own title, else the longest
    headline-shaped line just above the article's first paragraph (a page's menus come before it)."""
    if not units:
        return None
    window = range(max(0, region.start - HEAD_LINES), min(len(units), region.start + _TITLE_INSIDE))
    if title is not None:
        return next((i for i in window if _same_title(units[i].text, title)), None)
    first = _first_body(units, rules, region)
    candidates = [
        index
        for index in range(max(0, first - HEAD_LINES), first)
        if rules[index] is None and _reads_as_headline(units[index].text) and not is_author_line(units[index].text)
    ]
    if candidates:
        # A headline says more than the kicker, the section name or the author's name around it.
        return max(candidates, key=lambda index: (len(units[index].text.split()), index))
    if len(units) > 1 and _reads_as_headline(units[0].text):
        return 0
    return None


def _first_body(units: list[Unit], rules: list[str | None], region: Region) -> int:
    """Index of the article's first paragraph of running text (the region's start if none)."""
    return next((i for i in range(region.start, region.end) if rules[i] is None and is_body(units[i])), region.start)


def is_body(unit: Unit) -> bool:
    """A line of running text: several words ending a sentence (not a headline, not a label)."""
    return len(unit.text.split()) >= _MIN_BODY_WORDS and unit.text.rstrip("\"”’'»)").endswith((".", "!", "?", "…"))


def _short_runs(stats: list[LineStats]) -> list[int]:
    """For each line, how many short lines in a row it belongs to (0 for a long line)."""
    runs = [0] * len(stats)
    index = 0
    while index < len(stats):
        if not stats[index].is_short:
            index += 1
            continue
        end = index
        while end < len(stats) and stats[end].is_short:
            end += 1
        for inner in range(index, end):
            runs[inner] = end - index
        index = end
    return runs


def _outside_reason(index: int, region: Region, stats: LineStats, run: int) -> str:
    """Why a line outside the article region goes, judged by where it sits and its shape."""
    if run >= _LINK_LIST_RUN:
        return LINK_LIST
    if not stats.is_short:
        return OUTSIDE
    return NAVIGATION if index < region.start else FOOTER


def split_paragraphs(text: str) -> CleanArticle:
    """The `--no-clean` path: paragraphs are the blocks between blank lines, nothing removed.

    Each block is trimmed at its ends but keeps its own line breaks, so verse, lists and tables
    read as written; no title is taken.
    """
    blocks = ["\n".join(block).strip() for block in split_blocks(text)]
    return CleanArticle.from_paragraphs(None, blocks, original=normalize_newlines(text))


def _reads_as_headline(line: str) -> bool:
    """Short, has letters, is not clutter, and does not end like a sentence or a clause."""
    if len(line) > _MAX_TITLE_CHARS or len(line.split()) > _MAX_TITLE_WORDS:
        return False
    if not any(char.isalpha() for char in line) or classify(line) is not None:
        return False
    if _LIST_ITEM.match(line):  # "4. Tow-truck operators to the rescue": an item of a list of stories
        return False
    if len(line.split()) <= 2 and line.lower() == line and line.upper() != line:
        return False  # "secondary", "default": a template's label (a script without capitals aside)
    # A question or exclamation can headline; a full stop, ellipsis or colon ends a sentence.
    return not line.rstrip("\"”’'»)").endswith((".", "…", ":", ";", ","))


def _same_title(line: str, title: str) -> bool:
    """True if `line` is the title, perhaps with or without the site's name appended."""
    line_key, title_key = _duplicate_key(line), _duplicate_key(title)
    if line_key == title_key:
        return True
    return (
        _duplicate_key(_TITLE_SUFFIX.sub("", title)) == line_key
        or _duplicate_key(_TITLE_SUFFIX.sub("", line)) == title_key
    )


def _duplicate_key(text: str) -> str:
    """What two copies of a paragraph share: case, spacing, quote style and end punctuation aside."""
    return collapse_whitespace(text.translate(_QUOTES).casefold()).rstrip(" .!?;:,")


def _has_letters(text: str, count: int) -> bool:
    """True if `text` has at least `count` letters; stops counting there (long paragraphs)."""
    found = 0
    for char in text:
        if char.isalpha():
            found += 1
            if found >= count:
                return True
    return False


def _repeat(unit: Unit, seen: set[str]) -> str | None:
    """Name a paragraph that repeats an earlier one (or the title); remember it otherwise."""
    if not _has_letters(unit.text, _MIN_DUPLICATE_LETTERS):
        return None
    key = _duplicate_key(unit.text)
    if key in seen:
        return DUPLICATE
    seen.add(key)
    return None
