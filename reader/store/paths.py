"""Where the stores live: the user's cache dir (analyses) and data dir (reading positions)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "reader"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def state_dir() -> Path:
    """Where crash logs go (the user's state dir: not cache, not data)."""
    return Path(platformdirs.user_state_dir(APP_NAME))
