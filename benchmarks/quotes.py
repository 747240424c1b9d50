"""Score quotes and speakers on PolNeAR dev with the official scorer, through `reader --json`.

    python benchmarks/quotes.py [--limit N] [--model NAME]

Writes each dev article to a temporary file, runs `reader --json --no-clean` over all of them (one
process, the model loaded once: the same contract scripts use), turns the JSON Lines into the
scorer's format (`speaker` = the words in the text, `speaker_ref` = the resolved entity name) and
prints the direct-quote and all-attribution figures next to the open tools' reference points.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import DEV_DATA, require

REFERENCE = {"direct": "textacy 74.9, GGT 78.1", "all": "textacy 27.3, GGT 48.7"}


def run_reader(texts: dict[str, str], folder: Path, model: str | None) -> tuple[list[dict], float]:
    paths = []
    for doc_id, text in texts.items():
        path = folder / f"{doc_id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    command = [sys.executable, "-m", "reader", "--json", "--no-clean", *paths]
    if model:
        command += ["--model", model]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in result.stdout.splitlines()], time.perf_counter() - started


def to_prediction(doc_id: str, analysis: dict) -> dict:
    quotes = [
        {
            "start": q["start"],
            "end": q["end"],
            "text": q["text"],
            "type": q["kind"],
            "speaker": q["speaker_mention"]["text"] if q["speaker_mention"] else None,
            "speaker_ref": q["speaker"],
        }
        for q in analysis["quotes"]
    ]
    return {"id": doc_id, "quotes": quotes}


def score(gold: Path, pred: Path, *options: str) -> str:
    scorer = require(DEV_DATA / "quotes" / "score.py")
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred), *options], capture_output=True, text=True, check=True
    )
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    gold_path = require(DEV_DATA / "quotes" / "polnear-dev.jsonl")
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    if args.limit:
        records = records[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gold = folder / "gold.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        # the id is the file name; keep it safe for any file system
        texts = {re.sub(r"[^\w.-]", "_", r["id"]): r["text"] for r in records}
        ids = dict(zip(texts, (r["id"] for r in records), strict=False))
        analyses, seconds = run_reader(texts, folder, args.model)
        pred = folder / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            for analysis in analyses:
                doc_id = ids[Path(analysis["source"]).stem]
                out.write(json.dumps(to_prediction(doc_id, analysis)) + "\n")
        print(f"{len(records)} PolNeAR dev articles, reader --json --no-clean in {seconds:.1f} s")
        print(f"\n== direct quotes (--types direct --split-fragments); reference: {REFERENCE['direct']}")
        print(score(gold, pred, "--types", "direct", "--split-fragments"))
        print(f"== all attributions; reference: {REFERENCE['all']}")
        print(score(gold, pred))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
