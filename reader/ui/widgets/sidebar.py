"""The sidebar: who and what the article is about (entities by type), and who said what (quotes).

Both are trees: entity rows expand into their aliases and each mention in context; quotes are
grouped by speaker. Every label is built as `Text`, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.text import Text, TextType
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from reader.model.document import Document
from reader.nlp.labels import LABEL_GROUPS, group_of
from reader.nlp.types import Entity, Quote, TextSpan
from reader.ui.guard import guard_handlers

QUOTE_PREVIEW_WORDS = 8
SNIPPET_CONTEXT = 28  # characters either side of a mention in its snippet
MAX_LABEL = 70  # cells: longer rows end in an ellipsis rather than scrolling sideways
COLLAPSED_GROUPS = frozenset({"number"})


@dataclass(frozen=True, slots=True)
class Row:
    """What a tree row stands for. `kind`: group, entity, alias, mention, speaker, possible, quote."""

    kind: str
    entity_id: str | None = None
    index: int = 0  # mention index (mention rows) or quote index (quote rows)
    quote_id: str | None = None


def _clip(text: Text) -> Text:
    text.truncate(MAX_LABEL, overflow="ellipsis")
    return text


def entity_prompt(entity: Entity) -> Text:
    """One entity row: name, mention count, and the first role the article gives."""
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(entity.name)
    row.append(f" {len(entity.mentions)}", style="dim")
    if entity.roles:
        row.append(f" · {entity.roles[0]}", style="italic dim")
    return _clip(row)


def mention_snippet(text: str, span: TextSpan) -> Text:
    """A mention in context: `…the talks, Lavrov said on…`, the mention in bold, on one line."""
    before = text[max(0, span.start - SNIPPET_CONTEXT) : span.start]
    after = text[span.end : span.end + SNIPPET_CONTEXT]
    snippet = Text(no_wrap=True, overflow="ellipsis")
    snippet.append(("…" if span.start > SNIPPET_CONTEXT else "") + before.replace("\n", " "))
    snippet.append(span.text.replace("\n", " "), style="bold")
    snippet.append(after.replace("\n", " ") + ("…" if span.end + SNIPPET_CONTEXT < len(text) else ""))
    return _clip(snippet)


def quote_prompt(quote: Quote, *, with_speaker: bool = False) -> Text:
    """One quote row: its opening words (and the speaker, where rows are not grouped by speaker)."""
    words = quote.text.split()
    preview = " ".join(words[:QUOTE_PREVIEW_WORDS]) + ("…" if len(words) > QUOTE_PREVIEW_WORDS else "")
    row = Text(no_wrap=True, overflow="ellipsis")
    if with_speaker:
        row.append(quote.speaker or "Unattributed", style="bold" if quote.speaker else "italic dim")
        row.append(": ")
    row.append(f"“{preview}”")
    if quote.kind != "direct":
        row.append(f" ({quote.kind})", style="dim")
    return _clip(row)


@guard_handlers
class SafeTree(Tree[Row]):
    """A tree whose string labels are literal text: article words never reach the markup parser."""

    def process_label(self, label: TextType) -> Text:
        text = Text(label) if isinstance(label, str) else label
        return text.split()[0] if "\n" in text.plain else text

    def row_at_cursor(self) -> Row | None:
        node = self.cursor_node
        return node.data if node is not None else None

    def nodes(self) -> Iterable[TreeNode[Row]]:
        """Every node, depth first (collapsed ones included)."""
        stack = list(reversed(self.root.children))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def find(self, row: Row) -> TreeNode[Row] | None:
        return next((node for node in self.nodes() if node.data == row), None)

    def move_to(self, row: Row) -> bool:
        """Put the cursor on the row standing for `row`, expanding its parents; False if absent."""
        node = self.find(row)
        if node is None:
            return False
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        self._move_cursor_soon(node)
        return True

    def _move_cursor_soon(self, node: TreeNode[Row]) -> None:
        """A node has no line until the tree has laid out its rows: move there after the refresh."""
        self._tree_lines  # noqa: B018 - builds the rows now if they are stale
        self.move_cursor(node)


class EntityTree(SafeTree):
    """Entities grouped by type, most mentioned first; each row expands into aliases and mentions."""

    def show(self, document: Document, hidden_groups: frozenset[str] = frozenset()) -> None:
        self.clear()
        for group in LABEL_GROUPS:
            if group.key in hidden_groups:
                continue
            members = [e for e in document.entities if group_of(e.label) is group and e.mentions]
            if not members:
                continue
            members.sort(key=lambda e: (-len(e.mentions), e.mentions[0].start))
            title = Text(f"{group.title} ({len(members)})", style="bold")
            group_node = self.root.add(title, Row("group"), expand=group.key not in COLLAPSED_GROUPS)
            for entity in members:
                node = group_node.add(entity_prompt(entity), Row("entity", entity.id))
                if len(entity.aliases) > 1:
                    aliases = Text("also: " + ", ".join(a for a in entity.aliases if a != entity.name), style="dim")
                    node.add_leaf(_clip(aliases), Row("alias", entity.id))
                for index, span in enumerate(entity.mentions):
                    node.add_leaf(mention_snippet(document.text, span), Row("mention", entity.id, index))
        self._cursor_to_first_entity()

    def _cursor_to_first_entity(self) -> None:
        first = next((node for node in self.nodes() if node.data and node.data.kind == "entity"), None)
        if first is not None:
            self._move_cursor_soon(first)


class QuoteTree(SafeTree):
    """Quotes grouped by speaker (with their role), the "Unattributed" group after them, and last,
    collapsed and dimmed, the "Possible" group: beliefs, findings and positions the analysis is not
    sure were said (`Quote.confidence` "low"), each with its speaker."""

    first_speaker: str | None = None  # whose group was put first at the last `show`

    def show(self, document: Document, first_speaker: str | None = None) -> None:
        """List the quotes; `first_speaker` (an entity id) puts that person's group at the top."""
        self.first_speaker = first_speaker
        self.clear()
        groups: dict[str | None, list[int]] = {}
        names: dict[str | None, str] = {}
        possible: list[int] = []
        for index, quote in enumerate(document.quotes):
            if quote.confidence != "high":
                possible.append(index)
                continue
            key = quote.speaker_entity or (f"name:{quote.speaker}" if quote.speaker else None)
            groups.setdefault(key, []).append(index)
            names.setdefault(key, quote.speaker or "Unattributed")

        def order(key: str | None) -> tuple[int, int, int]:
            return (key != first_speaker, key is None, groups[key][0])

        for key in sorted(groups, key=order):
            indices = groups[key]
            label = Text(names[key], style="bold" if key else "italic")
            label.append(f" ({len(indices)})", style="dim")
            entity = document.entity(key) if key and not key.startswith("name:") else None
            if entity is not None and entity.roles:
                label.append(f" · {entity.roles[0]}", style="italic dim")
            entity_id = entity.id if entity is not None else None
            node = self.root.add(_clip(label), Row("speaker", entity_id), expand=True)
            for index in indices:
                quote = document.quotes[index]
                node.add_leaf(quote_prompt(quote), Row("quote", entity_id, index, quote.id))
        if possible:
            label = Text("Possible", style="italic dim")
            label.append(f" ({len(possible)}) · not sure these were said", style="dim")
            node = self.root.add(_clip(label), Row("possible"), expand=False)
            for index in possible:
                quote = document.quotes[index]
                row = quote_prompt(quote, with_speaker=True)
                row.stylize("dim")
                node.add_leaf(row, Row("quote", quote.speaker_entity, index, quote.id))
        first = next((node for node in self.nodes() if node.data and node.data.kind == "quote"), None)
        if first is not None:
            self._move_cursor_soon(first)


