"""The navigation rules: what `n`, `]`, `e`, `*`, `/`, `f`, Ctrl+O … do, given where the cursor is.

The view owns the cursor; every question takes it as an offset and returns an `Outcome`: where the
cursor goes, and what to tell the reader (a wrap, or why nothing happened). The navigator owns the
rest of the state: the target (an entity, or an accepted search), the current mention, match or
quote, focus mode and the jump history.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum

from reader.model.cite import cite_quote
from reader.model.document import Document
from reader.model.search import find_matches
from reader.navigation.history import JumpHistory

Span = tuple[int, int]


class AnalysisState(Enum):
    RUNNING = "running"
    PARTIAL = "partial"  # a long text: the entities of the part parsed so far, no quotes yet
    READY = "ready"
    FAILED = "failed"
    OFF = "off"


@dataclass(frozen=True, slots=True)
class Search:
    query: str
    matches: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a key leads to: the cursor's new offset (None: it stays) and what to say, if anything.

    `refused` means nothing happened and `say` tells why.
    """

    offset: int | None = None
    say: str | None = None
    refused: bool = False


@dataclass(frozen=True, slots=True)
class Selection:
    """What the article view lights: the target's mentions, the current span, a quote's speaker, matches."""

    target: str | None
    current: Span | None
    speaker: Span | None
    matches: tuple[Span, ...]


def _refuse(why: str) -> Outcome:
    return Outcome(say=why, refused=True)


def _start(span: Span) -> int:
    return span[0]


