"""HTML → article text and title, via trafilatura (imported only when a page is HTML)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.errors import InputError

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_ANYWHERE = re.compile(r"<(?:html|body)\b[^>]*>", re.I)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|li|ul|ol|article|section|table|tr|td|img|meta|script|style)\b[^>]*>", re.I
)
# "&#27;" and "&#x7;" name control characters, which lxml refuses (and a terminal must never get).
_CHAR_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}));")
# A plain-text article may quote a tag or two; a page fragment is made of them.
_MIN_TAGS = 10
_MIN_TAG_SHARE = 0.05
# How much more text the recall-favouring extraction must find to be preferred (not one caption).
_MORE_TEXT = 1.05


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """The main text of a page (one paragraph per line) and what its metadata says about it."""

    text: str
    title: str | None
    author: str | None = None
    date: str | None = None
    site: str | None = None


def looks_like_html(text: str) -> bool:
    """True if the text is an HTML page or fragment, whatever the file is called."""
    if _HTML_START.match(text) or _HTML_ANYWHERE.search(text[:4096]):
        return True
    tags = _TAG.findall(text)
    return len(tags) >= _MIN_TAGS and sum(map(len, tags)) >= _MIN_TAG_SHARE * len(text)


def extract_html(html: str) -> ExtractedPage:
    """Extract the article body and title with trafilatura; comments are left out.

    Trafilatura's default balance is tried first, then its recall-favouring mode: when that finds
    clearly more text, the default cut part of the article off (a section it took for clutter), and
    the extra clutter recall brings is what the text cleaner removes anyway.
    """
    import trafilatura

    html = _CHAR_REF.sub(_drop_control_ref, html)
    options = {"include_comments": False, "include_tables": True, "output_format": "txt"}
    text = trafilatura.extract(html, **options)
    recall = trafilatura.extract(html, favor_recall=True, **options)
    if recall and len(recall.split()) >= _MORE_TEXT * len((text or "").split()):
        text = recall
    if not text or not text.strip():
        raise InputError("no article text found in the HTML")
    metadata = trafilatura.extract_metadata(html)
    if metadata is None:
        return ExtractedPage(text, None)
    return ExtractedPage(
        text,
        _field(metadata.title),
        _field(metadata.author),
        _field(metadata.date),
        _field(metadata.sitename) or _field(metadata.hostname),
    )


def _field(value: object) -> str | None:
    """A metadata value as one trimmed line, or None when the page leaves it empty."""
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _drop_control_ref(match: re.Match[str]) -> str:
    """Remove a character reference to a control character (tab and line breaks excepted)."""
    code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    is_control = code < 0x20 and code not in (0x09, 0x0A, 0x0D) or 0x7F <= code <= 0x9F
    return "" if is_control else match.group(0)
