"""A hand-built, analysed article for pilot tests: fixed entities and quotes, no spaCy, no guessing.

The text is ours; its analysis is written out by hand so that the UI tests check the UI, not the model.
"""

from __future__ import annotations

from reader.model.document import Document
from reader.nlp.types import Analysis, Entity, Quote, TextSpan
from reader.text.article import CleanArticle

PARAGRAPHS = [
    "Maria Lopez, the harbour master of Port Elling, said on Monday that the new quay would open in May.",
    "The council had argued for years about the cost. Critics in Port Elling called it a vanity project.",
    '"We will not wait another winter," Lopez said. "The boats need shelter now."',
    "Tom Reed, a spokesman for the Harbour Board, said the board backed the plan.",
    "Filler paragraph one: the weather was calm and the tide was low along the coast that week.",
    "Filler paragraph two: fishermen mended nets and talked about prices at the market hall.",
    '"The money is there," Reed told reporters. He added that work would start at once.',
    "Filler paragraph three: gulls circled the old lighthouse while children played on the sand.",
    "Filler paragraph four: the ferry from Norby arrived late because of a broken engine.",
    "Lopez thanked the Harbour Board and the people of Port Elling for their patience.",
    "Filler paragraph five: the evening was quiet and the lamps along the quay were lit.",
    '"It is a good day," she said.',
]


def _spans(text: str, word: str) -> tuple[TextSpan, ...]:
    spans, start = [], text.find(word)
    while start != -1:
        spans.append(TextSpan(start, start + len(word), word))
        start = text.find(word, start + len(word))
    return tuple(spans)


def _quote(text: str, qid: str, words: str, speaker: Entity | None, said: str) -> Quote:
    start = text.index(words)
    mention_start = text.rfind(said, 0, start) if text.find(said, start) == -1 else text.index(said, start)
    mention = TextSpan(mention_start, mention_start + len(said.split()[0]), said.split()[0])
    return Quote(
        qid,
        start,
        start + len(words),
        words,
        "direct",
        speaker.name if speaker else None,
        speaker.id if speaker else None,
        mention,
    )


def harbour_document() -> Document:
    article = CleanArticle.from_paragraphs("Harbour quay to open in May", PARAGRAPHS)
    text = article.text
    lopez_mentions = tuple(sorted(_spans(text, "Maria Lopez") + _spans(text, "Lopez")[1:], key=lambda s: s.start))
    lopez = Entity("e1", "Maria Lopez", "PERSON", ("Lopez", "Maria Lopez"), lopez_mentions, ("harbour master",))
    reed_mentions = tuple(sorted(_spans(text, "Tom Reed") + _spans(text, "Reed")[1:], key=lambda s: s.start))
    reed = Entity("e2", "Tom Reed", "PERSON", ("Reed", "Tom Reed"), reed_mentions, ("spokesman for the Harbour Board",))
    port = Entity("e3", "Port Elling", "GPE", ("Port Elling",), _spans(text, "Port Elling"))
    board = Entity("e4", "Harbour Board", "ORG", ("Harbour Board",), _spans(text, "Harbour Board"))
    monday = Entity("e5", "Monday", "DATE", ("Monday",), _spans(text, "Monday"))
    quotes = (
        _quote(text, "q1", "We will not wait another winter,", lopez, "Lopez said"),
        _quote(text, "q2", "The boats need shelter now.", lopez, "Lopez said"),
        _quote(text, "q3", "The money is there,", reed, "Reed told"),
        _quote(text, "q4", "It is a good day,", lopez, "she said"),
    )
    quotes = tuple(sorted(quotes, key=lambda q: q.start))
    analysis = Analysis(entities=(lopez, reed, port, board, monday), quotes=quotes)
    return Document("harbour.txt", article, analysis)


def fixed_analyser(document: Document):
    """An analyser that returns the hand-made analysis at once (the app still runs it in its worker)."""
    analysis = document.analysis

    def run(article, progress):
        progress(1, 1)
        return analysis

    return run


async def settle(app, pilot, timeout: float = 120) -> None:
    """Wait until the analysis is in, has failed or is off, as a reader waits for the sidebar.

    The worker starts after the first frame, so `workers.wait_for_complete()` alone can return before it exists.
    """
    import time
    from contextlib import suppress

    from textual.worker import WorkerFailed

    from reader.navigation import AnalysisState

    deadline = time.monotonic() + timeout
    while True:
        with suppress(WorkerFailed):  # a failed worker is the app's to report; the test looks at the screen
            await app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if app.nav.analysis not in (AnalysisState.RUNNING, AnalysisState.PARTIAL):
            break
        if time.monotonic() > deadline:
            raise TimeoutError("the analysis did not finish")
    await pilot.pause()


def drawn_text(app) -> str:
    """Everything on the screen as a person sees it (toasts and open screens included), as plain text.

    The whole screen is rendered afresh, so a widget or a toast that fails to draw fails the test here.
    """
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True, record=True)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text(styles=False)
