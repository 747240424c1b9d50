"""Score entity grouping against the hand-made gold set in tests/data/entities/.

    python benchmarks/entities.py [--model NAME] [--verbose]

Two gold sets: tests/data/entities/*.json, the articles the grouping rules were written
against, and tests/data/entities/heldout/*.json, articles annotated after the rules were frozen
(drafted from identical-text groups only, so every merge in them is a hand decision). Each gold
file holds, for one PolNeAR dev article (the text stays in ../shared), the entity
clusters as character offsets, with each cluster's canonical name and label. The article goes
through the same path as `reader --json --no-clean FILE` (written to a temporary file, loaded,
split into paragraphs, parsed), so the gold offsets point into the text reader analyses; a hash
of that text is checked first.

Printed, for a baseline (spaCy's entity spans, grouped only when their text is identical) and for
reader's grouping, on names only (dates and numbers are left out on both sides):
- mention detection: precision and recall of exact (start, end) spans against the gold mentions;
- B-cubed precision / recall / F1 of the clustering, over the gold mentions the system also found;
- canonical-name accuracy on gold PERSON entities: the name of the system entity holding most of
  the person's found mentions equals the gold name.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _shared import DEV_DATA, ROOT, require

sys.path.insert(0, str(ROOT))

from reader.nlp.entities import find_entities  # noqa: E402
from reader.nlp.labels import group_of  # noqa: E402
from reader.nlp.parse import parse_paragraphs  # noqa: E402
from reader.source import read_article  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "entities"

Span = tuple[int, int]


@dataclass(frozen=True)
class Cluster:
    name: str
    label: str
    mentions: tuple[Span, ...]


@dataclass
class Tally:
    """Counts summed over articles, so the figures are micro-averages over mentions."""

    gold_mentions: int = 0
    system_mentions: int = 0
    matched: int = 0
    b3_precision: float = 0.0
    b3_recall: float = 0.0
    people: int = 0
    people_found: int = 0
    names_right: int = 0

    def add(self, gold: Sequence[Cluster], system: Sequence[Cluster]) -> list[str]:
        """Score one article; returns the PERSON names that came out wrong, for --verbose."""
        gold_of = {m: i for i, c in enumerate(gold) for m in c.mentions}
        system_of = {m: i for i, c in enumerate(system) for m in c.mentions}
        common = set(gold_of) & set(system_of)
        self.gold_mentions += len(gold_of)
        self.system_mentions += len(system_of)
        self.matched += len(common)
        for mention in common:
            same_gold = {m for m in common if gold_of[m] == gold_of[mention]}
            same_system = {m for m in common if system_of[m] == system_of[mention]}
            both = len(same_gold & same_system)
            self.b3_precision += both / len(same_system)
            self.b3_recall += both / len(same_gold)
        wrong = []
        for cluster in gold:
            if cluster.label != "PERSON":
                continue
            self.people += 1
            found = [system_of[m] for m in cluster.mentions if m in common]
            if not found:
                wrong.append(f"{cluster.name!r}: not found")
                continue
            self.people_found += 1
            best = Counter(found).most_common(1)[0][0]
            if system[best].name == cluster.name:
                self.names_right += 1
            else:
                wrong.append(f"{cluster.name!r} named {system[best].name!r}")
        return wrong

    def figures(self) -> dict[str, float]:
        precision = self.b3_precision / self.matched if self.matched else 0.0
        recall = self.b3_recall / self.matched if self.matched else 0.0
        return {
            "detect_p": self.matched / self.system_mentions if self.system_mentions else 0.0,
            "detect_r": self.matched / self.gold_mentions if self.gold_mentions else 0.0,
            "b3_p": precision,
            "b3_r": recall,
            "b3_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "names": self.names_right / self.people_found if self.people_found else 0.0,
        }


def load_gold(folder: Path = GOLD_DIR) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def load_texts(ids: Iterable[str]) -> dict[str, str]:
    wanted = set(ids)
    source = require(DEV_DATA / "quotes" / "polnear-dev.jsonl")
    texts = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] in wanted:
            texts[record["id"]] = record["text"]
    return texts


def is_name(label: str) -> bool:
    return group_of(label).key != "number"


def baseline_clusters(parsed) -> list[Cluster]:
    """spaCy's own spans, one entity per distinct surface text (the first label seen)."""
    by_text: dict[str, list[Span]] = {}
    labels: dict[str, str] = {}
    for paragraph in parsed:
        for span in paragraph.doc.ents:
            if is_name(span.label_):
                start = paragraph.start + span.start_char
                by_text.setdefault(span.text, []).append((start, start + len(span.text)))
                labels.setdefault(span.text, span.label_)
    return [Cluster(text, labels[text], tuple(spans)) for text, spans in by_text.items()]


