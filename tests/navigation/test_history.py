"""Jump history: back returns where you were, forward undoes back, a new jump drops the forward list."""

from __future__ import annotations

from reader.navigation.history import JumpHistory


def test_back_and_forward_retrace_jumps() -> None:
    history = JumpHistory()
    history.record(0)  # jumped from 0 to 50
    history.record(50)  # jumped from 50 to 90
    assert history.back(90) == 50
    assert history.back(50) == 0
    assert history.back(0) is None
    assert history.forward(0) == 50
    assert history.forward(50) == 90
    assert history.forward(90) is None


def test_a_new_jump_after_going_back_drops_the_forward_list() -> None:
    history = JumpHistory()
    history.record(0)
    assert history.back(40) == 0
    assert history.can_go_forward
    history.record(0)
    assert not history.can_go_forward
