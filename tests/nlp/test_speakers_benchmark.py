"""The speakers benchmark judges each statement of its key as a reader would: the right person, a
wrong one (which misleads), or the words as written (which do not)."""

from __future__ import annotations

import json

import pytest

from tests.scripts import ROOT, load_benchmark

speakers = load_benchmark("speakers")

_TEXT = "Saskatoon Transit said ridership grew. A rider said she was relieved."


def _document(speaker: str | None, entity: str | None, confidence: str = "high") -> dict:
    start = _TEXT.index("ridership")
    quote = {"start": start, "end": start + 14, "speaker": speaker, "speaker_entity": entity, "confidence": confidence}
    return {"text": _TEXT, "quotes": [quote]}


_ROW = {"file": "x.txt", "quote": "ridership grew", "speaker_words": "The agency", "speaker": "Saskatoon Transit"}


@pytest.mark.parametrize(
    ("speaker", "entity", "confidence", "outcome"),
    [
        ("Saskatoon Transit", "e1", "high", "right"),
        ("Transit", "e1", "high", "right"),  # one name's words inside the other's
        ("Saskatoon Police", "e2", "high", "wrong entity"),
        ("The agency", None, "high", "unresolved"),
        ("Saskatoon Transit", "e1", "low", "possible"),
    ],
)
def test_a_statement_is_judged_by_its_quotes_speaker(speaker, entity, confidence, outcome):
    assert speakers.judge(_ROW, _document(speaker, entity, confidence))[0] == outcome


def test_a_statement_no_quote_holds_is_missed():
    row = {**_ROW, "quote": "she was relieved"}
    assert speakers.judge(row, _document("Saskatoon Transit", "e1"))[0] == "missed"


def test_a_nameless_speaker_is_right_only_with_no_entity():
    row = {**_ROW, "speaker": None, "speaker_words": "A rider"}
    assert speakers.judge(row, _document("A rider", None))[0] == "right"
    assert speakers.judge(row, _document("Saskatoon Transit", "e1"))[0] == "wrong entity"


@pytest.mark.parametrize(
    ("words", "kind"),
    [("she", "pronoun"), ("the agency", "description"), ("Transit officials", "name"), (None, "none")],
)
def test_a_speaker_is_named_by_a_name_a_pronoun_or_a_description(words, kind):
    assert speakers.kind_of({"speaker_words": words, "speaker": "Saskatoon Transit"}) == kind


def test_every_key_row_quotes_its_text_word_for_word():
    for folder in sorted((ROOT / "tests" / "data" / "speakers").iterdir()):
        for line in (folder / "key.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert row["quote"] in (folder / row["file"]).read_text(encoding="utf-8"), (folder.name, row)


@pytest.mark.parametrize(("confidence", "outcome"), [("high", "sure"), ("low", "possible")])
def test_a_trap_inside_a_quote_is_listed_as_that_quote_is(confidence, outcome):
    trap = {"file": "x.txt", "text": "ridership grew", "why": "plan"}
    assert speakers.trap_outcome(trap, _document("Saskatoon Transit", "e1", confidence)) == outcome


def test_a_trap_no_quote_overlaps_is_not_listed():
    trap = {"file": "x.txt", "text": "A rider said", "why": "plan"}
    assert speakers.trap_outcome(trap, _document("Saskatoon Transit", "e1")) == "not listed"
