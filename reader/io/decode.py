"""Bytes → str: refuse binary, honour byte-order marks, prefer UTF-8, else guess a legacy encoding.

Kept apart from `load.py` so the decoding policy can be tested on byte strings alone.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.errors import InputError

# Signatures of the binary formats people most often open by mistake; checked before decoding.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.epub)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF)"),
)

# Longest BOMs first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers' default for unlabelled legacy Western text (WHATWG Encoding: latin-1 means windows-1252).
_WESTERN = "cp1252"
# WHATWG Encoding: pages labelled Latin-1 or ASCII are read as windows-1252 by every browser.
_LABEL_ALIASES = {"iso8859-1": _WESTERN, "latin-1": _WESTERN, "ascii": _WESTERN}
# `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`, within
# the first bytes of the page as the HTML standard's prescan looks (1024 there; a little more here).
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.I)
_PRESCAN_BYTES = 4096
# How much messier than charset-normalizer's pick the cp1252 reading may be and still win the tie.
_MESS_TOLERANCE = 0.02


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text (newlines not yet normalised) and the encoding that produced it."""

    text: str
    encoding: str


def binary_kind(data: bytes) -> str | None:
    """Name the binary format `data` looks like, or None if it may be text.

    A NUL byte means binary unless a UTF-16/32 BOM explains it.
    """
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    if any(data.startswith(bom) for bom, name in _BOMS if name.startswith("utf-16") or name.startswith("utf-32")):
        return None
    if b"\x00" in data:
        return "binary data (it contains NUL bytes)"
    return None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a `<meta>` near its start, as written, or None."""
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def codec_for(label: str | None) -> str | None:
    """The Python codec for a declared charset label (header or `<meta>`), or None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _LABEL_ALIASES.get(name, name)


def decode_bytes(data: bytes, label: str, declared: Iterable[str | None] = ()) -> Decoded:
    """Decode `data`: BOM first, then strict UTF-8, then the declared charsets in order (the HTTP
    header's, then the page's `<meta>`), then the best legacy guess.

    Valid UTF-8 wins over a declaration: a UTF-8 page labelled Latin-1 is far more common than
    legacy text that happens to be valid UTF-8. `label` names the input in the error message.
    Raises InputError if nothing decodes it.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name.removesuffix("-sig")), name.removesuffix("-sig"))
            except UnicodeDecodeError:
                raise InputError(f"{label} starts with a {name} byte-order mark but is not valid {name}") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    for charset in declared:
        codec = codec_for(charset)
        if codec is None or codec.startswith(("utf-16", "utf-32")):  # those need a BOM (NULs: refused as binary)
            continue
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    guessed = _guess_legacy(data)
    if guessed is None:
        raise InputError(f"could not decode {label} as text (not UTF-8, and no other encoding fits)")
    return guessed


def _guess_legacy(data: bytes) -> Decoded | None:
    """Ask charset-normalizer, but let cp1252 win a tie.

    On short texts charset-normalizer often ranks cp1250 or a Mac code page first with the same
    score as cp1252 ("naïve" becomes "naďve"); most undeclared legacy articles are Western, so
    cp1252 is kept whenever its reading is no messier than the guess.
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    try:
        western = data.decode(_WESTERN)
    except UnicodeDecodeError:
        western = None
    if western is not None:
        if best is None or mess_ratio(western, 1.0) <= mess_ratio(str(best), 1.0) + _MESS_TOLERANCE:
            return Decoded(western, _WESTERN)
    if best is None:
        return None
    return Decoded(str(best), best.encoding)
