"""Where the shared development data lives, and a uniform 'not here' exit for the benchmarks."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_DATA = ROOT.parent / "shared" / "dev-data"


def require(path: Path) -> Path:
    if not path.exists():
        print(f"benchmark: no development data at {path} (it lives in ../shared beside the checkout)", file=sys.stderr)
        raise SystemExit(2)
    return path
