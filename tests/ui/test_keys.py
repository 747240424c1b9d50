"""Every key on a hand-analysed article: press it, then check what the reader sees and where they are."""

from __future__ import annotations

import pytest

from reader.ui.app import ReaderApp
from reader.ui.screens.removed import RemovedScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.sidebar import EntityTree, QuoteTree, Row, Sidebar
from tests.ui.fixtures import drawn_text, harbour_document, settle

SIZE = (110, 24)


@pytest.fixture
def app() -> ReaderApp:
    document = harbour_document()
    from tests.ui.fixtures import fixed_analyser

    return ReaderApp(document, analyser=fixed_analyser(document))


async def _ready(app: ReaderApp, pilot) -> None:
    await settle(app, pilot)


def _status(app: ReaderApp) -> str:
    return str(app.query_one("#status").render())


def _screen_text(view: ArticleView) -> str:
    return "\n".join("".join(s.text for s in view.render_line(y)) for y in range(view.size.height))


def _mention(app: ReaderApp, entity_id: str, index: int) -> tuple[int, int]:
    span = app.document.entity(entity_id).mentions[index]
    return (span.start, span.end)


async def test_n_and_N_follow_the_target_and_wrap_with_a_notice(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("tab", "enter")  # first row: Maria Lopez, the most mentioned
        assert _status(app).startswith("Maria Lopez ·")
        assert _status(app).startswith("Maria Lopez · PERSON · mention 1 of 3")
        await pilot.press("shift+tab")  # back to the article: n/N work from there
        await pilot.press("n", "n")
        assert _status(app).startswith("Maria Lopez · PERSON · mention 3 of 3")
        assert app.view.highlight.current == _mention(app, "e1", 2)
        await pilot.press("n")
        await pilot.pause()
        assert _status(app).startswith("Maria Lopez · PERSON · mention 1 of 3")
        assert "Wrapped to the top: Maria Lopez" in drawn_text(app)
        await pilot.press("N")
        assert _status(app).startswith("Maria Lopez · PERSON · mention 3 of 3")


async def test_scroll_keys_move_the_view_and_drag_the_cursor_along(app: ReaderApp) -> None:
    async with app.run_test(size=(70, 16), notifications=True) as pilot:
        await _ready(app, pilot)
        view = app.view
        assert app.focused is view and view.scroll_y == 0 and view.cursor == 0
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        assert view.cursor_line >= 2  # the cursor never sits above the screen
        await pilot.press("k")
        assert view.scroll_y == 1
        height = view.scrollable_content_region.height
        await pilot.press("d")
        assert view.scroll_y == 1 + height // 2
        await pilot.press("u")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y > height - 2
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        assert view.cursor_line == len(view.lines) - 1
        await pilot.press("g")
        assert view.scroll_y == 0 and view.cursor == 0


async def test_history_goes_back_and_forward_through_jumps(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("G")
        bottom = app.view.cursor
        assert bottom > 0
        await pilot.press("ctrl+o")
        assert app.view.cursor == 0
        await pilot.press("ctrl+n")
        assert app.view.cursor == bottom
        await pilot.press("backspace")
        assert app.view.cursor == 0
        await pilot.press("right_square_bracket")  # a quote jump is recorded too
        assert _status(app).startswith("Quote 1 of 4 · Maria Lopez")
        await pilot.press("backspace")
        assert app.view.cursor == 0
        await pilot.press("alt+right")
        assert _status(app).startswith("Quote 1 of 4 · Maria Lopez")


async def test_brackets_move_between_quotes_and_light_up_the_speaker(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        quote = app.document.quotes[2]
        assert _status(app).startswith("Quote 3 of 4 · Tom Reed")
        assert app.view.highlight.current == (quote.start, quote.end)
        assert app.view.highlight.speaker == (quote.speaker_mention.start, quote.speaker_mention.end)
        await pilot.press("left_square_bracket")
        assert _status(app).startswith("Quote 2 of 4 · Maria Lopez")
        await pilot.press("left_square_bracket", "left_square_bracket")  # past the first: wraps to the last
        assert _status(app).startswith("Quote 4 of 4 · Maria Lopez")


async def test_e_moves_through_every_entity_mention_and_star_targets_the_one_under_the_cursor(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        mentions = app.document.mentions
        await pilot.press("e")  # the cursor starts on the first mention itself, so e goes to the second
        assert app.view.cursor == mentions[1].start
        assert _status(app).startswith("Port Elling · GPE · mention 1 of 3")
        await pilot.press("e")
        assert app.view.cursor == mentions[2].start
        await pilot.press("E", "E")
        assert app.view.cursor == mentions[0].start
        assert _status(app).startswith("Maria Lopez ·")
        # `*` on a plain line picks the first mention on it; then n follows that entity
        await pilot.press("g")
        reed = app.document.entity("e2").mentions[0].start
        app.view.move_cursor(reed)
        await pilot.press("asterisk")
        assert _status(app).startswith("Tom Reed ·")
        assert _status(app).startswith("Tom Reed · PERSON · mention 1 of 2")
        await pilot.press("n")
        assert _status(app).startswith("Tom Reed · PERSON · mention 2 of 2")


async def test_search_is_incremental_smart_case_and_escape_returns(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("slash")
        assert app.focused is app.query_one(SearchBar)
        await pilot.press("f", "i", "l", "l")
        assert _status(app) == "/fill · match 1 of 5"
        assert len(app.view.highlight.matches) == 5
        await pilot.press("escape")
        assert app.focused is app.view
        assert app.view.cursor == 0 and app.view.highlight.matches == ()
        # smart case: a capital letter makes the search exact
        await pilot.press(
            "slash", "F", "i", "l", "l", "e", "r", " ", "p", "a", "r", "a", "g", "r", "a", "p", "h", " ", "t"
        )
        assert _status(app) == "/Filler paragraph t · match 1 of 2"
        await pilot.press("enter")
        await pilot.press("n")
        assert _status(app) == "/Filler paragraph t · match 2 of 2"
        await pilot.press("n")
        assert _status(app) == "/Filler paragraph t · match 1 of 2"
        await pilot.press("slash", "t", "i", "d", "e", "s")
        assert _status(app) == "/tides · no matches"


async def test_focus_mode_shows_only_paragraphs_that_mention_the_target(app: ReaderApp) -> None:
    async with app.run_test(size=(110, 40), notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("f")  # no target yet: a hint, nothing hidden
        assert "focus:" not in _status(app)
        assert "Pick an entity first" in drawn_text(app)  # the key says why it did nothing
        await pilot.press("tab", "down")  # Tom Reed
        assert _status(app).startswith("Tom Reed ·")
        await pilot.press("shift+tab", "f")
        shown = {line.paragraph for line in app.view.lines if not line.hidden and line.end > line.start}
        assert shown == {3, 6}
        assert app.view.cursor == app.document.paragraphs[3].start  # moved out of the hidden lead
        screen = _screen_text(app.view)
        assert "3 paragraphs left out" in screen and "Filler paragraph three" not in screen
        assert "focus: 2 of 12 paragraphs" in _status(app)
        await pilot.press("f")
        assert {line.paragraph for line in app.view.lines} == set(range(12))


async def test_number_keys_hide_an_entity_type_from_the_sidebar_and_the_colours(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        tree = app.query_one(EntityTree)
        assert tree.find(Row("entity", "e3")) is not None
        await pilot.press("3")  # Places
        assert "place" in app.view.hidden_groups
        assert tree.find(Row("entity", "e3")) is None
        assert tree.find(Row("entity", "e1")) is not None
        await pilot.press("3")
        assert tree.find(Row("entity", "e3")) is not None


async def test_y_copies_the_current_quote_with_its_attribution(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("y")
        assert app.clipboard == ""  # no quote yet: a hint instead
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket", "y")
        assert app.clipboard == "“The money is there,” — Tom Reed, spokesman for the Harbour Board"


async def test_s_toggles_the_sidebar_and_plus_minus_change_the_width(app: ReaderApp) -> None:
    async with app.run_test(size=(160, 24), notifications=True) as pilot:
        await _ready(app, pilot)
        sidebar = app.query_one(Sidebar)
        await pilot.press("s")
        assert not sidebar.display
        await pilot.press("s")
        assert sidebar.display
        widest = max(line.end - line.start for line in app.view.lines)
        await pilot.press("minus", "minus")
        assert app.view.measure == 60
        assert max(line.end - line.start for line in app.view.lines) <= 60 < widest
        await pilot.press("plus")
        assert app.view.measure == 70


async def test_quotes_are_grouped_by_speaker_and_enter_jumps(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        tree = app.query_one(QuoteTree)
        speakers = [str(node.label) for node in tree.root.children]
        assert speakers[0].startswith("Maria Lopez (3) · harbour master")
        assert speakers[1].startswith("Tom Reed (1) · spokesman for the Harbour Board")
        tree.focus()
        tree.move_to(Row("quote", "e2", 2, "q3"))
        await pilot.press("enter")
        assert _status(app).startswith("Quote 3 of 4 · Tom Reed")


async def test_selecting_a_person_lists_their_quotes_first(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        tree = app.query_one(QuoteTree)
        assert str(tree.root.children[0].label).startswith("Maria Lopez")  # most quotes, first in the text
        await pilot.press("tab", "down")  # Tom Reed
        await pilot.pause()
        assert str(tree.root.children[0].label).startswith("Tom Reed")


async def test_entity_rows_expand_into_mentions_that_jump(app: ReaderApp) -> None:
    async with app.run_test(size=(110, 40), notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("tab")
        tree = app.query_one(EntityTree)
        assert tree.row_at_cursor() == Row("entity", "e1")
        await pilot.press("space")  # expand Maria Lopez: aliases, then one row per mention
        children = [str(node.label) for node in tree.cursor_node.children]
        assert children[0] == "also: Lopez"
        assert "Maria Lopez, the harbour master" in children[1]
        await pilot.press("down", "down", "down", "enter")  # the second mention
        assert _status(app).startswith("Maria Lopez · PERSON · mention 2 of 3")
        assert app.view.cursor == app.document.entity("e1").mentions[1].start


async def test_dates_and_numbers_start_collapsed(app: ReaderApp) -> None:
    async with app.run_test(size=(110, 40), notifications=True) as pilot:
        await _ready(app, pilot)
        groups = {str(node.label): node.is_expanded for node in app.query_one(EntityTree).root.children}
        assert groups["Dates & numbers (1)"] is False
        assert groups["People (2)"] is True


async def test_clicking_a_mention_selects_its_entity(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        view = app.view
        span = app.document.entity("e3").mentions[0]  # Port Elling, first line
        line = view.line_of_offset(span.start)
        column = len(app.document.text[view.lines[line].start : span.start]) + 2  # + the cursor gutter
        await pilot.click(ArticleView, offset=(column + 1 + 1, line))  # + the pane's left padding
        assert _status(app).startswith("Port Elling ·")
        assert _status(app).startswith("Port Elling · GPE · mention 1 of 3")


async def test_command_palette_goes_to_an_entity(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        for key in "tom reed":
            await pilot.press(key if key != " " else "space")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert _status(app).startswith("Tom Reed ·")
        assert _status(app).startswith("Tom Reed · PERSON · mention 1 of 2")


async def test_r_shows_what_the_cleaner_removed_and_goes_back(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("r")
        assert isinstance(app.screen, RemovedScreen)
        await pilot.press("r")
        assert not isinstance(app.screen, RemovedScreen)


async def test_help_lists_the_keys_and_q_quits(app: ReaderApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen.query("HelpPanel")
        await pilot.press("question_mark")
        await pilot.pause()
        assert not app.screen.query("HelpPanel")
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


class _Memory:
    def __init__(self) -> None:
        self.saved: dict[str, tuple[int, str | None]] = {}

    def load(self, text: str):
        return self.saved.get(text)

    def save(self, text: str, offset: int, entity_name: str | None) -> None:
        self.saved[text] = (offset, entity_name)


async def test_reopening_brings_back_the_position_and_the_entity() -> None:
    from tests.ui.fixtures import fixed_analyser

    document = harbour_document()
    memory = _Memory()
    first = ReaderApp(document, analyser=fixed_analyser(document), memory=memory)
    async with first.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(first, pilot)
        await pilot.press("tab", "down", "enter", "shift+tab", "n", "q")  # Tom Reed, mention 2
    offset = document.entity("e2").mentions[1].start
    assert memory.saved[document.text] == (offset, "Tom Reed")

    second = ReaderApp(document, analyser=fixed_analyser(document), memory=memory)
    async with second.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(second, pilot)
        assert second.view.cursor == offset
        assert _status(second).startswith("Tom Reed · PERSON")
        top, bottom = second.view.visible_range
        assert top <= offset <= bottom


async def test_quitting_mid_analysis_stops_the_analysis_at_once() -> None:
    import threading
    import time

    started, stopped = threading.Event(), threading.Event()
    document = harbour_document()

    def slow(article, progress):
        started.set()
        try:
            for done in range(1000):  # ten seconds of "parsing" unless told to stop
                time.sleep(0.01)
                progress(done, 1000)
        finally:
            stopped.set()
        return document.analysis

    app = ReaderApp(document, analyser=slow)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        for _ in range(100):  # the analysis starts after the first frame; let the app run until then
            if started.is_set():
                break
            await pilot.pause(0.05)
        assert started.is_set()
        await pilot.press("q")
    assert stopped.wait(1.0)


async def test_a_keymap_rebinds_a_key_by_its_id(tmp_path) -> None:
    from reader.ui.keymap import load_keymap
    from tests.ui.fixtures import fixed_analyser

    path = tmp_path / "keymap.json"
    path.write_text('{"next-quote": "x"}', encoding="utf-8")
    keymap, warning = load_keymap(path)
    assert warning is None
    document = harbour_document()
    app = ReaderApp(document, analyser=fixed_analyser(document), keymap=keymap)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("x")
        assert _status(app).startswith("Quote 1 of 4")


def test_a_broken_keymap_file_is_a_warning_not_a_crash(tmp_path) -> None:
    from reader.ui.keymap import load_keymap

    path = tmp_path / "keymap.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_keymap(path)[0] == {} and "not valid JSON" in load_keymap(path)[1]
    assert load_keymap(tmp_path / "absent.json") == ({}, None)
