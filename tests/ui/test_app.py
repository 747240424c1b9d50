"""Pilot tests: drive the real app with keys on the sample article and check what a reader sees."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.model.document import Document
from reader.nlp.types import Analysis, Entity, Quote, TextSpan
from reader.source import read_article
from reader.text.article import CleanArticle
from reader.ui.app import ReaderApp, spacy_analyser
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.sidebar import EntityTree, QuoteTree, Row
from tests.ui.fixtures import settle

SIZE = (120, 40)


@pytest.fixture
def sample_document(sample_path: Path, nlp) -> Document:  # nlp: load the model once, outside the timed app
    return read_article(str(sample_path))


async def _ready(app: ReaderApp, pilot) -> None:
    await settle(app, pilot)


def _entity_named(app: ReaderApp, name: str) -> str:
    return next(e.id for e in app.document.entities if e.name == name)


async def _select_entity(app: ReaderApp, pilot, entity_id: str) -> None:
    """Tab into the entity list and arrow down to the entity's row, as a user would."""
    await pilot.press("tab")
    tree = app.query_one(EntityTree)
    assert app.focused is tree
    for _ in range(200):
        if tree.row_at_cursor() == Row("entity", entity_id):
            break
        await pilot.press("down")
    assert tree.row_at_cursor() == Row("entity", entity_id)


def _status(app: ReaderApp) -> str:
    return str(app.query_one("#status").render())


def _line_text(view: ArticleView, y: int) -> str:
    return "".join(segment.text for segment in view.render_line(y))


async def test_article_shows_before_the_analysis_and_sidebar_fills_in(sample_document: Document) -> None:
    gate = threading.Event()
    real = spacy_analyser(None)

    def gated(article: CleanArticle, progress):
        gate.wait(timeout=30)
        return real(article, progress)

    app = ReaderApp(sample_document, analyser=gated)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        first_line = sample_document.text[view.lines[0].start : view.lines[0].end]
        assert first_line and first_line in _line_text(view, 0)
        assert "Analysing" in str(app.query_one("#analysis-state").render())
        assert not app.query_one(EntityTree).root.children
        gate.set()
        await _ready(app, pilot)
        assert not app.query_one("#analysis-state").display
        assert app.query_one(EntityTree).find(Row("entity", _entity_named(app, "Sergei Lavrov")))
        assert len(list(app.query_one(QuoteTree).nodes())) > len(app.document.quotes) >= 4


