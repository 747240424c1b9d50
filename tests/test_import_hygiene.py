"""The UI never loads spaCy at import time (it costs ~0.7 s): it is imported where the analysis runs.

That the core never imports a UI library is an import-linter contract (tests/test_layers.py).
"""

from __future__ import annotations

import subprocess
import sys

import pytest


def _loaded_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print(' '.join(sorted(m.split('.')[0] for m in sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


@pytest.mark.parametrize("module", ["reader.ui.app", "reader.cli"])
def test_ui_and_cli_do_not_import_spacy(module: str) -> None:
    assert "spacy" not in _loaded_after_import(module)
