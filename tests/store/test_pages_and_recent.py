"""The page store (fetched pages, offline reopen) and the recent-articles list: hits, order, damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.io.fetch import FetchedPage
from reader.store.pages import PAGES_FILE, PageStore
from reader.store.recent import RECENT_FILE, RecentArticle, RecentStore

PAGE = FetchedPage(
    "http://127.0.0.1:1/final.html", b"<html>\x00\xff bytes</html>", {"content-type": "text/html; charset=koi8-r"}
)


def test_a_page_is_kept_under_the_asked_and_the_final_url(tmp_path: Path) -> None:
    messages: list[str] = []
    store = PageStore(tmp_path, messages.append)
    assert store.get("http://127.0.0.1:1/start") is None
    store.put("http://127.0.0.1:1/start", PAGE)
    again = PageStore(tmp_path, messages.append)  # another process, same file
    assert again.get("http://127.0.0.1:1/start") == PAGE
    assert again.get(PAGE.url) == PAGE
    assert again.get("http://127.0.0.1:1/start").charset == "koi8-r"
    assert messages == []


def test_only_the_newest_pages_are_kept(tmp_path: Path, monkeypatch) -> None:
    from reader.store import pages

    monkeypatch.setattr(pages, "MAX_PAGES", 3)
    store = PageStore(tmp_path, print)
    for number in range(5):
        store.put(f"http://h/{number}", FetchedPage(f"http://h/{number}", b"x"))
    assert [store.get(f"http://h/{n}") is not None for n in range(5)] == [False, False, True, True, True]


def test_a_damaged_row_is_ignored(tmp_path: Path) -> None:
    store = PageStore(tmp_path, print)
    with sqlite3.connect(tmp_path / PAGES_FILE) as db:
        db.execute("INSERT INTO pages VALUES ('http://h/x', 'http://h/x', 'not json', x'00', 0)")
    assert store.get("http://h/x") is None


def test_a_corrupt_page_store_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    (tmp_path / PAGES_FILE).write_bytes(b"this is not a database" * 100)
    messages: list[str] = []
    rebuilt = PageStore(tmp_path, messages.append)
    assert len(messages) == 1 and "page store" in messages[0]
    rebuilt.put("http://h/y", PAGE)
    assert rebuilt.get("http://h/y") == PAGE
    assert (tmp_path / f"{PAGES_FILE}.corrupt").exists()


def test_an_unusable_dir_means_no_store_and_one_report(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    messages: list[str] = []
    store = PageStore(tmp_path / "file" / "sub", messages.append)
    store.put("http://h/x", PAGE)
    assert store.get("http://h/x") is None and len(messages) == 1


def test_recent_articles_newest_first_and_a_reopen_moves_to_the_top(tmp_path: Path) -> None:
    store = RecentStore(tmp_path, print)
    assert store.recent_articles(10) == []
    store.remember_opened("/news/a.txt", "A", when=100.0)
    store.remember_opened("http://h/b.html", None, when=200.0)
    store.remember_opened("/news/c.txt", "C", when=300.0)
    store.remember_opened("/news/a.txt", "A again", when=400.0)
    again = RecentStore(tmp_path, print)
    assert again.recent_articles(10) == [
        RecentArticle("/news/a.txt", "A again", 400.0),
        RecentArticle("/news/c.txt", "C", 300.0),
        RecentArticle("http://h/b.html", None, 200.0),
    ]
    assert [a.source for a in again.recent_articles(2)] == ["/news/a.txt", "/news/c.txt"]
    again.forget("/news/c.txt")
    assert [a.source for a in again.recent_articles(10)] == ["/news/a.txt", "http://h/b.html"]
    assert again.recent_articles(0) == []


def test_recent_articles_without_a_clock_tie_keep_the_last_opened_first(tmp_path: Path) -> None:
    store = RecentStore(tmp_path, print)
    for source in ("a", "b", "c"):
        store.remember_opened(source, source, when=5.0)
    assert [a.source for a in store.recent_articles(3)] == ["c", "b", "a"]


def test_a_corrupt_recent_file_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / RECENT_FILE).write_bytes(b"garbage" * 500)
    messages: list[str] = []
    store = RecentStore(tmp_path, messages.append)
    store.remember_opened("a.txt", "A")
    assert [a.title for a in store.recent_articles(5)] == ["A"] and len(messages) == 1
