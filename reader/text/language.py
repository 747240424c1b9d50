"""Guess cheaply whether an article is English, so the reader can warn that the English model will
do poorly on it instead of showing nonsense entities silently. Pure Python, well under a millisecond.

Two signals over the start of the text: the writing system of its letters (Latin, Cyrillic,
Arabic, CJK, …), and for Latin text the share of its words that are common English function words
(about 40% in English prose, a few percent in French or German).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Enough text to judge, small enough to stay fast on a 1 MB article.
SAMPLE_CHARS = 3000
SAMPLE_WORDS = 300
# Fewer words than this and the guess is not worth a warning.
MIN_WORDS = 8
# English prose: 35-50% of words are in ENGLISH_WORDS; other Latin-script languages: under 10%.
ENGLISH_SHARE = 0.2

ENGLISH_WORDS = frozenset(
    """
    the of and to a in is was that for it on with as he she by at from his her be are were
    has have had an this not but they their or which who will would said says its been after
    than about also more there when we you i one new up out over into if all can could no what
    while before our them him so some these us other just because only do did most
    """.split()
)

# A few very common words of other Latin-script languages, to name the language in the warning.
_OTHER_WORDS = {
    "French": "le la les des du de et est une un dans pour qui que sur au aux pas ne avec il elle ce sont été",
    "Spanish": "el la los las de del y en que por con para una un es se su al lo como más fue",
    "German": "der die das und ist nicht mit den dem des ein eine zu von sich auf für im auch wurde",
    "Italian": "il la di che e è per non un una del della sono con gli le si anche nel",
    "Portuguese": "o a os as de do da em que não para com uma um se por mais foi são",
    "Dutch": "de het een van en in is dat op te met zijn voor niet aan er ook",
}
_OTHER_WORDS_SETS = {name: frozenset(words.split()) for name, words in _OTHER_WORDS.items()}

# Letters by writing system, as code point ranges; anything else counts as "other".
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x3040, 0x30FF, "Japanese kana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0x1100, 0x11FF, "Hangul"),
    (0xAC00, 0xD7AF, "Hangul"),
)
# The language a non-Latin script most likely means in news, and how the warning names the script.
_SCRIPT_LANGUAGE = {
    "Cyrillic": ("Russian", "Cyrillic"),
    "Greek": ("Greek", "Greek"),
    "Hebrew": ("Hebrew", "Hebrew"),
    "Arabic": ("Arabic", "Arabic script"),
    "Devanagari": ("Hindi", "Devanagari"),
    "Thai": ("Thai", "Thai"),
    "Han": ("Chinese", "Chinese characters"),
    "Japanese kana": ("Japanese", "kana"),
    "Hangul": ("Korean", "Hangul"),
}
# Cyrillic is many languages; name Russian only when its common words are there.
_RUSSIAN_WORDS = frozenset("и в не на что с по как это из он она к о для от его но за то же".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """Whether the text reads as English, the main writing system of its letters, and a phrase for
    the status line ("looks like Russian (Cyrillic)")."""

    is_english: bool
    script: str  # "Latin", "Cyrillic", "Arabic", "Han", …, or "none" when there are no letters
    confidence: float  # 0..1: how sure the guess is, from the evidence's strength and amount
    description: str
    language: str | None = None  # "English", "French", "Russian", … when it can be named


def guess_language(text: str) -> LanguageGuess:
    """Guess from the first few thousand characters of `text` whether it is English."""
    sample = text[:SAMPLE_CHARS]
    script, script_share, letters = _main_script(sample)
    if letters == 0:
        return LanguageGuess(True, "none", 0.0, "no letters to judge the language by")
    words = [word.casefold() for word in _WORD.findall(sample)[:SAMPLE_WORDS]]

    if script != "Latin":
        # Twenty letters of one script are plain evidence; word statistics need more text.
        confidence = round(script_share * min(1.0, letters / 20), 2)
        language, script_name = _SCRIPT_LANGUAGE.get(script, (None, script))
        if script == "Cyrillic" and _share(words, _RUSSIAN_WORDS) < 0.05 and len(words) >= MIN_WORDS:
            language = None
        if script == "Han" and re.search("[\u3040-\u30ff]", sample):  # kanji with kana: Japanese
            language = "Japanese"
        if language is None:
            what = f"a language written in {script_name}"
        else:
            what = language if language == script_name else f"{language} ({script_name})"
        return LanguageGuess(False, script, confidence, f"looks like {what}", language)

    amount = min(1.0, len(words) / 60)  # a headline is weak evidence, a paragraph is enough

    english = _share(words, ENGLISH_WORDS)
    if len(words) < MIN_WORDS:
        return LanguageGuess(True, script, round(0.3 * amount, 2), "too short to tell the language", None)
    if english >= ENGLISH_SHARE:
        confidence = min(1.0, english / 0.35) * amount
        return LanguageGuess(True, script, round(confidence, 2), "looks like English", "English")
    named, share = max(((name, _share(words, vocab)) for name, vocab in _OTHER_WORDS_SETS.items()), key=_second)
    confidence = round((1.0 - english / ENGLISH_SHARE) * amount, 2)
    if share >= ENGLISH_SHARE:
        return LanguageGuess(False, script, confidence, f"looks like {named}", named)
    return LanguageGuess(False, script, confidence, "few English words", None)


def _second(pair: tuple[str, float]) -> float:
    return pair[1]


def _share(words: list[str], vocabulary: frozenset[str]) -> float:
    return sum(word in vocabulary for word in words) / len(words) if words else 0.0


def _script_of(char: str) -> str:
    code = ord(char)
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    return "other"


def _main_script(sample: str) -> tuple[str, float, int]:
    """(most common script among the letters, its share of them, number of letters)."""
    counts: Counter[str] = Counter()
    for char, count in Counter(sample).items():  # each distinct character once: fast on long samples
        if char.isalpha():
            counts[_script_of(char)] += count
    letters = sum(counts.values())
    if not letters:
        return "none", 0.0, 0
    script, count = counts.most_common(1)[0]
    return script, count / letters, letters


def language_notice(text: str) -> str | None:
    """What the status line says about a text that does not look English, else None."""
    language = guess_language(text)
    return None if language.is_english else f"{language.description}: the English model may do poorly"
