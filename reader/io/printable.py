"""Make control characters visible in strings we print that did not pass through the loader:
file names in messages and in the title bar. A file name can carry ESC ] 0 ; … BEL too."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible_controls(text: str) -> str:
    """ESC becomes `␛`, other C0 controls their Control Pictures (U+2400…), DEL and C1 `\\x..`."""

    def picture(match: re.Match[str]) -> str:
        code = ord(match.group())
        if code < 0x20:
            return chr(0x2400 + code)
        return f"\\x{code:02x}"

    return _CONTROL.sub(picture, text)
