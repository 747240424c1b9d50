"""Junk the recogniser tags that only the surrounding text gives away. Pure: text and mentions in.

- A department word inside a title ("State" in "Secretary of State", "Defence" in "Defence
  Minister") is not an organisation of its own.
- A capitalised common word at the start of a sentence ("Bank executives aren't") is not a name
  when the article writes it in lowercase everywhere else.
- In a headline written in title case, every word is capitalised: a span made mostly of words the
  article writes in lowercase is dropped ("Visa Program"), and a person's span is cut back to the
  name the article uses ("Clinton Breaks With…" → "Clinton", "Rip Donald Trump" → "Donald Trump").
- A span that runs across a possessive into something else ("Pagliano's Fifth Amendment") is
  split when the owner is a person the article names.
- A person's name the recogniser cut in two ("Ivanka" PRODUCT + "Trump" PERSON, or "Trump" alone
  after an untagged "Ivanka") is made whole when the article names that person in full elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate

from reader.nlp.dateline import DATELINE, is_place_before_region, is_region_after_place, region_name
from reader.nlp.entities.layout import Headlines, Layout, starts_sentence
from reader.nlp.entities.mentions import RawMention, tidy_mention
from reader.nlp.entities.names import VALUE_LABELS, first_names, name_key, word_spans
from reader.nlp.entities.titles import PORTFOLIOS, TITLE_NOUNS

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_TITLE_BEFORE = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s\s+(?=\S)")


def drop_context_junk(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """`mentions` without the junk above, trimmed or split where a part of a span is a name."""
    headlines = Headlines(text)
    words = _word_counts(text, headlines)
    people = _person_keys(mentions, headlines)
    kept: list[RawMention] = []
    for mention in mentions:
        if mention.label in VALUE_LABELS:
            kept.append(mention)
            continue
        if _is_title_part(text, mention) or _is_common_word(text, mention, words):
            continue
        if headlines.holds(mention.start):
            mention = _headline_name(mention, words, people)
            if mention is None:
                continue
        kept.extend(_split_possessive(mention, people))
    return kept


def things_of_places(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """Two-word "persons" made of a place the article names and a word it writes in lowercase
    ("Alberta Wildfire" beside "Alberta" and "a wildfire") are organisations of that place, and that
    word alone tagged a person ("Wildfire" opening a headline) is the common word: ORG, for
    `drop_context_junk` to judge. "Georgia Baker" would need the article to name Georgia and write
    "baker" as well."""
    with_dateline = dateline_places(text, mentions)  # "HIGH LEVEL, Alta. —" names Alberta
    places = {name_key(region_name(m.text) or m.text) for m in with_dateline if m.label in ("GPE", "LOC")}
    layout = Layout(text)
    words: set[str] = set()
    for mention in mentions:
        parts = name_key(mention.text).split()
        if mention.label == "PERSON" and len(parts) == 2 and parts[0] in places:
            if layout.written_in_lowercase(parts[1]):
                words.add(" ".join(parts))
                words.add(parts[1])
    if not words:
        return list(mentions)
    return [replace(m, label="ORG") if m.label == "PERSON" and name_key(m.text) in words else m for m in mentions]


def _word_counts(text: str, headlines: Headlines) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lowercase, and capitalised inside a sentence."""
    lower: Counter[str] = Counter()
    inner_capital: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group()
        if word.islower():
            lower[word] += 1
        elif not starts_sentence(text, match.start()) and not headlines.holds(match.start()):
            inner_capital[word.casefold()] += 1
    return lower, inner_capital


def _is_title_part(text: str, mention: RawMention) -> bool:
    """A department named inside an office: "Secretary of State", "Defence Minister"."""
    keys = name_key(mention.text).split()
    if not keys or not all(key in PORTFOLIOS for key in keys):
        return False
    before = _TITLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before and before.group(1).casefold() in TITLE_NOUNS:
        return True
    after = _WORD.match(text, mention.end + 1) if text[mention.end : mention.end + 1] == " " else None
    return after is not None and after.group().casefold() in TITLE_NOUNS


def _is_common_word(text: str, mention: RawMention, words: tuple[Counter[str], Counter[str]]) -> bool:
    """One capitalised word opening a sentence that the article otherwise writes in lowercase."""
    lower, inner_capital = words
    if mention.label == "PERSON" or " " in mention.text or not starts_sentence(text, mention.start):
        return False
    word = mention.text.casefold()
    return lower[word] > 0 and inner_capital[word] == 0


