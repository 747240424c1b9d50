"""How the reader looks: the sample article with an entity picked, at a fixed terminal size.

Baselines live in `__snapshots__/`; refresh them with `pytest --snapshot-update` after a deliberate
change of look (and check the new SVGs by eye).
"""

from __future__ import annotations

from pathlib import Path

from reader.cli import read_article
from reader.ui.app import ReaderApp


def test_sample_article_with_a_person_selected(snap_compare, sample_path: Path, nlp) -> None:
    app = ReaderApp(read_article(str(sample_path)))

    async def pick_lavrov(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("tab")
        entity_list = pilot.app.query_one("#entities")
        lavrov = next(e.id for e in pilot.app.document.entities if e.name == "Sergei Lavrov")
        while entity_list.highlighted != entity_list.get_option_index(lavrov):
            await pilot.press("down")
        await pilot.press("enter", "n")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 36), run_before=pick_lavrov)
