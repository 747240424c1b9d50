"""Score the cleaner on the shared dev pages, for each kind of input, with the official scorer.

    python benchmarks/cleaning.py [--limit N]

Runs `reader`'s own load → clean path (the same as `reader --text`) over every page of
../shared/dev-data/cleaning for three inputs — the article-area text (`*.region.txt`), the whole
page's text (`*.txt`) and the HTML (`*.html`) — writes the cleaned bodies to a temporary folder,
scores them with `score.py` (bag-of-words F1, mean over pages) and prints one table with the
median milliseconds per page. Nothing is written to the project.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import DEV_DATA, ROOT, require

sys.path.insert(0, str(ROOT))

from reader.errors import InputError  # noqa: E402
from reader.io.load import load_source  # noqa: E402
from reader.text.clean import clean_article  # noqa: E402

INPUTS = {"region": ".region.txt", "txt": ".txt", "html": ".html"}
REFERENCE = {"region": "0.948 / 0.952", "txt": "0.792 / 0.813", "html": "— / 0.952"}


def clean_pages(pages: Path, ids: list[str], suffix: str, out: Path) -> tuple[list[float], int]:
    """Clean each page into out/ID.txt; returns per-page milliseconds and the number refused."""
    timings, refused = [], 0
    for page_id in ids:
        started = time.perf_counter()
        try:
            loaded = load_source(str(pages / f"{page_id}{suffix}"))
            body = clean_article(
                loaded.text,
                title=loaded.title,
                author=loaded.author,
                date=loaded.date,
                site=loaded.site,
                extracted=loaded.html,
            ).text
        except InputError:
            refused, body = refused + 1, ""
        timings.append((time.perf_counter() - started) * 1000)
        (out / f"{page_id}.txt").write_text(body, encoding="utf-8")
    return timings, refused


def score(gold: Path, pred: Path, kind: str) -> tuple[float, float | None]:
    """(mean bag-of-words F1, share of the input's junk words removed) from the official scorer."""
    scorer = require(DEV_DATA / "cleaning" / "score.py")
    summary = pred.parent / f"{kind}.json"
    command = [sys.executable, str(scorer), str(gold), str(pred), "--json", str(summary)]
    if kind in ("region", "txt"):
        command += ["--input", kind]
    subprocess.run(command, check=True, capture_output=True, text=True)
    figures = json.loads(summary.read_text())["all"]
    return figures["bow_f1_mean"], figures.get("junk_removed") if kind != "html" else None


def gold_subset(pages: Path, ids: list[str], into: Path) -> Path:
    """A folder of links to just these pages' gold and input files, so the scorer sees only them."""
    into.mkdir()
    for page_id in ids:
        for suffix in (".gold.txt", *INPUTS.values()):
            source = pages / f"{page_id}{suffix}"
            if source.exists():
                (into / source.name).symlink_to(source)
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    args = parser.parse_args()
    pages = require(DEV_DATA / "cleaning" / "pages")
    ids = sorted(path.name[: -len(".gold.txt")] for path in pages.glob("*.gold.txt"))
    if args.limit:
        ids = ids[: args.limit]
    print(f"{len(ids)} pages from {pages}")
    print(
        f"{'input':<8} {'keep all / trafilatura':>24} {'reader F1':>10} {'junk removed':>13} {'ms/page':>8} {'refused':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        gold = gold_subset(pages, ids, Path(tmp) / "gold") if args.limit else pages
        for kind, suffix in INPUTS.items():
            pred = Path(tmp) / kind
            pred.mkdir()
            timings, refused = clean_pages(pages, ids, suffix, pred)
            f1, junk = score(gold, pred, kind)
            junk_text = "—" if junk is None else f"{junk:.1%}"
            print(
                f"{kind:<8} {REFERENCE[kind]:>24} {f1:>10.3f} {junk_text:>13} {statistics.median(timings):>8.1f} {refused:>8}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
