"""What every hostile test asserts about output: no control characters from the file, one-line errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.corpus import CASES, CASES_BY_NAME

# Hostile inputs that expose a bug in code this suite does not own; each reason says where.
KNOWN_BUGS: dict[str, str] = {}  # case name → the bug it shows, while it is open (marks the case xfail)


def case_params(names: tuple[str, ...] | None = None) -> list:
    """pytest params for the named cases (all by default), known bugs marked xfail(strict=True)."""
    params = []
    for case in CASES if names is None else [CASES_BY_NAME[name] for name in names]:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case.name])] if case.name in KNOWN_BUGS else []
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


# C0 controls except tab and newline, DEL, and the C1 block (U+0080-U+009F, which some terminals
# obey like ESC-sequences). None of them may reach a terminal from an article.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def controls_in(text: str) -> list[str]:
    """The control characters in `text`, as escapes for a readable assertion message."""
    return sorted({f"U+{ord(char):04X}" for char in CONTROL.findall(text)})


def strings_in(value: object) -> list[str]:
    """Every string (keys included) in a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (key, *strings_in(item))]
    if isinstance(value, list):
        return [s for item in value for s in strings_in(item)]
    return []


def run_reader(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """`reader` as a user runs it (same interpreter as the tests); bytes, so nothing is decoded away."""
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, timeout=timeout)


def installed_reader() -> Path:
    """The console script the package installs, beside the interpreter running the tests."""
    script = Path(sys.executable).with_name("reader")
    if not script.exists():
        pytest.skip("the `reader` console script is not installed in this environment")
    return script


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], *, hint: str = "", status: int = 2) -> str:
    """Exit `status`, nothing on stdout, exactly one `reader: …` line on stderr, no traceback."""
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert result.returncode == status, stderr
    assert result.stdout == b""
    assert stderr.startswith("reader: ") and stderr.count("\n") == 1, stderr
    assert hint.lower() in stderr.lower(), stderr
    assert b"\x1b" not in result.stderr
    return stderr


def assert_offsets(data: dict) -> None:
    """Every span of a --json document slices back to its own text."""
    text = data["text"]

    def check(span: dict) -> None:
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"] : span["end"]] == span["text"], span

    for paragraph in data["paragraphs"]:
        assert 0 <= paragraph["start"] < paragraph["end"] <= len(text)
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            check(mention)
    for quote in data["quotes"]:
        check(quote)
        for key in ("speaker_mention", "cue"):
            if quote.get(key) is not None:
                check(quote[key])
