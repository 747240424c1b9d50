"""The reading list: rows with titles and counts, a bad item as a row with its error, Enter opens,
`l` comes back to the same row; the index across the articles opens an article at a mention."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.app import App
from textual.widgets import DataTable

from reader.cli import main
from reader.ui.app import ReaderApp
from reader.ui.handoff import OpenAt
from reader.ui.reading_list import ListApp, ListChoice
from reader.ui.screens.corpus import AppearancesScreen, IndexScreen
from tests.ui.fixtures import drawn_text, fixed_analyser, settle
from tests.ui.list_fixtures import loaded, names_analysis, reading_list, write_articles

SIZE = (130, 30)


def _sources(tmp_path: Path) -> list[str]:
    sources = write_articles(tmp_path)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return [*sources[:2], str(binary), sources[2]]


def _row_text(screen: str, words: str) -> str:
    return next(line for line in screen.splitlines() if words in line)


async def test_rows_show_titles_counts_and_a_bad_item_with_its_error(tmp_path: Path) -> None:
    app = ListApp(reading_list(_sources(tmp_path)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(app, pilot)
        screen = drawn_text(app)
        assert "Reading list  4 articles" in screen
        row = _row_text(screen, "Harbour wall to be rebuilt")
        assert row.split()[-4:] == ["62", "1", "1", "ready"]  # words, people, quotes, state
        assert "●" in row  # not read yet
        assert "Ferry service cut" in screen and "Quay opens after two years" in screen
        bad = _row_text(screen, "photo.txt")
        assert "is a PNG image, not text" in bad  # the row says why
        await pilot.press("down", "down")  # onto the bad row: its whole error in the status line
        await pilot.pause()
        status = drawn_text(app).splitlines()[-2]
        assert "photo.txt is a PNG image, not text" in status
        await pilot.press("enter")  # a bad row does not open
        await pilot.pause()
        assert app.is_running and app.choice is None
        await pilot.press("down", "enter")
        await pilot.pause()
    assert app.choice == ListChoice(3)


async def test_rows_of_untrusted_titles_are_drawn_literally(tmp_path: Path) -> None:
    path = tmp_path / "markup.txt"
    path.write_text(
        "[bold red]Loud[/] title [link=x]here\n\nA paragraph long enough to be kept by the cleaner as an article.\n"
    )
    app = ListApp(reading_list([str(path)]))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        assert "[bold red]Loud[/] title [link=x]here" in drawn_text(app)


async def test_the_list_opens_at_the_row_it_is_given(tmp_path: Path) -> None:
    app = ListApp(reading_list(_sources(tmp_path)), row=1)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        assert app.query_one("#articles", DataTable).cursor_row == 1
        await pilot.press("enter")
        await pilot.pause()
    assert app.choice == ListChoice(1)


def _scripted_runs(monkeypatch, scripts: list[tuple[type, list[str]]], screens: list[str]) -> None:
    """`App.run` runs each app headless, checks its type, presses its keys, records its screen."""

    def run(self, *args, **kwargs):
        kind, keys = scripts.pop(0)
        assert isinstance(self, kind), (self, kind)

        async def drive() -> None:
            async with self.run_test(size=SIZE, notifications=True) as pilot:
                if isinstance(self, ListApp):
                    await loaded(self, pilot)
                else:
                    await settle(self, pilot)
                screens.append(drawn_text(self))
                for key in keys:
                    await pilot.press(key)
                    await pilot.pause()

        asyncio.run(drive())

    monkeypatch.setattr(App, "run", run)


def test_enter_opens_the_reader_and_l_comes_back_to_the_same_row(tmp_path: Path, monkeypatch) -> None:
    from reader import listing

    monkeypatch.setattr(listing.ReadingList, "__init__", _with_names_analyser(listing.ReadingList.__init__))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    rows: list[int] = []
    original_mount = ListApp.on_mount

    def on_mount(self) -> None:
        original_mount(self)
        rows.append(self.start_row)

    monkeypatch.setattr(ListApp, "on_mount", on_mount)
    screens: list[str] = []
    _scripted_runs(
        monkeypatch,
        [(ListApp, ["down", "enter"]), (ReaderApp, ["l"]), (ListApp, ["q"])],
        screens,
    )
    status = main(["--no-cache", "--no-analysis", *write_articles(tmp_path)])
    assert status == 0
    assert "Reading list  3 articles" in screens[0]
    assert "Ferry service cut for the summer months" in screens[1].splitlines()[0]  # the reader on row 2
    assert rows == [0, 1]  # back on the row it opened
    assert "●" not in _row_text(screens[2], "Ferry service cut")  # now read
    assert "●" in _row_text(screens[2], "Quay opens")


def test_a_url_that_redirects_shows_as_read_once_opened(tmp_path: Path, monkeypatch, httpserver) -> None:
    page = (
        "<html><head><title>Night buses return to the harbour</title></head><body><article>"
        "<h1>Night buses return to the harbour</h1>"
        + "".join(f"<p>The night bus route {n} runs again from the harbour to the old town.</p>" for n in range(8))
        + "</article></body></html>"
    )
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(page, content_type="text/html; charset=utf-8")
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    url = httpserver.url_for("/old")
    screens: list[str] = []
    _scripted_runs(monkeypatch, [(ReaderApp, ["q"]), (ListApp, ["q"])], screens)
    assert main(["--no-cache", "--no-analysis", url]) == 0
    assert "Night buses return to the harbour" in screens[0]
    assert main(["--no-cache", "--no-analysis", url, *write_articles(tmp_path)[2:]]) == 0
    assert "●" not in _row_text(screens[1], "Night buses return")  # read, though fetched from /new
    assert "●" in _row_text(screens[1], "Quay opens")


def _with_names_analyser(init):
    from tests.ui.list_fixtures import names_analyser

    def patched(self, *args, **kwargs):
        kwargs.setdefault("analyse", names_analyser)
        init(self, *args, **kwargs)

    return patched


async def test_the_index_counts_a_person_in_two_of_three_articles_and_opens_at_a_mention(tmp_path: Path) -> None:
    reading = reading_list(write_articles(tmp_path))
    app = ListApp(reading)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await loaded(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, IndexScreen)
        screen = drawn_text(app)
        assert "across 3 analysed articles" in screen
        lopez = _row_text(screen, "Maria Lopez")
        assert "2 articles" in lopez and "6 mentions" in lopez and "3 quotes" in lopez
        board = _row_text(screen, "Harbour Board")
        assert "organisation" in board and "2 articles" in board and "0 quotes" in board
        assert "Tom Reed" in screen and "1 article " in _row_text(screen, "Tom Reed")
        await pilot.press("enter")  # Maria Lopez, the first row: most articles
        await pilot.pause()
        assert isinstance(app.screen, AppearancesScreen)
        screen = drawn_text(app)
        assert "Maria Lopez  2 articles, 6 mentions, 3 quotes" in screen
        assert "Harbour wall to be rebuilt" in screen and "Quay opens after two years" in screen
        assert "“We waited long enough”" in screen
        assert "Ferry service" not in screen
        await pilot.press("down", "down", "enter")  # c.txt's article row, after a.txt's and its quote
        await pilot.pause()
    assert app.choice == ListChoice(2, OpenAt("e1"))

    document = reading.entries[2].document
    reader = ReaderApp(document, analyser=fixed_analyser(document), from_list=True, open_at=app.choice.open_at)
    async with reader.run_test(size=SIZE, notifications=True) as pilot:
        await settle(reader, pilot)
        assert "Maria Lopez · PERSON · mention 1 of 3" in drawn_text(reader)
        await pilot.press("n")
        await pilot.pause()
        assert "Maria Lopez · PERSON · mention 2 of 3" in drawn_text(reader)
        await pilot.press("l")
        await pilot.pause()
    assert reader.back_to_list


async def test_a_quote_row_opens_the_article_at_that_quote(tmp_path: Path) -> None:
    reading = reading_list(write_articles(tmp_path))
    app = ListApp(reading)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("i", "enter")
        await pilot.pause()
        await pilot.press("down", "down", "down", "down", "enter")  # the last row: c.txt's second quote
        await pilot.pause()
    assert app.choice == ListChoice(2, OpenAt("e1", quote_id="q2"))
    document = reading.entries[2].document
    reader = ReaderApp(document, analyser=fixed_analyser(document), open_at=app.choice.open_at)
    async with reader.run_test(size=SIZE) as pilot:
        await settle(reader, pilot)
        assert "Quote 2 of 2 · Maria Lopez" in drawn_text(reader)
        await pilot.press("n")  # the next mention of Lopez after the quote
        await pilot.pause()
        assert "Maria Lopez · PERSON · mention 3 of 3" in drawn_text(reader)


async def test_the_index_says_which_articles_are_still_being_analysed(tmp_path: Path) -> None:
    import threading

    release = threading.Event()

    def slow_for_b(document, progress):
        while "Ferry" in (document.title or "") and not release.is_set():
            progress(0, 1)
            release.wait(0.05)
        return names_analysis(document.text)

    from reader.listing import ListOptions, ReadingList

    reading = ReadingList(write_articles(tmp_path), ListOptions(use_cache=False), print, analyse=slow_for_b)
    app = ListApp(reading)
    try:
        async with app.run_test(size=SIZE) as pilot:
            while not reading.entries[0].settled:
                await pilot.pause(0.05)
            await pilot.press("i")
            await pilot.pause(0.2)
            screen = drawn_text(app)
            assert "in 1 of 3 articles · still being analysed: Ferry service cut" in screen
            release.set()
            await loaded(app, pilot)
            await pilot.pause(0.2)
            screen = drawn_text(app)
            assert "across 3 analysed articles" in screen
            assert "2 articles" in _row_text(screen, "Maria Lopez")
    finally:
        release.set()
        reading.stop()


async def test_l_in_a_reader_opened_on_its_own_says_why_it_does_nothing() -> None:
    from tests.ui.fixtures import harbour_document

    document = harbour_document()
    app = ReaderApp(document, analyser=fixed_analyser(document))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        assert "l goes back to the reading list: this article was opened on its own" in drawn_text(app)
        assert app.is_running and not app.back_to_list


def test_no_argument_and_no_history_is_one_line_and_exit_2(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.splitlines() == [f"reader: name an article: a FILE, a URL, a folder, or --list FILE {_NO_HISTORY}"]


_NO_HISTORY = "(no articles opened yet to list)"


def test_no_argument_opens_the_recent_articles_newest_first(tmp_path: Path, monkeypatch) -> None:
    from reader.store.recent import RecentStore

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from reader.store.paths import data_dir

    a, b, c = write_articles(tmp_path)
    recent = RecentStore(data_dir(), print)
    recent.remember_opened(a, "Harbour wall to be rebuilt after storm", when=1.0)
    recent.remember_opened(c, "Quay opens after two years of work", when=3.0)
    recent.remember_opened(str(tmp_path / "gone.txt"), "An article since deleted", when=2.0)
    recent.close()
    screens: list[str] = []
    _scripted_runs(monkeypatch, [(ListApp, ["q"])], screens)
    assert main(["--no-analysis"]) == 0
    lines = screens[0].splitlines()
    places = [next(i for i, line in enumerate(lines) if w in line) for w in ("Quay opens", "gone.txt", "Harbour wall")]
    assert places == sorted(places)
    assert "no such file" in _row_text(screens[0], "gone.txt")
    assert "●" not in _row_text(screens[0], "Quay opens")  # read before
