"""The quotes benchmark hands reader's offsets to the scorer in the gold text's terms: with the
cleaner on, reader's text lacks lines the gold text has, and a quote must not grow over them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _benchmark():
    folder = ROOT / "benchmarks"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("quotes_benchmark", folder / "quotes.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    return module


def test_a_quote_ending_where_the_cleaner_dropped_a_line_keeps_its_end():
    gold = "He said the ferry would sail on May 3.\n\nWatch: ferries of the coast\n\nThe mayor agreed."
    ours = "He said the ferry would sail on May 3.\n\nThe mayor agreed."
    start = ours.index("the ferry")
    end = ours.index(" on May 3") + len(" on May 3")
    analysis = {
        "text": ours,
        "quotes": [
            {
                "start": start,
                "end": end,
                "kind": "indirect",
                "cue": {"text": "said"},
                "speaker_mention": {"text": "He"},
                "speaker": "He",
                "confidence": "high",
            }
        ],
    }
    prediction = _benchmark().to_prediction("d1", analysis, gold)
    assert [q["text"] for q in prediction["quotes"]] == ["the ferry would sail on May 3"]


def test_a_quote_ending_right_before_a_dropped_line_does_not_run_over_it():
    gold = "He said the ferry would sail.\nWatch: ferries of the coast\nThe mayor agreed."
    ours = "He said the ferry would sail.\nThe mayor agreed."
    start, end = ours.index("the ferry"), ours.index("sail.") + len("sail.")
    analysis = {
        "text": ours,
        "quotes": [
            {
                "start": start,
                "end": end + 1,  # the line's end, which the dropped line follows
                "kind": "indirect",
                "cue": {"text": "said"},
                "speaker_mention": {"text": "He"},
                "speaker": "He",
                "confidence": "high",
            }
        ],
    }
    prediction = _benchmark().to_prediction("d1", analysis, gold)
    assert "Watch" not in prediction["quotes"][0]["text"]
