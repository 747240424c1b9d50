"""What the sidebar says while the analysis runs: a percentage and, once it can tell, the time left."""

from __future__ import annotations

import time
from collections.abc import Callable

_ESTIMATE_AFTER_SECONDS = 2.0


def duration(seconds: float) -> str:
    """`40 s`, `2 min 10 s`, `1 h 5 min`: rounded as a person would say it."""
    seconds = max(1, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 600:
        seconds = round(seconds / 10) * 10  # "4 min 50 s", never "4 min 60 s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s" if seconds and minutes < 10 else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


class ProgressClock:
    """Turns (characters done, characters in all) into `Analysing… 42% · about 1 min left`.

    The rate is measured from the first progress with any text parsed, so loading the model does not
    count as parsing.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._first: tuple[float, int] | None = None

    def describe(self, done: int, total: int) -> str:
        if total <= 0 or done >= total:
            return "Analysing… grouping names and finding who said what"
        if done <= 0:
            return "Analysing… loading the language model"
        now = self._clock()
        if self._first is None:
            self._first = (now, done)
        percent = min(99, done * 100 // total)
        started, done_then = self._first
        elapsed = now - started
        if elapsed < _ESTIMATE_AFTER_SECONDS or done <= done_then:
            return f"Analysing… {percent}%"
        rate = (done - done_then) / elapsed
        return f"Analysing… {percent}% · about {duration((total - done) / rate)} left"
