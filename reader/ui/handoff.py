"""Leaving the reader: `o` opens the article's page (or the file's folder), `v` the editor at the
current paragraph, `l` the reading list it was opened from; and opening at a given mention or quote
(from the index across a reading list). Mixed into `ReaderApp`.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.app import SuspendNotSupported

from reader.io.fetch import is_url
from reader.io.load import STDIN
from reader.ui.guard import guard_handlers
from reader.ui.notices import tell

PLAIN_SUFFIXES = (".txt", ".text", ".md", "")
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


def browser_uses_the_terminal() -> bool:
    """Whether the browser `webbrowser` would start runs in this terminal and waits for it to close:
    w3m or lynx over SSH, or a `$BROWSER` command. Such a browser needs the screen handed over,
    as the editor does; a graphical one starts beside the reader."""
    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        return False
    if isinstance(controller, webbrowser.BackgroundBrowser):
        return False
    if isinstance(controller, webbrowser.GenericBrowser):
        return True
    return isinstance(controller, webbrowser.UnixBrowser) and not controller.background


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
        try:
            if browser_uses_the_terminal():
                with self.suspend():
                    opened = webbrowser.open(target)
                self.refresh(layout=True)
            else:
                opened = webbrowser.open(target)
        except webbrowser.Error as error:
            opened, what = False, f"{what} ({error})"
        except SuspendNotSupported:
            self._refuse(f"This terminal cannot hand the screen to the browser to open {what}")
            return
        if opened:
            tell(self, f"Opened {what}", timeout=3)
        else:
            self._refuse(f"No browser to open {what}")

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
            with self.suspend():
                try:
                    result = subprocess.run(command, check=False)
                except OSError as error:
                    result = None
                    failure = f"Cannot run the editor {command[0]}: {error.strerror or error}"
        except SuspendNotSupported:
            self._refuse("This terminal cannot hand the screen to an editor")
            return
        self.refresh(layout=True)
        if result is None:
            self._refuse(failure)
        elif result.returncode:
            self._refuse(f"The editor {command[0]} exited with status {result.returncode}")

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