async def test_enter_jumps_to_first_mention_and_n_moves_on(sample_document: Document) -> None:
    app = ReaderApp(sample_document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        lavrov = _entity_named(app, "Sergei Lavrov")
        mentions = app.document.entity(lavrov).mentions
        count = len(mentions)
        assert count >= 2
        await _select_entity(app, pilot, lavrov)
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        assert _status(app) == f"Sergei Lavrov · PERSON · mention 1 of {count}"
        assert view.highlight.current == (mentions[0].start, mentions[0].end)
        await pilot.press("shift+tab", "n")
        assert _status(app) == f"Sergei Lavrov · PERSON · mention 2 of {count}"
        assert view.highlight.current == (mentions[1].start, mentions[1].end)
        # the current mention is on screen, and drawn differently from the other mentions of Lavrov
        top, bottom = view.visible_range
        assert top <= mentions[1].start < bottom
        await pilot.press("N")
        assert _status(app) == f"Sergei Lavrov · PERSON · mention 1 of {count}"


async def test_previous_from_the_first_mention_wraps_to_the_last(sample_document: Document) -> None:
    app = ReaderApp(sample_document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        saleh = _entity_named(app, "Amrullah Saleh")
        count = len(app.document.entity(saleh).mentions)
        await _select_entity(app, pilot, saleh)
        await pilot.press("enter", "shift+tab", "N")
        assert _status(app) == f"Amrullah Saleh · PERSON · mention {count} of {count}"
        await pilot.press("n")
        assert _status(app) == f"Amrullah Saleh · PERSON · mention 1 of {count}"


async def test_current_mention_is_styled_apart_from_the_other_mentions(sample_document: Document) -> None:
    app = ReaderApp(sample_document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        lavrov = _entity_named(app, "Sergei Lavrov")
        await _select_entity(app, pilot, lavrov)
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        current = view.highlight.current
        assert current is not None
        y = view.line_of_offset(current[0]) - view.scroll_offset.y
        segments = list(view.render_line(y))
        word = app.document.text[current[0] : current[1]]
        current_style = next(s.style for s in segments if word in s.text)
        other = app.document.entity(lavrov).mentions[1]
        y2 = view.line_of_offset(other.start) - view.scroll_offset.y
        other_style = next(s.style for s in view.render_line(y2) if other.text in s.text)
        assert current_style != other_style
        assert current_style.bgcolor is not None


async def test_enter_on_a_quote_shows_its_speaker(sample_document: Document) -> None:
    app = ReaderApp(sample_document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        zhirnov = _entity_named(app, "Dmitry Zhirnov")
        index, quote = next((i, q) for i, q in enumerate(app.document.quotes) if q.speaker_entity == zhirnov)
        tree = app.query_one(QuoteTree)
        await pilot.press("tab", "tab")
        assert app.focused is tree
        tree.move_to(Row("quote", zhirnov, index, quote.id))
        await pilot.pause()
        await pilot.press("enter")
        assert _status(app) == f"Quote {index + 1} of {len(app.document.quotes)} · Dmitry Zhirnov"
        view = app.query_one(ArticleView)
        assert view.highlight.current == (quote.start, quote.end)
        assert view.highlight.speaker == (quote.speaker_mention.start, quote.speaker_mention.end)


async def test_markup_in_the_article_is_shown_literally() -> None:
    text = "Senator [R-TX] said [bold]no[/bold] and [@click=app.quit]x[/]. [/"
    document = Document("t", CleanArticle.from_paragraphs("[red]Title[/red]", [text]))
    app = ReaderApp(document, analyser=lambda article, progress: Analysis())  # nothing to find: text only
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        view = app.query_one(ArticleView)
        shown = "".join(_line_text(view, y) for y in range(len(view.lines)))
        assert "[R-TX]" in shown and "[bold]" in shown and "[@click=app.quit]" in shown and "[/" in shown
        assert "[red]Title[/red]" in str(app.query_one("#title").render())
        assert app.is_running


async def test_q_quits(sample_document: Document) -> None:
    app = ReaderApp(sample_document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_question_mark_shows_the_keys(sample_document: Document) -> None:
    app = ReaderApp(sample_document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query("HelpPanel")
        await pilot.press("question_mark")
        await pilot.pause()
        assert not app.screen.query("HelpPanel")


async def test_scroll_keys_move_the_article(sample_document: Document) -> None:
    app = ReaderApp(sample_document)
    async with app.run_test(size=(100, 20), notifications=True) as pilot:
        await _ready(app, pilot)
        view = app.query_one(ArticleView)
        assert app.focused is view and view.scroll_offset.y == 0
        await pilot.press("j", "j")
        assert view.scroll_offset.y == 2
        await pilot.press("k")
        assert view.scroll_offset.y == 1
        await pilot.press("space")
        page = view.scroll_offset.y
        assert page > 5
        await pilot.press("b")
        assert view.scroll_offset.y < page


async def test_every_line_shares_the_pane_background(sample_document: Document) -> None:
    """No stripes: plain lines and lines with mentions are drawn on the same background."""
    app = ReaderApp(sample_document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        view = app.query_one(ArticleView)
        backgrounds = {
            segment.style.bgcolor
            for y in range(view.scrollable_content_region.height)
            for segment in view.render_line(y)
            if segment.text.strip()
        }
        assert backgrounds == {view.rich_style.bgcolor}


async def test_a_crash_in_the_analysis_is_reported_and_the_text_stays() -> None:
    def broken(article: CleanArticle, progress):
        raise RuntimeError("parser exploded")

    document = Document("t", CleanArticle.from_paragraphs("Title", ["Some text to read."]))
    app = ReaderApp(document, analyser=broken)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert app.is_running
        assert "Analysis failed: RuntimeError: parser exploded" in _status(app)
        assert "Some text to read." in _line_text(app.query_one(ArticleView), 0)


async def test_no_analysis_shows_the_text_and_says_why_the_sidebar_is_empty(sample_document: Document) -> None:
    def must_not_run(article: CleanArticle, progress):
        raise AssertionError("the analysis ran")

    app = ReaderApp(sample_document, analyser=must_not_run, analyse=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert "Analysis off" in _status(app)
        assert not app.query_one(EntityTree).root.children
        await pilot.press("n")  # nothing selected: a hint, not a crash
        assert app.is_running


async def test_markup_in_entity_names_and_quotes_is_shown_literally_in_the_sidebar() -> None:
    text = 'Senator [R-TX] said "no [/] deal [@click=app.quit]" today.'
    document = Document("t", CleanArticle.from_paragraphs("T", [text]))
    name_start = text.index("[R-TX]")
    said, said_end = text.index("no [/]"), text.index('" today')
    entity = Entity("e1", "[R-TX]", "PERSON", ("[R-TX]",), (TextSpan(name_start, name_start + 6, "[R-TX]"),))
    quote = Quote("q1", said, said_end, text[said:said_end], "direct", "[R-TX]", "e1")

    app = ReaderApp(document, analyser=lambda article, progress: Analysis(entities=(entity,), quotes=(quote,)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _ready(app, pilot)
        entity_row = app.query_one(EntityTree).find(Row("entity", "e1")).label
        quote_node = app.query_one(QuoteTree).find(Row("quote", "e1", 0, "q1"))
        assert "[R-TX]" in entity_row.plain
        assert "[R-TX]" in quote_node.parent.label.plain
        assert "[/]" in quote_node.label.plain and "[@click=app.quit]" in quote_node.label.plain
        await pilot.press("tab", "enter")
        assert _status(app) == "[R-TX] · PERSON · mention 1 of 1"
        assert app.is_running


async def test_r_shows_the_original_with_each_removal_in_place_and_its_reason(sample_document: Document) -> None:
    from reader.ui.screens.removed import RemovedScreen

    app = ReaderApp(sample_document, analyse=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, RemovedScreen)
        shown = app.screen.query_one("#removed-text").render()
        plain = shown.plain
        assert plain.startswith(sample_document.article.original[:40])  # nothing left out, in order
        advert = plain.index("Advertisement")
        assert plain[advert:].startswith("Advertisement advertisement ")  # the reason follows the line
        styles = [span.style for span in shown.spans if span.start <= advert < span.end]
        assert any("dim" in str(style) for style in styles)
        assert "ALSO READ" in plain and " related link " in plain
        await pilot.press("escape")
        assert not isinstance(app.screen, RemovedScreen)


async def test_title_bar_shows_author_date_and_site_when_known() -> None:
    from reader.text.article import Meta

    article = CleanArticle.from_paragraphs("Title", ["Body text here."], meta=Meta("Jane Doe", "2026-11-02", "Example"))
    app = ReaderApp(Document("a.txt", article), analyse=False)
    async with app.run_test(size=SIZE, notifications=True):
        title = str(app.query_one("#title").render())
        assert "Title" in title and "Jane Doe · 2026-11-02 · Example" in title


def _drawn_rows(tree: QuoteTree) -> list[tuple[str, bool]]:
    """Each drawn line of the tree: its text, and whether the words of the row are dimmed."""
    rows = []
    for y in range(tree.size.height):
        segments = list(tree.render_line(y))
        text = "".join(s.text for s in segments).rstrip()
        words = [s for s in segments if any(ch.isalpha() for ch in s.text)]
        if text.strip():
            rows.append((text, bool(words) and all(s.style is not None and bool(s.style.dim) for s in words)))
    return rows


async def test_quotes_the_analysis_is_not_sure_of_are_apart_and_dimmed(sample_document: Document) -> None:
    app = ReaderApp(sample_document)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        quotes = app.document.quotes
        possible = [q for q in quotes if q.confidence != "high"]
        request = next(q for q in possible if q.text.startswith("to inform the leaders"))
        assert request.speaker_mention.text == "A representative"  # a request, not a statement
        tree = app.query_one(QuoteTree)
        rows = _drawn_rows(tree)
        tree.scroll_end(animate=False)
        await pilot.pause()
        rows += _drawn_rows(tree)
        labels = [text for text, _ in rows]
        group = next(i for i, text in enumerate(labels) if "Possible" in text)
        assert f"Possible ({len(possible)})" in labels[group]
        assert not any("to inform the leaders" in text for text in labels[:group])  # nothing sure about it
        assert not any("A representative (" in text for text in labels)  # no speaker group of its own
        await pilot.press("tab", "tab")
        tree.move_to(Row("quote", request.speaker_entity, quotes.index(request), request.id))
        await pilot.pause()
        tree.scroll_end(animate=False)
        await pilot.pause()
        rows = _drawn_rows(tree)
        shown = next((text, dim) for text, dim in rows if "A representative: “to inform" in text)
        sure = next((text, dim) for text, dim in rows if "Famed for its natural" in text)
        assert shown[1] and not sure[1], rows