def reader_clusters(text: str, parsed) -> list[Cluster]:
    return [
        Cluster(e.name, e.label, tuple((m.start, m.end) for m in e.mentions))
        for e in find_entities(text, parsed)
        if is_name(e.label)
    ]


def analyse_gold(nlp, gold: Sequence[dict], texts: dict[str, str]):
    """For each gold article: (id, gold clusters, baseline clusters, reader clusters)."""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for record in gold:
            path = Path(tmp) / "article.txt"
            path.write_text(texts[record["id"]], encoding="utf-8")
            article = read_article(str(path), clean=False).article  # what `reader --no-clean FILE` analyses
            digest = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
            if digest != record["text_sha1"]:  # the loader changed since the gold was made: offsets would lie
                print(f"skipped {record['id']}: the loaded text differs from the gold's", file=sys.stderr)
                continue
            parsed = parse_paragraphs(article, nlp)
            gold_clusters = [
                Cluster(e["name"], e["label"], tuple(tuple(m) for m in e["mentions"])) for e in record["entities"]
            ]
            results.append(
                (record["id"], gold_clusters, baseline_clusters(parsed), reader_clusters(article.text, parsed))
            )
    return results


def score(nlp, gold: Sequence[dict] | None = None) -> tuple[dict[str, float], dict[str, float], list[str]]:
    """Baseline and reader figures over the gold set (with "articles": how many were scored), and
    reader's wrong PERSON names."""
    gold = load_gold() if gold is None else gold
    texts = load_texts(record["id"] for record in gold)
    baseline, ours = Tally(), Tally()
    wrong: list[str] = []
    scored = 0
    for doc_id, gold_clusters, base, mine in analyse_gold(nlp, gold, texts):
        scored += 1
        baseline.add(gold_clusters, base)
        wrong += [f"{doc_id}: {line}" for line in ours.add(gold_clusters, mine)]
    return {**baseline.figures(), "articles": scored}, {**ours.figures(), "articles": scored}, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--verbose", action="store_true", help="list the PERSON entities reader names wrongly")
    args = parser.parse_args()
    from reader.nlp.pipeline import load_pipeline

    nlp = load_pipeline(args.model)
    print("| gold set | | detection P | detection R | B3 P | B3 R | B3 F1 | PERSON names |")
    print("|---|---|---|---|---|---|---|---|")
    wrong_all = []
    for title, folder in (("rules written on", GOLD_DIR), ("held out", GOLD_DIR / "heldout")):
        gold = load_gold(folder)
        baseline, ours, wrong = score(nlp, gold)
        wrong_all += wrong
        mentions = sum(len(e["mentions"]) for record in gold for e in record["entities"])
        people = sum(e["label"] == "PERSON" for record in gold for e in record["entities"])
        described = f"{title}: {ours['articles']} articles, {mentions} mentions, {people} people"
        for system, row in (("spaCy spans, same text grouped", baseline), ("reader", ours)):
            cells = " | ".join(f"{row[key]:.3f}" for key in ("detect_p", "detect_r", "b3_p", "b3_r", "b3_f1"))
            print(f"| {described} | {system} | {cells} | {100 * row['names']:.1f}% |")
            described = ""
    if args.verbose:
        print()
        print("\n".join(wrong_all))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