def _person_keys(mentions: Sequence[RawMention], headlines: Headlines) -> set[str]:
    """Comparison keys of the names the article gives people outside headlines, and their surnames."""
    keys: set[str] = set()
    for mention in mentions:
        if mention.label == "PERSON" and not headlines.holds(mention.start):
            key = name_key(mention.text)
            keys.add(key)
            keys.add(key.split()[-1])
    return keys


def _headline_name(
    mention: RawMention, words: tuple[Counter[str], Counter[str]], people: set[str]
) -> RawMention | None:
    """The part of a headline span that is a name, or None when it is mostly common words."""
    lower, _ = words
    spans = word_spans(mention.text)
    if mention.label == "PERSON" and name_key(mention.text) not in people:
        # The longest run of its words the article uses as a person's name: words after it are the
        # headline's verb ("Clinton Breaks With"); words before it are dropped only before a full
        # name ("Rip Donald Trump"), else they are a first name the body leaves out ("Hillary Clinton").
        for size in range(len(spans) - 1, 0, -1):
            for first in range(len(spans) - size + 1):
                start, end = spans[first][0], spans[first + size - 1][1]
                if name_key(mention.text[start:end]) in people:
                    return _cut(mention, start if size > 1 else 0, end)
    # Trimming a few words off a longer name would leave a fragment ("Black Caucus Foundation"):
    # the span goes whole or stays whole.
    common = sum(1 for start, end in spans if lower[mention.text[start:end].casefold()])
    return None if 2 * common > len(spans) else mention


def _cut(mention: RawMention, start: int, end: int) -> RawMention:
    if (start, end) == (0, len(mention.text)):
        return mention
    return replace(mention, start=mention.start + start, end=mention.start + end, text=mention.text[start:end])


def _split_possessive(mention: RawMention, people: set[str]) -> list[RawMention]:
    """ "Pagliano's Fifth Amendment" → the person "Pagliano" and "Fifth Amendment"."""
    if mention.label == "PERSON":
        return [mention]
    match = _POSSESSIVE.search(mention.text)
    if match is None or name_key(mention.text[: match.start()]) not in people:
        return [mention]
    owner = RawMention(mention.start, mention.start + match.start(), mention.text[: match.start()], "PERSON")
    rest = tidy_mention(_cut(mention, match.end(), len(mention.text)))  # "Obama's 2008": no name after
    return [owner] if rest is None else [owner, rest]


def join_split_names(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """Mentions with each piece of a known full person name grown back into the whole name."""
    full_names = {key for m in mentions if m.label == "PERSON" and len((key := name_key(m.text)).split()) >= 2}
    if not full_names:
        return list(mentions)
    # every "<space>-separated tail" of a full name, so each mention checks one set, not every name
    endings = {
        " ".join(parts[cut:]) for parts in (full.split(" ") for full in full_names) for cut in range(1, len(parts))
    }
    grown: dict[int, RawMention] = {}
    for index, mention in enumerate(mentions):
        if mention.label in VALUE_LABELS:
            continue
        start = _start_of_full_name(text, mention, full_names, endings)
        if start is not None:
            grown[index] = RawMention(start, mention.end, text[start : mention.end], "PERSON", roles=mention.roles)
    if not grown:
        return list(mentions)
    covered = [(m.start, m.end) for m in grown.values()]
    return [
        grown.get(index, mention)
        for index, mention in enumerate(mentions)
        if index in grown or not any(a <= mention.start and mention.end <= b for a, b in covered)
    ]


def _start_of_full_name(text: str, mention: RawMention, full_names: set[str], endings: set[str]) -> int | None:
    """Where a full name ending with `mention` starts, when the words right before it complete one."""
    key = name_key(mention.text)
    if key in full_names or key not in endings:
        return None
    start = mention.start
    for _ in range(3):  # a name has a few words before the surname at most
        previous = re.search(r"(\S+)[ \u00a0]+$", text[max(0, start - 40) : start])
        if previous is None or not previous.group(1)[:1].isupper():
            return None
        start -= len(previous.group(0))
        if name_key(text[start : mention.end]) in full_names:
            return start
    return None


def capitalised_mentions(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """Names written in capitals in a dateline or a photo credit ("CHAD HIPOLITO / THE CANADIAN
    PRESS"), which the recogniser misses, found as new mentions of the names it did find in their
    proper form. Only names of two or more words, or of one word of five letters or more, so a
    capital abbreviation ("US", "NATO") is never taken for a name.

    One pass over the words written in capitals (not one search of the text per name: a book has
    thousands of names), longest name first within each run of such words."""
    names: dict[str, str] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.label in VALUE_LABELS or mention.text.isupper() or not mention.text[:1].isupper():
            continue
        if len(words) >= 2 or len(mention.text) >= 5:
            names.setdefault(mention.text.upper(), mention.label)
    if not names:
        return []
    most_words = max(len(name.split()) for name in names)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in taken]
    reach = list(accumulate((end for _, end in taken), max))  # the furthest end among the first i
    found: list[RawMention] = []
    for run in _capital_runs(text):
        index = 0
        while index < len(run):
            for last in range(min(len(run), index + most_words) - 1, index - 1, -1):
                start, end = run[index][0], run[last][1]
                label = names.get(text[start:end])
                if label is not None and not _overlaps(starts, reach, start, end):
                    found.append(RawMention(start, end, text[start:end], label))
                    index = last
                    break
            index += 1
    return found


# A word in capitals (two letters or more, Latin script), and the runs of them one space apart.
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'’.-]*[A-Z\u00c0-\u00de.](?![\w'’-])")


