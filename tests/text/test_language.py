"""Cheap language guess: English prose passes, other languages and scripts are named, short or
letterless text raises no alarm, and it stays fast on a long article."""

from __future__ import annotations

import time

import pytest

from reader.text.language import guess_language

ENGLISH = (
    "The minister said on Tuesday that the budget would be late again this year. Members of the "
    "committee, who had waited for it since the spring, were not surprised by the news."
)


def test_english_prose_reads_as_english() -> None:
    guess = guess_language(ENGLISH)
    assert guess.is_english and guess.script == "Latin" and guess.language == "English"
    assert guess.confidence > 0.5
    assert guess.description == "looks like English"


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le gouvernement a annoncé mardi une réforme des retraites. Les syndicats ont appelé à la "
            "grève dans tout le pays, et la ministre a dit qu'elle ne reculerait pas.",
            "French",
        ),
        (
            "Die Regierung hat am Dienstag eine Reform angekündigt. Die Gewerkschaften sind nicht mit "
            "dem Plan einverstanden und rufen zu einem Streik auf.",
            "German",
        ),
        (
            "El gobierno anunció el martes una reforma de las pensiones. Los sindicatos convocaron una "
            "huelga en todo el país y la ministra dijo que no se iba a retirar.",
            "Spanish",
        ),
    ],
)
def test_other_latin_script_languages_are_named(text: str, language: str) -> None:
    guess = guess_language(text)
    assert not guess.is_english and guess.script == "Latin"
    assert guess.language == language and guess.description == f"looks like {language}"


@pytest.mark.parametrize(
    "text, script, description",
    [
        (
            "Министр иностранных дел заявил во вторник, что переговоры будут продолжены. По его словам, "
            "стороны не смогли договориться о сроках.",
            "Cyrillic",
            "looks like Russian (Cyrillic)",
        ),
        ("قال الوزير إن الميزانية تأخرت وإن اللجنة ستجتمع يوم الاثنين.", "Arabic", "looks like Arabic (Arabic script)"),
        ("השר אמר שהתקציב התעכב והוועדה תתכנס ביום שני.", "Hebrew", "looks like Hebrew"),
        ("北京举行了会议，总理谈到了预算问题。", "Han", "looks like Chinese (Chinese characters)"),
        ("서울에서 회의가 열렸고 총리는 예산에 대해 말했다.", "Hangul", "looks like Korean (Hangul)"),
    ],
)
def test_other_scripts_are_named(text: str, script: str, description: str) -> None:
    guess = guess_language(text)
    assert not guess.is_english
    assert (guess.script, guess.description) == (script, description)
    assert guess.confidence > 0.5


def test_kanji_with_kana_is_japanese_not_chinese() -> None:
    guess = guess_language("東京で会議が開かれ、首相は予算について話した。")
    assert not guess.is_english and guess.language == "Japanese"


def test_cyrillic_without_russian_words_is_not_called_russian() -> None:
    guess = guess_language("Міністр заявив у вівторок, що переговори будуть продовжені найближчим часом.")
    assert not guess.is_english and guess.language is None
    assert guess.description == "looks like a language written in Cyrillic"


def test_latin_letters_with_no_english_words_say_so() -> None:
    guess = guess_language("xq zvb wlo pqr mnb zzt yyk wqq lkj poi uyt rew")
    assert not guess.is_english and guess.description == "few English words"


def test_short_or_letterless_text_raises_no_alarm() -> None:
    assert guess_language("Breaking news").is_english
    assert guess_language("Breaking news").description == "too short to tell the language"
    for text in ("", "   ", "12 345 — 67 %", "🙂🙂🙂"):
        guess = guess_language(text)
        assert guess.is_english and guess.script == "none" and guess.confidence == 0.0


def test_an_english_article_quoting_a_little_russian_is_still_english() -> None:
    text = ENGLISH + " The sign read «Добро пожаловать», which means welcome. " + ENGLISH
    assert guess_language(text).is_english


def test_fast_on_a_long_article() -> None:
    article = (ENGLISH + "\n\n") * 5000  # about 1.3 MB
    guess_language(article)
    started = time.perf_counter()
    for _ in range(20):
        guess_language(article)
    assert (time.perf_counter() - started) / 20 < 0.005  # well under a frame; typically ~0.3 ms
