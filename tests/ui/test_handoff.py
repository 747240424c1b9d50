"""`o` opens the page or the file's folder in the browser, `v` the editor at the current paragraph;
both are in `?` and in the palette. The browser and the editor are stand-ins that record their calls."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import stat
import sys
import webbrowser
from pathlib import Path

import pytest

from reader.ui.app import ReaderApp
from tests.ui.fixtures import PARAGRAPHS, drawn_text, fixed_analyser, harbour_document, settle

SIZE = (110, 30)


def _app(source: str) -> ReaderApp:
    document = dataclasses.replace(harbour_document(), source=source)
    return ReaderApp(document, analyser=fixed_analyser(document))


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    calls: list[str] = []

    def fake_open(url: str, *args, **kwargs) -> bool:
        calls.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", fake_open)
    return calls


@pytest.fixture
def editor(tmp_path: Path, monkeypatch, handed_over: list[bool]) -> Path:
    """$EDITOR: a script that writes its arguments and the file's text to calls.json."""
    record = tmp_path / "calls.json"
    script = tmp_path / "fake-editor"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        "text = open(sys.argv[-1], encoding='utf-8').read()\n"
        f"json.dump({{'args': sys.argv[1:], 'text': text}}, open({str(record)!r}, 'w'))\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("EDITOR", str(script))
    record.touch()
    return record


@pytest.fixture
def handed_over(monkeypatch) -> list[bool]:
    """A terminal that can be handed over: the headless driver cannot suspend; the real one hands the
    terminal to the editor or browser inside `suspend`. One entry per hand-over: whether the reader's
    screen came back."""
    suspended: list[bool] = []

    @contextlib.contextmanager
    def suspend(self):  # as Textual's: the screen comes back only when the block ends normally
        suspended.append(False)
        yield
        suspended[-1] = True

    monkeypatch.setattr(ReaderApp, "suspend", suspend)
    return suspended


async def test_o_opens_the_url_in_the_browser(opened: list[str]) -> None:
    app = _app("https://example.com/news/harbour")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        assert opened == ["https://example.com/news/harbour"]
        assert "Opened https://example.com/news/harbour" in drawn_text(app)


async def test_o_opens_a_files_folder(tmp_path: Path, opened: list[str]) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text("\n\n".join(PARAGRAPHS))
    app = _app(str(path))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
    assert opened == [tmp_path.resolve().as_uri()]


async def test_o_on_standard_input_says_why_it_does_nothing(opened: list[str]) -> None:
    app = _app("-")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        assert "came from standard input" in drawn_text(app)
    assert opened == []


@pytest.fixture
def terminal_browser(tmp_path: Path, monkeypatch) -> Path:
    """$BROWSER as a command that runs in the terminal (as w3m does): it records the address it got."""
    record = tmp_path / "browsed.txt"
    script = tmp_path / "fake-w3m"
    script.write_text(f"#!/bin/sh\nprintf '%s' \"$1\" > {str(record)!r}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("BROWSER", str(script))
    monkeypatch.setattr(webbrowser, "_tryorder", None)  # read the machine's browsers (and $BROWSER) afresh
    monkeypatch.setattr(webbrowser, "_browsers", {})
    return record


async def _screen_after_o(source: str) -> str:
    """What the reader shows after `o` on an article from `source` (and that it is still running)."""
    app = _app(source)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        assert app.is_running
        return drawn_text(app)


async def test_a_browser_that_runs_in_the_terminal_gets_the_screen(
    terminal_browser: Path, handed_over: list[bool]
) -> None:
    assert "Opened https://example.com/news/harbour" in await _screen_after_o("https://example.com/news/harbour")
    assert handed_over == [True]
    assert terminal_browser.read_text() == "https://example.com/news/harbour"


async def test_a_terminal_browser_that_cannot_be_run_gives_the_screen_back_and_says_why(
    tmp_path: Path, monkeypatch, handed_over: list[bool]
) -> None:
    gone = tmp_path / "w3m-removed"  # $BROWSER names a program that is not (or no longer) there
    gone.write_text("#!/bin/sh\n")
    gone.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(gone))
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    webbrowser.get()  # webbrowser finds it while it is there
    gone.unlink()
    screen = await _screen_after_o("https://example.com/news/harbour")
    assert handed_over == [True]
    assert "Cannot run the browser" in screen


async def test_a_terminal_browser_is_not_started_where_the_screen_cannot_be_handed_over(
    terminal_browser: Path,
) -> None:
    assert "cannot hand the screen to the browser" in await _screen_after_o("https://example.com/news/harbour")
    assert not terminal_browser.exists()


async def test_v_opens_a_plain_text_file_at_the_current_paragraphs_line(tmp_path: Path, editor: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text("Harbour quay to open in May\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    app = _app(str(path))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket")  # the first quote: paragraph 3
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert app.is_running
    call = json.loads(editor.read_text())
    lines = path.read_text().splitlines()
    line = int(call["args"][0].removeprefix("+"))
    assert call["args"] == [f"+{line}", str(path)]
    assert lines[line - 1] == PARAGRAPHS[2]


async def test_v_opens_the_cleaned_text_of_a_page_in_a_temporary_file(editor: Path) -> None:
    app = _app("https://example.com/news/harbour")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")  # Reed's quote
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
    call = json.loads(editor.read_text())
    temporary = Path(call["args"][1])
    assert temporary.name.startswith("reader-") and not temporary.exists()  # removed afterwards
    lines = call["text"].splitlines()
    assert lines[0] == "Harbour quay to open in May"
    line = int(call["args"][0].removeprefix("+"))
    assert lines[line - 1] == PARAGRAPHS[6]


async def test_an_editor_that_fails_is_one_line_in_the_status(tmp_path: Path, editor: Path, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor"))
    app = _app("https://example.com/news/harbour")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        assert "Cannot run the editor" in drawn_text(app)
        assert app.is_running


async def test_o_v_l_are_in_the_keys_and_the_palette() -> None:
    app = _app("harbour.txt")
    async with app.run_test(size=(140, 50)) as pilot:
        await settle(app, pilot)
        bindings = {binding.id: binding for binding in app.BINDINGS if hasattr(binding, "id")}
        assert bindings["open"].key == "o" and bindings["edit"].key == "v" and bindings["list"].key == "l"
        await pilot.press("question_mark")
        await pilot.pause()
        screen = drawn_text(app)
        assert "Open page" in screen  # the panel lists them (the others further down it)
        active = {binding.binding.id for binding in app.active_bindings.values()}
        assert {"open", "edit", "list"} <= active
        await pilot.press("question_mark", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"editor")
        await pilot.pause(0.3)
        assert "Edit the text in $EDITOR" in drawn_text(app)