def repeated_names(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """Other uses of a name of two or more capitalised words the recogniser found once ("Big
    Machine"), which it missed elsewhere ("accusing Big Machine of …", "Big Machine's"): new
    mentions with the label it gave. A use counts only as a whole run of capitalised words, or the
    end of one whose only other word opens the sentence ("Then Big Machine …"), so "New York" is
    never found inside "New York Times"."""
    names: dict[str, str] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.label in VALUE_LABELS or len(words) < 2 or mention.text.isupper():
            continue
        if all(word[:1].isupper() for word in words):
            names.setdefault(mention.text, mention.label)
    if not names:
        return []
    most_words = max(len(name.split()) for name in names)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in taken]
    reach = list(accumulate((end for _, end in taken), max))
    found: list[RawMention] = []
    for run in _title_runs(text):
        for first in (0, 1):
            if first == 1 and (len(run) < 3 or not starts_sentence(text, run[0][0])):
                break
            if len(run) - first > most_words:
                continue
            start, end = run[first][0], run[-1][1]
            label = names.get(text[start:end])
            if label is not None and not _overlaps(starts, reach, start, end):
                found.append(RawMention(start, end, text[start:end], label))
                break
    return found


def names_in_full(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """A person the recogniser knows only by a surname ("Parise said") and missed where the text
    names them in full ("Hours before Zach Parise's two-goal night"): that full name, a known first
    name and the surname alone as a run of capitalised words, as a new PERSON mention, so that the
    surname's mentions join it. A surname that already has a full name is `join_split_names`' case."""
    full = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2}
    surnames = {
        m.text
        for m in mentions
        if m.label == "PERSON"
        and m.text not in full
        and m.text.isalpha()
        and m.text[:1].isupper()
        and not m.text.isupper()
    }
    if not surnames:
        return []
    known = first_names()
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in taken]
    reach = list(accumulate((end for _, end in taken), max))
    found: list[RawMention] = []
    for run in _title_runs(text):
        if len(run) != 2:
            continue
        (start, middle), (after, end) = run
        if (
            text[after:end] in surnames
            and text[start:middle].lower() in known
            and not _overlaps(starts, reach, start, end)
        ):
            found.append(RawMention(start, end, text[start:end], "PERSON"))
    return found


# A word with a capital first letter, not all in capitals; a possessive ending is left out of it.
_TITLE_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w&'’.-]*(?![\w'’-])")


def _title_runs(text: str) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    for match in _TITLE_WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if word.isupper() and len(word) > 1:
            runs.append([])  # a word in capitals ends a run: "BIG Machine" is not "Big Machine"
            continue
        joined = bool(runs and runs[-1] and text[runs[-1][-1][1] : start] in (" ", "\u00a0"))
        end -= 2 if word.endswith(("'s", "’s")) else 1 if word.endswith((".", "'", "’")) else 0
        if joined:
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return [run for run in runs if len(run) >= 2]


