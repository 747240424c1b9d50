"""Small articles for reading-list tests, and an analyser that finds fixed names in them (no spaCy)."""

from __future__ import annotations

import re
import time
from pathlib import Path

from reader.listing import ListOptions, ReadingList
from reader.nlp.types import Analysis, Entity, Quote, TextSpan

ARTICLES = {
    "a.txt": (
        "Harbour wall to be rebuilt after storm\n\n"
        "Maria Lopez, the harbour master of Port Elling, said on Monday that the wall would be rebuilt "
        "before the winter storms return to the coast.\n\n"
        '"We will not wait another winter," Lopez said. The council met on Tuesday evening to approve '
        "the money for the work.\n\n"
        "Lopez thanked the people of the town for their patience during the long weeks of repairs.\n"
    ),
    "b.txt": (
        "Ferry service cut for the summer months\n\n"
        "Tom Reed, a spokesman for the Harbour Board, said the ferry to Norby would run twice a day "
        "instead of four times until the end of August.\n\n"
        '"The money is not there," Reed said. Passengers on the morning boat said they had not been told.\n'
    ),
    "c.txt": (
        "Quay opens after two years of work\n\n"
        "Maria Lopez opened the new quay on Saturday with a short speech to the crowd that had gathered "
        "on the harbour front since early morning.\n\n"
        '"It is a good day for the town," Lopez said. The Harbour Board paid for the flags and the band.\n\n'
        '"We waited long enough," Lopez said, before the first boat tied up at the new quay.\n'
    ),
}
NAMES = {"Maria Lopez": "PERSON", "Tom Reed": "PERSON", "Harbour Board": "ORG"}
_QUOTE = re.compile(r'"([^"]+?),?" (\w+) said')


def write_articles(folder: Path) -> list[str]:
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in ARTICLES]


def _spans(text: str, word: str) -> list[TextSpan]:
    return [TextSpan(m.start(), m.end(), word) for m in re.finditer(re.escape(word), text)]


def names_analysis(text: str) -> Analysis:
    """Each of NAMES found in `text` (its surname too, for people) and `"…," Surname said` quotes."""
    entities = []
    for number, (name, label) in enumerate(NAMES.items(), start=1):
        spans = _spans(text, name)
        if not spans:
            continue
        if label == "PERSON":
            surname = name.split()[-1]
            spans += [s for s in _spans(text, surname) if not any(o.start <= s.start < o.end for o in spans)]
        mentions = tuple(sorted(spans, key=lambda s: s.start))
        entities.append(Entity(f"e{number}", name, label, (name,), mentions))
    quotes = []
    for match in _QUOTE.finditer(text):
        speaker = next((e for e in entities if e.name.endswith(match.group(2))), None)
        said = TextSpan(match.start(2), match.end(2), match.group(2))
        quotes.append(
            Quote(
                f"q{len(quotes) + 1}",
                match.start(1),
                match.end(1),
                match.group(1),
                "direct",
                speaker.name if speaker else None,
                speaker.id if speaker else None,
                said,
            )
        )
    return Analysis(entities=tuple(entities), quotes=tuple(quotes))


def names_analyser(document, progress):
    progress(0, len(document.text))
    return names_analysis(document.text)


def reading_list(sources: list[str], **kwargs) -> ReadingList:
    return ReadingList(sources, ListOptions(use_cache=False), lambda message: None, analyse=names_analyser, **kwargs)


async def loaded(app, pilot, timeout: float = 30) -> None:
    """Wait until every article of the list is loaded and analysed (or refused), and drawn."""
    deadline = time.monotonic() + timeout
    while not all(entry.settled for entry in app.reading_list.entries):
        if time.monotonic() > deadline:
            raise TimeoutError("the reading list did not finish loading")
        await pilot.pause(0.05)
    await pilot.pause(0.1)
