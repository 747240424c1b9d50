"""No UI test starts a real browser: `o` finds none unless a test installs its own stand-in."""

from __future__ import annotations

import webbrowser

import pytest


@pytest.fixture(autouse=True)
def no_real_browser(monkeypatch) -> None:
    monkeypatch.setattr(webbrowser, "_tryorder", [])  # the list `webbrowser` would fill from this machine
