"""Score the cleaner on the shared dev pages, for each kind of input, with the official scorer.

    python benchmarks/cleaning.py [--limit N]

Runs `reader`'s own load → clean path (the same as `reader --text`) over every page of
../shared/dev-data/cleaning for three inputs — the article-area text (`*.region.txt`), the whole
page's text (`*.txt`) and the HTML (`*.html`) — writes the cleaned bodies to a temporary folder,
scores them with `score.py` (bag-of-words F1, mean over pages) and prints one table. Nothing is
written to the project.

Columns: the reference points of the data set's README and the issue (keep everything,
trafilatura, the line-level oracle, the target), reader's F1 and the share of each source's pages
(`sh`, `wcxb`), then how much clutter went:
- "junk words": the scorer's own figure, 1 − (words not in the gold left in the output) / (such
  words in the input), summed over pages;
- "junk lines" (text inputs): each input line counts as article when its words appear, in order,
  in the gold body (a line of three words or fewer only when it is a whole gold paragraph); the
  figure is the share of the other lines that are not in the cleaned body (removed, or taken as the
  title). "lost lines" is the share of article lines that are not in the body — prose lost.
and the median milliseconds per page (load + extract + clean).

Last, the share of characters kept on text that is already clean: each PolNeAR news article of
../shared/dev-data/quotes goes through `clean_article` and should come out whole (title + body
over the input, whitespace aside); the median and the minimum tell whether a rule eats prose.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from _shared import DEV_DATA, ROOT, require

sys.path.insert(0, str(ROOT))

from reader.errors import InputError  # noqa: E402
from reader.io.load import load_source  # noqa: E402
from reader.text.blocks import split_units  # noqa: E402
from reader.text.clean import clean_article, clean_loaded  # noqa: E402

INPUTS = {"region": ".region.txt", "txt": ".txt", "html": ".html"}
# keep everything, trafilatura, line-level oracle (the data set's README), target (issue 3).
REFERENCE = {
    "region": ("0.948", "0.952", "0.990", "≥ 0.975"),
    "txt": ("0.792", "0.813", "0.986", "≥ 0.93"),
    "html": ("—", "0.952", "—", "≥ 0.96"),
}
_WORD = re.compile(r"\w+")


@dataclass
class Run:
    """What cleaning one kind of input measured, besides the scorer's figures."""

    timings: list[float] = field(default_factory=list)
    refused: int = 0
    junk_lines: int = 0
    junk_lines_removed: int = 0
    article_lines: int = 0
    article_lines_lost: int = 0


def clean_pages(pages: Path, ids: list[str], suffix: str, out: Path, lines: bool) -> Run:
    """Clean each page into out/ID.txt, timing it; with `lines`, count the junk lines removed."""
    run = Run()
    for page_id in ids:
        started = time.perf_counter()
        try:
            loaded = load_source(str(pages / f"{page_id}{suffix}"))
            article = clean_loaded(loaded)
            body = article.text
        except InputError:
            run.refused, body, loaded = run.refused + 1, "", None
        run.timings.append((time.perf_counter() - started) * 1000)
        (out / f"{page_id}.txt").write_text(body, encoding="utf-8")
        if lines and loaded is not None:
            _count_lines(run, loaded.text, body, (pages / f"{page_id}.gold.txt").read_text(encoding="utf-8"))
    return run


def _count_lines(run: Run, text: str, body: str, gold: str) -> None:
    """Tally article and non-article input lines, and which of them the cleaned body kept."""
    gold_words = f" {' '.join(_WORD.findall(gold.lower()))} "
    gold_paragraphs = {" ".join(_WORD.findall(line.lower())) for line in gold.splitlines()}
    kept = set(body.split("\n\n"))
    for unit in split_units(text):
        words = " ".join(_WORD.findall(unit.text.lower()))
        if not words:
            continue
        article = words in gold_paragraphs or (len(words.split()) > 3 and f" {words} " in gold_words)
        if article:
            run.article_lines += 1
            run.article_lines_lost += unit.text not in kept
        else:
            run.junk_lines += 1
            run.junk_lines_removed += unit.text not in kept


