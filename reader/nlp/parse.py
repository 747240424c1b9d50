"""Run spaCy over an article paragraph by paragraph, keeping each paragraph's offset.

A paragraph longer than the pipeline accepts (`nlp.max_length`), or longer than `MAX_PIECE_CHARS`,
is parsed in pieces cut at sentence-ish boundaries, each piece its own `ParsedParagraph` with its
own `start`. spaCy is never called on the whole text at once: a scraped page can be one 1 MB line,
and the parser's time and memory grow with the length of each Doc.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.text.article import CleanArticle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

ProgressCallback = Callable[[int, int], None]  # (paragraphs done, paragraphs total)

# Longer news paragraphs are a few thousand characters; past this a "paragraph" is a page pasted as
# one line, and smaller Docs parse faster in `nlp.pipe` batches than one huge Doc.
MAX_PIECE_CHARS = 10_000

# Below this many characters a second process costs more (spaCy load, Doc transfer) than it saves.
PARALLEL_MIN_CHARS = 400_000
MAX_PROCESSES = 2

# Where to cut, best first: a line break; the end of a sentence (". ", "? ", "! ", "。"); any space.
_LINE_BREAK = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’»)\]])\s+|(?<=[.!?…][\"'”’»)\]]{2})\s+"  # closing marks stay with the sentence
    r"|(?<=[。！？])"  # CJK sentences end without a space
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ParsedParagraph:
    """A paragraph's spaCy Doc; `start` maps Doc character offsets to offsets in the article body.

    `continued` is True when this Doc is a later piece of a paragraph too long to parse at once
    (the previous ParsedParagraph holds the piece before it).
    """

    start: int
    doc: Doc
    continued: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.doc.text)


_SENTENCES = "reader.sentences"


def sentences(doc: Doc) -> tuple[Span, ...]:
    """`doc.sents`, worked out once per Doc: each `doc.sents` walks every token of the Doc again."""
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        found = doc.user_data[_SENTENCES] = tuple(doc.sents)
    return found


def piece_limit(nlp: Language) -> int:
    """The longest piece of text given to spaCy in one Doc."""
    return max(1, min(nlp.max_length, MAX_PIECE_CHARS))


def split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut `text[start:end]` into (start, end) pieces of at most `limit` characters.

    Each cut falls at the last line break in reach, else the last sentence end, else the last
    whitespace, else (one unbroken run of characters) exactly at the limit. The whitespace at a
    cut belongs to neither piece, so every piece starts and ends with text; nothing else is lost.
    """
    pieces: list[tuple[int, int]] = []
    position = start
    while end - position > limit:
        cut, resume = _best_cut(text, position, position + limit)
        pieces.append((position, cut))
        position = resume
    if position < end:
        pieces.append((position, end))
    return pieces


def _best_cut(text: str, start: int, stop: int) -> tuple[int, int]:
    """(end of this piece, start of the next) for a piece that must end by `stop`."""
    for pattern in (_LINE_BREAK, _SENTENCE_END, _SPACE):
        last = None
        # A separator may start at `stop` (the piece then ends exactly at the limit).
        for match in pattern.finditer(text, start + 1, stop + 1):
            if match.start() <= stop:
                last = match
        if last is not None:
            end, resume = last.start(), last.end()
            while end > start + 1 and text[end - 1].isspace():  # "word  \n": the spaces go too
                end -= 1
            while resume < len(text) and text[resume].isspace():
                resume += 1
            return end, resume
    return stop, stop


def _pieces(article: CleanArticle, limit: int) -> Iterator[tuple[int, int, int, bool]]:
    """(paragraph index, start, end, continued) for every piece of every paragraph, in order."""
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.end - paragraph.start <= limit:
            yield index, paragraph.start, paragraph.end, False
            continue
        for number, (start, end) in enumerate(split_long(article.text, paragraph.start, paragraph.end, limit)):
            yield index, start, end, number > 0


def processes_for(chars: int) -> int:
    """How many processes to parse `chars` characters with: two cores pay off only on long texts.

    Never inside a worker process (a batch run already spreads files over the cores), and never off
    the main thread: spaCy forks its workers, and a fork taken while other threads hold locks (the
    reader app's UI thread) can leave the children deadlocked.
    """
    import multiprocessing
    import os
    import threading

    if chars < PARALLEL_MIN_CHARS or multiprocessing.current_process().daemon:
        return 1
    if threading.current_thread() is not threading.main_thread():
        return 1
    return max(1, min(MAX_PROCESSES, os.cpu_count() or 1))


def parse_paragraphs(
    article: CleanArticle,
    nlp: Language,
    *,
    on_progress: ProgressCallback | None = None,
    on_parsed: Callable[[list[ParsedParagraph]], None] | None = None,
    batch_size: int = 16,
    n_process: int | None = None,
) -> list[ParsedParagraph]:
    """Parse every paragraph (or piece of one) with `nlp.pipe`; never the whole text at once.

    `on_progress(done, total)` counts whole paragraphs, called when a paragraph's last piece is done;
    `on_parsed(parsed)` is then given everything parsed so far (it must not keep the list: it grows).
    `n_process` None picks one process, or several for a book-length text (`processes_for`).
    """
    pieces = list(_pieces(article, piece_limit(nlp)))
    texts = (article.text[start:end] for _, start, end, _ in pieces)
    parsed: list[ParsedParagraph] = []
    total = len(article.paragraphs)
    processes = processes_for(len(article.text)) if n_process is None else n_process
    if processes > 1:
        batch_size = max(batch_size, 64)  # fewer, larger messages between the processes
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=processes)
    for number, ((index, start, _, continued), doc) in enumerate(zip(pieces, docs, strict=True)):
        parsed.append(ParsedParagraph(start, doc, continued))
        last_piece = number + 1 == len(pieces) or pieces[number + 1][0] != index
        if on_progress is not None and last_piece:
            on_progress(index + 1, total)
        if on_parsed is not None and last_piece:
            on_parsed(parsed)
    return parsed
