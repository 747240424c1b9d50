"""How fast `reader` is, measured on the real app and real articles. Prints tables of medians.

    python benchmarks/speed.py [paint] [overhead] [long] [batch]     (all four by default)

1. paint    launch → article visible, cold (empty cache) and warm (cached), headless app and in tmux
2. overhead analysis time ÷ raw `nlp.pipe` time on the same paragraphs, in the same run
3. long     a ~1M-word document (the dev set's gold article texts, concatenated): first paint,
            keypress → repaint, full analysis vs one-core raw `nlp.pipe`, peak memory
4. batch    `reader --json` over the 561 dev pages vs a plain single-process loop

Needs ../shared/dev-data beside the checkout for 2–4. Each run uses fresh cache dirs in a temp dir.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import DEV_DATA, ROOT, require

sys.path.insert(0, str(ROOT))

CHILD = Path(__file__).with_name("_paint_child.py")
READER = Path(sys.executable).with_name("reader")
RUNS = 5


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data")}


def _child(path: Path, env: dict[str, str], *flags: str) -> dict:
    started = time.time()
    result = subprocess.run(
        [sys.executable, str(CHILD), str(path), *flags], capture_output=True, text=True, env=env, check=True
    )
    data = json.loads(result.stdout.strip().splitlines()[-1])
    data["paint_s"] = data["painted"] - started
    data["ready_s"] = (data["ready"] - started) if data.get("ready") else None
    return data


def _tmux_times(path: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds to the title on screen, seconds to the sidebar filled) for the installed command in tmux."""
    title = path.read_text(encoding="utf-8").strip().splitlines()[0][:30]
    name = f"bench-{os.getpid()}"
    started = time.monotonic()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "36", str(READER), str(path)], env=env, check=True
    )
    painted = ready = None
    try:
        while time.monotonic() - started < 60 and ready is None:
            screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", name], capture_output=True, text=True).stdout
            now = time.monotonic() - started
            if painted is None and title in screen:
                painted = now
            if "quotes · Tab to the sidebar" in screen:
                ready = now
            time.sleep(0.01)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)
    return painted or float("nan"), ready or float("nan")


def bench_paint() -> None:
    sample = ROOT / "samples" / "panjshir.txt"
    rows: dict[str, list[float]] = {key: [] for key in ("cold paint", "cold ready", "warm paint", "warm ready")}
    tmux_rows: dict[str, list[float]] = {key: [] for key in rows}
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            env = _env(Path(home))
            cold, warm = _child(sample, env), _child(sample, env)
            rows["cold paint"].append(cold["paint_s"])
            rows["cold ready"].append(cold["ready_s"])
            rows["warm paint"].append(warm["paint_s"])
            rows["warm ready"].append(warm["ready_s"])
        if shutil.which("tmux") and READER.exists():
            with tempfile.TemporaryDirectory() as home:
                env = _env(Path(home))
                for kind in ("cold", "warm"):
                    paint, ready = _tmux_times(sample, env)
                    tmux_rows[f"{kind} paint"].append(paint)
                    tmux_rows[f"{kind} ready"].append(ready)
    print(f"\n## 1. Launch → article visible (samples/panjshir.txt; median of {RUNS} runs, seconds)\n")
    print("| | headless app | tmux, installed command | target |")
    print("|---|---|---|---|")
    targets = {"cold paint": "≤ 0.5", "cold ready": "—", "warm paint": "≤ 0.5", "warm ready": "≤ 0.5"}
    for key, values in rows.items():
        tmux = f"{statistics.median(tmux_rows[key]):.2f}" if tmux_rows[key] else "no tmux"
        print(f"| {key} | {statistics.median(values):.2f} | {tmux} | {targets[key]} |")


def _polnear_articles():
    from reader.text.clean import split_paragraphs

    source = require(DEV_DATA / "quotes" / "polnear-dev.jsonl")
    for line in source.read_text(encoding="utf-8").splitlines():
        yield split_paragraphs(json.loads(line)["text"])


def bench_overhead() -> None:
    from reader.nlp.analyze import analyze
    from reader.nlp.pipeline import load_pipeline

    nlp = load_pipeline(None)
    raw_total = full_total = 0.0
    ratios = []
    for article in _polnear_articles():
        texts = [article.text[p.start : p.end] for p in article.paragraphs]
        started = time.perf_counter()
        list(nlp.pipe(texts))
        raw = time.perf_counter() - started
        started = time.perf_counter()
        analyze(article, nlp)
        full = time.perf_counter() - started
        raw_total, full_total = raw_total + raw, full_total + full
        ratios.append(full / raw)
    print("\n## 2. Analysis overhead (84 PolNeAR dev articles, same process, same paragraphs)\n")
    print("| raw nlp.pipe (s) | reader analysis (s) | ratio, total | ratio, median article | target |")
    print("|---|---|---|---|---|")
    print(
        f"| {raw_total:.1f} | {full_total:.1f} | {full_total / raw_total:.2f} | {statistics.median(ratios):.2f} | ≤ 1.15 |"
    )


