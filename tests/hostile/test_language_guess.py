"""The cheap language guess on the corpus as loaded and cleaned: the French and Russian articles
are flagged, the English ones (whatever markup, escapes or encodings they carry) are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.source import read_article
from reader.text.language import guess_language
from tests.hostile.checks import KNOWN_BUGS
from tests.hostile.corpus import CASES, Case

ENGLISH_CASES = ("markup", "escapes", "cp1252", "latin1", "utf16_bom", "crlf", "cr", "long_line")


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.name) for c in CASES if "not-english" in c.tags or c.name in ENGLISH_CASES]
)
def test_the_guess_flags_only_the_foreign_articles(case: Case, corpus: dict[str, Path]) -> None:
    assert case.name not in KNOWN_BUGS
    document = read_article(str(corpus[case.name]))
    guess = guess_language("\n\n".join(filter(None, [document.title, document.text])))
    assert guess.is_english == ("not-english" not in case.tags), guess


def test_the_guess_names_the_language_for_the_status_line(corpus: dict[str, Path]) -> None:
    russian = read_article(str(corpus["russian"]))
    french = read_article(str(corpus["french"]))
    assert guess_language(russian.text).description == "looks like Russian (Cyrillic)"
    assert guess_language(french.text).description == "looks like French"
