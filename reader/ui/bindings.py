"""The reader's keys. Every binding has an id, so `~/.config/reader/keymap.json` can remap it."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from reader.nlp.labels import LABEL_GROUPS

APP_BINDINGS: list[BindingType] = [
    Binding("n", "step_target(1)", "Next", id="next", tooltip="Next mention of the target (entity or search)"),
    Binding("N", "step_target(-1)", "Prev", id="previous", tooltip="Previous mention of the target"),
    Binding("right_square_bracket", "step_quote(1)", "Next quote", id="next-quote"),
    Binding("left_square_bracket", "step_quote(-1)", "Prev quote", id="previous-quote", show=False),
    Binding("e", "step_any(1)", "Next entity mention", show=False, id="next-any"),
    Binding("E", "step_any(-1)", "Previous entity mention", show=False, id="previous-any"),
    Binding("asterisk", "target_at_cursor", "Target entity at cursor", show=False, id="star"),
    Binding("slash", "search", "Search", id="search"),
    Binding("ctrl+o,backspace,alt+left", "back", "Back", show=False, id="back"),
    Binding("ctrl+n,alt+right", "forward", "Forward", show=False, id="forward"),
    Binding("g,home", "top", "Top", show=False, id="top"),
    Binding("G,end", "bottom", "Bottom", show=False, id="bottom"),
    Binding("f", "toggle_focus", "Focus", id="focus", tooltip="Only the paragraphs that mention the target"),
    Binding("s", "toggle_sidebar", "Sidebar", show=False, id="sidebar"),
    Binding("y", "copy_quote", "Copy quote", show=False, id="copy-quote"),
    Binding("plus,equals_sign", "wider", "Wider text", show=False, id="wider"),
    Binding("minus", "narrower", "Narrower text", show=False, id="narrower"),
    Binding("r", "show_removed", "Removed", show=False, id="removed", tooltip="What the cleaner removed"),
    Binding("escape", "clear", "Clear", show=False, id="clear"),
    *(
        Binding(
            str(number), f"toggle_group('{group.key}')", f"Show/hide {group.title}", show=False, id=f"type-{group.key}"
        )
        for number, group in enumerate(LABEL_GROUPS, start=1)
    ),
    Binding(
        "o",
        "open_source",
        "Open page",
        show=False,
        id="open",
        tooltip="The article's URL in the browser, or the file's folder",
    ),
    Binding("v", "edit", "Editor", show=False, id="edit", tooltip="$EDITOR at the current paragraph"),
    Binding("l", "back_to_list", "List", show=False, id="list", tooltip="Back to the reading list"),
    Binding("question_mark,f1", "toggle_help", "Keys", id="help", tooltip="Show or hide the keys"),
    Binding("q", "quit", "Quit", id="quit"),
]