def _long_document(directory: Path) -> tuple[Path, int]:
    pages = sorted(require(DEV_DATA / "cleaning" / "pages").glob("*.gold.txt"))
    texts = [page.read_text(encoding="utf-8").strip() for page in pages]
    body = "\n\n".join(text for text in texts if text)
    path = directory / "long.txt"
    path.write_text("A long document built from the dev articles\n\n" + body, encoding="utf-8")
    return path, len(body.split())


def _timed_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the process or any of its children) of a command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"{command[0]} failed with status {status}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def bench_long() -> None:
    from reader.nlp.pipeline import load_pipeline
    from reader.source import read_article

    with tempfile.TemporaryDirectory() as home:
        path, words = _long_document(Path(home))
        env = _env(Path(home))
        paint = statistics.median(_child(path, env, "--no-clean", "--paint-only")["paint_s"] for _ in range(3))
        paint_clean = _child(path, env, "--paint-only")["paint_s"]
        document = read_article(str(path), clean=False)
        nlp = load_pipeline(None)
        texts = [document.text[p.start : p.end] for p in document.paragraphs]
        started = time.perf_counter()
        for _ in nlp.pipe(texts):
            pass
        raw = time.perf_counter() - started
        # The whole analysis from the command line (both cores), which also fills the cache ...
        full, full_rss = _timed_run([str(READER), "--json", "--no-clean", str(path)], env)
        # ... so the app opens the analysed text at once, for the keypress timings.
        keys = _child(path, env, "--no-clean", "--keys")
    print(f"\n## 3. A {words:,}-word document (dev gold texts concatenated; --no-clean)\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| first paint (s, median of 3) | {paint:.2f} | ≤ 1 |")
    print(f"| first paint with the cleaner on (s) | {paint_clean:.2f} | — |")
    baseline = _child(ROOT / "samples" / "panjshir.txt", env, "--keys")["keys"]
    for key, ms in keys["keys"].items():
        print(
            f"| key `{key}`: handler + article repaint / pilot round trip (ms, median of 15; "
            f"round trip on the 700-word sample: {baseline[key]['pilot']:.0f}) | {ms['direct']:.1f} / {ms['pilot']:.0f} | ≤ 50 |"
        )
    print(f"| raw one-core nlp.pipe (s) | {raw:.0f} | — |")
    print(f"| `reader --json` whole run, two parser processes (s) | {full:.0f} | faster than raw |")
    print(f"| ratio whole run ÷ raw one-core parse | {full / raw:.2f} | < 1 |")
    print(f"| peak memory, `reader --json` (MB, largest process) | {full_rss:.0f} | ≤ 1536 |")
    print(f"| peak memory, the app with the analysed text open (MB) | {keys['max_rss_mb']:.0f} | ≤ 1536 |")


def bench_batch() -> None:
    pages = sorted(require(DEV_DATA / "cleaning" / "pages").glob("*.region.txt"))
    loop = (
        "import sys\n"
        "from reader.source import read_article\n"
        "from reader.nlp.analyze import analyze\n"
        "from reader.nlp.pipeline import load_pipeline\n"
        "nlp = load_pipeline(None)\n"
        "for path in sys.argv[1:]:\n"
        "    try: document = read_article(path)\n"
        "    except Exception: continue\n"
        "    analyze(document.article, nlp)\n"
    )
    with tempfile.TemporaryDirectory() as home:
        env = _env(Path(home))
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", loop, *map(str, pages)], env=env, check=True)
        plain = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run(
            [str(READER), "--json", "--no-cache", *map(str, pages)], env=env, stdout=subprocess.DEVNULL, check=False
        )
        batch = time.perf_counter() - started
    print(f"\n## 4. Batch: {len(pages)} dev pages (*.region.txt) to JSON\n")
    print("| | seconds | pages/s |")
    print("|---|---|---|")
    print(f"| plain single-process loop | {plain:.0f} | {len(pages) / plain:.1f} |")
    print(f"| `reader --json --no-cache` | {batch:.0f} | {len(pages) / batch:.1f} |")
    print(f"| speed-up | {plain / batch:.2f}× | |")


def main() -> int:
    chosen = sys.argv[1:] or ["paint", "overhead", "long", "batch"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for name in chosen:
        {"paint": bench_paint, "overhead": bench_overhead, "long": bench_long, "batch": bench_batch}[name]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
