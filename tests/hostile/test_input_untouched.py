"""The article file is only ever read: its bytes, its mtime and its folder are the same after
`reader --json`, `reader --text` and a session in the app."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from reader.source import read_article
from reader.ui.app import ReaderApp
from tests.hostile.checks import run_reader
from tests.ui.fixtures import settle


def _state(folder: Path, article: Path) -> tuple[bytes, int, int, list[str]]:
    info = article.stat()
    return article.read_bytes(), info.st_mtime_ns, info.st_mode, sorted(os.listdir(folder))


async def test_the_input_file_and_its_folder_are_unchanged(corpus: dict[str, Path], tmp_path: Path, nlp) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "markup.txt"
    shutil.copyfile(corpus["markup"], article)
    os.utime(article, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))  # a distinctive mtime
    before = _state(folder, article)

    assert run_reader("--json", str(article)).returncode == 0
    assert run_reader("--text", str(article)).returncode == 0
    app = ReaderApp(read_article(str(article)))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "tab", "down", "enter", "n", "q")
        await pilot.pause()

    assert _state(folder, article) == before
