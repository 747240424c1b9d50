"""The real installed `reader` in a pseudo-terminal: what it writes is what a terminal obeys, so the
escape sequences hidden in the article must never be among those bytes."""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.hostile.checks import installed_reader
from tests.hostile.corpus import PAYLOAD_BYTES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

ROWS, COLUMNS = 30, 100


class Terminal:
    """A child process on a pty of a fixed size; collects every byte it writes."""

    def __init__(self, argv: list[str]) -> None:
        self.master, child = os.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(ROWS)}
        env.pop("TEXTUAL", None)  # no devtools, whatever the developer's shell says
        self.process = subprocess.Popen(
            argv, stdin=child, stdout=child, stderr=child, env=env, start_new_session=True, close_fds=True
        )
        os.close(child)
        self.output = bytearray()

    def read_until(self, marker: bytes | None, timeout: float) -> bool:
        """Read until `marker` has been written (True), the child closes the pty, or `timeout`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if not ready:
                continue
            try:
                data = os.read(self.master, 65536)
            except OSError:  # EIO: the child has exited and closed its side
                return False
            if not data:
                return False
            self.output.extend(data)
            if marker is not None and marker in self.output:
                return True
        return False

    def close(self) -> int | None:
        if self.process.poll() is None:
            self.process.kill()
        os.close(self.master)
        return self.process.wait(timeout=10)


def test_escape_payloads_in_the_file_never_reach_the_terminal(corpus: dict[str, Path], tmp_path: Path) -> None:
    # The file's name carries a payload too: the title bar shows it.
    article = tmp_path / "news\x1b]0;evil title\x07.txt"
    article.write_bytes(corpus["escapes"].read_bytes())
    terminal = Terminal([str(installed_reader()), str(article)])
    try:
        # The status line fills in once the analysis is done: every part of the screen has been drawn.
        assert terminal.read_until(b"quotes", timeout=60), bytes(terminal.output[-400:])
        terminal.read_until(None, timeout=1.0)
        os.write(terminal.master, b"q")
        terminal.read_until(None, timeout=5)
        assert terminal.process.wait(timeout=10) == 0
    finally:
        terminal.close()
    output = bytes(terminal.output)
    assert b"must survive intact" in output  # the article was drawn
    for payload in (*PAYLOAD_BYTES, b"\x1b[2J", b"\x1b]2;"):
        assert payload not in output, payload