def _capital_runs(text: str) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    for match in _CAPITAL_WORD.finditer(text):
        start, end = match.span()
        if runs and text[runs[-1][-1][1] : start] in (" ", "\u00a0"):
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return runs


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether a mention that starts before `end` reaches past `start`."""
    before = bisect_left(starts, end)
    return before > 0 and reach[before - 1] > start


# Capitals before a dash that flag a story rather than name its place.
_NOT_PLACES = frozenset(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH LISTEN OPINION ANALYSIS EDITORIAL CORRECTION NOTE PHOTOS VIDEO "
    "LIVE ALERT REVIEW COMMENTARY SPONSORED ADVERTISEMENT READ MORE".split()
)


def dateline_places(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """`mentions` with a region written short after a place a place ("Mississauga, Ont.", which the
    recogniser takes for a person), a one-word "person" written once before a region a place
    ("Hamilton, Ontario"), and a dateline's place one place ("HALIFAX —", which the recogniser tags as an
    organisation or misses; "ST. JOHN'S, N.L. —", which it splits into a place and a person): the
    mentions inside it give way to one GPE mention of the whole place."""
    found: list[RawMention] = list(mentions)
    datelines: set[str] = set()
    for match in DATELINE.finditer(text):
        start, end = match.span("place")
        words = text[start:end].split()
        if any(word.strip(".") in _NOT_PLACES for word in words) or sum(ch.isalpha() for ch in text[start:end]) < 3:
            continue
        found = [m for m in found if not (m.start < end and m.end > start)]
        found.append(RawMention(start, end, text[start:end], "GPE"))
        datelines.add(name_key(text[start:end]))
    # "RAJSHAHI —" opens the story: "Rajshahi" later is that place, where the recogniser took it for a
    # person, unless somebody the story names in full has it as a surname ("Zach Washington")
    surnames = {name_key(m.text).split()[-1] for m in found if m.label == "PERSON" and len(m.text.split()) > 1}
    datelines -= surnames
    found = [replace(m, label="GPE") if m.label == "PERSON" and name_key(m.text) in datelines else m for m in found]
    found = [_titled_dateline_place(text, m, datelines) for m in found]
    found = [
        replace(m, label="GPE") if m.label != "GPE" and is_region_after_place(text, m.start, m.end) else m
        for m in found
    ]
    # "I lived in Hamilton …" after "McMaster University in Hamilton, Ontario": one place, by the region
    # after it once, where the recogniser took it for a person elsewhere. Only a one-word name.
    places = {
        m.text
        for m in found
        if m.label in ("PERSON", "GPE") and len(m.text.split()) == 1 and is_place_before_region(text, m.end)
    }
    return [replace(m, label="GPE") if m.label == "PERSON" and m.text in places else m for m in found]


def _titled_dateline_place(text: str, mention: RawMention, datelines: set[str]) -> RawMention:
    """ "Prince Albert leads the series" after "PRINCE ALBERT, Sask. —": the dateline's place, which
    the recogniser took for a person with a title ("Prince"), not that person; "the Prince Albert
    Northern Lights", a team named for it, an organisation."""
    if mention.label != "PERSON" or not mention.roles:
        return mention
    title = mention.roles[0]
    start = mention.start - len(title) - 1
    if start < 0 or text[start : mention.start] != f"{title} ":
        return mention
    full = text[start : mention.end]
    key = name_key(full)
    # the title is the place's first word: "Prince" of "Prince Albert", not "Surrey … president"
    place = next(
        (
            place
            for place in datelines
            if place.startswith(f"{name_key(title)} ") and (key == place or key.startswith(f"{place} "))
        ),
        None,
    )
    if place is None:
        return mention
    return replace(mention, start=start, text=full, label="GPE" if key == place else "ORG", prefix="", roles=())


def proper_case(name: str) -> str:
    """A name written in capitals in its proper form, word by word ("ST. JOHN'S" → "St. John's");
    abbreviations with inner dots ("U.S.") stay as they are."""
    return " ".join(
        word if "." in word.rstrip(".") or not word.isupper() else word[0] + word[1:].lower() for word in name.split()
    )


# The words before "… Canada" that complete a federal department's name the recogniser cut at its
# "and" ("Fisheries and | Oceans Canada", "Environment and | Climate Change Canada", "Immigration,
# Refugees and | Citizenship Canada").
_DEPARTMENT_HEAD = re.compile(r"(?:[A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*)*),? and $")


def join_department_names(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """Mentions with a department named "X and Y Canada", cut by the recogniser at "and", whole: one
    organisation, and no mention of the words before it on their own."""
    grown: list[tuple[int, int]] = []
    result: list[RawMention] = []
    for mention in mentions:
        if mention.label in VALUE_LABELS or not mention.text.endswith(" Canada") or mention.text.startswith("the "):
            result.append(mention)
            continue
        head = _DEPARTMENT_HEAD.search(text, max(0, mention.start - 80), mention.start)
        if head is None or head.end() != mention.start:
            result.append(mention)
            continue
        start = head.start()
        grown.append((start, mention.end))
        result.append(RawMention(start, mention.end, text[start : mention.end], "ORG"))
    if not grown:
        return result
    return [m for m in result if (m.start, m.end) in grown or not any(a <= m.start and m.end <= b for a, b in grown)]
