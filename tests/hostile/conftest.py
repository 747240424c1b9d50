"""The hostile corpus, written once per test session into a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.corpus import write_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """name → path of every hostile file (see corpus.CASES)."""
    return write_corpus(tmp_path_factory.mktemp("hostile"))
