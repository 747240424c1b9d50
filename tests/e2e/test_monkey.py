"""A monkey in a real terminal: seeded random keys over every binding, on every kind of shipped sample.

The installed `reader` runs in tmux, as a person would use it; random sequences (typing into `/` and
Ctrl+P included) start as soon as the headline shows, so some land before the analysis is in. After
each burst the pane must still show the reader (no traceback, no exit), and at the end `q` must
exit with status 0. A fresh seed each run (`READER_MONKEY_SEED` fixes one), printed on failure;
seeds that once failed are kept in REGRESSION_SEEDS. About a minute and a half on two cores.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

READER = Path(sys.executable).with_name("reader")
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

# plain text, HTML, no quotes, not English, one paragraph
ARTICLES = ["panjshir.txt", "harbour-council.html", "library-hours.txt", "marche-lyon.txt", "one-paragraph.txt"]
KEYS_PER_ARTICLE = int(os.environ.get("READER_MONKEY_KEYS", "200"))
# Every binding, as tmux names the keys (`reader.ui.bindings`, the article view, the sidebar trees).
BINDINGS = (
    "n N ] [ e E * / C-o BSpace M-Left C-n M-Right g G Home End f s y + = - r Escape 1 2 3 4 5 6 ? F1 "
    "j k Down Up Space NPage PPage b d u Tab BTab Enter C-p o v l"
).split()
# What a reader types into /. No "q": a search segment can end with the prompt still open (Down,
# Backspace), and keys after it may move the focus out of it (Tab), so the monkey cannot know that a
# later segment's letters reach the prompt; a "q" that reached the article would quit, as it should.
TYPED = "abcdefghijklmnoprstuvwxyz LST"
# What a reader types into the palette: the reader's own commands (a random word could pick the
# palette's "Quit" or "Screenshot", which do what they say).
PALETTE_WORDS = ["go", "ent", "quote", "focus", "side", "search", "rem", "la", "xz"]
# Seeds that broke the reader with this generator. (The first bugs the monkey found, the palette popped
# twice and PageUp in an empty palette, were found before the generator typed palette words; their key
# sequences are replayed in tests/ui/test_survives.py.)
REGRESSION_SEEDS: list[int] = []
# What the reader must see in its pane: an editor and a browser that return at once, fresh user dirs.
SESSION_ENV = (
    "TERM",
    "EDITOR",
    "VISUAL",
    "BROWSER",
    "XDG_CACHE_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CONFIG_HOME",
)
# `$BROWSER` is a command, so `o` hands the screen to it as `v` does to the editor (reader.ui.handoff)
HANDOFF_KEYS = {"v": "the editor", "o": "the browser"}
SEARCH_OPEN = "Cancel search"  # the footer's first binding while the search prompt has the keys
PALETTE = "🔎"  # the palette's search icon, shown while it is open whatever is typed


def _sequence(rng: random.Random, count: int) -> list[str]:
    keys: list[str] = []
    while len(keys) < count:
        key = rng.choice(BINDINGS)
        keys.append(key)
        if key == "/":  # type a few letters, then accept or leave
            keys += [c if c != " " else "Space" for c in rng.choices(TYPED, k=rng.randint(1, 6))]
            keys.append(rng.choice(["Enter", "Escape", "Down", "BSpace"]))
        elif key == "C-p":  # a command, moved through, then chosen or left
            keys += list(rng.choice(PALETTE_WORDS))
            keys += rng.choices(["Down", "Up", "PPage", "NPage", "BSpace"], k=rng.randint(0, 3))
            keys.append(rng.choice(["Enter", "Escape"]))
    return keys[:count]


class Pane:
    def __init__(self, article: Path, env: dict[str, str], status: Path) -> None:
        self.name = f"reader-monkey-{uuid.uuid4().hex[:8]}"
        self.state = Path(env["XDG_STATE_HOME"])
        command = f"'{READER}' '{article}'; echo \"exit=$?\" > '{status}'; sleep 30"
        # A tmux server already running (another test's, a person's) keeps its own environment and
        # ignores the client's: the session is given the variables the monkey relies on with -e.
        session_env = [arg for name in SESSION_ENV for arg in ("-e", f"{name}={env[name]}")]
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "120", "-y", "40", *session_env, "sh", "-c", command],
            check=True,
            env=env,
        )
        self.status = status

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True).stdout

    def send(self, key: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)

    def footer(self) -> str:
        """The bottom line: the keys the focused widget offers ("esc Cancel search" in the prompt)."""
        lines = self.screen().rstrip("\n").splitlines()
        return lines[-1] if lines else ""

    def wait_for(self, text: str, seconds: float, *, footer: bool = False) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if text in (self.footer() if footer else self.screen()):
                return True
            time.sleep(0.05)
        return False

    def gone(self, text: str, seconds: float, *, footer: bool = False) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if text not in (self.footer() if footer else self.screen()):
                return True
            time.sleep(0.05)
        return False

    def back_from_handoff(self, seconds: float) -> bool:
        """After `v` or `o`: the reader is on its alternate screen again. (Keys sent while the editor has the
        terminal are the editor's: the reader never sees them, as with a real editor.)"""
        time.sleep(0.3)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            shown = subprocess.run(
                ["tmux", "display-message", "-p", "-t", self.name, "#{alternate_on}"], capture_output=True, text=True
            ).stdout.strip()
            if shown == "1" and "^p palette" in self.screen():
                return True
            time.sleep(0.05)
        return False

    def wait_for_exit(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while self.exited() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.exited() is not None

    def reader_state(self) -> str:
        """What the reader process is doing: its state (T is stopped, S asleep, R running), what it waits
        in, whether the reader's screen is up, and every thread's Python stack (py-spy, where installed).
        A reader that stops answering in CI, and never here, says where it stopped."""
        pane_pid = subprocess.run(
            ["tmux", "display-message", "-p", "-t", self.name, "#{pane_pid} #{alternate_on}"],
            capture_output=True,
            text=True,
        ).stdout.split()
        if not pane_pid:
            return "the pane is gone"
        children = subprocess.run(["pgrep", "-P", pane_pid[0]], capture_output=True, text=True).stdout.split()
        lines = [f"alternate screen on: {pane_pid[1:]}, exit status: {self.exited()}"]
        for pid in children:
            ps = ["ps", "-o", "pid,pgid,tpgid,stat,wchan:24,etime,args", "-p", pid]
            lines.append(subprocess.run(ps, capture_output=True, text=True).stdout.rstrip())
            spy = Path(sys.executable).with_name("py-spy")
            if spy.exists():
                dump = subprocess.run([str(spy), "dump", "--pid", pid], capture_output=True, text=True, timeout=60)
                lines.append(dump.stdout + dump.stderr)
        return "\n".join(lines)

    def crash_logs(self) -> str:
        return "\n".join(log.read_text() for log in sorted(self.state.rglob("crash-*.log")))

    def exited(self) -> str | None:
        return self.status.read_text().strip() if self.status.exists() else None

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def _run_monkey(article: str, seed: int, tmp_path: Path) -> None:
    # `v` and `o` hand the article to an editor and a browser: here ones that return at once.
    env = {**os.environ, "TERM": "xterm-256color", "EDITOR": "true", "VISUAL": "true", "BROWSER": "true"}
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        env[name] = str(tmp_path / name.lower())
    rng = random.Random(seed)
    keys = _sequence(rng, KEYS_PER_ARTICLE)
    pane = Pane(SAMPLES / article, env, tmp_path / f"{article}.status")
    sent: list[str] = []

    def failure(why: str) -> str:
        return (
            f"{article}, seed {seed} (READER_MONKEY_SEED={seed}): {why} after {sent[-40:]}\n"
            f"{pane.screen()}\ncrash logs:\n{pane.crash_logs()}\nthe reader now:\n{pane.reader_state()}"
        )

    try:
        deadline = time.monotonic() + 30
        while "^p palette" not in pane.screen():  # the footer: the app is up
            assert time.monotonic() < deadline, failure("the reader never appeared")
            time.sleep(0.05)
        in_palette = False
        unheard = False  # "/" opened no prompt (a help screen had the keys): the search is not typed
        for count, key in enumerate(keys, start=1):
            if unheard:
                # a person who sees no prompt does not type the search into the article, where "q" quits
                unheard = key not in ("Enter", "Escape", "Down", "BSpace")
                continue
            searching = key in ("Enter", "Escape") and not in_palette and SEARCH_OPEN in pane.footer()
            pane.send(key)
            sent.append(key)
            # Escape and a key that reach the reader in one read are Alt+key, as from any terminal: a
            # person pauses after Escape (Textual waits 100 ms for the rest of a sequence).
            time.sleep(0.3 if key == "Escape" else 0.02)
            if in_palette and key in ("Enter", "Escape"):  # a person sees the palette close before going on
                in_palette = False
                # Enter leaves it open when nothing matched, or opens a picker; a person presses Escape
                # (again, on a slow machine) until the palette is gone.
                for _ in range(3):
                    if pane.gone(PALETTE, 3):
                        break
                    pane.send("Escape")
                    sent.append("Escape")
                    time.sleep(0.3)
                # a reader that answers within a quarter of a minute on a loaded machine has not stopped
                assert pane.gone(PALETTE, 15), failure("Escape did not close the palette")
            # a person types into the editor, or a browser in the terminal, until it hands the screen back
            if key in HANDOFF_KEYS:
                assert pane.back_from_handoff(10), failure(f"the reader did not come back from {HANDOFF_KEYS[key]}")
            in_palette = in_palette or key == "C-p"
            if key == "C-p":  # a person types once they see the palette (a loaded machine is slow to open it),
                for _ in range(2):  # and presses C-p again if nothing came (a screen was closing, say)
                    if pane.wait_for(PALETTE, 5):
                        break
                    pane.send("C-p")
                    sent.append("C-p")
                assert pane.wait_for(PALETTE, 5), failure("C-p did not open the palette")
            elif key == "/":  # the same for the search prompt (in an open search, / is a letter typed):
                # a person presses / again if no prompt came (a key sent as the screen came back from
                # the editor can be lost), and types no search into the article, where "q" quits
                if not in_palette and not pane.wait_for(SEARCH_OPEN, 3, footer=True):
                    pane.send("/")
                    sent.append("/")
                    unheard = not pane.wait_for(SEARCH_OPEN, 3, footer=True)
            elif searching and key in ("Enter", "Escape"):
                # a person sees the prompt close before going on: a key sent before Enter is handled
                # is typed into the prompt, and the letters after it reach the article (a "q" quits)
                # (on a slow machine a person presses Escape once more if it stays open)
                if not pane.gone(SEARCH_OPEN, 5, footer=True):
                    pane.send("Escape")
                    sent.append("Escape")
                assert pane.gone(SEARCH_OPEN, 15, footer=True), failure(f"{key} did not close the search prompt")
            if count % 25 == 0 or count == len(keys):
                time.sleep(0.15)
                screen = pane.screen()
                assert pane.exited() is None, failure(f"the reader exited ({pane.exited()})")
                assert "Traceback" not in screen and "Unexpected error" not in screen, failure("a bug showed")
        for key in ("Escape",) * 5:  # out of the palette, the prompt, the search, the removed text
            pane.send(key)
            time.sleep(0.3)  # apart: a terminal sends Escape + key as one Alt+key
        # and the last Escape read before q: on a loaded machine a reader still busy reads the two
        # together, as Alt+q (seed 4019677605 lost its q this way while benchmarks ran)
        time.sleep(1.0)
        before_q = pane.screen()
        pane.send("q")
        deadline = time.monotonic() + 10  # generous: the speed of q is measured in benchmarks/speed.py
        while pane.exited() is None:
            if time.monotonic() > deadline:
                pane.send("q")  # was the key lost, or does the reader ignore q? (tells the two apart)
                again = "quit" if pane.wait_for_exit(5) else "did not quit either"
                raise AssertionError(failure(f"q did not quit (a second q {again}); before q:\n{before_q}\nnow"))
            time.sleep(0.05)
        assert pane.exited() == "exit=0", failure(f"the reader ended with {pane.exited()}")
    finally:
        pane.close()


# A failure is run once more, with a fresh seed: CI twice saw the reader stop answering (stop 26: no
# palette for 15 s, no return from the browser) with seeds that pass here every time. The failed
# attempt's report, with the reader's stack, is written to the log (tests/conftest.py), and `-ra`
# lists the rerun; a monkey that fails twice fails the run.
@pytest.mark.flaky(reruns=1, only_rerun=["AssertionError"])
@pytest.mark.parametrize("article", ARTICLES)
def test_random_keys_never_break_the_reader(article: str, tmp_path: Path) -> None:
    seed = int(os.environ.get("READER_MONKEY_SEED") or random.SystemRandom().randrange(1 << 32))
    print(f"monkey seed for {article}: {seed}")
    for index, each in enumerate([seed, *REGRESSION_SEEDS]):
        (tmp_path / str(index)).mkdir()
        _run_monkey(article, each, tmp_path / str(index))
