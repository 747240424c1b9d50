"""Many articles: folders and `--list` expanded in one place, JSON Lines over them, `--index --json`
across them, and the recent-articles list filled by the reader app."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.errors import InputError, UsageError
from reader.source import expand_sources
from tests.servers import no_proxy_env

__all__ = ["no_proxy_env"]

ARTICLES = {
    "a.txt": 'Sergei Lavrov, Russia\'s foreign minister, met envoys in Geneva on Monday.\n\n"We are ready to talk," Lavrov said.\n',
    "b.html": (
        "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
        '<p>Talks resumed in Geneva. "The door is open," Lavrov told reporters after the meeting with the United Nations.</p>'
        "</article></body></html>"
    ),
    "c.txt": "Maria Lopez, the harbour master of Port Elling, said the new quay would open in May.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in ARTICLES.items():
        (news / name).write_text(text, encoding="utf-8")
    (news / "notes.md").write_text("not an article")
    (news / ".hidden.txt").write_text("editor backup")
    (news / "sub").mkdir()
    (news / "sub" / "deeper.txt").write_text("not taken: folders are not walked")
    return news


@pytest.fixture
def fresh_user_dirs(tmp_path: Path, monkeypatch) -> Path:
    from reader import batch

    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    batch._process_pages.cache_clear()
    batch._process_cache.cache_clear()
    yield home
    batch._process_pages.cache_clear()
    batch._process_cache.cache_clear()


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


# -- expansion -----------------------------------------------------------------------------------
def test_a_folder_is_its_article_files_sorted(folder: Path) -> None:
    assert expand_sources([str(folder)]) == [str(folder / name) for name in ("a.txt", "b.html", "c.txt")]


def test_files_urls_and_folders_keep_their_order(folder: Path) -> None:
    url = "https://127.0.0.1:1/x.html"
    assert expand_sources(["z.txt", url, str(folder), "-"]) == ["z.txt", url, *expand_sources([str(folder)]), "-"]


def test_a_list_file_skips_comments_and_blanks_and_reads_paths_from_its_folder(folder: Path, tmp_path: Path) -> None:
    listing = folder / "reading.list"
    listing.write_text(
        "# this week\n\nc.txt\n   a.txt  \nhttp://127.0.0.1:1/page.html#part\n"
        f"{folder / 'b.html'}\n# sub is a folder too\nsub\n",
        encoding="utf-8",
    )
    assert expand_sources(["first.txt"], str(listing)) == [
        "first.txt",
        str(folder / "c.txt"),
        str(folder / "a.txt"),
        "http://127.0.0.1:1/page.html#part",
        str(folder / "b.html"),
        str(folder / "sub" / "deeper.txt"),
    ]


def test_a_list_in_the_current_folder_keeps_its_paths_as_written(folder: Path, monkeypatch) -> None:
    monkeypatch.chdir(folder)
    Path("l.txt").write_text("a.txt\n")
    assert expand_sources([], "l.txt") == ["a.txt"]


def test_a_list_on_stdin(monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"one.txt\n# two\nthree.txt\n")))
    assert expand_sources([], "-") == ["one.txt", "three.txt"]
    with pytest.raises(UsageError):
        expand_sources(["-"], "-")


def test_a_missing_list_and_an_empty_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such list file"):
        expand_sources([], str(tmp_path / "nope.list"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .txt or .html files"):
        expand_sources([str(tmp_path / "empty")])


# -- the command line over many ------------------------------------------------------------------
@pytest.mark.usefixtures("fresh_user_dirs")
def test_json_lines_over_a_folder_and_a_list_with_a_bad_item_reported(folder: Path, tmp_path: Path) -> None:
    status, out, err = run("--json", "--no-analysis", str(folder))
    assert status == 0, err
    assert [json.loads(line)["source"] for line in out.splitlines()] == expand_sources([str(folder)])

    listing = tmp_path / "list.txt"
    listing.write_text(f"# two good, one missing\n{folder / 'c.txt'}\nmissing.txt\n{folder / 'a.txt'}\n")
    status, out, err = run("--json", "--no-analysis", "--list", str(listing))
    assert status == 2
    assert [Path(json.loads(line)["source"]).name for line in out.splitlines()] == ["c.txt", "a.txt"]
    assert err.splitlines() == [f"reader: no such file: {tmp_path / 'missing.txt'}"]


@pytest.mark.usefixtures("fresh_user_dirs")  # no recent articles: `reader` alone is a usage error
def test_usage_errors_are_one_line_and_exit_2(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for args, words in [
        ((), "name an article"),
        (("--text", str(folder)), "one article at a time"),
        (("-", str(folder)), "standard input is read on its own"),
        (("--index", str(folder)), "--index --json"),
        (("--index", "--json", "--no-analysis", str(folder)), "needs the analysis"),
        (("--json", "--list", str(tmp_path / "nope")), "no such list file"),
        (("--json", str(tmp_path / "empty")), "no .txt or .html files"),
    ]:
        status, out, err = run(*args)
        assert (status, out) == (2, ""), args
        assert len(err.splitlines()) == 1 and err.startswith("reader: ") and words in err, (args, err)


@pytest.mark.usefixtures("fresh_user_dirs", "no_proxy_env")
def test_index_json_over_three_articles_with_a_person_in_two(folder: Path, httpserver, nlp) -> None:
    httpserver.expect_request("/b.html").respond_with_data(ARTICLES["b.html"], content_type="text/html")
    url = httpserver.url_for("/b.html")
    status, out, err = run("--index", "--json", str(folder / "a.txt"), url, str(folder / "c.txt"))
    assert status == 0, err
    index = json.loads(out)
    assert index["schema"] == 1
    assert index["articles"] == [
        {"source": str(folder / "a.txt"), "title": None},
        {"source": url, "title": "Talks resume"},
        {"source": str(folder / "c.txt"), "title": None},
    ]
    first = index["entities"][0]
    assert (first["name"], first["label"]) == ("Sergei Lavrov", "PERSON")  # "Lavrov" in b joined him
    assert first["articles"] == [{"article": 0, "mentions": 2, "quotes": 1}, {"article": 1, "mentions": 1, "quotes": 1}]
    assert not any(entity["name"] == "Lavrov" for entity in index["entities"])
    geneva = next(e for e in index["entities"] if e["name"] == "Geneva")
    assert [a["article"] for a in geneva["articles"]] == [0, 1]
    lopez = next(e for e in index["entities"] if e["name"] == "Maria Lopez")
    assert lopez["articles"] == [{"article": 2, "mentions": 1, "quotes": 1}]  # "said the new quay would…"
    assert {e["label"] for e in index["entities"]} <= {"PERSON", "ORG", "GPE", "LOC", "FAC"}


@pytest.mark.usefixtures("fresh_user_dirs")
def test_index_reports_a_bad_article_and_indexes_the_rest(folder: Path, nlp) -> None:
    status, out, err = run("--index", "--json", str(folder / "a.txt"), str(folder / "missing.txt"))
    assert status == 2 and err.startswith("reader: no such file")
    assert [a["source"] for a in json.loads(out)["articles"]] == [str(folder / "a.txt")]
    status, out, err = run("--index", "--json", str(folder / "missing.txt"))
    assert (status, out) == (2, "")


# -- the recent-articles list --------------------------------------------------------------------
@pytest.fixture
def app_not_run(monkeypatch) -> None:
    from reader.ui.app import ReaderApp

    monkeypatch.setattr(ReaderApp, "run", lambda self, *args, **kwargs: None)


def _recent(home: Path) -> list[tuple[str, str | None]]:
    from reader.store.recent import RecentStore

    return [(a.source, a.title) for a in RecentStore(home / "data" / "reader", print).recent_articles(10)]


@pytest.mark.usefixtures("app_not_run", "no_proxy_env")
def test_opening_an_article_in_the_app_remembers_it(
    fresh_user_dirs: Path, folder: Path, monkeypatch, httpserver
) -> None:
    monkeypatch.chdir(folder)
    assert run("--no-analysis", "a.txt")[0] == 0
    httpserver.expect_request("/b.html").respond_with_data(ARTICLES["b.html"], content_type="text/html")
    assert run("--no-analysis", httpserver.url_for("/b.html"))[0] == 0
    assert _recent(fresh_user_dirs) == [(httpserver.url_for("/b.html"), "Talks resume"), (str(folder / "a.txt"), None)]


@pytest.mark.usefixtures("app_not_run")
def test_no_history_and_stdin_are_not_remembered(fresh_user_dirs: Path, folder: Path, monkeypatch) -> None:
    assert run("--no-analysis", "--no-history", str(folder / "c.txt"))[0] == 0
    monkeypatch.setattr("reader.cli._reattach_terminal", lambda: None)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLES["c.txt"].encode())))
    assert run("--no-analysis", "-")[0] == 0
    assert _recent(fresh_user_dirs) == []
