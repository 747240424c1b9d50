"""Leaving the reader: `o` opens the article's page (or the file's folder), `v` the editor at the
current paragraph, `l` the reading list it was opened from; and opening at a given mention or quote
(from the index across a reading list). Mixed into `ReaderApp`.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import tempfile
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from textual.app import SuspendNotSupported

from reader.io.fetch import is_url
from reader.io.load import STDIN
from reader.ui.guard import guard_handlers
from reader.ui.notices import tell

PLAIN_SUFFIXES = (".txt", ".text", ".md", "")
T = TypeVar("T")
_FIND_WORDS = 8  # a paragraph is found in the file by its first words


@dataclass(frozen=True, slots=True)
class OpenAt:
    """Where to open an article: an entity's mention (by index), or one of its quotes (by id)."""

    entity_id: str
    mention: int = 0
    quote_id: str | None = None


def editor_command() -> list[str]:
    """`$EDITOR` as words (it may carry options, `code -w`), else `vi`."""
    words = shlex.split(os.environ.get("EDITOR", "").strip() or "vi")
    return words or ["vi"]


def terminal_browser() -> webbrowser.BaseBrowser | None:
    """The browser `webbrowser` would start, when it runs in this terminal and waits for it to close:
    w3m or lynx over SSH, or a `$BROWSER` command. Such a browser needs the screen handed over, as
    the editor does; a graphical one (None here) starts beside the reader."""
    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        return None
    if isinstance(controller, webbrowser.BackgroundBrowser):
        return None
    if isinstance(controller, webbrowser.GenericBrowser):
        return controller
    if isinstance(controller, webbrowser.UnixBrowser) and not controller.background:
        return controller
    return None


def wait_for_program(command: list[str]) -> int:
    """Run a program that has the terminal and wait for it to end; its exit status (-N: signal N).

    Ctrl+C in the terminal reaches every process in its foreground, the reader as well as the
    editor. As `system()` does, the reader ignores SIGINT while it waits: the program, started before,
    keeps its own handling, and stops or not as it decides (an editor keeps the text being edited)."""
    child = subprocess.Popen(command)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return child.wait()
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)


def ended(returncode: int) -> str:
    """How a program the reader waited for ended, when not well: "exited with status 2", or
    "was interrupted (Ctrl+C)" for a signal (subprocess gives -N for signal N)."""
    if returncode >= 0:
        return f"exited with status {returncode}"
    if -returncode == signal.SIGINT:
        return "was interrupted (Ctrl+C)"
    try:
        return f"was stopped by {signal.Signals(-returncode).name}"
    except ValueError:
        return f"was stopped by signal {-returncode}"


def plain_text_file(source: str) -> Path | None:
    """The source as a file the editor can open as it is: a local text file, not a page."""
    if source == STDIN or is_url(source):
        return None
    path = Path(source)
    if path.suffix.lower() not in PLAIN_SUFFIXES or not path.is_file():
        return None
    from reader.io.html import looks_like_html

    try:
        head = path.read_bytes()[:65536].decode("utf-8", "replace")
    except OSError:
        return None
    return None if looks_like_html(head) else path


def line_in_file(text: str, paragraph: str) -> int:
    """The 1-based line of `text` where `paragraph` starts (found by its first words), else 1."""
    words = paragraph.split()[:_FIND_WORDS]
    flat = text.replace("\r\n", "\n").replace("\r", "\n")
    for count in range(len(words), 0, -1):
        needle = " ".join(words[:count])
        at = flat.find(needle)
        if at == -1:
            at = " ".join(flat.split("\n")).find(needle)  # the words may run over a line end
        if at != -1:
            return flat.count("\n", 0, at) + 1
    return 1


def cleaned_text_lines(document: Any) -> tuple[str, list[int]]:
    """The cleaned article as `--text` prints it, and the line each paragraph starts on."""
    lines = [document.title or "", ""]
    starts = []
    for index, paragraph in enumerate(document.paragraphs):
        if index:
            lines.append("")
        starts.append(len(lines) + 1)
        lines += document.text[paragraph.start : paragraph.end].split("\n")
    return "\n".join(lines) + "\n", starts


