"""Score quotes and speakers on PolNeAR dev and GGT dev with the official scorer, through `reader --json`.

    python benchmarks/quotes.py [--limit N] [--model NAME] [--only polnear|ggt] [--full] [--keep DIR] [--clean]

Writes each dev article to a temporary file, runs `reader --json --no-clean --no-cache` over all of
them (one process, the model loaded once: the same contract scripts use), turns the JSON Lines into the
scorer's format and prints, in one table, the direct-quote view (`--types direct --split-fragments`)
with speaker accuracy, and the all-attributions view (default) with recall per gold kind, next to
the open tools' reference points; then, on the GGT dev half (whose gold resolves every speaker:
"he" → "Doug McCallum"), spans, who-said-what and resolved-speaker accuracy by how the text
names the speaker (name, pronoun, description). `--full` also prints the scorer's own reports; `--keep DIR` leaves the gold and prediction
files in DIR (for `score.py --errors N`); `--clean` runs with the cleaner on, as a user gets it,
and maps the offsets back onto the gold text (the gold's own offsets are into the uncleaned text, so
the default leaves the cleaner off).

The conversion to the scorer's format:
- `speaker` is the words in the text (`speaker_mention`), `speaker_ref` the resolved entity name;
- a quote split by its cue (`"A," he said. "B."`: two quote objects sharing the cue and the speaker
  words) is one attribution with two `fragments`, as PolNeAR annotates it; `--split-fragments`
  splits it back into one quote per run for the direct view;
- offsets are moved onto the gold text when loading changed it (a stripped control character).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import DEV_DATA, require

OPENING = frozenset('"“„«')
CLOSING = frozenset('"”»')
REFERENCE = {"direct": "textacy 74.9, GGT 78.1", "all": "textacy 27.3, GGT 48.7"}


def run_reader(texts: dict[str, str], folder: Path, model: str | None, clean: bool = False) -> tuple[list[dict], float]:
    paths = []
    for doc_id, text in texts.items():
        path = folder / f"{doc_id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    command = [sys.executable, "-m", "reader", "--json", *([] if clean else ["--no-clean"]), "--no-cache", *paths]
    if model:
        command += ["--model", model]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in result.stdout.splitlines()], time.perf_counter() - started


def offset_map(ours: str, gold: str) -> list[int]:
    """For each offset into `ours` (and its end), the matching offset into `gold`."""
    if ours == gold:
        return list(range(len(ours) + 1))
    mapping = [0] * (len(ours) + 1)
    matcher = difflib.SequenceMatcher(None, ours, gold, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        for i in range(a1, a2 + 1):
            mapping[i] = b1 + min(i - a1, b2 - b1) if tag != "equal" else b1 + (i - a1)
    return mapping


def _same_split_quote(previous: dict | None, quote: dict) -> bool:
    """The second half of a quote split by its cue: same cue and same speaker words as the previous one."""
    return (
        previous is not None
        and previous["kind"] == quote["kind"] == "direct"
        and quote["cue"] is not None
        and quote["cue"] == previous["cue"]
        and quote["speaker_mention"] == previous["speaker_mention"]
    )


def _with_marks(text: str, start: int, end: int) -> list[int]:
    """A direct quote's span widened over its quotation marks (and the comma or stop before the
    closing one), as PolNeAR marks fragments; the scorer reads a fragment's kind off its marks."""
    if start > 0 and text[start - 1] in OPENING:
        start -= 1
    stop = end
    while stop < len(text) and text[stop] in ",.?!":
        stop += 1
    if stop < len(text) and text[stop] in CLOSING:
        end = stop + 1
    return [start, end]


def to_prediction(
    doc_id: str, analysis: dict, gold_text: str, *, sure_only: bool = False, join_split: bool = True
) -> dict:
    """The scorer's shape; `sure_only` keeps the quotes reader is sure of (confidence "high");
    `join_split` hands a quote split by its cue over as one attribution in fragments (PolNeAR's
    convention; GGT annotates each quoted run as a quote of its own)."""
    where = offset_map(analysis["text"], gold_text)
    quotes: list[dict] = []
    previous = None
    for q in analysis["quotes"]:
        if sure_only and q.get("confidence", "high") != "high":
            continue
        # an end maps through its last character: at a paragraph the cleaner dropped text after,
        # the end's own offset maps past that text ("Jan. 31." then "Watch: …", removed)
        start, end = where[q["start"]], where[q["end"] - 1] + 1 if q["end"] > q["start"] else where[q["end"]]
        if join_split and _same_split_quote(previous, q):
            merged = quotes[-1]
            if "fragments" not in merged:
                merged["fragments"] = [_with_marks(gold_text, merged["start"], merged["end"])]
                merged["start"] = merged["fragments"][0][0]
            merged["fragments"].append(_with_marks(gold_text, start, end))
            merged["end"] = merged["fragments"][-1][1]
            merged["text"] = gold_text[merged["start"] : merged["end"]]
        else:
            quotes.append(
                {
                    "start": start,
                    "end": end,
                    "text": gold_text[start:end],
                    "type": q["kind"],
                    "speaker": q["speaker_mention"]["text"] if q["speaker_mention"] else None,
                    "speaker_ref": q["speaker"],
                }
            )
        previous = q
    return {"id": doc_id, "quotes": quotes}


def score(gold: Path, pred: Path, *options: str) -> tuple[dict, str]:
    """The scorer's numbers (its --json output) and its printed report."""
    scorer = require(DEV_DATA / "quotes" / "score.py")
    numbers = pred.with_suffix(".score.json")
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred), "--json", str(numbers), *options],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(numbers.read_text(encoding="utf-8")), result.stdout


