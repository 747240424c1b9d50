"""A long text's entities before the end of its analysis: in the sidebar, said to be partial, usable
with the keys; the whole analysis then takes over without losing the reader's entity."""

from __future__ import annotations

import threading
from dataclasses import replace

from reader.nlp.types import Analysis
from reader.ui.app import ReaderApp
from tests.ui.fixtures import drawn_text, harbour_document, settle

SIZE = (120, 36)


def _analyser(full: Analysis, release: threading.Event):
    """The first half parsed: Maria Lopez with her first two mentions, under another id; then, once
    released, the whole analysis."""
    lopez, port = full.entities[0], full.entities[2]
    partial = Analysis(entities=(replace(lopez, id="e7", mentions=lopez.mentions[:2]), port), quotes=())

    def run(article, progress):
        total = len(article.text)
        progress(total // 2, total)
        progress(total // 2, total, partial)
        release.wait(30)
        progress(total, total)
        return full

    return run


async def _wait_for(pilot, app, words: str, tries: int = 100) -> str:
    for _ in range(tries):
        await pilot.pause(0.05)
        screen = drawn_text(app)
        if words in screen:
            return screen
    raise AssertionError(f"{words!r} never drawn; the screen was:\n{drawn_text(app)}")


async def test_partial_entities_are_shown_usable_and_replaced_by_the_whole_analysis():
    document = harbour_document()
    release = threading.Event()
    bare = replace(document, analysis=None)
    app = ReaderApp(bare, analyser=_analyser(document.analysis, release))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await _wait_for(pilot, app, "Partial")
        assert "Partial: the entities of the first" in screen and "quotes come at the end" in screen
        assert "Maria Lopez" in screen

        await pilot.press("]")  # quotes: not yet
        screen = await _wait_for(pilot, app, "quotes appear when it is done")

        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Maria Lopez")
        await _wait_for(pilot, app, "Maria Lopez")
        await pilot.press("enter")
        screen = await _wait_for(pilot, app, "mention 1 of 2")
        await pilot.press("n")
        screen = await _wait_for(pilot, app, "mention 2 of 2")

        release.set()
        await settle(app, pilot)
        screen = drawn_text(app)
        full_count = len(document.analysis.entities[0].mentions)
        assert f"Maria Lopez · PERSON · mention 2 of {full_count}" in screen  # the same person, same place
        assert "Partial" not in screen
        await pilot.press("]")
        await _wait_for(pilot, app, "Quote 2 of 4 · Maria Lopez")  # the next quote after her mention
