"""`reader --json` with the analysis cache: the second run of the same article never loads spaCy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CODE = (
    "import sys, io, contextlib\n"
    "from reader.cli import main\n"
    "out = io.StringIO()\n"
    "with contextlib.redirect_stdout(out): status = main(sys.argv[1:])\n"
    "print(out.getvalue())\n"
    "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', status, file=sys.stderr)\n"
)


def _run(*args: str, cache: Path) -> tuple[dict, str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    result = subprocess.run(
        [sys.executable, "-c", CODE, "--json", *args], capture_output=True, text=True, timeout=120, env=env
    )
    return json.loads(result.stdout), result.stderr.strip()


def test_second_run_comes_from_the_cache_without_spacy(sample_path: Path, tmp_path: Path) -> None:
    first, first_err = _run(str(sample_path), cache=tmp_path)
    assert first_err == "SPACY 0"
    second, second_err = _run(str(sample_path), cache=tmp_path)
    assert second_err == "NO-SPACY 0"
    assert second == first and second["entities"]


def test_no_cache_analyses_afresh(sample_path: Path, tmp_path: Path) -> None:
    _run(str(sample_path), cache=tmp_path)
    _, err = _run("--no-cache", str(sample_path), cache=tmp_path)
    assert err == "SPACY 0"
