"""Clean: scraped text → title, body paragraphs, and what was removed and why. Pure functions.

`clean_article` is the default path; `split_paragraphs` is `--no-clean`, which only splits.
"""

from __future__ import annotations

import re

from reader.text.article import CleanArticle, Removal
from reader.text.blocks import Unit, collapse_whitespace, split_blocks, split_units
from reader.text.boilerplate import DUPLICATE, classify
from reader.text.features import line_stats
from reader.text.region import Region, main_region
from reader.text.sections import section_start

# A headline is short and is not a sentence; past these it is the first paragraph.
_MAX_TITLE_WORDS = 25
_MAX_TITLE_CHARS = 200
# Lines shorter than this are not checked for repeats: "Yes." twice in an interview is not clutter.
_MIN_DUPLICATE_LETTERS = 20
_STRAY_LINES = 2
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
# A page title often carries the site's name: "Headline | Site" or "Headline - Site".
_TITLE_SUFFIX = re.compile(r"\s+[|–—:-]\s+[^|–—:-]+$")


def clean_article(text: str, *, title: str | None = None) -> CleanArticle:
    """Split `text` into paragraphs, take the headline as the title, and drop web clutter.

    `title` is the page's own title (from HTML metadata); when given it is used instead of
    guessing, and the line that repeats it is not kept in the body. Every dropped line is in
    `removed`, verbatim, with the reason.
    """
    units = split_units(text)
    if title is not None:
        title = collapse_whitespace(title) or None
    if title is None and len(units) > 1 and _reads_as_headline(units[0].text):
        title, units = units[0].text, units[1:]
    elif title is not None and units and _same_title(units[0].text, title):
        units = units[1:]

    paragraphs: list[str] = []
    removed: list[Removal] = []
    seen: set[str] = {_duplicate_key(title)} if title else set()
    rules = [classify(unit.text) for unit in units]
    stats = [line_stats(unit.text) for unit in units]
    ends = [section_start(unit.text, line.words) for unit, line in zip(units, stats, strict=True)]
    region = main_region(stats, [r is not None for r in rules], ends)
    # One or two stray lines beyond the prose are not a page's worth of menus: judge them alone.
    if region.start <= _STRAY_LINES:
        region = Region(0, region.end)
    if len(units) - region.end <= _STRAY_LINES:
        region = Region(region.start, len(units))
    for index, unit in enumerate(units):
        if index < region.start:
            reason = rules[index] or "navigation"
        elif index >= region.end:
            reason = rules[index] or "footer"
        else:
            reason = rules[index] or _repeat(unit, seen)
        if reason:
            removed.append(Removal(unit.original, reason))
        else:
            paragraphs.append(unit.text)
    return CleanArticle.from_paragraphs(title, paragraphs, removed)


def split_paragraphs(text: str) -> CleanArticle:
    """The `--no-clean` path: paragraphs are the blocks between blank lines, nothing removed.

    Each block is trimmed at its ends but keeps its own line breaks, so verse, lists and tables
    read as written; no title is taken.
    """
    blocks = ["\n".join(block).strip() for block in split_blocks(text)]
    return CleanArticle.from_paragraphs(None, blocks)


def _reads_as_headline(line: str) -> bool:
    """Short, has letters, is not clutter, and does not end like a sentence or a clause."""
    if len(line) > _MAX_TITLE_CHARS or len(line.split()) > _MAX_TITLE_WORDS:
        return False
    if not any(char.isalpha() for char in line) or classify(line) is not None:
        return False
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


def _repeat(unit: Unit, seen: set[str]) -> str | None:
    """Name a paragraph that repeats an earlier one (or the title); remember it otherwise."""
    if sum(char.isalpha() for char in unit.text) < _MIN_DUPLICATE_LETTERS:
        return None
    key = _duplicate_key(unit.text)
    if key in seen:
        return DUPLICATE
    seen.add(key)
    return None
