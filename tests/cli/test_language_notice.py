"""Non-English text is said plainly: in the JSON and in the reader's status line."""

from __future__ import annotations

from reader.model.document import Document
from reader.model.serialize import document_to_dict
from reader.text.article import CleanArticle
from reader.text.language import language_notice
from reader.ui.app import ReaderApp

FRENCH = (
    "Le ministre a déclaré mardi que le gouvernement ne reculerait pas sur la réforme des retraites, "
    "malgré les grèves qui se poursuivent dans les transports et les écoles du pays."
)


def test_french_text_gets_a_notice_and_english_none() -> None:
    assert language_notice(FRENCH) == "looks like French: the English model may do poorly"
    assert language_notice("The minister said on Tuesday that the government would not back down on it.") is None


def test_json_says_what_language_the_text_looks_like() -> None:
    data = document_to_dict(Document("f", CleanArticle.from_paragraphs("Titre", [FRENCH])))
    assert data["language"] == {"english": False, "name": "French", "note": "looks like French"}


async def test_the_status_line_carries_the_notice() -> None:
    document = Document("f", CleanArticle.from_paragraphs("Titre", [FRENCH]))
    app = ReaderApp(document, analyse=False, notice=language_notice(FRENCH))
    async with app.run_test(size=(100, 20), notifications=True) as pilot:
        await pilot.press("slash", "m", "i", "n")
        assert "looks like French: the English model may do poorly" in str(app.query_one("#status").render())
