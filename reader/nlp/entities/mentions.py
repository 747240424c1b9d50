"""One named-entity span as plain data, and the tidying that turns spaCy's span into a name.

Pure: works on strings and offsets, so every trimming rule is testable without spaCy.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.nlp.entities.names import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    VALUE_LABELS,
    bare_word,
    first_names,
    head_label,
    initials,
    is_acronym_of,
    name_key,
    thing_label,
    word_spans,
)
from reader.nlp.entities.titles import PORTFOLIOS, is_honorific_only, is_title_word, title_prefix_length

_ABBREVIATION_ENDS = frozenset({"jr", "sr", "inc", "co", "corp", "ltd", "bros", "st"})
_ARTICLES = frozenset({"the", "a", "an"})
# "anti-Taliban", "un-American", "post-World War II": the name is what follows the prefix.
_LOWER_PREFIX = re.compile(r"([a-z]{2,5})[-\u2010\u2011](?=[A-Z])")
# Markup and handles are never part of a name ('tweet_id="77…">The blue arrow', "@JohnMelloy").
_MARKUP = frozenset("<>=_{}[]|@#\\")
_DOUBLE_QUOTES = frozenset('"\u201c\u201d')
# A possessive's apostrophe as scraped text writes it: straight, curly, or the opening curly mark.
_POSSESSIVES = ("'s", "\u2019s", "\u2018s", "'S", "\u2019S", "\u2018S")


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


_SPACED_DASH = re.compile(r"\s+(?:[-\u2013\u2014]+|/)\s+")


def split_at_dashes(raw: RawMention) -> list[RawMention]:
    """A name span running across a spaced dash or slash is two spans ("Scott - Brentley Vinson", a
    photo credit's "Niall Carson / PA Images"): set off by spaces, they separate clauses or credits,
    never the words of one name."""
    if raw.label in VALUE_LABELS or not _SPACED_DASH.search(raw.text):
        return [raw]
    parts: list[RawMention] = []
    start = 0
    for dash in [*_SPACED_DASH.finditer(raw.text), None]:
        end = dash.start() if dash else len(raw.text)
        if end > start:
            first = not parts
            parts.append(
                RawMention(
                    raw.start + start,
                    raw.start + end,
                    raw.text[start:end],
                    raw.label,
                    raw.prefix if first else "",
                    raw.roles if first else (),
                )
            )
        start = dash.end() if dash else end
    return parts


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


def _trim(text: str, label: str) -> tuple[int, int]:
    """Offsets inside `text` of the name proper: without a leading article ("the", "a"), a lowercase
    word before or after a name that is not a person's ("federal Securities and Exchange
    Commission", "E.U. nations"), a lowercase prefix joined by a hyphen ("anti-Taliban"), a
    trailing possessive, or a score after a person's name ("Nicolas Jarry 6-4"). Values (dates,
    numbers) lose only a leading "the" and a possessive."""
    start, end = 0, len(text)
    words = word_spans(text)
    articles = {"the"} if label in VALUE_LABELS else _ARTICLES  # "a decade earlier" is the value
    if len(words) > 1 and text[words[0][0] : words[0][1]].casefold() in articles:
        words = words[1:]
    if label == "PERSON":
        while len(words) > 1 and any(ch.isdigit() for ch in text[words[-1][0] : words[-1][1]]):
            words = words[:-1]
    elif label not in VALUE_LABELS:
        while len(words) > 1 and _is_lowercase_word(text[words[0][0] : words[0][1]]):
            words = words[1:]
        while len(words) > 1 and _is_lowercase_word(text[words[-1][0] : words[-1][1]]):
            words = words[:-1]
    if words:
        start, end = words[0][0], words[-1][1]
    prefix = _LOWER_PREFIX.match(text, start, end)
    # "al-Qaeda" keeps its article; "mid-September" is the date
    if prefix and prefix.group(1) not in NAME_PARTICLES and label not in VALUE_LABELS:
        start = prefix.end()
    for ending in _POSSESSIVES:
        if text.endswith(ending, start, end) and end - len(ending) > start:
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


def _is_lowercase_word(word: str) -> bool:
    """A word written in lowercase that is not a name particle ("al", "de", "bin")."""
    return word.islower() and word.casefold() not in NAME_PARTICLES


def _before_inner_possessive(body: str) -> int:
    """Length of a person's name that runs on past a possessive ("Clinton's van" → "Clinton")."""
    for _, word_end in word_spans(body)[:-1]:
        if body[word_end - 2 : word_end] in _POSSESSIVES and word_end - 2 > 0:
            return word_end - 2
    return len(body)


