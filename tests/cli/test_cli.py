"""The command-line contract: --json / --text output, offsets, batch mode, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

SEED_TITLE = "Taliban asks Russia to convey political signal to resistance in Panjshir Valley"


def run_reader(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed entry point, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def seed_json(sample_path: Path, nlp) -> dict:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--json", str(sample_path)]) == 0
    return json.loads(out.getvalue())


def _assert_span(text: str, span: dict) -> None:
    assert 0 <= span["start"] < span["end"] <= len(text)
    assert text[span["start"] : span["end"]] == span["text"]


# -- the JSON contract ---------------------------------------------------------------------------
def test_json_has_every_schema_field(seed_json: dict) -> None:
    assert seed_json["schema"] == 1
    assert set(seed_json) >= {"source", "title", "text", "paragraphs", "removed", "entities", "quotes", "model"}
    assert seed_json["model"]["name"] and seed_json["model"]["spacy"].startswith("3.8")


def test_json_offsets_slice_back_to_their_text(seed_json: dict) -> None:
    text = seed_json["text"]
    for paragraph in seed_json["paragraphs"]:
        assert text[paragraph["start"] : paragraph["end"]].strip() == text[paragraph["start"] : paragraph["end"]]
    for entity in seed_json["entities"]:
        for mention in entity["mentions"]:
            _assert_span(text, mention)
    for quote in seed_json["quotes"]:
        _assert_span(text, quote)
        for key in ("speaker_mention", "cue"):
            if quote[key] is not None:
                _assert_span(text, quote[key])
        assert quote["kind"] in ("direct", "indirect", "mixed")


# -- what a careful reader sees in the seed article ----------------------------------------------
def test_seed_title_and_boilerplate(seed_json: dict) -> None:
    text = seed_json["text"]
    assert seed_json["title"] == SEED_TITLE
    assert SEED_TITLE not in text
    assert "Advertisement" not in text
    assert "ALSO READ" not in text
    assert text.count("A representative of the Taliban political office paid a visit") == 1
    reasons = {removed["reason"] for removed in seed_json["removed"]}
    assert len(reasons) >= 3  # ads, related links and the duplicate lead, each said in words
    assert all(removed["text"].strip() for removed in seed_json["removed"])


def _person(seed_json: dict, name: str) -> dict:
    matches = [e for e in seed_json["entities"] if e["name"] == name]
    assert len(matches) == 1, f"{name}: {len(matches)} entities"
    assert matches[0]["label"] == "PERSON"
    return matches[0]


@pytest.mark.parametrize(
    "full, short", [("Sergei Lavrov", "Lavrov"), ("Amrullah Saleh", "Saleh"), ("Ashraf Ghani", "Ghani")]
)
def test_seed_people_are_one_entity_with_every_mention(seed_json: dict, full: str, short: str) -> None:
    person = _person(seed_json, full)
    text = seed_json["text"]
    ends = sorted(m["end"] for m in person["mentions"])
    every_occurrence = [i + len(short) for i in range(len(text)) if text.startswith(short, i)]
    assert ends == every_occurrence  # each "Lavrov" in the text is a mention of this one person
    assert all(m["text"].endswith(short) for m in person["mentions"])
    assert not any(e["name"] == short for e in seed_json["entities"])


def test_seed_father_and_son_stay_apart(seed_json: dict) -> None:
    son = _person(seed_json, "Ahmad Massoud")
    father = _person(seed_json, "Ahmad Shah Massoud")
    assert son["id"] != father["id"]
    assert all("Shah" not in m["text"] for m in son["mentions"])


def test_seed_no_entity_named_with_the_or_possessive(seed_json: dict) -> None:
    for entity in seed_json["entities"]:
        assert not entity["name"].lower().startswith("the ")
        assert not entity["name"].endswith(("'s", "’s"))


def test_seed_quotes_and_their_speakers(seed_json: dict) -> None:
    assert {q["kind"] for q in seed_json["quotes"]} == {"direct", "indirect"}
    quotes = [q for q in seed_json["quotes"] if q["kind"] == "direct"]
    assert len(quotes) == 4
    assert [q["speaker"] for q in quotes] == ["Dmitry Zhirnov", "Dmitry Zhirnov", "Sergei Lavrov", "Sergei Lavrov"]
    assert [q["speaker_mention"]["text"] for q in quotes] == ["he", "the diplomat", "Lavrov", "he"]
    assert quotes[0]["text"].startswith("We had a representative")
    assert quotes[2]["text"].startswith("The Taliban doesn't control")
    ids = {e["name"]: e["id"] for e in seed_json["entities"]}
    assert [q["speaker_entity"] for q in quotes] == [ids["Dmitry Zhirnov"]] * 2 + [ids["Sergei Lavrov"]] * 2


# -- other modes ---------------------------------------------------------------------------------
def test_text_prints_title_blank_line_then_paragraphs(sample_path: Path) -> None:
    result = run_reader("--text", str(sample_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == SEED_TITLE and lines[1] == ""
    paragraphs = result.stdout.strip().split("\n\n")[1:]
    assert len(paragraphs) > 10 and all(p.strip() == p for p in paragraphs)
    assert "Advertisement" not in result.stdout


def test_no_analysis_json_cleans_without_loading_spacy(sample_path: Path) -> None:
    code = (
        "import sys, io, contextlib, json; from reader.cli import main; out = io.StringIO()\n"
        f"with contextlib.redirect_stdout(out): status = main(['--json', '--no-analysis', {str(sample_path)!r}])\n"
        "data = json.loads(out.getvalue()); print(status, 'spacy' in sys.modules, len(data['entities']), data['title'])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().split(maxsplit=3) == ["0", "False", "0", SEED_TITLE]


def test_no_clean_keeps_the_text_as_given(tmp_path: Path) -> None:
    article = tmp_path / "clean.txt"
    article.write_text("Advertisement\n\nFirst paragraph\nstill first.\n\nSecond one.\n", encoding="utf-8")
    result = run_reader("--json", "--no-analysis", "--no-clean", str(article))
    data = json.loads(result.stdout)
    assert data["title"] is None and data["removed"] == []
    assert [data["text"][p["start"] : p["end"]] for p in data["paragraphs"]][0] == "Advertisement"
    assert len(data["paragraphs"]) == 3


def test_several_files_give_json_lines_in_order_and_report_a_bad_one(sample_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "Short title\n\nThe minister said the budget was late. Nobody was surprised by it.\n", encoding="utf-8"
    )
    missing = tmp_path / "missing.txt"
    result = run_reader("--json", "--no-analysis", str(sample_path), str(missing), str(other))
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(sample_path), str(other)]
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("reader: ") and str(missing) in result.stderr


def test_stdin_is_read_with_a_dash(sample_path: Path) -> None:
    result = run_reader("--text", "-", stdin=sample_path.read_text(encoding="utf-8"))
    assert result.returncode == 0
    assert result.stdout.startswith(SEED_TITLE + "\n\n")


# -- errors: one line, the right status, never a traceback ---------------------------------------
def _assert_one_line_error(result: subprocess.CompletedProcess[str], status: int) -> None:
    assert result.returncode == status
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("reader: ") and result.stderr.count("\n") == 1


def test_missing_file(tmp_path: Path) -> None:
    result = run_reader("--text", str(tmp_path / "nope.txt"))
    _assert_one_line_error(result, 2)
    assert "nope.txt" in result.stderr


def test_directory(tmp_path: Path) -> None:
    _assert_one_line_error(run_reader("--json", str(tmp_path)), 2)


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _assert_one_line_error(run_reader(str(empty)), 2)


def test_binary_file(tmp_path: Path) -> None:
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _assert_one_line_error(run_reader("--text", str(png)), 2)


def test_no_file_argument_is_a_usage_error() -> None:
    _assert_one_line_error(run_reader(), 2)


def test_unknown_model_is_an_analysis_failure(sample_path: Path) -> None:
    result = run_reader("--json", "--model", "no_such_pipeline_xyz", str(sample_path))
    _assert_one_line_error(result, 1)
    assert "no_such_pipeline_xyz" in result.stderr and "pip install" in result.stderr


def test_the_input_file_is_never_written(sample_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "article.txt"
    copy.write_bytes(sample_path.read_bytes())
    before = (copy.read_bytes(), copy.stat().st_mtime_ns)
    run_reader("--text", str(copy))
    run_reader("--json", "--no-analysis", str(copy))
    assert (copy.read_bytes(), copy.stat().st_mtime_ns) == before


def test_a_file_that_is_all_clutter_says_so(tmp_path: Path) -> None:
    clutter = tmp_path / "ads.txt"
    clutter.write_text("Advertisement\n\nADVERTISEMENT\n\nShare this article\n", encoding="utf-8")
    result = run_reader("--text", str(clutter))
    _assert_one_line_error(result, 2)
    assert "--no-clean" in result.stderr


def test_the_reader_refuses_an_unknown_model_before_opening(sample_path: Path) -> None:
    result = run_reader("--model", "no_such_pipeline_xyz", str(sample_path))
    _assert_one_line_error(result, 1)
    assert "pip install" in result.stderr


def test_reader_on_stdin_without_a_terminal_says_what_to_do_instead(sample_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--no-analysis", "-"],
        input=sample_path.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        timeout=60,
        start_new_session=True,  # no controlling terminal, as under cron or CI
    )
    _assert_one_line_error(result, 2)
    assert "--json or --text" in result.stderr
