"""Run the whole pipeline over real articles from ../shared/dev-data and print what it finds.

    python benchmarks/dev_report.py [--limit N]

For each PolNeAR dev article (news with many people and quotes): entities, people, quotes, the share
of quotes with a resolved speaker, and analysis time. Prints medians and totals; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from _shared import DEV_DATA, ROOT, require

sys.path.insert(0, str(ROOT))

from reader.nlp.analyze import analyze  # noqa: E402
from reader.nlp.pipeline import load_pipeline  # noqa: E402
from reader.text.clean import clean_article, split_paragraphs  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    source = require(DEV_DATA / "quotes" / "polnear-dev.jsonl")
    nlp = load_pipeline(args.model)
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines()[: args.limit]:
        record = json.loads(line)
        article = split_paragraphs(record["text"])
        started = time.perf_counter()
        analysis = analyze(article, nlp)
        elapsed = (time.perf_counter() - started) * 1000
        people = [e for e in analysis.entities if e.label == "PERSON"]
        quotes = analysis.quotes
        resolved = sum(1 for q in quotes if q.speaker_entity)
        rows.append((len(record["text"]), len(analysis.entities), len(people), len(quotes), resolved, elapsed))
    chars, entities, people, quotes, resolved, ms = zip(*rows, strict=False)
    print(f"articles: {len(rows)}  model: {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}")
    print(f"median chars/article: {statistics.median(chars):.0f}")
    print(
        f"median entities/article: {statistics.median(entities):.0f}   median people/article: {statistics.median(people):.0f}"
    )
    print(
        f"quotes found: {sum(quotes)}   with a resolved speaker entity: {sum(resolved)} ({sum(resolved) / max(1, sum(quotes)):.0%})"
    )
    print(f"analysis ms/article: median {statistics.median(ms):.0f}, max {max(ms):.0f}")
    # cleaning must not eat real text: clean_article on already-clean news should keep nearly all of it
    kept = []
    for line in source.read_text(encoding="utf-8").splitlines()[: args.limit]:
        text = json.loads(line)["text"]
        cleaned = clean_article(text)
        kept.append((len(cleaned.text) + len(cleaned.title or "")) / max(1, len(text.strip())))
    print(f"clean_article on clean news keeps: median {statistics.median(kept):.1%}, min {min(kept):.1%} of characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