_AFFILIATION = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _before_affiliation(body: str) -> int:
    """Length of a person's full name that runs on into where they work ("Jingyi Pan of IG" → "Jingyi
    Pan"); a one-word name keeps its "of" ("Joseph of Arimathea")."""
    found = _AFFILIATION.search(body)
    if found is None:
        return len(body)
    name = body[: found.start()].split()
    if len(name) < 2 or any(is_title_word(word) for word in name):
        return len(body)  # "Prime Minister of Canada Justin Trudeau": the title's own "of"
    return found.start()


def _before_open_quote(body: str) -> int:
    """Length of a name cut off at a nickname's quotation mark the span does not close
    ('Robert C. "Bobby' → 'Robert C.')."""
    quotes = [i for i, ch in enumerate(body) if ch in _DOUBLE_QUOTES]
    return quotes[-1] if len(quotes) % 2 else len(body)


def _join_role(*parts: str) -> str:
    return " ".join(" ".join(part.split()) for part in parts if part.strip())


def tidy_mention(raw: RawMention) -> RawMention | None:
    """The mention as a name: trimmed, title split off into a role; None when it is not a usable name
    (crosses a line break, begins or ends in punctuation, one letter, a bare number tagged as a name,
    no capital letter)."""
    if "\n" in raw.text or "\r" in raw.text:
        return None
    if _UNION_LOCAL.search(raw.text):  # "UFCW Local 832", "CUPE Local 79": a union's branch
        raw = replace(raw, label="ORG")
    start, end = _trim(raw.text, raw.label)
    body = raw.text[start:end]
    if not body:
        return None
    if raw.label in VALUE_LABELS:
        if not any(ch.isalnum() for ch in body):
            return None
        return replace(raw, start=raw.start + start, end=raw.start + end, text=body)
    title = ""
    if raw.label == "ORG" and _titled_person(body):
        raw = replace(raw, label="PERSON")  # "MLA Ravi Kahlon" tagged as an organisation
    if raw.label == "PERSON" and all(is_title_word(w) and (w.isupper() or w.endswith(".")) for w in body.split()):
        return None  # "The NDP MLA said": "MLA" tagged as a person is a title, no one's name
    if raw.label == "PERSON":
        end = start + _before_inner_possessive(body)
        end = start + _before_open_quote(raw.text[start:end])
        body = raw.text[start:end].rstrip()
        end = start + len(body)
        words = word_spans(body)
        cut = title_prefix_length([body[a:b] for a, b in words]) or _office_inside([body[a:b] for a, b in words])
        if cut:
            title = body[: words[cut][0]].strip()
            start += words[cut][0]
            body = raw.text[start:end]
        end = start + _before_affiliation(body)
        body = raw.text[start:end]
        while len(body.split()) > 1 and body.split()[-1].isalpha() and body.split()[-1].islower():
            body = body[: body.rindex(" ")].rstrip()  # "Vanco shares, noting …": the verb is no name
            end = start + len(body)
        words = body.split()
    key = name_key(body).replace(" ", "")
    if body.islower():  # "us" tagged as a country: names are capitalised
        return None
    if any(ch in _MARKUP for ch in body):
        return None
    if not _ends_cleanly(body) or len(key) <= 1 or not any(ch.isalpha() for ch in key):
        return None
    label, roles = raw.label, raw.roles
    words = body.split()
    office = ""
    if len(words) > 1 and label in ("PERSON", "ORG") and not title and words[-2][:1].isupper():
        office = bare_word(words[-1])  # not "Office of the President"
    if office in _OFFICES_AFTER_A_PLACE or office in _OFFICES:
        # "Saint John Mayor" (Donna Reardon), "Hockey Canada President" (Scott Smith), tagged as a
        # person or an organisation: what the office is of; its holder is named after it
        if all(is_title_word(word) or bare_word(word) in PORTFOLIOS for word in words[:-1]):
            return None  # "Prime Minister", "Finance Minister": a title alone
        body = body[: body.rindex(words[-1])].rstrip()
        label = "GPE" if office in _OFFICES_AFTER_A_PLACE else "ORG"
        return RawMention(raw.start + start, raw.start + start + len(body), body, label)
    if label == "PERSON":
        label = head_label(body) or label  # "John Birch Society", "Midway Atoll"
    role = _join_role(raw.prefix, title)
    kind = thing_label(role)
    if kind is not None:  # "the YouTube channel Solovyev Live" names a channel, not a person
        return RawMention(raw.start + start, raw.start + end, body, kind)
    if role and not is_honorific_only(role.split()):
        roles = (role, *roles)
    return RawMention(raw.start + start, raw.start + end, body, label, roles=roles)


