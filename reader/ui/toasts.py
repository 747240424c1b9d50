"""A toast whose notification ran out before it was drawn must not freeze the reader.

Textual (8.2.8) gives each toast a timer of the notification's time left. A toast made when that
time has already passed gets a negative delay. This happens when a screen is pushed or popped and
the toasts are drawn afresh on a busy machine. `Timer._run` then loops without ever awaiting: the
event loop stops, and no key, `q` included, is read again. This module clamps the delay at zero, so
the toast just expires. `install()` is called once when `reader.ui.app` is imported.
"""

from __future__ import annotations

from textual.widgets._toast import Toast

_SOONEST = 0.01  # seconds: expire at the next turn of the loop


def install() -> None:
    """Make every toast's timer start at a delay of zero or more."""
    if getattr(Toast, "_reader_clamped", False):
        return
    original = Toast._on_mount

    def _on_mount(self: Toast, event) -> None:  # type: ignore[no-untyped-def]
        self._timeout = max(self._timeout, _SOONEST)
        original(self, event)

    Toast._on_mount = _on_mount  # type: ignore[method-assign]
    Toast._reader_clamped = True  # type: ignore[attr-defined]
