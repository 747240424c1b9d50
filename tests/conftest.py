"""Shared fixtures: the sample article, the shared dev data (optional), and one spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"  # present on developer machines and in CI; tests that need it skip without it


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLES / "panjshir.txt"


@pytest.fixture(scope="session")
def nlp():
    """The default installed pipeline, loaded once for the whole run."""
    from reader.nlp.pipeline import load_pipeline

    return load_pipeline(None)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(autouse=True, scope="session")
def private_user_dirs(tmp_path_factory) -> None:
    """Keep the analysis cache and reading positions of the test run out of the user's own dirs."""
    import os

    home = tmp_path_factory.mktemp("user-dirs")
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(home / name.lower())


def pytest_runtest_logreport(report) -> None:
    """A test that is run again (one that hung, see pyproject's `timeout`; the monkey) leaves its
    report in the log: where it hung, what the screen showed."""
    if report.outcome == "rerun":
        import sys

        sys.__stderr__.write(
            f"\n{report.nodeid} failed and is run again; its report:\n{report.longreprtext[-12000:]}\n"
        )
