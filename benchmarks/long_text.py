"""Clean a million words of real articles and see how many survive, and how fast.

    python benchmarks/long_text.py [--no-cli]

Builds a ~1M-word text from the dev set's gold article bodies (`cleaning/pages/*.gold.txt`, one
after another, then `quotes/*.jsonl` texts if more words are needed) in a temporary folder, never in
the project. Every word of it is article text, so the cleaner should keep nearly all of it. Prints:
- the share of words kept by the default cleaner (`clean_loaded` on `load_source`, what
  `reader --text FILE` does; target ≥ 99%) and the words removed by reason;
- the clean time (median of 3) and the staged head (`clean_in_stages`: time and words of `first`);
- the same share from a real `reader --text` run (skipped with --no-cli).

Other benchmarks build the same file with `build_long_text(directory)`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _shared import DEV_DATA, ROOT, require

sys.path.insert(0, str(ROOT))

from reader.io.load import load_source  # noqa: E402
from reader.text.clean import clean_loaded  # noqa: E402
from reader.text.staged import clean_in_stages  # noqa: E402

TARGET_WORDS = 1_000_000
HEADLINE = "A long document built from the dev articles"
RUNS = 3


def build_long_text(directory: Path, words: int = TARGET_WORDS) -> tuple[Path, int]:
    """Write `long.txt` into `directory`: a headline, then gold article bodies separated by blank
    lines until about `words` words. Returns the path and the body's word count."""
    pages = sorted(require(DEV_DATA / "cleaning" / "pages").glob("*.gold.txt"))
    texts = [page.read_text(encoding="utf-8").strip() for page in pages]
    total = sum(len(text.split()) for text in texts)
    for jsonl in sorted((DEV_DATA / "quotes").glob("*.jsonl")):
        if total >= words:
            break
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"].strip()
            texts.append(text)
            total += len(text.split())
    body = "\n\n".join(text for text in texts if text)
    path = directory / "long.txt"
    path.write_text(f"{HEADLINE}\n\n{body}", encoding="utf-8")
    return path, len(body.split())


def _timed(function, runs: int = RUNS):  # noqa: ANN001, ANN202
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-cli", action="store_true", help="skip the `reader --text` run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        path, words = build_long_text(Path(home))
        loaded = load_source(str(path))
        seconds, article = _timed(lambda: clean_loaded(loaded))
        head_seconds, staged = _timed(lambda: clean_in_stages(loaded))
        kept = len(article.text.split())
        removed = Counter()
        for removal in article.removed:
            removed[removal.reason] += len(removal.text.split())
        print(f"{words:,} words of article bodies ({len(loaded.text):,} characters) in {path.name}")
        print("| measure | value | target |")
        print("|---|---|---|")
        print(f"| words kept by the cleaner | {kept:,} ({kept / words:.2%}) | ≥ 99% |")
        print(f"| clean time, whole text (s, median of {RUNS}) | {seconds:.2f} | — |")
        print(f"| per word (µs) | {seconds / words * 1e6:.2f} | — |")
        head_words = len(staged.first.text.split())
        print(
            f"| staged head: clean time (s, median of {RUNS}) / words | {head_seconds:.3f} / {head_words:,} | ≤ 0.1 |"
        )
        print(f"| staged finish() == clean_loaded | {staged.finish() == article} | True |")
        if not args.no_cli:
            reader = Path(sys.executable).with_name("reader")
            started = time.perf_counter()
            output = subprocess.run([str(reader), "--text", str(path)], capture_output=True, text=True, check=True)
            wall = time.perf_counter() - started
            # --text prints the title first; the rest is the body.
            cli_words = len(output.stdout.split()) - len(HEADLINE.split())
            print(
                f"| `reader --text`: words out / wall time (s) | {cli_words:,} ({cli_words / words:.2%}) / {wall:.1f} | ≥ 99% |"
            )
        print("\nremoved, by reason (words):")
        for reason, count in removed.most_common():
            print(f"  {reason:<28} {count:>8,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
