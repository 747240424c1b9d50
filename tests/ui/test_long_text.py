"""A long text opens on its cleaned head at once; the rest is cleaned in the background, and the
reader's place never jumps when it arrives. Quitting never waits for the cleaning or the analysis."""

from __future__ import annotations

from pathlib import Path

from reader.nlp.types import Analysis
from reader.source import read_article, read_article_in_stages
from reader.text.clean import PART_CHARS
from reader.ui.app import ReaderApp
from tests.ui.fixtures import drawn_text, settle

SENTENCE = "The council met on {n} May and agreed that the harbour wall would be rebuilt before the winter storms."


def _long_article(tmp_path: Path) -> Path:
    paragraphs, n = [], 0
    while sum(len(p) for p in paragraphs) < 2.5 * PART_CHARS:
        n += 1
        paragraphs.append(f"Part {n}. " + " ".join(SENTENCE.format(n=n + i) for i in range(4)))
    path = tmp_path / "long.txt"
    path.write_text("Harbour wall: the whole record\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def test_the_head_is_the_start_of_the_whole_text(tmp_path: Path) -> None:
    path = _long_article(tmp_path)
    head, rest = read_article_in_stages(str(path))
    assert rest is not None
    whole = rest()
    assert whole.text.startswith(head.text) and len(whole.text) > len(head.text)
    assert whole == read_article(str(path)).article  # what --text and --json print


async def test_a_long_text_shows_its_head_then_all_of_it_without_moving(tmp_path: Path) -> None:
    path = _long_article(tmp_path)
    head, rest = read_article_in_stages(str(path))
    app = ReaderApp(head, analyser=lambda article, progress: Analysis(), rest=rest)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        screen = drawn_text(app)
        assert "Part 1. The council met" in screen  # the head, cleaned, at once
        await pilot.press("j", "j", "j")
        before = app.view.cursor, app.view.scroll_y
        await settle(app, pilot)
        assert (app.view.cursor, app.view.scroll_y) == before  # the place did not jump
        last = app.document.text.rsplit("Part ", 1)[1].split(".")[0]
        await pilot.press("G")
        await pilot.pause()
        assert f"Part {last}." in drawn_text(app)  # the end of the whole text is there
        assert int(last) > head.text.count("Part ")
