"""The article pane: a Line-API view that renders only the visible lines, from a cache."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model.document import Document, Mention
from reader.nlp.labels import LABEL_GROUPS, group_of
from reader.ui.guard import guard_handlers
from reader.ui.layout import VisualLine, wrap_document

DEFAULT_MEASURE = 80  # a comfortable reading width, in cells
MIN_MEASURE, MAX_MEASURE = 30, 200
GUTTER = 2  # cells left of the text: the cursor mark
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Highlight:
    """What is lit in the text beyond the type colours. Plain data, so it can key the line cache."""

    target: str | None = None  # entity id whose mentions are all marked
    current: Span | None = None  # the span the reader is on (a mention, a match or a quote)
    speaker: Span | None = None  # the current quote's speaker mention
    matches: tuple[Span, ...] = ()  # search matches, sorted


@guard_handlers
class ArticleView(ScrollView, can_focus=True):
    """Shows `Document.text` word-wrapped, mentions coloured by type; never parses markup.

    A cursor (a character offset, marked in the gutter) is the reader's place: jumps move it, and
    scrolling drags it along so it is always on screen. The line cache is keyed by everything that
    changes a line's pixels, so moving between mentions re-renders only the lines that changed.
    """

    COMPONENT_CLASSES = {f"article-view--{group.key}" for group in LABEL_GROUPS} | {
        "article-view--target",
        "article-view--current",
        "article-view--speaker",
        "article-view--match",
        "article-view--cursor",
        "article-view--gap",
    }

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="article.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="article.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="article.page-down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="article.page-up"),
        Binding("d", "half_page_down", "Half page down", show=False, id="article.half-down"),
        Binding("u", "half_page_up", "Half page up", show=False, id="article.half-up"),
    ]

    @dataclass
    class Clicked(Message):
        """The reader clicked the text at character `offset`."""

        offset: int

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.highlight = Highlight()
        self.cursor = 0
        self.measure = DEFAULT_MEASURE
        self.shown_paragraphs: tuple[int, ...] | None = None  # focus mode
        self.hidden_groups: frozenset[str] = frozenset()  # entity types not coloured
        self._lines: list[VisualLine] = []
        self._line_starts: list[int] = []
        self._line_mentions: list[tuple[Mention, ...]] = []
        self._match_starts: list[int] = []
        self._wrap_width = 0
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(2048)
        self._draw_failed = False  # reported once, not once a line

    # -- state from the app -------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        """Take a new document (e.g. the same text, now analysed) and redraw."""
        self.document = document
        self._rewrap(force=True)

    def set_highlight(self, highlight: Highlight) -> None:
        if highlight != self.highlight:
            if highlight.matches is not self.highlight.matches:
                self._match_starts = [start for start, _ in highlight.matches]
            self.highlight = highlight
            self.refresh()  # cached strips for unchanged lines are reused

    def set_measure(self, measure: int) -> int:
        """Set the text width in cells (clamped); returns the width now in use."""
        self.measure = max(MIN_MEASURE, min(MAX_MEASURE, measure))
        self._rewrap(force=True)
        self.scroll_to_offset(self.cursor)
        return self.measure

    def set_shown_paragraphs(self, shown: Sequence[int] | None) -> None:
        """Show only these paragraphs (focus mode), or all of them (None)."""
        self.shown_paragraphs = None if shown is None else tuple(shown)
        self._rewrap(force=True)
        self.scroll_to_offset(self.cursor, force=True)

    def set_hidden_groups(self, groups: frozenset[str]) -> None:
        self.hidden_groups = groups
        self._cache.clear()
        self.refresh()

    def move_cursor(self, offset: int) -> None:
        """Put the cursor on `offset` and bring it into view."""
        self._set_cursor(offset)
        self.scroll_to_offset(offset)

    # -- queries --------------------------------------------------------------------------------
    @property
    def lines(self) -> list[VisualLine]:
        return self._lines

    @property
    def cursor_line(self) -> int:
        return self.line_of_offset(self.cursor)

    def line_of_offset(self, offset: int) -> int:
        """The visual line showing character `offset` (or the nearest one before it)."""
        return max(0, bisect_right(self._line_starts, offset) - 1)

    @property
    def visible_range(self) -> tuple[int, int]:
        """Character offsets of the first and last lines on screen."""
        if not self._lines:
            return (0, 0)
        top, bottom = self._visible_lines()
        return (self._lines[top].start, self._lines[bottom].end)

    def _visible_lines(self) -> tuple[int, int]:
        top = min(round(self.scroll_y), len(self._lines) - 1)
        bottom = min(top + max(1, self.scrollable_content_region.height), len(self._lines)) - 1
        return top, max(top, bottom)

    # -- moving -----------------------------------------------------------------------------------
    def scroll_to_offset(self, offset: int, *, force: bool = False) -> None:
        """Bring `offset` into the middle third of the pane unless it is already there."""
        y = self.line_of_offset(offset)
        top = round(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        if not force and top + height // 3 <= y < top + 2 * height // 3:
            return
        self.scroll_to(y=max(0, y - height // 3), animate=False, immediate=True)

    # Reading keys move at once: an animated scroll makes every keypress take a quarter second.
    def action_scroll_down(self) -> None:
        if self.allow_vertical_scroll:
            self.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        if self.allow_vertical_scroll:
            self.scroll_up(animate=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_half_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_half_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - max(1, self.scrollable_content_region.height // 2), animate=False)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._keep_cursor_on_screen()

    def _keep_cursor_on_screen(self) -> None:
        """Scrolling drags the cursor along, as in vim: it never sits off screen."""
        if not self._lines:
            return
        top, bottom = self._visible_lines()
        line = self.cursor_line
        if line < top:
            self._set_cursor(self._lines[top].start)
        elif line > bottom:
            self._set_cursor(self._lines[bottom].start)

    def _set_cursor(self, offset: int) -> None:
        if offset != self.cursor:
            old_line, self.cursor = self.cursor_line, offset
            self.refresh_lines(old_line)
            self.refresh_lines(self.cursor_line)

    def refresh_lines(self, line: int) -> None:
        """Repaint one visual line (if on screen)."""
        self.refresh(Region(0, line - round(self.scroll_y), self.size.width, 1))

    def on_click(self, event: events.Click) -> None:
        position = event.get_content_offset(self)
        if position is None or not self._lines:
            return
        index = round(self.scroll_y) + position.y
        if index >= len(self._lines):
            return
        line = self._lines[index]
        column = position.x + round(self.scroll_x) - GUTTER
        offset, cells = line.start, 0
        while offset < line.end:
            cells += cell_len(self.document.text[offset])
            if cells > column:
                break
            offset += 1
        self._set_cursor(min(offset, max(line.start, line.end - 1)) if line.end > line.start else line.start)
        self.post_message(self.Clicked(self.cursor))

    # -- layout ---------------------------------------------------------------------------------
    def on_resize(self) -> None:
        self._rewrap()

    def _rewrap(self, *, force: bool = False) -> None:
        width = min(self.measure, max(10, self.scrollable_content_region.width - GUTTER - 1))
        if width == self._wrap_width and not force:
            return
        self._wrap_width = width
        document = self.document
        self._lines = wrap_document(document.text, document.paragraphs, width, self.shown_paragraphs)
        self._line_starts = [line.start for line in self._lines]
        self._line_mentions = self._index_mentions(document.mentions)
        self._cache.clear()
        self.virtual_size = Size(width + GUTTER, len(self._lines))
        self.refresh()

    def _index_mentions(self, mentions: tuple[Mention, ...]) -> list[tuple[Mention, ...]]:
        """For each visual line, the mentions that overlap it (so render_line never scans them all)."""
        per_line: list[list[Mention]] = [[] for _ in self._lines]
        for mention in mentions:
            for y in range(self.line_of_offset(mention.start), len(self._lines)):
                line = self._lines[y]
                if line.start >= mention.end and line.end > line.start:
                    break
                if line.start < mention.end and mention.start < line.end:
                    per_line[y].append(mention)
        return [tuple(items) for items in per_line]

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # -- rendering ------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        try:
            return self._render_line(y)
        except Exception as error:  # one bad line must not take the article away
            if not self._draw_failed:
                self._draw_failed = True
                report = getattr(self.app, "report_unexpected", None)
                if report is None:
                    raise
                self.app.call_later(report, error)
            return Strip.blank(self.scrollable_content_region.width, self.rich_style)

    def _render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        is_cursor = index == self.cursor_line
        key = (index, self._wrap_width, is_cursor, self._line_highlight(index, line), self.hidden_groups, base)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_visual_line(index, line, base, is_cursor)
            self._cache[key] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def _matches_on(self, line: VisualLine) -> tuple[Span, ...]:
        matches = self.highlight.matches
        if not matches or line.end <= line.start:
            return ()
        first = max(0, bisect_left(self._match_starts, line.start) - 1)
        last = bisect_left(self._match_starts, line.end)
        return tuple(m for m in matches[first:last] if m[1] > line.start and m[0] < line.end)

    def _line_highlight(self, index: int, line: VisualLine) -> tuple[object, ...]:
        """The part of the highlight that touches this line (the line cache key)."""
        h = self.highlight

        def clip(span: Span | None) -> Span | None:
            if span is None or span[1] <= line.start or span[0] >= line.end:
                return None
            return (max(span[0], line.start), min(span[1], line.end))

        has_target = h.target is not None and any(m.entity_id == h.target for m in self._line_mentions[index])
        return (h.target if has_target else None, clip(h.current), clip(h.speaker), self._matches_on(line))

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(f"article-view--{component}", partial=True)

    def _render_visual_line(self, index: int, line: VisualLine, base: Style, is_cursor: bool) -> Strip:
        document = self.document
        gutter = Text("▌ " if is_cursor else "  ", style=base + self._style("cursor") if is_cursor else base)
        if line.hidden:
            body = Text(f"⋯ {line.hidden} paragraph{'s' if line.hidden != 1 else ''} left out ⋯", style=base)
            body.stylize(self._style("gap"))
        else:
            body = Text(document.text[line.start : line.end], style=base, no_wrap=True, end="")
        for mention in self._line_mentions[index] if not line.hidden else ():
            group = group_of(document.entity(mention.entity_id).label).key
            is_target = mention.entity_id == self.highlight.target
            if group in self.hidden_groups and not is_target:
                continue
            style = self._style(group)
            if is_target:
                style += self._style("target")
            body.stylize(style, max(0, mention.start - line.start), mention.end - line.start)
        layers = [(span, "match") for span in self._matches_on(line)]
        layers += [(self.highlight.speaker, "speaker"), (self.highlight.current, "current")]
        for span, component in layers:
            if span is not None and span[0] < line.end and span[1] > line.start:
                body.stylize(self._style(component), max(0, span[0] - line.start), span[1] - line.start)
        text = Text.assemble(gutter, body, no_wrap=True, end="")
        # Rich drops the Text's own style on an unstyled line, so lay the base style under every segment.
        segments = list(Segment.apply_style(text.render(self.app.console), base)) or [Segment("", base)]
        return Strip(segments, text.cell_len)