def _prf(numbers: dict) -> str:
    match = numbers["overlap50"]
    return f"F1 {100 * match['f1']:5.1f}  (P {100 * match['precision']:5.1f}, R {100 * match['recall']:5.1f})"


def report(direct: dict, everything: dict) -> str:
    speaker = direct["speaker_overlap50"]
    kinds = "  ".join(
        f"{kind} {100 * value['recall']:.1f} (n={value['gold']})"
        for kind, value in everything["recall_by_gold_type"].items()
        if value["recall"] is not None
    )
    return "\n".join(
        [
            f"direct quotes (--types direct --split-fragments)  {_prf(direct)}   reference: {REFERENCE['direct']}",
            f"speaker as written, on matched direct quotes     {100 * speaker['surface_acc']:5.1f}%  (n={speaker['surface_n']})",
            f"all attributions (default)                        {_prf(everything)}   reference: {REFERENCE['all']}",
            f"  recall by gold kind: {kinds}",
            f"  predicted {everything['pred_quotes']}, gold {everything['gold_quotes']}; "
            f"who-said-what F1 {100 * everything['who_said_what']['f1']:.1f}",
        ]
    )


def ggt_report(numbers: dict) -> str:
    speaker = numbers["speaker_overlap50"]
    kinds = numbers["resolved_speaker_acc_by_gold_speaker_kind"]
    by_kind = "  ".join(
        f"{name} {100 * kinds[key]['acc']:.1f}% (n={kinds[key]['n']})"
        for key, name in (("name", "name"), ("pronoun", "pronoun"), ("nominal", "description"))
        if key in kinds and kinds[key]["acc"] is not None
    )
    who = numbers["who_said_what"]
    return "\n".join(
        [
            f"GGT dev spans (overlap-50)                        {_prf(numbers)}",
            f"who said what (span and resolved speaker right)   F1 {100 * who['f1']:5.1f}  "
            f"(P {100 * who['precision']:5.1f}, R {100 * who['recall']:5.1f})",
            f"resolved speaker, on matched quotes               {100 * speaker['resolved_acc']:5.1f}%  "
            f"(n={speaker['resolved_n']})",
            f"  by how the text names the speaker: {by_kind}",
            f"  predicted {numbers['pred_quotes']}, gold {numbers['gold_quotes']}",
        ]
    )


def predict(
    gold_path: Path, folder: Path, limit: int, model: str | None, clean: bool = False
) -> tuple[int, Path, Path, Path, float]:
    """Run reader over the articles of `gold_path`; (articles, gold file, prediction file, the same
    with only the quotes reader is sure of, seconds)."""
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    if limit:
        records = records[:limit]
    folder.mkdir(parents=True)
    gold = folder / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    # the id is the file name; keep it safe for any file system
    texts = {re.sub(r"[^\w.-]", "_", r["id"]): r["text"] for r in records}
    ids = dict(zip(texts, (r["id"] for r in records), strict=False))
    analyses, seconds = run_reader(texts, folder, model, clean)
    join_split = any("fragments" in quote for record in records for quote in record["quotes"])
    pred, sure = folder / "pred.jsonl", folder / "pred-sure.jsonl"
    with pred.open("w", encoding="utf-8") as out, sure.open("w", encoding="utf-8") as out_sure:
        for analysis in analyses:
            name = Path(analysis["source"]).stem
            out.write(json.dumps(to_prediction(ids[name], analysis, texts[name], join_split=join_split)) + "\n")
            out_sure.write(
                json.dumps(to_prediction(ids[name], analysis, texts[name], sure_only=True, join_split=join_split))
                + "\n"
            )
    return len(records), gold, pred, sure, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of each set (0: all)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--only", choices=("polnear", "ggt"), default=None, help="one data set only")
    parser.add_argument("--full", action="store_true", help="also print the scorer's own reports")
    parser.add_argument("--keep", type=Path, help="write the gold and prediction files here (a new folder)")
    parser.add_argument(
        "--clean",
        action="store_true",
        help="with the cleaner on, as a user gets it (offsets mapped back onto the gold)",
    )
    args = parser.parse_args()
    how = "reader --json --no-cache (cleaner on)" if args.clean else "reader --json --no-clean --no-cache"
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        if args.only != "ggt":
            n, gold, pred, sure, seconds = predict(
                require(DEV_DATA / "quotes" / "polnear-dev.jsonl"),
                Path(tmp) / "polnear",
                args.limit,
                args.model,
                args.clean,
            )
            direct, direct_text = score(gold, pred, "--types", "direct", "--split-fragments")
            everything, everything_text = score(gold, pred)
            sure_numbers, _ = score(gold, sure)
            print(f"{n} PolNeAR dev articles, {how} in {seconds:.1f} s; overlap-50 match\n")
            print(report(direct, everything))
            print(f"  only the quotes reader is sure of (confidence high): all attributions {_prf(sure_numbers)}")
            if args.full:
                print(f"\n== direct quotes (--types direct --split-fragments)\n{direct_text}")
                print(f"== all attributions\n{everything_text}")
        if args.only != "polnear":
            n, gold, pred, sure, seconds = predict(
                require(DEV_DATA / "quotes" / "ggt-dev.jsonl"), Path(tmp) / "ggt", args.limit, args.model, args.clean
            )
            numbers, text = score(gold, sure)
            everything, _ = score(gold, pred)
            print(f"\n{n} GGT dev articles (resolved speakers), {how} in {seconds:.1f} s")
            print("the quotes reader is sure of (confidence high: the Quotes tree's rows, not its Possible group)\n")
            print(ggt_report(numbers))
            who = everything["who_said_what"]
            print(
                f"  every row, the possible ones too: spans {_prf(everything)}; who-said-what F1 {100 * who['f1']:.1f}"
            )
            if args.full:
                print(f"\n== GGT dev, sure rows\n{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
