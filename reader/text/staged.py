"""Clean a long text in two stages: its head at once, for the first screen, the rest after.

`clean_loaded` cleans a text longer than `clean.PART_CHARS` characters (about 20,000 words) in
parts cut at blank lines (`clean.PartCleaner`): the first part as a page (title, byline, article
region), the later ones as its continuation, each decided from itself and the parts before it,
never from the parts after. So the article after the first parts is already the start of the whole
article, and this module only stops part-way:

    staged = clean_in_stages(loaded)
    show(staged.first)           # cleaned head: costs time in proportion to the head
    article = staged.finish()    # the whole article, or None when `first` was all of it

Contract (tests/text/test_staged.py, property-tested and on the dev articles):
`finish()` equals `clean_loaded(loaded)`, so `--text`, `--json` and the app agree;
`finish().text.startswith(first.text)`; the first `len(first.paragraphs)` paragraphs have the same
offsets in both; the title and meta are the same. `first.original` is the whole normalised text,
and `first.removed` what the head dropped, with offsets into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.text.clean import PartCleaner

if TYPE_CHECKING:
    from reader.io.load import LoadedText
    from reader.text.article import CleanArticle

# One part (about 20,000 words, some 0.05 s of cleaning) makes the first screen and more.
HEAD_WORDS = 10_000


class Staged:
    """A cleaned head (`first`) and the means to clean the rest (`finish`)."""

    __slots__ = ("_cleaner", "_full", "first", "whole")

    def __init__(self, first: CleanArticle, cleaner: PartCleaner) -> None:
        self.first = first
        # True when the head is the whole text: `finish()` then returns None.
        self.whole = cleaner.done
        self._cleaner = cleaner
        self._full: CleanArticle | None = None

    def finish(self) -> CleanArticle | None:
        """The whole article (cleaned once, then remembered); None if `first` was all of it."""
        if self.whole:
            return None
        if self._full is None:
            while not self._cleaner.done:
                self._cleaner.clean_next()
            self._full = self._cleaner.article()
        return self._full


def clean_in_stages(loaded: LoadedText, *, head_words: int = HEAD_WORDS) -> Staged:
    """Clean the head of `loaded`: whole parts until at least `head_words` words of input (always
    one part); `Staged.finish()` cleans the rest. The parts are the same whatever `head_words` is."""
    cleaner = PartCleaner(
        loaded.text,
        title=loaded.title,
        author=loaded.author,
        date=loaded.date,
        site=loaded.site,
        extracted=loaded.html,
    )
    cleaner.clean_next()
    while not cleaner.done and cleaner.words < head_words:
        cleaner.clean_next()
    return Staged(cleaner.article(), cleaner)
