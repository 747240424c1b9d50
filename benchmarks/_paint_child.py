"""Child process for benchmarks/speed.py: open the real app headless on a file and report, as wall-clock
times, when the article was first painted and when the sidebar was ready. Also times keypresses.

    python benchmarks/_paint_child.py FILE [--keys] [--no-clean] [--paint-only]

Prints one JSON object on stdout. The parent takes the process start time just before it spawns this.
"""

from __future__ import annotations

import asyncio
import json
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.source import read_article  # noqa: E402
from reader.store.cache import AnalysisCache  # noqa: E402
from reader.store.paths import cache_dir  # noqa: E402
from reader.ui.analysis import AnalysisReady  # noqa: E402
from reader.ui.app import ReaderApp, spacy_analyser  # noqa: E402

KEY_REPEATS = 15


class TimedApp(ReaderApp):
    painted: float | None = None
    ready: float | None = None

    def on_mount(self) -> None:
        self.call_after_refresh(self._mark_painted)

    def _mark_painted(self) -> None:
        if self.view.lines and self.painted is None:
            self.painted = time.time()

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self.ready = time.time()


async def run(path: str, keys: bool, clean: bool, paint_only: bool) -> dict[str, object]:
    document = read_article(path, clean=clean)
    cache = AnalysisCache(cache_dir(), lambda message: print(message, file=sys.stderr))
    app = TimedApp(document, analyser=spacy_analyser(None, cache))
    result: dict[str, object] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        while app.painted is None:
            await pilot.pause(0.005)
        result["painted"] = app.painted
        if paint_only:  # quit at once: the analysis stops at its next paragraph
            result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            return result
        await app.workers.wait_for_complete()
        await pilot.pause()
        result["ready"] = app.ready
        if keys:
            result["keys"] = await time_keys(app, pilot)
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["max_child_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return result


async def time_keys(app: TimedApp, pilot) -> dict[str, dict[str, float]]:
    """Per key, median milliseconds of (a) the key's handler plus re-rendering every visible line of
    the article pane, the work reader does, and (b) the pilot's whole round trip (key event through
    Textual's message loop to an idle screen), which also holds Textual's own waits."""
    people = [e for e in app.document.entities if e.label == "PERSON"]
    busiest = max(people or app.document.entities, key=lambda e: len(e.mentions))
    app.go_to_entity(busiest.id)
    await pilot.pause()
    view = app.view
    actions = {
        "j": view.action_scroll_down,
        "space": view.action_page_down,
        "G": app.action_bottom,
        "g": app.action_top,
        "n": lambda: app.action_step_target(1),
    }
    timings: dict[str, dict[str, float]] = {}
    for key, action in actions.items():
        direct, round_trip = [], []
        for _ in range(KEY_REPEATS):
            started = time.perf_counter()
            action()
            for y in range(view.size.height):
                view.render_line(y)
            direct.append((time.perf_counter() - started) * 1000)
            await pilot.pause()
            started = time.perf_counter()
            await pilot.press(key)
            round_trip.append((time.perf_counter() - started) * 1000)
            await pilot.pause()
        timings[key] = {"direct": statistics.median(direct), "pilot": statistics.median(round_trip)}
    return timings


def main() -> None:
    path = sys.argv[1]
    flags = set(sys.argv[2:])
    result = asyncio.run(run(path, "--keys" in flags, "--no-clean" not in flags, "--paint-only" in flags))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