def _titled_person(body: str) -> bool:
    """A title, then a person's name in full: the title's words, then two or three capitalised words
    the first of which is a known first name ("MLA Ravi Kahlon", "Coun. Linda Hepner", "Local MLA
    Heather Cormier"), nothing else."""
    words = body.split()
    cut = title_prefix_length(words) or _office_inside(words)
    name = words[cut:]
    return (
        cut > 0
        and 2 <= len(name) <= 3
        and all(word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() for word in name)
        and name[0].lower() in first_names()
    )


def _office_inside(words: list[str]) -> int:
    """Where the name starts after an office inside a span tagged as a person, the office's place
    before it ("Saint Martin Mayor Lucie Ouellet", "Borealis spokesperson Kevin Ashdown": 3); 0 when
    there is none."""
    for number in range(1, len(words) - 1):
        if bare_word(words[number]) in _OFFICES_AFTER_A_PLACE | _OFFICES:
            rest = words[number + 1 :]
            if len(rest) <= 3 and all(word[:1].isupper() for word in rest) and words[number - 1][:1].isupper():
                return number + 1
    return 0


# Offices that, ending a span tagged as a person, leave the place they are of ("Saint John Mayor",
# "Ontario Premier") or something else ("Hockey Canada President"), the holder's name coming after.
# Not offices that are surnames too ("Major", "Bishop", "Judge", "Prince").
_OFFICES_AFTER_A_PLACE = frozenset("mayor premier governor reeve councillor mla mpp mna".split())
_OFFICES = frozenset(
    "president minister ceo chairman chairwoman chairperson spokesperson spokesman spokeswoman commissioner "
    "superintendent coroner".split()
)
_UNION_LOCAL = re.compile(r"\bLocal \d+$")
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
    long_forms = _untagged_long_forms(text, mentions, labels)
    for long_form in long_forms:
        short = _DEFINITION.match(text, long_form.end).group(1)
        definitions[name_key(short)] = name_key(long_form.text)
        labels[short] = "ORG"
    for short, long_form in _spelled_out_forms(text, mentions, labels):
        definitions[name_key(short)] = name_key(long_form.text)
        labels[short] = "ORG"
        long_forms.append(long_form)
    if not labels:
        return definitions, []
    # One pass over the text for all of them (a long text defines hundreds); the longest first.
    alternatives = "|".join(re.escape(short) for short in sorted(labels, key=len, reverse=True))
    uses: dict[str, list[RawMention]] = {short: [] for short in labels}
    for found in re.finditer(rf"(?<![\w.])(?:{alternatives})(?![\w])", text):
        short = found.group()
        uses[short].append(RawMention(found.start(), found.end(), short, labels[short]))
    return definitions, [*long_forms, *(mention for short in labels for mention in uses[short])]


# Last words of an office that speaks as a body ("Parliamentary Budget Officer", "Attorney General").
_OFFICE_HEADS = frozenset({"general", "officer", "commissioner", "ombudsman", "ombudsperson", "registrar"})


def _names_a_body(name: str) -> bool:
    """The name is an organisation's or an office's by its last word ("… Police Service", "Project
    Management Institute", "… Attorney General"), not a term ("Customer Acquisition Cost")."""
    return head_label(name) == "ORG" or bare_word(name.split()[-1]) in _OFFICE_HEADS


# A run of capitalised words (with "of", "and", "for", "the" inside) right before "(ABBR)".
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w.'’&-]*[ \u00a0]+(?:(?:of|and|for|the|on)[ \u00a0]+)*)*[A-Z][\w.'’&-]*$")


def _untagged_long_forms(text: str, mentions: Sequence[RawMention], labels: dict[str, str]) -> list[RawMention]:
    """The long form of an abbreviation the text defines where the recogniser tagged none of it whole
    ("The New York State Attorney General (NYAG)", seen as the place "New York" only), when its last
    word says it is an organisation or an office."""
    tagged_ends = {mention.end for mention in mentions}
    found: list[RawMention] = []
    for match in _DEFINITION.finditer(text):
        short = match.group(1)
        if short in labels or match.start() in tagged_ends or not short.replace(".", "").isupper():
            continue
        run = _CAPITALISED_RUN.search(text, max(0, match.start() - 120), match.start())
        if run is None:
            continue
        words = run.group().split()
        for first in range(len(words) - 1):  # the shortest run the letters still fit, from its start
            long_form = " ".join(words[first:])
            if words[first][0].upper() == short[0] and is_acronym_of(short, long_form) and _names_a_body(long_form):
                start = run.end() - len(long_form)
                found.append(RawMention(start, run.end(), long_form, "ORG"))
                break
    return found


