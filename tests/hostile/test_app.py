"""Every readable hostile file in the real app (headless pilot): it opens, markup shows literally,
and no control character reaches the screen. The analysis is off except where it is the point."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model.document import Document
from reader.source import read_article
from reader.text.article import CleanArticle
from reader.ui.app import ReaderApp
from tests.hostile.checks import case_params, controls_in
from tests.hostile.corpus import MARKUP_LITERALS, OK_CASES, Case
from tests.ui.fixtures import settle

# Tall enough that every case's literals are on the first screen, so nothing depends on scrolling.
SIZE = (120, 50)


def screen_rows(app: ReaderApp) -> list[str]:
    """The text of every row of the screen as the terminal would draw it."""
    return ["".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()]


def article_text(app: ReaderApp) -> str:
    """What the article pane shows, all whitespace removed: wrapping (at spaces, or anywhere in
    CJK text) and the pane's margins then make no difference to a substring check."""
    from reader.ui.widgets.article_view import ArticleView

    region = app.query_one(ArticleView).region
    strips = app.screen._compositor.render_strips()[region.y : region.bottom]
    return _squeeze("".join(segment.text for strip in strips for segment in strip.crop(region.x, region.right)))


def _squeeze(text: str) -> str:
    return "".join(text.split())


async def _settle(app: ReaderApp, pilot) -> None:
    await settle(app, pilot)


@pytest.mark.parametrize("case", case_params(OK_CASES))
async def test_the_app_opens_every_readable_case_literally(case: Case, corpus: dict[str, Path]) -> None:
    document = read_article(str(corpus[case.name]))
    app = ReaderApp(document, analyse=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _settle(app, pilot)
        assert app.is_running
        rows = screen_rows(app)
        assert not controls_in("".join(rows)), f"{case.name}: control characters on screen"
        shown = article_text(app)
        assert _squeeze(document.text[:60]) in shown
        for literal in case.shows:
            assert _squeeze(literal) in shown or literal in (document.title or "")
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_markup_stays_literal_with_the_real_analysis(corpus: dict[str, Path], nlp) -> None:
    """Entity names and quotes in the sidebar come from the article too: brackets stay brackets,
    and clicking on a would-be `[@click=app.quit]` action does nothing."""
    app = ReaderApp(read_article(str(corpus["markup"])))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _settle(app, pilot)
        screen = "\n".join(screen_rows(app))
        assert "Markup in a headline [bold]here[/bold]" in screen  # the title row
        for literal in MARKUP_LITERALS:
            assert _squeeze(literal) in article_text(app)
        assert "Maria Lopez" in screen  # the sidebar filled in
        assert "“We will [bold]not[/bold] sign [/ it" in screen  # the quote row, brackets and all
        row = next(y for y, text in enumerate(screen_rows(app)) if "[@click=app.quit]" in text)
        column = screen_rows(app)[row].index("[@click=app.quit]") + 3
        await pilot.click(offset=(column, row))
        await pilot.pause()
        assert app.is_running


async def test_escape_payloads_with_the_real_analysis(corpus: dict[str, Path], nlp) -> None:
    app = ReaderApp(read_article(str(corpus["escapes"])))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _settle(app, pilot)
        assert not controls_in("".join(screen_rows(app)))
        assert _squeeze("paints red words here") in article_text(app)
        await pilot.press("tab", "down", "enter")
        assert not controls_in("".join(screen_rows(app)))


async def test_a_hostile_file_name_is_not_drawn_raw_in_the_title() -> None:
    article = CleanArticle.from_paragraphs("Title", ["Some text to read."])
    app = ReaderApp(Document("downloads/news\x1b]0;evil title\x07.txt", article), analyse=False)
    async with app.run_test(size=(100, 20), notifications=True) as pilot:
        await _settle(app, pilot)
        assert not controls_in(screen_rows(app)[0])
