"""The analysis progress a reader sees: a percentage, then an estimate of the time left."""

from __future__ import annotations

from reader.ui.progress import ProgressClock, duration


def test_progress_says_loading_then_percent_then_time_left() -> None:
    now = [100.0]
    clock = ProgressClock(lambda: now[0])
    assert clock.describe(0, 1000) == "Analysing… loading the language model"
    assert clock.describe(100, 1000) == "Analysing… 10%"
    now[0] += 10  # 100 more characters in 10 s: 800 left at 10 a second
    assert clock.describe(200, 1000) == "Analysing… 20% · about 1 min 20 s left"
    assert clock.describe(1000, 1000).startswith("Analysing… grouping")


def test_durations_read_as_a_person_says_them() -> None:
    assert duration(0.2) == "1 s"
    assert duration(42) == "42 s"
    assert duration(130) == "2 min 10 s"
    assert duration(725) == "12 min"
    assert duration(298) == "5 min"  # rounded to ten seconds, never "4 min 60 s"
    assert duration(292) == "4 min 50 s"
    assert duration(3900) == "1 h 5 min"
