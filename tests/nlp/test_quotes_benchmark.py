"""The quotes benchmark hands reader's offsets to the scorer in the gold text's terms: with the
cleaner on, reader's text lacks lines the gold text has, and a quote must not grow over them."""

from __future__ import annotations

from tests.scripts import load_benchmark


def _said(ours: str, start: int, end: int) -> dict:
    """reader's analysis of `ours` with one sure indirect quote, ours[start:end], said by "He"."""
    quote = {
        "start": start,
        "end": end,
        "kind": "indirect",
        "cue": {"text": "said"},
        "speaker_mention": {"text": "He"},
        "speaker": "He",
        "confidence": "high",
    }
    return {"text": ours, "quotes": [quote]}


def test_a_quote_ending_where_the_cleaner_dropped_a_line_keeps_its_end():
    gold = "He said the ferry would sail on May 3.\n\nWatch: ferries of the coast\n\nThe mayor agreed."
    ours = "He said the ferry would sail on May 3.\n\nThe mayor agreed."
    start, end = ours.index("the ferry"), ours.index(" on May 3") + len(" on May 3")
    prediction = load_benchmark("quotes").to_prediction("d1", _said(ours, start, end), gold)
    assert [q["text"] for q in prediction["quotes"]] == ["the ferry would sail on May 3"]


def test_a_quote_ending_right_before_a_dropped_line_does_not_run_over_it():
    gold = "He said the ferry would sail.\nWatch: ferries of the coast\nThe mayor agreed."
    ours = "He said the ferry would sail.\nThe mayor agreed."
    start, end = ours.index("the ferry"), ours.index("sail.") + len("sail.") + 1  # the line's end
    prediction = load_benchmark("quotes").to_prediction("d1", _said(ours, start, end), gold)
    assert "Watch" not in prediction["quotes"][0]["text"]
