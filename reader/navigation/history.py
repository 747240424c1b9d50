"""Jump history: back and forward through the places the reader jumped to, as in vim (Ctrl+O)."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_JUMPS = 200


@dataclass
class JumpHistory:
    """Positions (character offsets) the reader jumped away from, and those they came back from.

    `record(here)` is called just before a jump, with where the reader was; `back(here)` returns
    where to go and remembers `here` for `forward`.
    """

    _back: list[int] = field(default_factory=list)
    _forward: list[int] = field(default_factory=list)

    def record(self, here: int) -> None:
        if not self._back or self._back[-1] != here:
            self._back.append(here)
            del self._back[:-MAX_JUMPS]
        self._forward.clear()  # a new jump forks the timeline, as in a browser

    def back(self, here: int) -> int | None:
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: int) -> int | None:
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)
