"""The installed `reader` in a real terminal (tmux), with the defaults a user gets (cleaner and
analysis on): what a person waits for. Prints a table of medians.

    python benchmarks/terminal.py [quit] [reopen] [long]      (all three by default)

quit    `q` pressed as soon as the headline shows (spaCy still loading) and after the sidebar is in:
        seconds until the shell has the terminal back (the command after `reader` has run)
reopen  the sample opened a second time (analysis cached): launch → a person's row in the sidebar
long    a ~1M-word text made of the dev gold article bodies (`long_text.build_long_text`), cleaner on:
        words kept, first paint, G and g, a key during the analysis, launch → sidebar complete
        against one-core raw `nlp.pipe`, peak memory of the app and of all its processes

Needs tmux; `long` needs ../shared/dev-data. Each run uses fresh user dirs in a temp dir. Screen
polling costs a few milliseconds, so key figures are upper bounds.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _shared import ROOT

sys.path.insert(0, str(ROOT))

READER = Path(sys.executable).with_name("reader")
SAMPLE = ROOT / "samples" / "panjshir.txt"
READY = "quotes · Tab to the sidebar"
RUNS = 5


class Pane:
    def __init__(self, path: Path, home: Path) -> None:
        self.name = f"bench-{uuid.uuid4().hex[:8]}"
        self.status = home / f"{self.name}.status"
        home.mkdir(parents=True, exist_ok=True)  # the status file goes here, whatever the reader does
        # In the command itself: a tmux server already running would not pass a client's environment on.
        dirs = " ".join(
            f"{name}='{home / name.lower()}'" for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
        )
        command = f"env TERM=xterm-256color {dirs} '{READER}' '{path}'; echo $? > '{self.status}'; sleep 600"
        for _attempt in range(3):  # the server may still be exiting after the last pane was closed
            self.started = time.monotonic()
            started = subprocess.run(
                ["tmux", "new-session", "-d", "-s", self.name, "-x", "120", "-y", "40", "sh", "-c", command]
            )
            if started.returncode == 0:
                break
            time.sleep(0.3)
        else:
            raise SystemExit("tmux would not start a session")

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True).stdout

    def send(self, key: str) -> float:
        subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
        return time.monotonic()

    def wait(self, test, timeout: float = 900, poll: float = 0.005) -> float:
        """Seconds since launch when `test(screen)` first holds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if test(self.screen()):
                return time.monotonic()
            time.sleep(poll)
        raise SystemExit(f"timed out; the screen was:\n{self.screen()}")

    def quit_seconds(self) -> float:
        sent = self.send("q")
        while not self.status.exists():
            time.sleep(0.002)
        return time.monotonic() - sent

    def pids(self) -> list[int]:
        shell = subprocess.run(
            ["tmux", "list-panes", "-t", self.name, "-F", "#{pane_pid}"], capture_output=True, text=True
        ).stdout.split()
        tree = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True).stdout.split()
        parents = {int(tree[i]): int(tree[i + 1]) for i in range(0, len(tree), 2)}
        found, frontier = [], {int(p) for p in shell}
        while frontier:
            found += frontier
            frontier = {pid for pid, parent in parents.items() if parent in frontier and pid not in found}
        return found

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _hwm_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def bench_quit() -> None:
    early, late = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            pane = Pane(SAMPLE, Path(home))
            try:
                pane.wait(lambda s: "Taliban asks Russia" in s)
                early.append(pane.quit_seconds())
            finally:
                pane.close()
            pane = Pane(SAMPLE, Path(home))
            try:
                pane.wait(lambda s: READY in s)
                late.append(pane.quit_seconds())
            finally:
                pane.close()
    print(f"\n## q → shell prompt (samples/panjshir.txt, tmux; median of {RUNS}, seconds)\n")
    print("| when | q → shell | target |\n|---|---|---|")
    print(
        f"| as soon as the headline shows (spaCy loading) | {statistics.median(early):.2f} (max {max(early):.2f}) | ≤ 0.5 |"
    )
    print(f"| after the sidebar is in | {statistics.median(late):.2f} (max {max(late):.2f}) | ≤ 0.5 |")


