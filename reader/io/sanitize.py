"""Make untrusted text safe to show in a terminal and stable to index: one pure function."""

from __future__ import annotations

import re
import unicodedata

# Terminal control sequences, longest forms first. Unterminated string sequences stop at the end of
# the line rather than swallowing the rest of the article.
_ESCAPES = re.compile(
    r"""
      \x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?        # OSC (window title, OSC 52 clipboard, hyperlinks)
    | \x1b[PX^_][^\x1b\n]*(?:\x1b\\)?             # DCS, SOS, PM, APC strings
    | \x1b\[[0-?]*[ -/]*[@-~]                     # CSI (colours, cursor moves, screen clears)
    | \x9b[0-?]*[ -/]*[@-~]                       # 8-bit CSI
    | \x9d[^\x07\x9c\n]*(?:\x07|\x9c)             # 8-bit OSC, terminated: a lone U+009D is
                                                  # mojibake ("â€\x9d" for "”"), not a command
    | \x1b[ -/]*[0-~]                             # ESC + one final char (with intermediates)
    """,
    re.VERBOSE,
)
# Every C0 control except tab and newline, DEL, and the C1 block; also a lone ESC left over.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so every later offset counts one character per line break."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sanitize_text(text: str) -> str:
    """Strip terminal escape sequences and control characters, keep tabs and newlines, NFC-normalise.

    Runs before any analysis so the character offsets computed later refer to the text shown.
    """
    text = normalize_newlines(text)
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)
