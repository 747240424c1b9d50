"""Load an article from a file or stdin: size limit, binary refusal, decoding, sanitising, HTML.

Every failure is an InputError with one line a person can act on. The input file is only ever
opened for reading.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO

from reader.errors import InputError
from reader.io.decode import binary_kind, decode_bytes, meta_charset
from reader.io.html import extract_html, looks_like_html
from reader.io.mojibake import drop_stray_nbsp_leads, repair_mojibake
from reader.io.sanitize import normalize_newlines, sanitize_text

__all__ = ["DEFAULT_MAX_BYTES", "LoadedText", "load_bytes", "load_source", "sanitize_text", "too_large_message"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True)
class LoadedText:
    """Decoded, sanitised text and where it came from.

    `html` says the text was extracted from a page; then `title`, `author`, `date` and `site` are
    what the page's metadata declares (each None when it says nothing).
    """

    text: str
    source: str
    encoding: str
    html: bool
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None


def load_source(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> LoadedText:
    """Read `source` (a path, or "-" for stdin) and return its text ready for cleaning."""
    if source == STDIN:
        label = "standard input"
        data = _read_stream(stdin if stdin is not None else sys.stdin.buffer, label, max_bytes)
    else:
        label = source
        data = _read_file(source, max_bytes)
    return _decode(data, source, label)


def load_bytes(
    data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None
) -> LoadedText:
    """Bytes from elsewhere (a fetched page) through exactly the path a file's bytes take.

    `charset` is what the transport declared (an HTTP Content-Type); it is tried after UTF-8 and
    before the page's own `<meta>`.
    """
    if len(data) > max_bytes:
        raise InputError(too_large_message(source, len(data), max_bytes))
    return _decode(data, source, source, charset)


def _read_file(path: str, max_bytes: int) -> bytes:
    """Read at most `max_bytes` (+1, to tell "too large") from a path, refusing what is not a file."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise InputError(too_large_message(path, info.st_size, max_bytes))
        with open(path, "rb") as stream:
            return _read_stream(stream, path, max_bytes)
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or 'unreadable'}") from None


def _read_stream(stream: BinaryIO, label: str, max_bytes: int) -> bytes:
    # One byte over the limit is enough to know it is too large without reading all of it;
    # pipes and devices have no size to check beforehand.
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(too_large_message(label, None, max_bytes))
    return data


def too_large_message(label: str, size: int | None, max_bytes: int) -> str:
    """What to say when an input is over the limit (`size` None: not known, only that it is over)."""
    size_text = f"{_human(size)}" if size is not None else f"more than {_human(max_bytes)}"
    return f"{label} is {size_text}, over the {_human(max_bytes)} limit (--max-bytes changes it)"


def _human(size: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit} ({size:,} bytes)"
    return f"{size:,} bytes"


def _one_line(value: str | None) -> str | None:
    """Page metadata is untrusted text too: sanitised, on one line, None when empty."""
    return " ".join(sanitize_text(value).split()) or None if value else None


def _decode(data: bytes, source: str, label: str, charset: str | None = None) -> LoadedText:
    if not data:
        raise InputError(f"{label} is empty")
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{label} is {kind}, not text")
    decoded = decode_bytes(data, label, (charset, meta_charset(data)))
    text = drop_stray_nbsp_leads(repair_mojibake(normalize_newlines(decoded.text)))
    if looks_like_html(text):
        page = extract_html(text)
        title, author, date, site = (_one_line(value) for value in (page.title, page.author, page.date, page.site))
        loaded = LoadedText(sanitize_text(page.text), source, decoded.encoding, True, title, author, date, site)
    else:
        loaded = LoadedText(sanitize_text(text), source, decoded.encoding, False)
    if not loaded.text.strip():
        raise InputError(f"{label} contains only whitespace")
    return loaded