def score(gold: Path, pred: Path, kind: str) -> dict:
    """The official scorer's summary for these predictions (with junk removed for text inputs)."""
    scorer = require(DEV_DATA / "cleaning" / "score.py")
    summary = pred.parent / f"{kind}.json"
    command = [sys.executable, str(scorer), str(gold), str(pred), "--json", str(summary)]
    if kind in ("region", "txt"):
        command += ["--input", kind]
    subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(summary.read_text())


def gold_subset(pages: Path, ids: list[str], into: Path) -> Path:
    """A folder of links to just these pages' gold and input files, so the scorer sees only them."""
    into.mkdir()
    for page_id in ids:
        for suffix in (".gold.txt", *INPUTS.values()):
            source = pages / f"{page_id}{suffix}"
            if source.exists():
                (into / source.name).symlink_to(source)
    return into


def clean_news_kept(path: Path) -> list[tuple[float, str]]:
    """For each already-clean article, the share of its non-space characters the cleaner keeps."""
    shares: list[tuple[float, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = clean_article(record["text"])
        kept = _letters(article.text) + _letters(article.title or "")
        shares.append((kept / max(1, _letters(record["text"])), record["id"]))
    return sorted(shares)


def _letters(text: str) -> int:
    return sum(not char.isspace() for char in text)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    args = parser.parse_args()
    pages = require(DEV_DATA / "cleaning" / "pages")
    ids = sorted(path.name[: -len(".gold.txt")] for path in pages.glob("*.gold.txt"))
    if args.limit:
        ids = ids[: args.limit]
    print(f"{len(ids)} pages from {pages}")
    header = (
        f"{'input':<7} {'keep all':>8} {'trafil.':>8} {'oracle':>7} {'target':>8} {'reader':>7} {'sh':>6} {'wcxb':>6}"
        f" {'junk words':>10} {'junk lines':>10} {'lost lines':>10} {'ms/page':>8} {'refused':>7}"
    )
    print(header)
    unrounded: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        gold = gold_subset(pages, ids, Path(tmp) / "gold") if args.limit else pages
        for kind, suffix in INPUTS.items():
            pred = Path(tmp) / kind
            pred.mkdir()
            run = clean_pages(pages, ids, suffix, pred, lines=kind != "html")
            figures = score(gold, pred, kind)
            per_source = [figures.get(source, {}).get("bow_f1_mean") for source in ("sh", "wcxb")]
            junk = figures["all"].get("junk_removed")
            keep, trafilatura, oracle, target = REFERENCE[kind]
            print(
                f"{kind:<7} {keep:>8} {trafilatura:>8} {oracle:>7} {target:>8} {figures['all']['bow_f1_mean']:>7.3f}"
                + "".join(f" {'—' if value is None else f'{value:.3f}':>6}" for value in per_source)
                + f" {'—' if junk is None else f'{junk:.1%}':>10} {_share(run.junk_lines_removed, run.junk_lines):>10}"
                f" {_share(run.article_lines_lost, run.article_lines):>10} {statistics.median(run.timings):>8.1f}"
                f" {run.refused:>7}"
            )
            unrounded.append(f"{kind} {figures['all']['bow_f1_mean']:.5f}")
    print("reader F1 unrounded: " + ", ".join(unrounded))
    news = DEV_DATA / "quotes" / "polnear-dev.jsonl"
    if news.exists():
        shares = clean_news_kept(news)
        worst, worst_id = shares[0]
        print(
            f"clean news kept ({len(shares)} PolNeAR articles): median {statistics.median(s for s, _ in shares):.1%},"
            f" min {worst:.1%} ({worst_id})"
        )
    return 0


if __name__ == "__main__":
    if importlib.util.find_spec("trafilatura") is None:
        print("benchmark: trafilatura is not installed (pip install -e .)", file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main())