# Any run of capitalised words, "of", "and", "for", "the" or "on" inside it.
_CAPITALISED_RUNS = re.compile(r"[A-Z][\w'’&-]*(?:[ \u00a0]+(?:(?:of|and|for|the|on)[ \u00a0]+)*[A-Z][\w'’&-]*)+")


def _spelled_out_forms(
    text: str, mentions: Sequence[RawMention], labels: dict[str, str]
) -> list[tuple[str, RawMention]]:
    """Abbreviations the recogniser tagged as organisations that the text spells out without
    defining them ("The Parliamentary Budget Officer released …", then "the PBO added …"): each
    with the first run of capitalised words whose initials are exactly its letters and whose last
    word makes it a body or an office. Three letters at least, and only where no tagged name
    spells the abbreviation already (that is the grouping's business)."""
    shorts = {
        mention.text
        for mention in mentions
        if mention.label == "ORG" and mention.text not in labels and 3 <= len(mention.text) <= 6
        and mention.text.isalpha() and mention.text.isupper()
    }  # fmt: skip
    shorts -= {initials(mention.text) for mention in mentions if len(mention.text.split()) > 1}
    if not shorts:
        return []
    tagged = {(mention.start, mention.end) for mention in mentions}
    found: dict[str, RawMention] = {}
    for run in _CAPITALISED_RUNS.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        for first in range(len(words) - 1):
            if words[first].group().casefold() in _ARTICLES:
                continue
            long_form = run.group()[words[first].start() :]
            short = initials(long_form)
            if short in shorts and short not in found and _names_a_body(long_form):
                start = run.start() + words[first].start()
                if (start, run.end()) not in tagged:
                    found[short] = RawMention(start, run.end(), long_form, "ORG")
                break
    return list(found.items())


# A whole word (letters, digits, hyphens) not glued to a word, apostrophe, dot or hyphen before it,
# not after a short capitalised word ("Mr Saleh" is the recogniser's business), not followed by
# another capitalised word ("Saleh Mohammed", "Trump Tower").
_STANDALONE_WORD = re.compile(r"(?<![\w'\u2019.-])(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s)\w[\w-]*(?![\w-])(?!\s[A-Z])")


def surname_mentions(text: str, mentions: Sequence[RawMention]) -> list[RawMention]:
    """Mentions for uses of a known one-word name the recogniser missed: a person's surname
    ("Saleh has declared…" after "Amrullah Saleh") as PERSON, and an organisation's one-word name
    ("In a statement, Facebook said" after "Facebook" was tagged) as ORG. Only a capitalised whole
    word standing alone: not inside another mention and not next to another capitalised word
    ("Saleh Mohammed", "Trump Tower"). A surname the recogniser also tagged as an organisation stays
    a surname; an organisation's name the text also writes in lower case ("Apple" and "apple") is
    left to the recogniser."""
    names: dict[str, str] = {}
    organisations: set[str] = set()
    for mention in mentions:
        words = mention.text.split()
        if mention.label == "ORG" and len(words) == 1:
            word = words[0]
            if len(word) >= 3 and word[0].isupper() and not word.isupper() and word.replace("-", "").isalnum():
                organisations.add(word)
        if mention.label != "PERSON" or len(words) < 2:
            continue
        while len(words) > 2 and words[-1].casefold().strip(".,") in NAME_SUFFIXES:
            words = words[:-1]
        last = words[-1]
        if len(last) >= 3 and last[0].isupper() and not last.isupper() and last.replace("-", "").isalpha():
            if not is_title_word(last):
                names[last] = "PERSON"
    lowercase = _lowercase_words(text, organisations) if organisations else set()
    for word in organisations:  # a surname tagged ORG once ("Neumann said") stays the surname
        if word not in names and not is_title_word(word) and word.lower() not in lowercase:
            names[word] = "ORG"
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # furthest end among the first k
    # One pass over the text for every capitalised-or-not whole word, kept when it is a surname: a
    # scan per surname would be (surnames × text), which is minutes on a book.
    found: list[RawMention] = []
    for match in _STANDALONE_WORD.finditer(text):
        word = match.group()
        label = names.get(word)
        if label is None:
            continue
        start, end = match.span()
        before = bisect.bisect_left(starts, end)  # mentions starting before this one ends
        if not before or reach[before - 1] <= start:
            found.append(RawMention(start, end, word, label))
    found.sort(key=lambda mention: (mention.text, mention.start))
    return found


def _lowercase_words(text: str, words: set[str]) -> set[str]:
    """Which of `words`, lowered, the text also writes in lower case as a word of its own."""
    lowered = {word.lower() for word in words}
    return {found for found in re.findall(r"(?<![\w'’-])[a-z][\w-]*", text) if found in lowered}