@guard_handlers
class HandOff:
    """The reader's ways out. Expects `document`, `view`, `nav`, `from_list`, `open_at`, `_apply`, `_set_status`."""

    back_to_list = False

    def _refuse(self: Any, why: str) -> None:
        self._set_status(why)
        tell(self, why, timeout=3)

    def _handed_over(self: Any, run: Callable[[], T]) -> T:
        """`run()` with the terminal handed over (to an editor, a browser that runs in the terminal), and
        the reader's screen back afterwards whatever became of it: Textual's `suspend` resumes only when
        its block ends normally, so what `run` raises is held until the screen is back.
        Raises SuspendNotSupported where the screen cannot be handed over (headless, Textual Web)."""
        failure: BaseException | None = None
        with self.suspend():
            try:
                result = run()
            except BaseException as error:  # raised once the screen is back
                failure = error
        self.refresh(layout=True)
        if failure is not None:
            raise failure
        return result

    # -- l ------------------------------------------------------------------------------------------
    async def action_back_to_list(self: Any) -> None:
        if not self.from_list:
            self._refuse("l goes back to the reading list: this article was opened on its own (reader A B C)")
            return
        self.back_to_list = True
        await self.action_quit()

    # -- o ------------------------------------------------------------------------------------------
    def action_open_source(self: Any) -> None:
        source = self.document.source
        if source == STDIN:
            self._refuse("The article came from standard input: there is no page or file to open")
            return
        if is_url(source):
            target, what = source, source
        else:
            folder = Path(source).resolve().parent
            target, what = folder.as_uri(), str(folder)
        browser = terminal_browser()
        if browser is not None:
            self._open_in_the_terminal(browser, target, what)
            return
        try:
            opened = webbrowser.open(target)
        except webbrowser.Error as error:
            opened, what = False, f"{what} ({error})"
        if opened:
            tell(self, f"Opened {what}", timeout=3)
        else:
            self._refuse(f"No browser to open {what}")

    def _open_in_the_terminal(self: Any, browser: webbrowser.BaseBrowser, target: str, what: str) -> None:
        """A browser that runs in the terminal gets the screen, as the editor does. A `$BROWSER`
        command or a console browser is run here, so that how it ended can be told."""
        name = getattr(browser, "name", "") or "browser"

        def run() -> int | None:
            """The browser's exit status; None when webbrowser's own call says it could not open."""
            if isinstance(browser, webbrowser.GenericBrowser):  # run as webbrowser runs it
                return wait_for_program([browser.name, *(arg.replace("%s", target) for arg in browser.args)])
            return 0 if browser.open(target) else None

        try:
            status = self._handed_over(run)
        except SuspendNotSupported:
            self._refuse(f"This terminal cannot hand the screen to the browser to open {what}")
            return
        except (OSError, webbrowser.Error) as error:
            self._refuse(f"Cannot run the browser {name} to open {what}: {getattr(error, 'strerror', None) or error}")
            return
        if status is None:
            self._refuse(f"No browser to open {what}")
        elif status:
            self._refuse(f"The browser {name} {ended(status)} ({what})")
        else:
            tell(self, f"Opened {what}", timeout=3)

    # -- v ------------------------------------------------------------------------------------------
    def action_edit(self: Any) -> None:
        document = self.document
        paragraph = document.paragraph_index_at(self.view.cursor) if document.paragraphs else 0
        path = plain_text_file(document.source)
        temporary = None
        if path is not None:
            try:
                text = path.read_text("utf-8", errors="replace")
            except OSError as error:
                self._refuse(f"Cannot read {path}: {error.strerror or error}")
                return
            spans = document.paragraphs
            line = line_in_file(text, document.text[spans[paragraph].start : spans[paragraph].end]) if spans else 1
        else:
            text, starts = cleaned_text_lines(document)
            line = starts[paragraph] if starts else 1
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", prefix="reader-", suffix=".txt", delete=False
            ) as stream:
                stream.write(text)
            path = temporary = Path(stream.name)
        command = [*editor_command(), f"+{line}", str(path)]
        try:
            self._run_editor(command)
        finally:
            if temporary is not None:
                temporary.unlink(missing_ok=True)

    def _run_editor(self: Any, command: list[str]) -> None:
        try:
            returncode = self._handed_over(lambda: wait_for_program(command))
        except SuspendNotSupported:
            self._refuse("This terminal cannot hand the screen to an editor")
            return
        except OSError as error:
            self._refuse(f"Cannot run the editor {command[0]}: {error.strerror or error}")
            return
        if returncode:
            self._refuse(f"The editor {command[0]} {ended(returncode)}")

    # -- opening at a place ---------------------------------------------------------------------------
    def on_analysis_ready(self: Any, message: object) -> None:
        """Textual calls each class's handler along the MRO: this one comes after `AnalysisHost`'s
        (HandOff is listed after it), so the analysed document is in."""
        self.go_to_place()

    def go_to_place(self: Any) -> None:
        """After the analysis: move to `open_at` (a mention or a quote of an entity), once."""
        place, self.open_at = self.open_at, None
        if place is None or not self.document.is_analysed:
            return
        try:
            entity = self.document.entity(place.entity_id)
        except KeyError:
            return
        quote = next((i for i, q in enumerate(self.document.quotes) if q.id == place.quote_id), None)
        if quote is not None:
            self.nav.set_target(entity.id)
            self._apply(self.nav.jump_to_quote(self.view.cursor, quote))
        elif entity.mentions:
            mention = min(max(place.mention, 0), len(entity.mentions) - 1)
            self._apply(self.nav.jump_to_mention(self.view.cursor, entity.id, mention))
