"""The installed `reader` in a real terminal (tmux): launch on the sample, press keys, read the screen.

This is the path a user takes (real tty, real key decoding, real rendering), which the headless pilot
does not cover. `.ci/run` installs tmux; without it the test skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

READER = Path(sys.executable).with_name("reader")
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _session_env(env: dict[str, str]) -> list[str]:
    names = ("TERM", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "EDITOR", "BROWSER")
    return [arg for name in names if name in env for arg in ("-e", f"{name}={env[name]}")]


class Terminal:
    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.name = f"reader-test-{uuid.uuid4().hex[:8]}"
        subprocess.run(
            # -e: a tmux server already running keeps its own environment and ignores the client's
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "120", "-y", "36", *_session_env(env), *command],
            check=True,
            env=env,
        )

    def screen(self) -> str:
        result = subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True)
        return result.stdout

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(0.15)

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def reader_screen_is_up(self) -> bool:
        """The reader has the terminal: its alternate screen is on (an editor or browser it handed the
        terminal to is off it here) and its footer shows."""
        shown = subprocess.run(
            ["tmux", "display-message", "-p", "-t", self.name, "#{alternate_on}"], capture_output=True, text=True
        )
        return shown.stdout.strip() == "1" and "^p palette" in self.screen()

    def alive(self) -> bool:
        return subprocess.run(["tmux", "has-session", "-t", self.name], capture_output=True).returncode == 0

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def terminal_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "TERM": "xterm-256color"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def test_reader_in_tmux_moves_between_mentions_and_quits(sample_path: Path, terminal_env: dict[str, str]) -> None:
    assert READER.exists(), "the reader command is installed next to the test's Python"
    terminal = Terminal([str(READER), str(sample_path)], terminal_env)
    try:
        terminal.wait_for("Taliban asks Russia")  # the article is there
        terminal.wait_for("quotes · Tab to the sidebar")  # and the analysis finished
        terminal.keys("Tab")  # the entity list: its first row becomes the target
        terminal.wait_for(" mentions")
        terminal.keys("Enter")  # to its first mention
        screen = terminal.wait_for("mention 1 of")
        status = next(line for line in screen.splitlines() if "mention 1 of" in line)
        entity = status.split(" · ")[0].strip()
        terminal.keys("BTab", "n")
        terminal.wait_for(f"{entity} · ")
        terminal.wait_for("mention 2 of")
        terminal.keys("]")
        terminal.wait_for("Quote ")  # the next quote after the cursor
        terminal.keys("q")
        deadline = time.monotonic() + 10
        while terminal.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not terminal.alive(), "q quits the reader"
    finally:
        terminal.close()


def test_reading_list_in_tmux_opens_an_article_and_l_comes_back_to_its_row(
    terminal_env: dict[str, str], tmp_path: Path
) -> None:
    import shlex

    samples = Path(__file__).resolve().parents[2] / "samples"
    names = ["panjshir.txt", "harbour-council.html", "library-hours.txt"]
    status = tmp_path / "status"
    command = shlex.join([str(READER), *(str(samples / name) for name in names)])
    terminal = Terminal(["sh", "-c", f"{command}; echo $? > {shlex.quote(str(status))}"], terminal_env)
    try:
        terminal.wait_for("Reading list  3 articles")
        terminal.wait_for("Town library extends")  # every row is loaded
        terminal.keys("Down", "Enter")  # the second row
        screen = terminal.wait_for("harbour-council.html")
        assert screen.splitlines()[0].startswith(" Elling council approves new harbour wall")
        terminal.wait_for("quotes · Tab to the sidebar")  # its analysis is in
        terminal.keys("l")
        terminal.wait_for("Reading list  3 articles")
        terminal.keys("Enter")  # Enter again opens the same row: the cursor came back to it
        screen = terminal.wait_for("harbour-council.html")
        assert screen.splitlines()[0].startswith(" Elling council approves new harbour wall")
        terminal.keys("l")
        terminal.wait_for("Reading list  3 articles")
        terminal.keys("q")
        deadline = time.monotonic() + 10
        while terminal.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not terminal.alive(), "q quits from the list"
        assert status.read_text().strip() == "0"
    finally:
        terminal.close()


@pytest.mark.parametrize("key, program", [("v", "EDITOR"), ("o", "BROWSER")])
def test_ctrl_c_in_the_editor_or_browser_gives_the_screen_back_to_the_reader(
    key: str, program: str, sample_path: Path, terminal_env: dict[str, str], tmp_path: Path
) -> None:
    """Ctrl+C reaches every program in the terminal's foreground, the reader too, as it waits for the
    editor (or a browser that runs in the terminal) it handed the screen to. The program stops; the
    reader must come back, say so, and go on."""
    import shlex

    slow = tmp_path / "slow-program"
    slow.write_text("#!/bin/sh\nsleep 60\n")
    slow.chmod(0o755)
    status = tmp_path / "status"
    env = {**terminal_env, program: str(slow)}
    command = shlex.join([str(READER), str(sample_path)])
    # The shell around the reader must outlive the Ctrl+C too, to write the status: a trap (unlike an
    # ignored signal) is not passed on to the reader.
    terminal = Terminal(["sh", "-c", f"trap : INT; {command}; echo $? > {shlex.quote(str(status))}"], env)
    try:
        terminal.wait_for("quotes · Tab to the sidebar")
        terminal.keys(key)
        deadline = time.monotonic() + 10
        while terminal.reader_screen_is_up():
            assert time.monotonic() < deadline, f"{key} did not hand the terminal over"
            time.sleep(0.1)
        terminal.keys("C-c")
        deadline = time.monotonic() + 10
        while not terminal.reader_screen_is_up():
            assert time.monotonic() < deadline, f"the reader did not come back:\n{terminal.screen()}"
            assert not status.exists(), f"the reader ended ({status.read_text().strip()}):\n{terminal.screen()}"
            time.sleep(0.1)
        terminal.wait_for("interrupted", 5)  # the status line says what became of the program
        terminal.keys("Tab", "Enter")  # and the reader answers keys again: to an entity's first mention
        terminal.wait_for("mention 1 of", 10)
        terminal.keys("q")
        deadline = time.monotonic() + 10
        while not status.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert status.read_text().strip() == "0"
    finally:
        terminal.close()
