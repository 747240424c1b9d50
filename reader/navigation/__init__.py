"""Where the keys take the reader: targets, next/previous, wrap, focus mode, search, jump history.

Plain Python below the UI (no Textual, no Rich): the app asks a `Navigator` and draws the answer.
"""

from reader.navigation.history import JumpHistory
from reader.navigation.navigator import AnalysisState, Navigator, Outcome, Search, Selection

__all__ = ["AnalysisState", "JumpHistory", "Navigator", "Outcome", "Search", "Selection"]
