"""Every hostile file through the command line: valid output or one line on stderr, never a
traceback, and nothing the terminal would obey."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.hostile.checks import (
    CONTROL,
    KNOWN_BUGS,
    assert_offsets,
    assert_one_line_error,
    case_params,
    controls_in,
    run_reader,
    strings_in,
)
from tests.hostile.corpus import ANALYSABLE_CASES, CASES_BY_NAME, PAYLOAD_BYTES, REFUSED_CASES, Case


def _check_clean_output(case: Case, output: bytes, text: str) -> None:
    for payload in PAYLOAD_BYTES:
        assert payload not in output
    assert b"\x1b" not in output
    assert not controls_in(text), f"{case.name}: control characters in the output"


@pytest.mark.parametrize("case", case_params())
def test_text_prints_the_article_or_one_line(case: Case, corpus: dict[str, Path]) -> None:
    result = run_reader("--text", str(corpus[case.name]))
    if not case.ok:
        assert_one_line_error(result, hint=case.error_hint)
        return
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    text = result.stdout.decode("utf-8")
    _check_clean_output(case, result.stdout, text)
    assert "\r" not in text
    for literal in case.shows:
        assert literal in text


@pytest.mark.parametrize("case", case_params())
def test_json_without_analysis_is_valid_or_one_line(
    case: Case, corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process (fast): an escaping exception here is what a user would see as a traceback."""
    status = main(["--json", "--no-analysis", str(corpus[case.name])])
    out, err = capsys.readouterr()
    if not case.ok:
        assert status == 2 and out == ""
        assert err.startswith("reader: ") and err.count("\n") == 1 and case.error_hint.lower() in err.lower()
        return
    assert status == 0 and err == ""
    data = json.loads(out)
    assert "\x1b" not in out and not any(CONTROL.search(s) for s in strings_in(data))
    assert_offsets(data)
    shown = "\n".join(filter(None, [data["title"], data["text"]]))
    for literal in case.shows:
        assert literal in shown


def test_json_with_analysis_on_every_small_case_in_one_run(corpus: dict[str, Path]) -> None:
    """The real spaCy analysis over every case small enough to parse quickly (JSON Lines, one model
    load): an object per readable file, every offset right, one line per refused file."""
    names = [name for name in ANALYSABLE_CASES if name not in KNOWN_BUGS] + list(REFUSED_CASES)
    names.remove("huge")  # refused before reading; its own case above covers it
    result = run_reader("--json", *(str(corpus[name]) for name in names), timeout=300)
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr and result.returncode == 2
    lines = result.stdout.decode("utf-8").splitlines()
    documents = {Path(data["source"]).stem: data for data in map(json.loads, lines)}
    assert sorted(documents) == sorted(name for name in names if CASES_BY_NAME[name].ok)
    for name, data in documents.items():
        assert data["model"] is not None, name
        assert not any(CONTROL.search(s) for s in strings_in(data)), name
        assert_offsets(data)
    errors = stderr.splitlines()
    assert len(errors) == len(REFUSED_CASES) - 1 and all(line.startswith("reader: ") for line in errors)
    assert b"\x1b" not in result.stdout + result.stderr


def test_analysis_finds_people_in_markup_without_losing_the_brackets(corpus: dict[str, Path]) -> None:
    result = run_reader("--json", str(corpus["markup"]))
    data = json.loads(result.stdout)
    assert "Maria Lopez" in {entity["name"] for entity in data["entities"]}
    quotes = [quote["text"] for quote in data["quotes"]]
    assert "We will [bold]not[/bold] sign [/ it" in quotes


def test_a_huge_file_is_refused_quickly_with_the_limit_named(corpus: dict[str, Path]) -> None:
    result = run_reader("--json", str(corpus["huge"]), timeout=20)
    stderr = assert_one_line_error(result, hint="--max-bytes")
    assert "60.0 MiB" in stderr and "50.0 MiB" in stderr


def test_a_raised_limit_reads_a_big_line(corpus: dict[str, Path]) -> None:
    """--max-bytes below the 1 MB line refuses it; the default reads it whole."""
    small = run_reader("--text", "--max-bytes", "1000", str(corpus["long_line"]))
    assert_one_line_error(small, hint="limit")
    whole = run_reader("--text", str(corpus["long_line"]))
    assert whole.returncode == 0 and len(whole.stdout) > 1_000_000


def test_a_hostile_file_name_in_an_error_never_reaches_the_terminal(tmp_path: Path) -> None:
    missing = tmp_path / "news\x1b]0;evil title\x07.txt"
    result = run_reader("--text", str(missing))
    assert_one_line_error(result, hint="no such file")


def test_escapes_on_standard_input_are_stripped_too(corpus: dict[str, Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--text", "-"],
        input=corpus["escapes"].read_bytes(),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stderr == b""
    assert b"\x1b" not in result.stdout and b"paints red words here" in result.stdout


@pytest.mark.parametrize("case", case_params())
def test_no_clean_json_is_valid_or_one_line(
    case: Case, corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """--no-clean keeps each block's own line breaks: the same guarantees on the raw text."""
    status = main(["--json", "--no-analysis", "--no-clean", str(corpus[case.name])])
    out, err = capsys.readouterr()
    if not case.ok:
        assert status == 2 and out == "" and err.startswith("reader: ") and err.count("\n") == 1
        return
    assert status == 0 and err == ""
    data = json.loads(out)
    assert not any(CONTROL.search(s) for s in strings_in(data))
    assert_offsets(data)
    assert data["removed"] == [] and "\r" not in data["text"]
    for literal in case.shows:
        assert " ".join(literal.split()) in " ".join(data["text"].split())
