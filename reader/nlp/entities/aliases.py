"""Shorter names for things the article also names in full. Pure: works on comparison keys.

- An abbreviation in capitals ("CFPB", "U.S.", "DPRK") is the one longer name in the article whose
  initials it spells ("Consumer Financial Protection Bureau", "United States"). Persons excepted.
- A place named without its generic head word ("Panjshir") is the longer place name that has it
  ("the Panjshir Valley", "Mount Everest"); a department named by its subject ("Justice",
  "Homeland Security") is "the Justice Department" / "the Department of Homeland Security".
  An organisation's one-word name after a two-word one it opens ("Northway" after "Northway
  Aggregates") is its short name. When several longer names fit, the most mentioned one wins.
- Groups (NORP) compare without plural or adjective endings: "Democrats", "Democrat" and
  "Democratic" are one group.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reader.nlp.entities.names import ORG_HEADS, PLACE_HEADS, PLACE_LABELS, PLACE_LEADING_HEADS, initials

_MAX_ACRONYM = 6


@dataclass(frozen=True, slots=True)
class Form:
    """One comparison key and what the article shows of it."""

    key: str
    surface: str  # the first spelling in the article
    label: str  # by vote
    count: int
    first: int  # offset of the first mention


def group_key(key: str) -> str:
    """A NORP key without plural and adjective endings ("democrats", "democratic" → "democrat")."""
    words = key.split()
    if not words:
        return key
    last = words[-1]
    if len(last) > 4 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    if len(last) > 5 and last.endswith("ic"):
        last = last[:-2]
    return " ".join([*words[:-1], last])


def alias_targets(forms: Mapping[str, Form]) -> dict[str, str]:
    """{short key: long key} for every short form the rules above join to a longer one."""
    index = _FormIndex(forms)
    targets: dict[str, str] = {}
    for form in forms.values():
        if form.label == "PERSON" or form.label == "NORP":
            continue
        candidates = _acronym_expansions(form, index) or _fuller_names(form, index)
        if candidates:
            best = max(candidates, key=lambda f: (f.count, -f.first))
            targets[form.key] = best.key
    return {short: _follow(targets, short) for short in targets}


class _FormIndex:
    """The forms by initials and by their key less its first, first two or last words, so that each
    rule looks up its few candidates instead of scanning every form (a book has tens of thousands)."""

    def __init__(self, forms: Mapping[str, Form]) -> None:
        self.order = {form.key: number for number, form in enumerate(forms.values())}
        self.by_initials: dict[str, list[Form]] = {}
        self.by_rest: dict[tuple[str, str], list[Form]] = {}  # ("drop-last" | "drop-first" | "drop-two", key)
        for form in forms.values():
            words = form.key.split()
            if form.label != "PERSON" and len(words) >= 2:
                for letters in {initials(form.surface), initials(form.surface, every_word=True)}:
                    self.by_initials.setdefault(letters, []).append(form)
            for kind, rest in (("drop-last", words[:-1]), ("drop-first", words[1:]), ("drop-two", words[2:])):
                if rest:
                    self.by_rest.setdefault((kind, " ".join(rest)), []).append(form)

    def in_order(self, found: list[Form]) -> list[Form]:
        """Each form once, in the order of the article's forms (ties in `max` go to the first)."""
        unique = {form.key: form for form in found}
        return sorted(unique.values(), key=lambda form: self.order[form.key])


def _follow(targets: Mapping[str, str], key: str) -> str:
    seen = {key}
    while key in targets and targets[key] not in seen:
        key = targets[key]
        seen.add(key)
    return key


def is_acronym(surface: str) -> bool:
    """Capitals, with or without dots: "CFPB", "U.S.", "E.U."; not "IT" in a sentence of capitals."""
    letters = surface.replace(".", "")
    return 2 <= len(letters) <= _MAX_ACRONYM and letters.isalpha() and letters.isupper()


def _acronym_expansions(form: Form, index: _FormIndex) -> list[Form]:
    if not is_acronym(form.surface):
        return []
    found = index.in_order(index.by_initials.get(form.surface.replace(".", ""), []))
    return found if len(found) == 1 else []


def _fuller_names(form: Form, index: _FormIndex) -> list[Form]:
    words = form.key.split()
    nearby = [
        other for kind in ("drop-last", "drop-first", "drop-two") for other in index.by_rest.get((kind, form.key), [])
    ]
    found = []
    for other in index.in_order(nearby):
        longer = other.key.split()
        if len(longer) <= len(words):
            continue
        if other.label in PLACE_LABELS and form.label in {*PLACE_LABELS, "ORG"}:
            if (longer[:-1] == words and longer[-1] in PLACE_HEADS) or (
                longer[1:] == words and longer[0] in PLACE_LEADING_HEADS
            ):
                found.append(other)
        elif other.label == "ORG" and form.label == "ORG":
            if (longer[:-1] == words and longer[-1] in ORG_HEADS) or (
                longer[2:] == words and longer[0] in ORG_HEADS and longer[1] == "of"
            ):
                found.append(other)
            elif len(words) == 1 and len(longer) == 2 and longer[0] == words[0] and other.first < form.first:
                found.append(other)  # "Northway" after "Northway Aggregates": a company's short name
    return found
