"""`reader --json` over many files on two processes: every file, in order; a bad one reported, not fatal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_many_files_over_two_processes_keep_their_order(tmp_path: Path) -> None:
    paths = []
    for number in range(8):
        path = tmp_path / f"article{number}.txt"
        path.write_text(
            f"Report number {number}\n\nMaria Lopez visited Lisbon on Monday. "
            f'"We are ready," she said of plan {number}.\n',
            encoding="utf-8",
        )
        paths.append(str(path))
    paths.insert(3, str(tmp_path / "missing.txt"))
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--json", "--jobs", "2", *paths],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 2  # one file was bad
    assert result.stderr.count("\n") == 1 and "missing.txt" in result.stderr and "Traceback" not in result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["source"] for o in objects] == [p for p in paths if "missing" not in p]
    assert all(o["title"] == f"Report number {n}" for n, o in enumerate(objects))
    assert all(any(e["name"] == "Maria Lopez" for e in o["entities"]) for o in objects)
