"""How the reader looks, at a fixed terminal size: the main screens.

They use the hand-analysed harbour article, so a change in the model or the analysis cannot move
them. Baselines live in
`__snapshots__/`; refresh them with `pytest --snapshot-update` after a deliberate change of look
(and check the new SVGs by eye).
"""

from __future__ import annotations

from reader.ui.app import ReaderApp
from reader.ui.widgets.sidebar import QuoteTree, Row
from tests.ui.fixtures import fixed_analyser, harbour_document, settle

SIZE = (110, 30)


def _harbour_app() -> ReaderApp:
    document = harbour_document()
    return ReaderApp(document, analyser=fixed_analyser(document))


async def _ready(pilot) -> None:
    await settle(pilot.app, pilot)


def test_initial_screen(snap_compare) -> None:
    assert snap_compare(_harbour_app(), terminal_size=SIZE, run_before=_ready)


def test_entity_selected(snap_compare) -> None:
    async def pick_reed(pilot) -> None:
        await _ready(pilot)
        await pilot.press("tab", "down", "enter", "shift+tab", "n")
        await pilot.pause()

    assert snap_compare(_harbour_app(), terminal_size=SIZE, run_before=pick_reed)


def test_quote_selected(snap_compare) -> None:
    async def pick_quote(pilot) -> None:
        await _ready(pilot)
        await pilot.press("tab", "tab")
        pilot.app.query_one(QuoteTree).move_to(Row("quote", "e2", 2, "q3"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(_harbour_app(), terminal_size=SIZE, run_before=pick_quote)


def test_search(snap_compare) -> None:
    async def search(pilot) -> None:
        await _ready(pilot)
        await pilot.press("slash", *"harbour")
        await pilot.pause()

    assert snap_compare(_harbour_app(), terminal_size=SIZE, run_before=search)


def test_focus_mode(snap_compare) -> None:
    async def focus(pilot) -> None:
        await _ready(pilot)
        await pilot.press("tab", "down", "shift+tab", "f")
        await pilot.pause()

    assert snap_compare(_harbour_app(), terminal_size=SIZE, run_before=focus)


def test_help(snap_compare) -> None:
    async def help_panel(pilot) -> None:
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(_harbour_app(), terminal_size=SIZE, run_before=help_panel)


def test_sample_article_with_a_person_selected(snap_compare, sample_path, nlp) -> None:
    """The real sample with its real analysis: the README's screenshot (`docs/screenshot.svg`)."""
    from reader.source import read_article

    app = ReaderApp(read_article(str(sample_path)))

    async def pick_lavrov(pilot) -> None:
        await _ready(pilot)
        lavrov = next(e.id for e in pilot.app.document.entities if e.name == "Sergei Lavrov")
        pilot.app.go_to_entity(lavrov)
        await pilot.press("n")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 36), run_before=pick_lavrov)