class Navigator:
    """The reader's place in one document, and the rules that move it."""

    def __init__(self, document: Document, analysis: AnalysisState = AnalysisState.RUNNING) -> None:
        self.document = document
        self.analysis = analysis
        self.analysis_note = ""  # e.g. "42%" while running, the error when it failed
        self.target: str | None = None  # the selected entity's id
        self.search: Search | None = None  # the search, when it is the target
        self.current_mention: int | None = None  # index into the target's mentions
        self.current_match: int | None = None  # index into the search's matches
        self.current_quote: int | None = None  # index into document.quotes
        self.focus_mode = False
        self.history = JumpHistory()
        self._before_search: tuple[int, float, Search | None, int | None] | None = None

    # -- the document and its analysis --------------------------------------------------------------
    def set_document(self, document: Document, *, partial: bool = False) -> None:
        """The analysed document (same text): the analysis is in, or (`partial`) the entities of the
        part parsed so far. The target stays the same entity by name; ids change between analyses."""
        old = self.document.entity(self.target) if self.target is not None else None
        name = old.name if old is not None else None
        at = old.mentions[self.current_mention].start if old is not None and self.current_mention is not None else None
        self.document = document
        self.analysis = AnalysisState.PARTIAL if partial else AnalysisState.READY
        same = next((e for e in document.entities if e.name == name), None) if name is not None else None
        if same is None:
            self.target = self.current_mention = None
        else:
            self.target = same.id
            starts = [mention.start for mention in same.mentions]
            self.current_mention = starts.index(at) if at in starts else None
        self.current_quote = None

    def _missing_analysis(self, what: str) -> str | None:
        """Why there are no `what` yet, or None when the analysis is in."""
        if self.analysis is AnalysisState.RUNNING or (self.analysis is AnalysisState.PARTIAL and what == "quotes"):
            note = f" ({self.analysis_note})" if self.analysis_note else ""
            return f"The analysis is still running{note}: {what} appear when it is done"
        if self.analysis is AnalysisState.FAILED:
            return f"No {what}: the analysis failed ({self.analysis_note})"
        if self.analysis is AnalysisState.OFF:
            return f"No {what}: the analysis is off (--no-analysis)"
        return None

    # -- the target: an entity or a search ------------------------------------------------------------
    def set_target(self, entity_id: str | None) -> None:
        """An entity becomes the target of n/N (dropping a search)."""
        self.target = entity_id
        self.search = None
        self.current_mention = self.current_match = self.current_quote = None
        if self.focus_mode and entity_id is None:
            self.focus_mode = False

    def step_target(self, cursor: int, step: int) -> Outcome:
        """`n` / `N`: the next or previous mention of the target, or match of the search, wrapping."""
        if self.search is not None:
            return self._step_match(cursor, step)
        if self.target is None:
            missing = self._missing_analysis("entities")
            return _refuse(missing or "Pick an entity first (Tab to the sidebar, or * on a name), or search with /")
        entity = self.document.entity(self.target)
        if self.current_mention is None:
            offset = cursor - 1 if step > 0 else cursor + 1
        else:
            offset = entity.mentions[self.current_mention].start
        index, wrapped = self.document.next_mention_index(self.target, offset, step=step)
        return self._to_mention(index, _wrap_notice(step, entity.name) if wrapped else None)

    def _step_match(self, cursor: int, step: int) -> Outcome:
        assert self.search is not None
        matches = self.search.matches
        if not matches:
            return _refuse(f"No matches for {self.search.query!r}")
        index = self._match_from(cursor, step, after_current=self.current_match is not None)
        wrapped = (step > 0 and index == 0 and matches[0][0] <= cursor) or (
            step < 0 and index == len(matches) - 1 and matches[-1][0] >= cursor
        )
        self.current_match = index
        return Outcome(matches[index][0], _wrap_notice(step, self.search.query) if wrapped else None)

    def _match_from(self, offset: int, step: int, *, after_current: bool) -> int:
        """Index of the match after (or before) `offset`, wrapping; the match at `offset` counts when
        nothing is current yet."""
        assert self.search is not None
        matches = self.search.matches
        if step > 0:
            find = bisect_right if after_current else bisect_left
            index = find(matches, offset, key=_start)
            return index if index < len(matches) else 0
        index = bisect_left(matches, offset, key=_start) - 1
        return index if index >= 0 else len(matches) - 1

    def target_at(self, cursor: int, line: Span | None) -> Outcome:
        """`*`: the entity under the cursor, or the first one on the cursor's line, becomes the target."""
        mention = self.document.mention_at(cursor)
        if mention is None and line is not None:
            found = self.document.next_any_mention(line[0] - 1)
            if found is not None and not found[1] and found[0].start < max(line[1], 1):
                mention = found[0]
        if mention is None:
            return _refuse(self._missing_analysis("entities") or "No entity under the cursor")
        self.set_target(mention.entity_id)
        index, _ = self.document.next_mention_index(mention.entity_id, mention.start - 1)
        return self._to_mention(index)

    def mention_at(self, offset: int) -> Outcome:
        """A click on a name: its entity becomes the target, the cursor on that mention."""
        mention = self.document.mention_at(offset)
        if mention is None:
            return Outcome()
        self.set_target(mention.entity_id)
        index, _ = self.document.next_mention_index(mention.entity_id, mention.start - 1)
        return self._to_mention(index)

    # -- moving: mentions, quotes, any entity -----------------------------------------------------------
    def jump_to_mention(self, cursor: int, entity_id: str, index: int = 0) -> Outcome:
        """Enter on an entity (its first mention) or on one of its mentions: a jump (Ctrl+O comes back)."""
        if entity_id != self.target:
            self.set_target(entity_id)
        self.history.record(cursor)
        return self._to_mention(index)

    def _to_mention(self, index: int, say: str | None = None) -> Outcome:
        assert self.target is not None
        span = self.document.entity(self.target).mentions[index]
        self.current_mention, self.current_quote = index, None
        return Outcome(span.start, say)

    def jump_to_quote(self, cursor: int, index: int, say: str | None = None) -> Outcome:
        self.history.record(cursor)
        self.current_quote, self.current_mention = index, None
        return Outcome(self.document.quotes[index].start, say)

    def step_quote(self, cursor: int, step: int) -> Outcome:
        """`]` / `[`: the next or previous quote, wrapping."""
        if self.current_quote is not None:
            offset = self.document.quotes[self.current_quote].start
        else:
            offset = cursor - 1 if step > 0 else cursor + 1
        found = self.document.next_quote_index(offset, step=step)
        if found is None:
            return _refuse(self._missing_analysis("quotes") or "No quotes in this article")
        index, wrapped = found
        return self.jump_to_quote(cursor, index, _wrap_notice(step, "quotes") if wrapped else None)

    def step_any(self, cursor: int, step: int) -> Outcome:
        """`e` / `E`: the next mention of any entity, as Tab moves through links in w3m."""
        found = self.document.next_any_mention(cursor, step=step)
        if found is None:
            return _refuse(self._missing_analysis("entities") or "No entities found in this article")
        mention, wrapped = found
        if mention.entity_id != self.target:
            self.set_target(mention.entity_id)
        index, _ = self.document.next_mention_index(mention.entity_id, mention.start - 1)
        return self._to_mention(index, _wrap_notice(step, "entities") if wrapped else None)

    def jump_to(self, cursor: int, offset: int) -> Outcome:
        """g / G: a jump to a place that is no mention (the top, the bottom)."""
        self.history.record(cursor)
        return Outcome(offset)

    def back(self, cursor: int) -> Outcome:
        offset = self.history.back(cursor)
        return _refuse("Nothing to go back to") if offset is None else self._return_to(offset)

    def forward(self, cursor: int) -> Outcome:
        offset = self.history.forward(cursor)
        return _refuse("Nothing to go forward to") if offset is None else self._return_to(offset)

    def _return_to(self, offset: int) -> Outcome:
        """Back at an earlier place: if it was a mention of the target or a quote, be on it again."""
        self.current_mention = self.current_quote = self.current_match = None
        if self.target is not None:
            index, wrapped = self.document.next_mention_index(self.target, offset - 1)
            if not wrapped and self.document.entity(self.target).mentions[index].start == offset:
                self.current_mention = index
        if self.current_mention is None:
            found = self.document.next_quote_index(offset - 1)
            if found is not None and not found[1] and self.document.quotes[found[0]].start == offset:
                self.current_quote = found[0]
        return Outcome(offset)

    # -- search --------------------------------------------------------------------------------------------
    def begin_search(self, cursor: int, scroll_y: float) -> None:
        """`/` opened: remember where the reader was, for Escape."""
        self._before_search = (cursor, scroll_y, self.search, self.current_match)

    @property
    def searching(self) -> bool:
        return self._before_search is not None

    def search_for(self, query: str) -> Outcome:
        """As the reader types: every match lit, the first one from where the search began is current."""
        origin = self._before_search[0] if self._before_search is not None else 0
        self.search = Search(query, find_matches(self.document.text, query))
        self.current_mention = self.current_quote = None
        if not self.search.matches:
            self.current_match = None
            return Outcome()
        self.current_match = self._match_from(origin, +1, after_current=False)
        return Outcome(self.search.matches[self.current_match][0])

    def accept_search(self, query: str) -> tuple[int, float] | None:
        """Enter: the search becomes the target of n/N. An empty query cancels (see `cancel_search`)."""
        if not query:
            return self.cancel_search()
        if self._before_search is not None:
            self.history.record(self._before_search[0])
        self._before_search = None
        self.target = None
        return None

    def cancel_search(self) -> tuple[int, float] | None:
        """Escape: the search before, and the (cursor, scroll) to go back to."""
        if self._before_search is None:
            return None
        cursor, scroll_y, search, current = self._before_search
        self._before_search = None
        self.search, self.current_match = search, current
        return cursor, scroll_y

    def clear(self) -> None:
        """Escape in the article: drop the search highlights and the current span."""
        self.search = None
        self.current_match = self.current_quote = self.current_mention = None

    # -- focus mode -----------------------------------------------------------------------------------------
    def toggle_focus(self) -> Outcome:
        if not self.focus_mode and self.target is None:
            missing = self._missing_analysis("entities")
            return _refuse(missing or "Pick an entity first: focus mode shows the paragraphs that mention it")
        self.focus_mode = not self.focus_mode
        return Outcome()

    def shown_paragraphs(self) -> tuple[int, ...] | None:
        """The paragraphs focus mode shows, or None when every paragraph is shown."""
        if not self.focus_mode or self.target is None:
            return None
        return self.document.paragraphs_mentioning(self.target)

    def cursor_in_focus(self, cursor: int) -> int:
        """Where the cursor must be in focus mode: in a shown paragraph (the next one, else the first)."""
        shown = self.shown_paragraphs()
        here = self.document.paragraph_index_at(cursor)
        if not shown or here in shown:
            return cursor
        index = next((i for i in shown if i > here), shown[0])
        return self.document.paragraphs[index].start

    # -- quotes ---------------------------------------------------------------------------------------------
    def citation(self, cursor: int) -> Outcome:
        """`y`: the current quote (or the one under the cursor) with its attribution, in `say`."""
        index = self.current_quote if self.current_quote is not None else self.document.quote_index_at(cursor)
        if index is None:
            return _refuse(self._missing_analysis("quotes") or "Move to a quote first (] or the Quotes list)")
        quote = self.document.quotes[index]
        speaker = self.document.entity(quote.speaker_entity) if quote.speaker_entity else None
        return Outcome(say=cite_quote(quote, speaker))

    # -- what the reader sees -------------------------------------------------------------------------------
    def selection(self) -> Selection:
        current = speaker = None
        if self.current_quote is not None:
            quote = self.document.quotes[self.current_quote]
            current = (quote.start, quote.end)
            if quote.speaker_mention is not None:
                speaker = (quote.speaker_mention.start, quote.speaker_mention.end)
        elif self.search is not None and self.current_match is not None:
            current = self.search.matches[self.current_match]
        elif self.target is not None and self.current_mention is not None:
            span = self.document.entity(self.target).mentions[self.current_mention]
            current = (span.start, span.end)
        matches = self.search.matches if self.search is not None else ()
        return Selection(self.target, current, speaker, matches)

    def status(self) -> str:
        """`Sergei Lavrov · PERSON · mention 2 of 3`, `Quote 2 of 4 · Dmitry Zhirnov`, `match 3 of 14`."""
        parts: list[str] = []
        if self.current_quote is not None:
            quote = self.document.quotes[self.current_quote]
            who = quote.speaker or "unattributed"
            parts.append(f"Quote {self.current_quote + 1} of {len(self.document.quotes)} · {who}")
        elif self.search is not None:
            total = len(self.search.matches)
            if self.current_match is None:
                parts.append(f"/{self.search.query} · no matches" if total == 0 else f"/{self.search.query}")
            else:
                parts.append(f"/{self.search.query} · match {self.current_match + 1} of {total}")
        elif self.target is not None:
            entity = self.document.entity(self.target)
            count = len(entity.mentions)
            if self.current_mention is None:
                parts.append(f"{entity.name} · {entity.label} · {count} mention{'s' if count != 1 else ''}")
            else:
                parts.append(f"{entity.name} · {entity.label} · mention {self.current_mention + 1} of {count}")
        shown = self.shown_paragraphs()
        if shown is not None:
            parts.append(f"focus: {len(shown)} of {len(self.document.paragraphs)} paragraphs")
        return " · ".join(parts)


def _wrap_notice(step: int, what: str) -> str:
    return f"Wrapped to the {'top' if step > 0 else 'bottom'}: {what}"
