"""A notification whose time ran out before its toast was drawn (a screen pushed on a busy machine)
must not freeze the reader: Textual's timer loops for ever on a negative delay."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Run in a child: on a frozen event loop no timeout inside the test's own process could fire.
SCRIPT = textwrap.dedent(
    """
    import asyncio, time
    from textual.notifications import Notification
    from textual.widgets._toast import Toast
    from reader.ui.app import ReaderApp
    from tests.ui.fixtures import harbour_document

    async def main():
        app = ReaderApp(harbour_document(), analyse=False)
        async with app.run_test(size=(100, 26), notifications=True) as pilot:
            late = Notification("The analysis is still running", timeout=1)
            late.raised_at = time.time() - 5  # its time ran out before the toast was made
            await app.screen.mount(Toast(late))
            await pilot.press("question_mark")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            print("answering", app.is_running)

    asyncio.run(main())
    """
)


def test_a_toast_whose_time_ran_out_does_not_freeze_the_reader() -> None:
    try:
        done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        raise AssertionError("the reader froze: a toast's timer with a negative delay never yields") from None
    assert "answering True" in done.stdout, done.stderr[-2000:]
