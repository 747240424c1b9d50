"""Loading: every refusal is one clear line, every encoding reads right, the file is never touched."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from reader.errors import EXIT_USAGE, InputError
from reader.io.load import DEFAULT_MAX_BYTES, LoadedText, load_source, sanitize_text

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><title>Rivers rise in the north | Example News</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Rivers rise in the north</h1>
<p>Heavy rain over the weekend pushed three rivers above their banks, officials said on Monday, and more rain is expected.</p>
<p>"We have never seen the water this high in March," said one farmer who has lived beside the river for forty years.</p>
<p>Crews worked through the night to fill sandbags and move livestock to higher ground before the next storm arrives.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>
"""


def write(tmp_path: Path, data: bytes, name: str = "article.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def refusal(source: str, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        load_source(source, **kwargs)
    message = str(caught.value)
    assert "\n" not in message and "Errno" not in message and "Traceback" not in message
    assert caught.value.exit_code == EXIT_USAGE
    return message


# --- refusals -----------------------------------------------------------------------------------


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    message = refusal(missing)
    assert "no such file" in message and missing in message


def test_directory_is_refused(tmp_path: Path) -> None:
    assert "is a directory" in refusal(str(tmp_path))


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, b"Some words.\n")
    os.chmod(path, 0)
    try:
        assert "permission denied" in refusal(path)
    finally:
        os.chmod(path, 0o644)


def test_permission_error_while_opening_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, b"Some words.\n")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr("reader.io.load.open", denied, raising=False)
    assert refusal(path) == f"cannot read {path}: permission denied"


def test_empty_file_is_refused(tmp_path: Path) -> None:
    assert "is empty" in refusal(write(tmp_path, b""))


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    assert "only whitespace" in refusal(write(tmp_path, b"  \n\t\r\n \n"))


def test_escape_codes_only_counts_as_whitespace(tmp_path: Path) -> None:
    assert "only whitespace" in refusal(write(tmp_path, b"\x1b[2J\x1b[H\n"))


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"Hello\x00world, this has a NUL byte in it.", "NUL"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_binary_files_are_refused_and_named(tmp_path: Path, data: bytes, kind: str) -> None:
    message = refusal(write(tmp_path, data, "article.txt"))
    assert "not text" in message and kind in message


def test_too_large_file_says_size_limit_and_flag(tmp_path: Path) -> None:
    message = refusal(write(tmp_path, b"word " * 300), max_bytes=1000)
    assert "1,500 bytes" in message and "1,000 bytes" in message and "--max-bytes" in message


def test_max_bytes_is_inclusive(tmp_path: Path) -> None:
    assert load_source(write(tmp_path, b"a" * 1000), max_bytes=1000).text == "a" * 1000


def test_default_limit_is_generous() -> None:
    assert DEFAULT_MAX_BYTES >= 10 * 1024 * 1024


def test_stdin_is_read_from_the_given_stream() -> None:
    loaded = load_source("-", stdin=io.BytesIO(b"Piped article text.\r\n"))
    assert loaded == LoadedText("Piped article text.\n", "-", "utf-8", False)


def test_stdin_too_large_and_empty_are_refused() -> None:
    message = refusal("-", stdin=io.BytesIO(b"x" * 2000), max_bytes=1000)
    assert "standard input" in message and "--max-bytes" in message
    assert "standard input is empty" in refusal("-", stdin=io.BytesIO(b""))


def test_undecodable_bom_is_refused(tmp_path: Path) -> None:
    assert "byte-order mark" in refusal(write(tmp_path, b"\xef\xbb\xbfcaf\xe9 au lait"))


# --- encodings ----------------------------------------------------------------------------------


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    loaded = load_source(write(tmp_path, "\ufeffCafé society.\n".encode("utf-8")))
    assert loaded.text == "Café society.\n" and loaded.encoding == "utf-8"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    data = "\ufeffNaïve “quotes” — Ελληνικά.\n".encode(codec)
    loaded = load_source(write(tmp_path, data))
    assert loaded.text == "Naïve “quotes” — Ελληνικά.\n" and loaded.encoding == codec


def test_cp1252_smart_punctuation(tmp_path: Path) -> None:
    loaded = load_source(write(tmp_path, "café — “quoted”".encode("cp1252")))
    assert loaded.text == "café — “quoted”" and loaded.encoding == "cp1252"


def test_latin1_accents(tmp_path: Path) -> None:
    loaded = load_source(write(tmp_path, "naïve café, señor, Grüße".encode("latin-1")))
    assert loaded.text == "naïve café, señor, Grüße"