def bench_reopen() -> None:
    person, times = "Sergei Lavrov", []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            first = Pane(SAMPLE, Path(home))
            try:
                first.wait(lambda s: READY in s)
                first.quit_seconds()
            finally:
                first.close()
            again = Pane(SAMPLE, Path(home))
            try:
                times.append(again.wait(lambda s: person in s.split("Entities", 1)[-1]) - again.started)
            finally:
                again.quit_seconds()
                again.close()
    print(f"\n## The sample reopened (analysis cached), tmux; median of {RUNS}\n")
    print("| measure | seconds | target |\n|---|---|---|")
    print(f"| launch → a person's row in the sidebar | {statistics.median(times):.2f} | ≤ 0.5 |")


def bench_long() -> None:
    from long_text import build_long_text

    from reader.nlp.pipeline import load_pipeline
    from reader.source import read_article

    with tempfile.TemporaryDirectory() as home_name:
        home = Path(home_name)
        path, words = build_long_text(home)
        article = read_article(str(path)).article
        kept = len(article.text.split())
        last_line = article.text[article.paragraphs[-1].start : article.paragraphs[-1].end][:40]
        first_line = article.text[: article.paragraphs[0].end][:40]
        paints = []
        for _ in range(3):
            pane = Pane(path, home / f"paint{len(paints)}")
            try:
                paints.append(pane.wait(lambda s: "▌ " in s and first_line[:20] in s) - pane.started)
            finally:
                pane.close()
        pane = Pane(path, home / "run")
        peak_app = peak_all = 0.0
        try:
            pane.wait(lambda s: "Analysing…" in s and "%" in s)  # the rest cleaned, the parse under way
            during = []
            for _ in range(15):
                before = pane.screen()
                sent = pane.send("j")
                during.append((pane.wait(lambda s, b=before: s != b, timeout=10, poll=0.001) - sent) * 1000)
                time.sleep(0.05)
            bottom, top = [], []
            for _ in range(5):
                sent = pane.send("G")
                bottom.append((pane.wait(lambda s: last_line[:25] in s, timeout=10, poll=0.001) - sent) * 1000)
                sent = pane.send("g")
                top.append((pane.wait(lambda s: first_line[:25] in s, timeout=10, poll=0.001) - sent) * 1000)
            while READY not in pane.screen():
                pids = pane.pids()
                peak_all = max(peak_all, sum(_rss_mb(pid) for pid in pids))
                time.sleep(0.5)
            complete = time.monotonic() - pane.started
            app_pid = max(pane.pids(), key=_rss_mb)
            peak_app = _hwm_mb(app_pid)
            quit_s = pane.quit_seconds()
        finally:
            pane.close()
        nlp = load_pipeline(None)
        texts = [article.text[p.start : p.end] for p in article.paragraphs]
        started = time.perf_counter()
        for _ in nlp.pipe(texts):
            pass
        raw = time.perf_counter() - started
    print(f"\n## A {words:,}-word text of article bodies, cleaner on (tmux, defaults)\n")
    print("| measure | value | target |\n|---|---|---|")
    print(f"| words kept by the cleaner | {kept:,} of {words:,} ({100 * kept / words:.1f}%) | ≥ 99% |")
    print(f"| launch → cleaned text on screen (s, median of 3) | {statistics.median(paints):.2f} | ≤ 1.0 |")
    print(
        f"| `G` / `g`, key → screen (ms, median of 5) | {statistics.median(bottom):.0f} / {statistics.median(top):.0f} | ≤ 100 |"
    )
    print(
        f"| `j` during the analysis, key → screen (ms, median of 15; max) | {statistics.median(during):.0f} ({max(during):.0f}) | ≤ 50 |"
    )
    print(f"| launch → sidebar complete (s) | {complete:.0f} | ≤ 130 |")
    print(f"| raw one-core `nlp.pipe` on the same paragraphs (s) | {raw:.0f} | — |")
    print(
        f"| peak memory: the app / all its processes together (MB) | {peak_app:.0f} / {peak_all:.0f} | ≤ 1536 (app) |"
    )
    print(f"| `q` with the analysed text open (s) | {quit_s:.2f} | ≤ 0.5 |")


def main() -> int:
    chosen = sys.argv[1:] or ["quit", "reopen", "long"]
    for name in chosen:
        {"quit": bench_quit, "reopen": bench_reopen, "long": bench_long}[name]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