@guard_handlers
class Sidebar(Vertical):
    """Entities and quotes; fills in when the analysis is ready."""

    @dataclass
    class EntityHighlighted(Message):
        """The cursor in the entity tree moved onto an entity (or one of its rows): make it the target."""

        entity_id: str

    @dataclass
    class EntityChosen(Message):
        """Enter on an entity: jump to its first mention (`index` 0), or on a mention row: to that one."""

        entity_id: str
        index: int = 0

    @dataclass
    class QuoteChosen(Message):
        """Enter on a quote: jump to it."""

        quote_id: str

    def compose(self) -> ComposeResult:
        yield Static(Text("Analysing…"), id="analysis-state")
        yield Static(Text("Entities", style="bold"), classes="section-title")
        yield EntityTree(Text("entities"), id="entities")
        yield Static(Text("Quotes", style="bold"), classes="section-title")
        yield QuoteTree(Text("quotes"), id="quotes")

    def on_mount(self) -> None:
        for tree in self.query(SafeTree):
            tree.show_root = False
            tree.guide_depth = 2
            tree.auto_expand = False  # Enter jumps; space or a click on the arrow expands

    def show_progress(self, message: str) -> None:
        state = self.query_one("#analysis-state", Static)
        state.display = True
        state.update(Text(message))

    def show_document(
        self, document: Document, hidden_groups: frozenset[str] = frozenset(), first_speaker: str | None = None
    ) -> None:
        self.query_one("#analysis-state", Static).display = False
        self.query_one(EntityTree).show(document, hidden_groups)
        self.query_one(QuoteTree).show(document, first_speaker)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[Row]) -> None:
        # Only a reader moving through the tree picks a target, not the tree filling in.
        row = event.node.data
        if isinstance(event.control, EntityTree) and event.control.has_focus and row and row.entity_id:
            self.post_message(self.EntityHighlighted(row.entity_id))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Tabbing into the entity tree makes its highlighted row the target."""
        if isinstance(event.widget, EntityTree):
            row = event.widget.row_at_cursor()
            if row is not None and row.entity_id:
                self.post_message(self.EntityHighlighted(row.entity_id))

    def on_tree_node_selected(self, event: Tree.NodeSelected[Row]) -> None:
        event.stop()
        row = event.node.data
        if row is None:
            return
        if row.kind in ("group", "speaker", "possible"):
            event.node.toggle()
        elif row.kind == "quote" and row.quote_id:
            self.post_message(self.QuoteChosen(row.quote_id))
        elif row.entity_id:
            self.post_message(self.EntityChosen(row.entity_id, row.index if row.kind == "mention" else 0))
