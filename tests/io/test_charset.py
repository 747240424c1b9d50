"""A declared charset (the HTTP header's, then the page's `<meta>`) decides what a guess would get wrong,
for a file and for fetched bytes alike; valid UTF-8 stays UTF-8 whatever is declared."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.io.decode import codec_for, decode_bytes, meta_charset
from reader.io.load import load_bytes, load_source

# Short texts a guess misreads (KOI8-R as Shift-JIS, cp1250 as cp1252).
CASES = [("koi8-r", "Сергей Лавров сказал."), ("windows-1250", "Škoda řekla ano."), ("iso-8859-2", "Łódź, żółw.")]


def _page(words: str, head: str = "") -> str:
    return f"<html><head>{head}<title>T</title></head><body><article><p>{words}</p></article></body></html>"


@pytest.mark.parametrize(("charset", "words"), CASES)
def test_the_meta_charset_is_read_in_a_file_and_in_bytes(tmp_path: Path, charset: str, words: str) -> None:
    assert load_bytes(_page(words).encode(charset), "x").text.strip() != words  # the guess alone is wrong
    for head in (
        f'<meta charset="{charset}">',
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
    ):
        data = _page(words, head).encode(charset)
        path = tmp_path / "page.html"
        path.write_bytes(data)
        assert load_source(str(path)).text.strip() == words
        assert load_bytes(data, "http://127.0.0.1/page.html").text.strip() == words


@pytest.mark.parametrize(("charset", "words"), CASES)
def test_the_header_charset_comes_first(charset: str, words: str) -> None:
    data = _page(words, '<meta charset="utf-16">').encode(charset)  # a page that lies, a header that does not
    assert load_bytes(data, "u", charset=charset).text.strip() == words


def test_valid_utf8_wins_over_a_latin1_label() -> None:
    words = "Café “quoted” — señor"
    loaded = load_bytes(_page(words, '<meta charset="iso-8859-1">').encode(), "u", charset="ISO-8859-1")
    assert loaded.encoding == "utf-8" and loaded.text.strip() == words


def test_labels_map_as_browsers_do_and_unknown_ones_are_ignored() -> None:
    assert codec_for("ISO-8859-1") == codec_for("latin1") == codec_for("us-ascii") == "cp1252"
    assert codec_for("Windows-1251") == "cp1251" and codec_for("no-such-charset") is None and codec_for(None) is None
    assert decode_bytes("naïve".encode("cp1252"), "x", ("no-such-charset",)).text == "naïve"
    assert meta_charset(b"<html><head><META CHARSET='koi8-r'>") == "koi8-r"
    assert meta_charset(b"<p>no meta here</p>") is None
