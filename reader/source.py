"""One place that turns what the user named (a path, `-` for stdin, or an http(s) URL) into a cleaned
`Document`, and the one place that expands folders and `--list` files into such names.

Below both the command line and the batch runner, so neither imports the other. Raises `InputError`
(one line, exit 2) for anything that is not a readable article.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import InputError, UsageError
from reader.io.fetch import DEFAULT_TIMEOUT, fetch, is_url, unsupported_scheme
from reader.io.load import DEFAULT_MAX_BYTES, STDIN, LoadedText, load_bytes, load_source
from reader.model.document import Document
from reader.text.clean import clean_loaded, split_paragraphs
from reader.text.staged import clean_in_stages

if TYPE_CHECKING:
    from reader.store.pages import PageStore
    from reader.text.article import CleanArticle

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def read_article(
    source: str,
    *,
    clean: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    pages: PageStore | None = None,
    refresh: bool = False,
) -> Document:
    """Load and clean one article: everything before the NLP. Raises InputError on bad input.

    A URL is served from `pages` when it holds the page (unless `refresh`), else fetched and kept
    there; the Document's `source` is then the final URL after redirects.
    """
    loaded = _load(source, max_bytes=max_bytes, timeout=timeout, pages=pages, refresh=refresh)
    article = clean_loaded(loaded) if clean else split_paragraphs(loaded.text)
    return _document(source, loaded, article)


def read_article_in_stages(
    source: str,
    *,
    clean: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    pages: PageStore | None = None,
    refresh: bool = False,
) -> tuple[Document, Callable[[], CleanArticle | None] | None]:
    """`read_article` for the app: the cleaned head of a long text at once, and the means to clean
    the rest (None when the head is all of it). The whole is what `read_article` gives, and starts
    with the head, so a place in the head stays where it is (`reader.text.staged`)."""
    loaded = _load(source, max_bytes=max_bytes, timeout=timeout, pages=pages, refresh=refresh)
    if not clean:
        return _document(source, loaded, split_paragraphs(loaded.text)), None
    staged = clean_in_stages(loaded)
    if staged.whole:
        return _document(source, loaded, staged.first), None
    return Document(source=loaded.source, article=staged.first), staged.finish


def _load(source: str, *, max_bytes: int, timeout: float, pages: PageStore | None, refresh: bool) -> LoadedText:
    loaded = load_url(source, max_bytes=max_bytes, timeout=timeout, pages=pages, refresh=refresh)
    if loaded is None:
        scheme = unsupported_scheme(source)
        if scheme is not None and not os.path.exists(source):
            raise InputError(f"{source}: reader fetches http:// and https:// URLs only, not {scheme}://")
        loaded = load_source(source, max_bytes=max_bytes)
    return loaded


def _document(source: str, loaded: LoadedText, article: CleanArticle) -> Document:
    if not article.paragraphs:
        name = "standard input" if source == STDIN else loaded.source
        raise InputError(f"{name}: nothing is left after cleaning (every line looked like clutter); try --no-clean")
    return Document(source=loaded.source, article=article)


def load_url(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    pages: PageStore | None = None,
    refresh: bool = False,
) -> LoadedText | None:
    """The loaded text of an http(s) URL (stored copy first), or None when `source` is no URL.

    The bytes go through `load_bytes`, the same decoding and HTML path as a file's.
    """
    if not is_url(source):
        return None
    page = None if refresh or pages is None else pages.get(source)
    from_store = page is not None
    if page is None:
        page = fetch(source, timeout=timeout, max_bytes=max_bytes)
    loaded = load_bytes(page.body, page.url, max_bytes=max_bytes, charset=page.charset)
    if pages is not None and not from_store:
        pages.put(source, page)  # only a page that loaded: a bad one is fetched again next time
    return loaded


def expand_sources(args: Sequence[str], list_file: str | None = None) -> list[str]:
    """What to open, in order: each argument (a folder becomes its article files, sorted by name),
    then each line of `list_file` (`-`: stdin; `#` comments and blank lines skipped; relative paths
    are taken from the list's own folder). Missing files are kept, to be reported one by one.

    Raises InputError for an unreadable list or a folder with no article files in it.
    """
    if list_file == STDIN and STDIN in args:
        raise UsageError("standard input cannot hold both the list and an article")
    sources: list[str] = []
    for arg in args:
        sources += _expand_one(arg)
    if list_file is not None:
        base = None if list_file == STDIN else Path(list_file).parent
        for item in _list_items(list_file):
            if item == STDIN:
                raise UsageError(f"{_list_name(list_file)}: standard input cannot be an item of a list")
            if base is not None and not is_url(item) and not os.path.isabs(item):
                item = str(base / item) if str(base) != "." else item
            sources += _expand_one(item)
    return sources


def _expand_one(item: str) -> list[str]:
    if item == STDIN or is_url(item) or not os.path.isdir(item):
        return [item]
    folder = Path(item)
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(folder)
            if entry.name.lower().endswith(ARTICLE_SUFFIXES) and not entry.name.startswith(".") and entry.is_file()
        )
    except OSError as error:
        raise InputError(f"cannot read the folder {item}: {error.strerror or error}") from None
    if not names:
        raise InputError(f"{item} is a folder with no .txt or .html files in it")
    return [str(folder / name) for name in names]


def _list_items(list_file: str) -> list[str]:
    """The non-blank, non-comment lines of a list file, stripped."""
    from reader.io.decode import decode_bytes

    label = _list_name(list_file)
    if list_file == STDIN:
        import sys

        data = sys.stdin.buffer.read(DEFAULT_MAX_BYTES + 1)
    else:
        try:
            with open(list_file, "rb") as stream:
                data = stream.read(DEFAULT_MAX_BYTES + 1)
        except FileNotFoundError:
            raise InputError(f"no such list file: {list_file}") from None
        except IsADirectoryError:
            raise InputError(f"the list {list_file} is a directory, not a file") from None
        except OSError as error:
            raise InputError(f"cannot read the list {list_file}: {error.strerror or error}") from None
    if len(data) > DEFAULT_MAX_BYTES:
        raise InputError(f"the list {label} is over {DEFAULT_MAX_BYTES:,} bytes")
    text = decode_bytes(data, label).text
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _list_name(list_file: str) -> str:
    return "the list on standard input" if list_file == STDIN else list_file


def history_key(source: str) -> str:
    """How the recent list names an article so that `reader` opens it again from anywhere and knows
    it was read: a URL as asked for (the page store answers it without the network, redirects or
    not), a file by its absolute path."""
    return source if is_url(source) else os.path.abspath(source)
