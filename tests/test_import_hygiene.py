"""The headless core never loads a UI; the UI never loads spaCy at import time (it costs ~0.7 s)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = ["reader.io.load", "reader.text.clean", "reader.nlp.analyze", "reader.model.document", "reader.model.serialize"]


def _loaded_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print(' '.join(sorted(m.split('.')[0] for m in sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


@pytest.mark.parametrize("module", CORE)
def test_headless_core_imports_no_ui(module: str) -> None:
    loaded = _loaded_after_import(module)
    assert "textual" not in loaded
    assert "rich" not in loaded


@pytest.mark.parametrize("module", ["reader.ui.app", "reader.cli"])
def test_ui_and_cli_do_not_import_spacy(module: str) -> None:
    assert "spacy" not in _loaded_after_import(module)
