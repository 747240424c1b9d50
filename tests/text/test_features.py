"""The line statistics are computed on every line of a text, so they take shortcuts; these check
the shortcuts against the plain definitions on arbitrary lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.text import features
from reader.text.boilerplate import _COOKIE, _may_be_cookie_notice

# Letters, digits of several scripts, superscripts, quotes and the characters code is made of.
PIECES = [*"aZé ß1²٣.!?…”’»)]\"'{};=(<>#/_-\n\t", "cookie", "Cookies", "by using", "our site", "we use "]
LINES = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@given(LINES)
def test_digit_shortcut_is_isdigit(text: str) -> None:
    assert features._has_digit(text) == any(char.isdigit() for char in text)


@given(LINES)
def test_code_shortcut_is_the_code_pattern(text: str) -> None:
    assert features._looks_like_code(text) == bool(features._CODE.search(text))


@given(LINES)
def test_sentence_end_shortcut_is_the_pattern(text: str) -> None:
    ends = text.rstrip().rstrip(features._CLOSERS).endswith(features._SENTENCE_ENDS)
    assert ends == bool(features._SENTENCE_END.search(text.rstrip()))


@given(LINES)
def test_cookie_prefilter_never_hides_a_match(text: str) -> None:
    if _COOKIE.search(text):
        assert _may_be_cookie_notice(text)


@given(LINES)
def test_word_counts_are_the_plain_definitions(text: str) -> None:
    stats = features.line_stats(text)
    words = features._WORD.findall(text)
    if words:
        assert stats.stopwords == sum(1 for word in words if word.lower() in features.STOPWORDS) / len(words)
        assert stats.capitalised == sum(1 for word in words if word[:1].isupper()) / len(words)


CLUTTER_PIECES = [
    *" (c)©:.;,1204xK",
    "Getty Images",
    "AP Photo",
    "Copyright",
    "All rights reserved",
    "shared",
    " times",
    "Shares",
    "Photograph",
    "credit",
    "photo by",
    "ſ",
    "K",
]  # noqa: RUF001
CLUTTER = st.lists(st.sampled_from(CLUTTER_PIECES), max_size=20).map("".join)


@given(CLUTTER)
def test_clutter_prefilters_never_hide_a_match(text: str) -> None:
    from reader.text import boilerplate as rules

    if rules._SHARE_COUNT.search(text):
        assert rules._may_hold(text, "share")
    if rules._COPYRIGHT.search(text):
        assert "©" in text or "(" in text or rules._may_hold(text, "copyright", "all rights")
    if rules._CREDIT_LABEL_END.search(text):
        assert ":" in text
    if rules._CREDIT_END.search(text):
        assert "(" in text or rules._may_hold(text, *rules._AGENCIES)
