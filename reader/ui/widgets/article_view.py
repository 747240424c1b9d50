"""The article pane: a Line-API view that renders only the visible lines, from a cache."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model.document import Document, Mention
from reader.nlp.labels import LABEL_GROUPS, group_of
from reader.ui.layout import VisualLine, wrap_document

MAX_MEASURE = 80  # a comfortable reading width, in cells


@dataclass(frozen=True, slots=True)
class Highlight:
    """What is lit in the text beyond the type colours. Plain data, so it can key the line cache."""

    target: str | None = None  # entity id whose mentions are all marked
    current: tuple[int, int] | None = None  # the span the reader is on (a mention or a quote)
    speaker: tuple[int, int] | None = None  # the current quote's speaker mention


class ArticleView(ScrollView, can_focus=True):
    """Shows `Document.text` word-wrapped, mentions coloured by type; never parses markup.

    The line cache is keyed by everything that changes a line's pixels, so moving between
    mentions re-renders only the lines whose highlight changed.
    """

    COMPONENT_CLASSES = {f"article-view--{group.key}" for group in LABEL_GROUPS} | {
        "article-view--target",
        "article-view--current",
        "article-view--speaker",
    }

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="article.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="article.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="article.page-down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="article.page-up"),
    ]

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.highlight = Highlight()
        self._lines: list[VisualLine] = []
        self._line_starts: list[int] = []
        self._line_mentions: list[tuple[Mention, ...]] = []
        self._wrap_width = 0
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(2048)

    # -- state from the app -------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        """Take a new document (e.g. the same text, now analysed) and redraw."""
        self.document = document
        self._rewrap(force=True)

    def set_highlight(self, highlight: Highlight) -> None:
        if highlight != self.highlight:
            self.highlight = highlight
            self.refresh()  # cached strips for unchanged lines are reused

    @property
    def lines(self) -> list[VisualLine]:
        return self._lines

    def line_of_offset(self, offset: int) -> int:
        """The visual line showing character `offset`."""
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def scroll_to_offset(self, offset: int, *, animate: bool = False) -> None:
        """Bring `offset` into the middle third of the pane unless it is already there."""
        y = self.line_of_offset(offset)
        top = self.scroll_offset.y
        height = max(1, self.scrollable_content_region.height)
        if top + height // 3 <= y < top + 2 * height // 3:
            return
        self.scroll_to(y=max(0, y - height // 3), animate=animate, immediate=True)

    @property
    def visible_range(self) -> tuple[int, int]:
        """Character offsets of the first and last lines on screen."""
        if not self._lines:
            return (0, 0)
        top = min(self.scroll_offset.y, len(self._lines) - 1)
        bottom = min(top + self.scrollable_content_region.height, len(self._lines)) - 1
        return (self._lines[top].start, self._lines[max(top, bottom)].end)

    # -- layout ---------------------------------------------------------------------------------
    def on_resize(self) -> None:
        self._rewrap()

    def _rewrap(self, *, force: bool = False) -> None:
        width = min(MAX_MEASURE, max(10, self.scrollable_content_region.width - 1))
        if width == self._wrap_width and not force:
            return
        self._wrap_width = width
        document = self.document
        self._lines = wrap_document(document.text, document.paragraphs, width)
        self._line_starts = [line.start for line in self._lines]
        self._line_mentions = self._index_mentions(document.mentions)
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def _index_mentions(self, mentions: tuple[Mention, ...]) -> list[tuple[Mention, ...]]:
        """For each visual line, the mentions that overlap it (so render_line never scans them all)."""
        per_line: list[list[Mention]] = [[] for _ in self._lines]
        for mention in mentions:
            first = self.line_of_offset(mention.start)
            for y in range(first, len(self._lines)):
                line = self._lines[y]
                if line.start >= mention.end and line.end > line.start:
                    break
                if line.start < mention.end and mention.start < max(line.end, line.start + 1):
                    per_line[y].append(mention)
        return [tuple(items) for items in per_line]

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    # -- rendering ------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        key = (index, self._wrap_width, self._line_highlight(index, line), base)  # base: theme and focus
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_visual_line(index, line, base)
            self._cache[key] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def _line_highlight(self, index: int, line: VisualLine) -> tuple[object, ...]:
        """The part of the highlight that touches this line (the line cache key)."""
        h = self.highlight

        def clip(span: tuple[int, int] | None) -> tuple[int, int] | None:
            if span is None or span[1] <= line.start or span[0] >= line.end:
                return None
            return (max(span[0], line.start), min(span[1], line.end))

        has_target = h.target is not None and any(m.entity_id == h.target for m in self._line_mentions[index])
        return (h.target if has_target else None, clip(h.current), clip(h.speaker))

    def _render_visual_line(self, index: int, line: VisualLine, base: Style) -> Strip:
        document = self.document
        text = Text(document.text[line.start : line.end], style=base, no_wrap=True, end="")
        for mention in self._line_mentions[index]:
            label = document.entity(mention.entity_id).label
            style = self.get_component_rich_style(f"article-view--{group_of(label).key}", partial=True)
            if mention.entity_id == self.highlight.target:
                style += self.get_component_rich_style("article-view--target", partial=True)
            text.stylize(style, max(0, mention.start - line.start), mention.end - line.start)
        for span, component in (
            (self.highlight.speaker, "article-view--speaker"),
            (self.highlight.current, "article-view--current"),
        ):
            if span is not None and span[0] < line.end and span[1] > line.start:
                style = self.get_component_rich_style(component, partial=True)
                text.stylize(style, max(0, span[0] - line.start), span[1] - line.start)
        # Rich drops the Text's own style on an unstyled line, so lay the base style under every segment.
        segments = list(Segment.apply_style(text.render(self.app.console), base)) or [Segment("", base)]
        return Strip(segments, text.cell_len)
