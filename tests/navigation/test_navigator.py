"""The navigation rules without an app: what n, ], e, *, /, f and Ctrl+O decide, on a hand-analysed article."""

from __future__ import annotations

from reader.model.document import Document
from reader.navigation import AnalysisState, Navigator
from tests.ui.fixtures import harbour_document


def _mention(document: Document, entity_id: str, index: int) -> int:
    return document.entity(entity_id).mentions[index].start


def test_n_follows_the_target_and_wraps_with_a_notice() -> None:
    document = harbour_document()
    nav = Navigator(document, AnalysisState.READY)
    first = nav.jump_to_mention(0, "e1")
    assert first.offset == _mention(document, "e1", 0) and nav.status() == "Maria Lopez · PERSON · mention 1 of 3"
    cursor = first.offset
    for expected in (1, 2):
        cursor = nav.step_target(cursor, +1).offset
        assert cursor == _mention(document, "e1", expected)
    wrapped = nav.step_target(cursor, +1)
    assert wrapped.offset == _mention(document, "e1", 0)
    assert wrapped.say == "Wrapped to the top: Maria Lopez" and not wrapped.refused
    back = nav.step_target(wrapped.offset, -1)
    assert back.say == "Wrapped to the bottom: Maria Lopez" and nav.status().endswith("mention 3 of 3")


def test_keys_that_cannot_act_say_why() -> None:
    document = harbour_document()
    running = Navigator(Document(document.source, document.article), AnalysisState.RUNNING)
    running.analysis_note = "42%"
    for outcome in (
        running.step_target(0, 1),
        running.step_quote(0, 1),
        running.step_any(0, 1),
        running.toggle_focus(),
    ):
        assert outcome.refused and outcome.offset is None
        assert outcome.say.startswith("The analysis is still running (42%)")
    ready = Navigator(document, AnalysisState.READY)
    assert ready.step_target(0, 1).say.startswith("Pick an entity first")
    assert ready.back(0).say == "Nothing to go back to"
    assert ready.citation(0).say.startswith("Move to a quote first")
    off = Navigator(Document(document.source, document.article), AnalysisState.OFF)
    assert "--no-analysis" in off.step_quote(0, 1).say


def test_quotes_wrap_and_back_returns_to_where_the_jump_began() -> None:
    document = harbour_document()
    nav = Navigator(document, AnalysisState.READY)
    cursor = 5
    outcome = nav.step_quote(cursor, +1)
    assert outcome.offset == document.quotes[0].start and nav.status().startswith("Quote 1 of 4 · Maria Lopez")
    assert nav.selection().speaker is not None  # the speaker's mention is lit too
    last = nav.step_quote(outcome.offset, -1)
    assert last.say == "Wrapped to the bottom: quotes" and nav.status().startswith("Quote 4 of 4")
    assert nav.back(last.offset).offset == outcome.offset
    assert nav.status().startswith("Quote 1 of 4")  # back on a quote: it is current again
    assert nav.forward(outcome.offset).offset == last.offset


def test_search_counts_every_match_and_escape_restores_the_place() -> None:
    document = harbour_document()
    nav = Navigator(document, AnalysisState.READY)
    nav.begin_search(40, 2.0)
    first = nav.search_for("fill")
    assert nav.status() == "/fill · match 1 of 5" and first.offset == document.text.lower().index("fill", 40)
    assert nav.cancel_search() == (40, 2.0)
    assert nav.search is None and nav.selection().matches == ()
    nav.begin_search(0, 0.0)
    nav.search_for("Lopez")
    nav.accept_search("Lopez")
    assert nav.target is None and nav.step_target(first.offset, +1).offset is not None
    assert nav.status().startswith("/Lopez · match")
    assert nav.history.can_go_back  # accepting a search is a jump


def test_focus_mode_keeps_the_cursor_in_a_shown_paragraph() -> None:
    document = harbour_document()
    nav = Navigator(document, AnalysisState.READY)
    nav.set_target("e2")  # Tom Reed: paragraphs 3 and 6
    assert not nav.toggle_focus().refused
    assert nav.shown_paragraphs() == (3, 6)
    assert nav.cursor_in_focus(0) == document.paragraphs[3].start
    assert nav.status().endswith("focus: 2 of 12 paragraphs")
    nav.toggle_focus()
    assert nav.shown_paragraphs() is None


def test_star_targets_the_first_entity_on_the_line_and_e_visits_every_mention() -> None:
    document = harbour_document()
    nav = Navigator(document, AnalysisState.READY)
    paragraph = document.paragraphs[3]  # "Tom Reed, a spokesman for the Harbour Board, …"
    on_name = nav.target_at(paragraph.start + 30, (paragraph.start, paragraph.end))  # on "Harbour Board"
    assert nav.status().startswith("Harbour Board · ORG") and on_name.offset == paragraph.start + 30
    off_name = nav.target_at(paragraph.start + 12, (paragraph.start, paragraph.end))  # "spokesman": no name
    assert nav.status().startswith("Tom Reed · PERSON") and off_name.offset == paragraph.start
    starts = [mention.start for mention in document.mentions]
    cursor, seen = -1, []
    for _ in starts:
        cursor = nav.step_any(cursor, +1).offset
        seen.append(cursor)
    assert seen == starts