def test_cyrillic_legacy_text_is_not_read_as_western(tmp_path: Path) -> None:
    text = "Съешь же ещё этих мягких французских булок, да выпей чаю."
    assert load_source(write(tmp_path, text.encode("cp1251"))).text == text


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_crlf_and_cr_become_lf(tmp_path: Path, newline: bytes) -> None:
    loaded = load_source(write(tmp_path, newline.join([b"One.", b"", b"Two."])))
    assert loaded.text == "One.\n\nTwo."


# --- sanitising ---------------------------------------------------------------------------------


def test_escape_sequences_and_controls_are_removed_tabs_and_newlines_kept(tmp_path: Path) -> None:
    raw = (
        b"\x1b[31mRed\x1b[0m text\tand tab.\n"
        b"\x1b]0;evil title\x07Title gone.\n"
        b"\x1b]52;c;aGVsbG8=\x1b\\Clipboard gone.\n"
        b"Bell\x07 and back\x08space and \x1bcreset.\x7f\n"
    )
    loaded = load_source(write(tmp_path, raw))
    assert loaded.text == "Red text\tand tab.\nTitle gone.\nClipboard gone.\nBell and backspace and reset.\n"


def test_c1_controls_removed_and_text_nfc() -> None:
    assert sanitize_text("a\u0085b\u0080c\u009fd") == "abcd"
    # 0x9B is the one-byte CSI: it and its parameters go, as with ESC [.
    assert sanitize_text("x\u009b31my") == "xy"
    assert sanitize_text("cafe\u0301") == "café"


def test_sanitize_is_idempotent() -> None:
    text = "\x1b[1mBold\x1b[0m\r\nline\u009d8;;http://x\u009c"
    once = sanitize_text(text)
    assert sanitize_text(once) == once and "\x1b" not in once and "\r" not in once


# --- HTML ---------------------------------------------------------------------------------------


def test_html_is_detected_whatever_the_name_and_extracted(tmp_path: Path) -> None:
    loaded = load_source(write(tmp_path, ARTICLE_HTML.encode(), "article.txt"))
    assert loaded.html is True
    assert loaded.title == "Rivers rise in the north"  # the site's name is trimmed by trafilatura
    assert "We have never seen the water this high in March" in loaded.text
    assert "<p>" not in loaded.text and "Copyright" not in loaded.text and "Sport" not in loaded.text


def test_html_metadata_gives_author_date_and_site(tmp_path: Path) -> None:
    head = (
        '<meta name="author" content="Jane  Doe"><meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2024-03-04T09:30:00Z">'
    )
    loaded = load_source(write(tmp_path, ARTICLE_HTML.replace("</head>", head + "</head>").encode()))
    assert (loaded.author, loaded.date, loaded.site) == ("Jane Doe", "2024-03-04", "Example News")


def test_plain_text_has_no_page_metadata(tmp_path: Path) -> None:
    loaded = load_source(write(tmp_path, b"By Jane Doe\n\nThe river rose again on Monday.\n"))
    assert (loaded.author, loaded.date, loaded.site) == (None, None, None)


def test_html_fragment_without_doctype_is_detected(tmp_path: Path) -> None:
    fragment = ARTICLE_HTML.split("<article>")[1].split("</article>")[0]
    loaded = load_source(write(tmp_path, (fragment * 2).encode(), "page.md"))
    assert loaded.html is True and "sandbags" in loaded.text


def test_plain_text_mentioning_a_tag_is_not_html(tmp_path: Path) -> None:
    loaded = load_source(write(tmp_path, b"Use the <p> tag for paragraphs, the guide says.\n"))
    assert loaded.html is False and "<p>" in loaded.text


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    assert refusal(write(tmp_path, b"<!DOCTYPE html><html><body><nav></nav></body></html>")) == (
        "no article text found in the HTML"
    )


# --- the file itself ------------------------------------------------------------------------------


def test_loading_never_modifies_the_file(tmp_path: Path) -> None:
    data = "Title\r\n\r\n\x1b[31mBody\x1b[0m café.\r\n".encode("cp1252")
    path = write(tmp_path, data)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = os.stat(path)
    load_source(path)
    after = os.stat(path)
    assert Path(path).read_bytes() == data
    assert (after.st_mtime_ns, after.st_size, after.st_mode) == (before.st_mtime_ns, before.st_size, before.st_mode)
    assert sorted(os.listdir(tmp_path)) == ["article.txt"]


def test_loading_and_cleaning_stay_headless() -> None:
    """The io and text layers must not pull in the UI, spaCy, or trafilatura for plain text."""
    import subprocess
    import sys

    code = (
        "import sys, reader.io.load, reader.text.clean;"
        "print(sorted(m for m in ('textual', 'rich', 'spacy', 'trafilatura', 'reader.ui', 'reader.nlp') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
