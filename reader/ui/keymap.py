"""User key bindings: a JSON file mapping binding ids to keys, applied as a Textual keymap.

    ~/.config/reader/keymap.json   {"next": "n,ctrl+j", "search": "slash,ctrl+f"}

Every binding of the reader has an id (see the README's key table); an unreadable file is reported
once and ignored, never fatal.
"""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs

KEYMAP_FILE = "keymap.json"


def keymap_path() -> Path:
    return Path(platformdirs.user_config_dir("reader")) / KEYMAP_FILE


def load_keymap(path: Path) -> tuple[dict[str, str], str | None]:
    """(binding id → keys, a warning or None). A missing file is simply no keymap."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except OSError as error:
        return {}, f"cannot read {path}: {error.strerror or error}; using the default keys"
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        return {}, f"{path} is not valid JSON ({error.msg}, line {error.lineno}); using the default keys"
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        return {}, f"{path} must map binding ids to keys as strings; using the default keys"
    return data, None
