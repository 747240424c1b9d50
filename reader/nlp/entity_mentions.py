"""One named-entity span as plain data, and the tidying that turns spaCy's span into a name.

Pure: works on strings and offsets, so every trimming rule is testable without spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.nlp.names import (
    NAME_SUFFIXES,
    VALUE_LABELS,
    is_acronym_of,
    is_honorific_only,
    is_title_word,
    name_key,
    title_prefix_length,
    word_spans,
)

_ABBREVIATION_ENDS = frozenset({"jr", "sr", "inc", "co", "corp", "ltd", "bros", "st"})


@dataclass(frozen=True, slots=True)
class RawMention:
    """A span the recogniser tagged: `text == body[start:end]`.

    `prefix` holds words right before the span that describe the person ("Russian", "ousted");
    they join any title inside the span into one role. `roles` are other descriptions found
    in the parse (appositives: "a spokesman for the ministry").
    """

    start: int
    end: int
    text: str
    label: str
    prefix: str = ""
    roles: tuple[str, ...] = ()


def _ends_cleanly(body: str) -> bool:
    """Starts and ends on a letter or digit; a final dot is allowed on "U.S." or "Jr."."""
    if not body[:1].isalnum():
        return False
    if body[-1:].isalnum():
        return True
    if body.endswith("."):
        last = body.split()[-1]
        return "." in last[:-1] or last[:-1].casefold() in _ABBREVIATION_ENDS
    return False


def _trim(text: str) -> tuple[int, int]:
    """Offsets inside `text` after dropping a leading "the" and a trailing possessive."""
    start, end = 0, len(text)
    words = word_spans(text)
    if len(words) > 1 and text[words[0][0] : words[0][1]].casefold() == "the":
        start = words[1][0]
    for ending in ("'s", "\u2019s", "'S", "\u2019S"):
        if text.endswith(ending) and end - len(ending) > start:
            end -= len(ending)
            break
    else:
        if text[end - 1 : end] in ("'", "\u2019") and text[end - 2 : end - 1] in ("s", "S"):
            end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _before_inner_possessive(body: str) -> int:
    """Length of a person's name that runs on past a possessive ("Clinton's van" → "Clinton")."""
    for _, word_end in word_spans(body)[:-1]:
        if body[word_end - 2 : word_end] in ("'s", "\u2019s") and word_end - 2 > 0:
            return word_end - 2
    return len(body)


def _join_role(*parts: str) -> str:
    return " ".join(" ".join(part.split()) for part in parts if part.strip())


def tidy_mention(raw: RawMention) -> RawMention | None:
    """The mention as a name: trimmed, title split off into a role; None when it is not a usable name
    (crosses a line break, begins or ends in punctuation, one letter, a bare number tagged as a name,
    no capital letter)."""
    if "\n" in raw.text or "\r" in raw.text:
        return None
    start, end = _trim(raw.text)
    body = raw.text[start:end]
    if not body:
        return None
    if raw.label in VALUE_LABELS:
        if not any(ch.isalnum() for ch in body):
            return None
        return replace(raw, start=raw.start + start, end=raw.start + end, text=body)
    title = ""
    if raw.label == "PERSON":
        end = start + _before_inner_possessive(body)
        body = raw.text[start:end]
        words = word_spans(body)
        cut = title_prefix_length([body[a:b] for a, b in words])
        if cut:
            title = body[: words[cut][0]].strip()
            start += words[cut][0]
            body = raw.text[start:end]
    key = name_key(body).replace(" ", "")
    if body.islower():  # "us" tagged as a country: names are capitalised
        return None
    if not _ends_cleanly(body) or len(key) <= 1 or not any(ch.isalpha() for ch in key):
        return None
    roles = raw.roles
    role = _join_role(raw.prefix, title)
    if role and not is_honorific_only(role.split()):
        roles = (role, *roles)
    return RawMention(raw.start + start, raw.start + end, body, raw.label, roles=roles)


_DEFINITION = re.compile(r"\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")


def acronym_mentions(text: str, mentions: Sequence[RawMention]) -> tuple[dict[str, str], list[RawMention]]:
    """Abbreviations the text defines ("the Islamic State (IS)") as {abbreviation key: long-form key},
    and a mention for every whole-word use of each abbreviation in `text` (the recogniser often
    misses short capitals like "IS")."""
    definitions: dict[str, str] = {}
    labels: dict[str, str] = {}
    for mention in mentions:
        if mention.label in VALUE_LABELS or len(mention.text.split()) < 2:
            continue
        match = _DEFINITION.match(text, mention.end)
        if match is None or not match.group(1).replace(".", "").isupper():
            continue
        short = match.group(1)
        if is_acronym_of(short, mention.text) and short not in labels:
            definitions[name_key(short)] = name_key(mention.text)
            labels[short] = mention.label
    extra = [
        RawMention(found.start(), found.end(), short, label)
        for short, label in labels.items()
        for found in re.finditer(rf"(?<![\w.]){re.escape(short)}(?![\w])", text)
    ]
    return definitions, extra


def surname_mentions(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """PERSON mentions for uses of a known person's surname the recogniser missed ("Saleh has
    declared…" after "Amrullah Saleh"). Only a capitalised whole word standing alone: not inside
    another mention and not next to another capitalised word ("Saleh Mohammed", "Trump Tower")."""
    surnames: set[str] = set()
    for mention in mentions:
        words = mention.text.split()
        if mention.label != "PERSON" or len(words) < 2:
            continue
        while len(words) > 2 and words[-1].casefold().strip(".,") in NAME_SUFFIXES:
            words = words[:-1]
        last = words[-1]
        if len(last) >= 3 and last[0].isupper() and not last.isupper() and last.replace("-", "").isalpha():
            if not is_title_word(last):
                surnames.add(last)
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[RawMention] = []
    for surname in sorted(surnames):
        pattern = rf"(?<![\w'\u2019.-])(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s){re.escape(surname)}(?![\w-])(?!\s[A-Z])"
        for match in re.finditer(pattern, text):
            start, end = match.span()
            if not any(a < end and start < b for a, b in taken):
                found.append(RawMention(start, end, surname, "PERSON"))
    return found
