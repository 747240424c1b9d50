"""The one way the reader tells the user something in a toast: always a plain `str`, never markup.

`App.notify` takes a `str` (a `Text` fails when the toast is drawn) and parses it as markup unless
told not to; messages quote the article and file names, so markup is always off here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from reader.io.printable import visible_controls

if TYPE_CHECKING:
    from textual.app import App

Severity = Literal["information", "warning", "error"]


def plain(message: object) -> str:
    """Any message as one printable string: a `Text` or `Content` by its plain text."""
    text = getattr(message, "plain", message)
    return visible_controls(str(text))


def tell(
    app: App[object], message: object, *, title: str = "", severity: Severity = "information", timeout: float = 3
) -> None:
    """A toast with `message`, literally."""
    app.notify(plain(message), title=plain(title), severity=severity, timeout=timeout, markup=False)
