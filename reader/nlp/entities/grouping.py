"""Group tidied mentions into real-world things. Pure: plain mentions in, `Entity` values out.

The rules, in the order they apply:
1. Values (dates, numbers, money…) group only with the same value and label, never with names.
2. Names group by comparison key (`name_key`): identical surface forms are one thing, whatever
   labels the recogniser gave them; abbreviations the text defines count as their long form;
   groups compare without plural and adjective endings ("Democrats", "Democratic").
3. Short names of things named in full join them (`aliases`): capital abbreviations
   ("CFPB"), places without their head word ("Panjshir" → "Panjshir Valley"), departments by
   their subject ("Justice" → "Justice Department").
4. Full person names (two or more words) stay apart unless equal leaving out middle initials and
   "Jr.": "Ahmad Massoud" is not "Ahmad Shah Massoud"; "Joseph R. Biden Jr." is "Joseph Biden". A
   longer name ending in a person's full name is that person whatever its tag ("Enrique Peña
   Nieto" tagged ORG beside "Peña Nieto"). So is a name in a person's form whose last word alone
   was tagged a person, when no full name ends in it ("Maxton Rudd" tagged ORG beside "Rudd said").
5. A short form of full person names is one word of them ("Lavrov", "Saleh"; a hyphenated
   surname is one word) or their last words ("De Blasio" for "Bill de Blasio", "Suu Kyi" for
   "Aung San Suu Kyi"), never an abbreviation in capitals ("U.N." is not "Kim Jong Un"). It joins
   when the recogniser tagged the form PERSON at least once (mentions of it tagged otherwise join
   too when PERSON is the majority for the form), or when it is the surname of those full names
   and was never tagged a place ("Neumann" tagged ORG): then every mention of it joins. It joins
   the candidate mentioned last before it in its paragraph (or in the paragraph before, when it
   opens its sentence), else the full name the article's body introduced first (`_Bearer`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from reader.nlp.dateline import region_name
from reader.nlp.entities.aliases import Form, alias_targets, group_key, is_acronym
from reader.nlp.entities.context import (
    capitalised_mentions,
    dateline_places,
    drop_context_junk,
    join_department_names,
    join_split_names,
    names_in_full,
    proper_case,
    repeated_names,
    things_of_places,
)
from reader.nlp.entities.layout import Layout
from reader.nlp.entities.mentions import (
    RawMention,
    acronym_mentions,
    split_at_dashes,
    surname_mentions,
    tidy_mention,
)
from reader.nlp.entities.names import (
    KIN_NOUNS,
    NAME_WORD,
    PLACE_LABELS,
    VALUE_LABELS,
    head_label,
    name_key,
    person_key,
)
from reader.nlp.types import Entity, TextSpan


def group_mentions(raw: Sequence[RawMention], text: str | None = None) -> list[Entity]:
    """Entities for `raw` spans, ids "e1"… by mention count, then first appearance.

    With `text` (the body the offsets point into), abbreviations defined in brackets after a
    name join that name, and bare surnames of named people count, including uses the
    recogniser missed.
    """
    parts = [part for mention in raw for part in split_at_dashes(mention)]
    mentions = [m for m in (tidy_mention(r) for r in parts) if m is not None]
    definitions: Mapping[str, str] = {}
    if text is not None:
        mentions = drop_context_junk(text, things_of_places(text, mentions))
        definitions, extra = acronym_mentions(text, mentions)
        mentions.extend(extra)
        mentions.extend(surname_mentions(text, mentions))
        mentions = join_split_names(text, mentions)
        mentions = join_department_names(text, mentions)
        mentions.extend(capitalised_mentions(text, mentions))
        mentions.extend(repeated_names(text, mentions))
        mentions.extend(names_in_full(text, mentions))
        mentions = dateline_places(text, mentions)
    mentions = _without_overlaps(mentions)
    layout = Layout(text)
    clusters = _cluster(mentions, definitions, layout)  # may relabel the mentions it joins
    entities = [_entity(mentions, members, layout) for members in clusters]
    entities.sort(key=lambda e: (-len(e.mentions), e.mentions[0].start))
    return [_with_id(entity, f"e{number}") for number, entity in enumerate(entities, 1)]


def _without_overlaps(mentions: list[RawMention]) -> list[RawMention]:
    """Article order; where two spans overlap the earlier (then longer) one wins."""
    kept: list[RawMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _form_key(mention: RawMention, definitions: Mapping[str, str]) -> str:
    key = name_key(mention.text)
    if mention.label == "GPE" and region_name(mention.text):
        return name_key(region_name(mention.text) or "")  # "Ont." is Ontario
    if mention.label == "NORP":
        return group_key(key)
    if mention.label == "PERSON":
        return person_key(key)
    office = _OFFICE_OF.fullmatch(key)
    if office:  # "Department of Justice" is "the Justice Department"
        key = f"{office.group(2)} {office.group(1)}"
    return definitions.get(key, key)


_OFFICE_OF = re.compile(r"(department|ministry|bureau) of (?:the )?([a-z][a-z ]*)")


def _vote(labels: Sequence[str]) -> str:
    """The most frequent label; a tie goes to PERSON, then to the label seen first."""
    counts = Counter(labels)
    return max(counts, key=lambda label: (counts[label], label == "PERSON", -labels.index(label)))


def _cluster(mentions: list[RawMention], definitions: Mapping[str, str], layout: Layout) -> list[list[int]]:
    """Indices into `mentions`, one list per entity.

    A surname joined to a person is relabelled PERSON in `mentions`: the join is the judgement
    that the recogniser misread it, so it must not outvote the person's label.
    """
    values: dict[tuple[str, str], list[int]] = {}
    forms: dict[str, list[int]] = {}
    for index, mention in enumerate(mentions):
        if mention.label in VALUE_LABELS:
            values.setdefault((mention.label, name_key(mention.text)), []).append(index)
        else:
            forms.setdefault(_form_key(mention, definitions), []).append(index)
    forms = _join_aliases(mentions, forms)

    persons = {
        key: members
        for key, members in forms.items()
        if len(key.split()) >= 2 and _vote([mentions[i].label for i in members]) == "PERSON"
    }
    for key in _named_by_a_lone_surname(forms, persons, mentions, layout):
        for i in forms[key]:
            mentions[i] = replace(mentions[i], label="PERSON")
        persons[key] = forms[key]
    person_order = {key: number for number, key in enumerate(persons)}
    # "Enrique Peña Nieto" tagged ORG is still the person "Peña Nieto" names in full; "The New Jim
    # Crow" is not a person: its extra word is a common one.
    for key, members in forms.items():
        if key in persons:
            continue
        # the first person (in `persons` order) whose name is the last words of `key`
        words = key.split()
        endings = [" ".join(words[cut:]) for cut in range(1, len(words) - 1)]
        person = min((e for e in endings if e in persons), key=person_order.__getitem__, default=None)
        extra = key.split()[: -len(person.split())] if person else []
        if person and not any(layout.written_in_lowercase(word) for word in extra):
            for i in members:
                mentions[i] = replace(mentions[i], label="PERSON")
            persons[key] = members
            person_order[key] = len(person_order)
    # "Suu Kyi" beside "Aung San Suu Kyi" is a short form, not a full name of its own.
    endings_of_persons = {" ".join(key.split()[cut:]) for key in persons for cut in range(1, len(key.split()))}
    full_names = {key: members for key, members in persons.items() if key not in endings_of_persons}
    by_word: dict[str, list[str]] = {}  # word → the full names holding it, in order
    by_ending: dict[str, list[str]] = {}  # last words → the full names ending with them, in order
    for full, members in full_names.items():
        words = full.split()
        parts = _hyphenated_parts(mentions[i].text for i in members)
        for word in dict.fromkeys(words):
            if word not in parts:
                by_word.setdefault(word, []).append(full)
        for cut in range(1, len(words)):
            by_ending.setdefault(" ".join(words[cut:]), []).append(full)
    clusters: dict[str, list[int]] = {key: list(members) for key, members in forms.items()}
    genders: dict[str, str] = {}  # full name → the gender its courtesy titles gave it so far
    for key, members in forms.items():
        # "PENCE" beside "Pence" is the name in capitals (a transcript, a headline), not an abbreviation
        if key in full_names or all(is_acronym(mentions[i].text) for i in members):
            continue
        candidates = list(by_word.get(key, []) if len(key.split()) == 1 else by_ending.get(key, []))
        if not candidates:
            continue
        labels = [mentions[i].label for i in members]
        person_votes = labels.count("PERSON")
        # The recogniser often tags a bare surname ORG ("Neumann said") once the full name was PERSON;
        # a place label is different evidence ("Washington" next to "George Washington").
        misread_surname = _is_surname(key, candidates) and (
            not set(labels) & PLACE_LABELS
            # "Modi did not commit" tagged GPE after "Narendra Modi": never written as a place, and the
            # full name opens with a first name ("N. Korea" is no person's)
            or (
                not any(layout.after_a_place_word(mentions[i].start) for i in members)
                and all(len(full.split()[0]) > 1 for full in candidates)
            )
        )
        misread_surname = misread_surname or _misread_first_name(
            key, labels, members, candidates, clusters, mentions, layout
        )
        if labels.count("NORP") * 3 > len(labels) * 2:
            misread_surname = False  # "French press" ×60 beside one "Clara French": a nationality's word
        if person_votes == 0 and not misread_surname:
            continue
        person_majority = misread_surname or 2 * person_votes >= len(members)
        known = _known_by_title(members, candidates, clusters, mentions, layout)
        clusters[key] = []
        if known is not None:  # "President Obama" before "Michelle Obama" is someone else
            candidates = [*candidates, key]
        bearer = _Bearer(candidates, clusters, mentions, layout, introduced={key: known} if known is not None else {})
        staying: list[int] = []
        for i in members:  # in article order, so each choice can lean on the ones before it
            if mentions[i].label == "PERSON" or person_majority:
                full = _by_honorific(bearer.of(mentions[i].start), candidates, mentions[i].start, genders, layout)
                full = _by_generation(full, candidates, mentions[i].start, clusters, mentions, layout)
                if _relative_of_another_family(mentions[i], full):
                    staying.append(i)  # "Spindler's father, Joseph": not the Joseph Boinnet of the story
                    continue
                clusters[full].append(i)
                mentions[i] = replace(mentions[i], label="PERSON")
            else:
                staying.append(i)
        clusters[key] += staying
    return [sorted(members) for members in (*clusters.values(), *values.values()) if members]


def _hyphenated_parts(surfaces: Iterable[str]) -> set[str]:
    """The words of a name that are parts of a hyphenated one ("MacLellan" of "Catherine
    MacLellan-Beaton"): a word alone ("MacLellan said") is someone else's name, not hers."""
    return {part for surface in surfaces for word in surface.split() if "-" in word for part in name_key(word).split()}


def _named_by_a_lone_surname(
    forms: Mapping[str, list[int]], persons: Mapping[str, list[int]], mentions: Sequence[RawMention], layout: Layout
) -> list[str]:
    """Names of two or three words the recogniser did not tag a person ("Montell Figgins, who
    represents …" tagged ORG) whose last word it tagged a person on its own ("Figgins said"), when no
    person's full name ends in that word, each word reads as a name and none is an organisation's or
    a place's word, or a common word elsewhere in the article."""
    endings = {key.split()[-1] for key in persons}
    surnames = {
        key
        for key, members in forms.items()
        if " " not in key and key not in endings and _vote([mentions[i].label for i in members]) == "PERSON"
    }
    found = []
    for key, members in forms.items():
        words = key.split()
        if key in persons or not 2 <= len(words) <= 3 or words[-1] not in surnames:
            continue
        if any(mentions[i].label in PLACE_LABELS or mentions[i].label in VALUE_LABELS for i in members):
            continue
        written = mentions[members[0]].text.split()
        if head_label(" ".join(written)) or not all(NAME_WORD.fullmatch(word) for word in written):
            continue
        if not any(layout.written_in_lowercase(word) for word in words[:-1]):
            found.append(key)
    return found


_RELATIVE_OF = re.compile(r"^(?:[A-Z][\w'’-]*\s+)*([A-Z][\w-]*)['’]s\s+(\w+)$")


def _relative_of_another_family(mention: RawMention, full: str) -> bool:
    """A one-word name the article gives as a relative of someone with another surname ("Spindler's
    father, Joseph") is not the full name it would join ("Joseph Boinnet"): a relative shares the
    surname of whom they are a relative, most often."""
    if len(mention.text.split()) != 1:
        return False
    for role in mention.roles:
        found = _RELATIVE_OF.match(role)
        if found and found.group(2).lower() in KIN_NOUNS and name_key(found.group(1)) != full.split()[-1]:
            return True
    return False


def _misread_first_name(
    key: str,
    labels: Sequence[str],
    members: Sequence[int],
    candidates: Sequence[str],
    clusters: Mapping[str, Sequence[int]],
    mentions: Sequence[RawMention],
    layout: Layout,
) -> bool:
    """A first name alone ("Jayme" for Jayme Closs) tagged ORG is the person when one full name
    starts with it, it is never a place nor a common word, and every use of it opens a sentence in
    a later paragraph than the full name's first (the story going on about the person it named);
    in the full name's own paragraph the evidence is too thin ("Jordan Peterson spoke. Jordan …")."""
    if len(candidates) != 1 or len(key.split()) != 1 or candidates[0].split()[0] != key:
        return False
    if set(labels) & PLACE_LABELS or layout.written_in_lowercase(key) or not clusters[candidates[0]]:
        return False
    introduced = layout.paragraph_of(min(mentions[i].start for i in clusters[candidates[0]]))
    return all(
        layout.opens_sentence(mentions[i].start) and layout.paragraph_of(mentions[i].start) > introduced
        for i in members
    )


def _by_honorific(full: str, candidates: Sequence[str], offset: int, genders: dict[str, str], layout: Layout) -> str:
    """Family members sharing a surname stay apart: "Mrs. Obama" is not the Obama already called
    "Mr. Obama". A titled short form goes to the chosen bearer unless an earlier title gave that
    bearer the other gender; then to the candidate whose title fits, else one with none yet."""
    gender = layout.honorific_gender(offset)
    if gender is None or len(candidates) < 2:
        return full
    if genders.get(full, gender) != gender:
        fitting = [c for c in candidates if genders.get(c) == gender] or [c for c in candidates if c not in genders]
        if fitting:
            full = fitting[0]
    genders.setdefault(full, gender)
    return full


def _by_generation(
    full: str,
    candidates: Sequence[str],
    offset: int,
    clusters: Mapping[str, Sequence[int]],
    mentions: Sequence[RawMention],
    layout: Layout,
) -> str:
    """ "The younger MacAulay" is the one of the family the article brought in as someone's son or
    daughter, or gave the lower age ("Kyle MacAulay, 31,"); "the elder" the other. Without either,
    the chosen bearer stays."""
    word = layout.generation(offset)
    if word is None or len(candidates) < 2:
        return full
    firsts = {c: min(clusters[c], key=lambda i: mentions[i].start) for c in candidates if clusters.get(c)}
    # only those the article has brought in by then: "his son, Frank" two paragraphs on is not yet known
    firsts = {c: i for c, i in firsts.items() if mentions[i].start < offset}
    candidates = [c for c in candidates if c in firsts]
    if len(candidates) < 2:
        return full
    ages = {c: layout.age_after(mentions[i].end) for c, i in firsts.items()}
    if len(firsts) == len(candidates) and all(ages.values()) and len(set(ages.values())) == len(ages):
        pick = max if word == "elder" else min
        return pick(candidates, key=lambda c: ages[c] or 0)
    standing = {c: _GENERATIONS.get(layout.relative_before(mentions[i].start) or "") for c, i in firsts.items()}
    chosen = [c for c in candidates if standing.get(c) == word]
    if len(chosen) == 1:
        return chosen[0]
    others = [c for c in candidates if standing.get(c) is not None and standing.get(c) != word]
    if len(candidates) == 2 and len(others) == 1:
        return next(c for c in candidates if c != others[0])
    return full


# Which of a family a relative's word makes someone.
_GENERATIONS = {
    **dict.fromkeys(("son", "daughter", "child", "grandson", "granddaughter"), "younger"),
    **dict.fromkeys(("father", "mother", "dad", "mom", "mum", "parent", "grandfather", "grandmother"), "elder"),
}


def _join_aliases(mentions: Sequence[RawMention], forms: dict[str, list[int]]) -> dict[str, list[int]]:
    """`forms` with each short name's mentions moved to the longer name it stands for."""
    described = {}
    for key, members in forms.items():
        first = mentions[members[0]]
        described[key] = Form(key, first.text, _vote([mentions[i].label for i in members]), len(members), first.start)
    targets = alias_targets(described)
    joined: dict[str, list[int]] = {}
    for key, members in forms.items():
        joined.setdefault(targets.get(key, key), []).extend(members)
    return joined


def _ends_with(full: str, short: str) -> bool:
    """`short` is the last words of the longer `full` ("de blasio" of "bill de blasio")."""
    outer, inner = full.split(), short.split()
    return len(outer) > len(inner) and outer[-len(inner) :] == inner


def _is_surname(short: str, full_names: Sequence[str]) -> bool:
    """`short` is the last word(s) of every full name it could stand for."""
    return all(full == short or _ends_with(full, short) for full in full_names)


def _known_by_title(
    members: Sequence[int],
    candidates: Sequence[str],
    clusters: Mapping[str, Sequence[int]],
    mentions: Sequence[RawMention],
    layout: Layout,
) -> int | None:
    """Where the body calls someone by title and surname ("President Obama") before naming in full
    anyone the surname could stand for: a person the reader is expected to know, not one the
    article introduces later. None when it does not."""
    body = [
        mentions[i].start
        for full in candidates
        for i in clusters[full]
        if not layout.headlines.holds(mentions[i].start)
    ]
    if not body:
        return None
    titled = [
        mentions[i].start
        for i in members
        if mentions[i].roles and mentions[i].start < min(body) and not layout.headlines.holds(mentions[i].start)
    ]
    return min(titled, default=None)


class _Bearer:
    """Which of the full names in `candidates` a short form stands for, asked in article order.

    The candidate mentioned last before it (in full, or by a short form already given to it) when
    that mention is in the same paragraph, or in the paragraph before when the short form opens
    its sentence (it continues the person just named: "Jeh Johnson says… ¶ Johnson tells…").
    Otherwise the full name the article's body introduced first, its main bearer of the name ("the
    Trump campaign" is Donald Trump's even after a paragraph about Ivanka Trump).
    """

    def __init__(
        self,
        candidates: Sequence[str],
        clusters: Mapping[str, Sequence[int]],
        mentions: Sequence[RawMention],
        layout: Layout,
        introduced: Mapping[str, int],
    ) -> None:
        self._seen = sorted((mentions[i].start, full) for full in candidates for i in clusters[full])
        self._layout = layout
        self._last: tuple[int, str] | None = None  # the latest answer: it is seen from then on

        def introduction(full: str) -> tuple[bool, int]:
            # the body introduces people in order; a headline names whom the story is about
            if full in introduced:
                return (False, introduced[full])
            starts = [mentions[i].start for i in clusters[full]]
            body = [start for start in starts if not layout.headlines.holds(start)]
            return (not body, min(body or starts))

        self._first = min(candidates, key=introduction)

    def of(self, offset: int) -> str:
        position = bisect.bisect_left(self._seen, (offset, ""))
        previous = self._seen[position - 1] if position else None
        if self._last is not None and (previous is None or self._last[0] > previous[0]):
            previous = self._last
        if previous is not None:
            previous = self._sentence_subject(previous, position)
        full = self._first
        if previous is not None:
            distance = self._layout.paragraph_of(offset) - self._layout.paragraph_of(previous[0])
            if distance == 0 or (distance == 1 and self._layout.opens_sentence(offset)):
                full = previous[1]
        self._last = (offset, full)
        return full

    def _sentence_subject(self, previous: tuple[int, str], position: int) -> tuple[int, str]:
        """The bearer who opened the sentence of the latest mention, when that mention came later in
        it ("Justin Trudeau spoke about his father, Pierre Trudeau. | “…,” Trudeau said": Justin,
        whom the sentence was about), at the latest mention's place."""
        if self._layout.opens_sentence(previous[0]):
            return previous
        for start, full in reversed(self._seen[:position]):
            if start >= previous[0]:
                continue
            if not self._layout.same_sentence(start, previous[0]):
                break
            if self._layout.opens_sentence(start):
                return (previous[0], full)
        return previous


def _canonical_name(members: Sequence[RawMention], layout: Layout, *, group: bool = False) -> str:
    """The fullest form (most words), ties by frequency then first appearance, among the forms the
    article itself uses outside quotations ("Crooked Hillary Clinton" in a quote is not her name),
    or the one full name a quote gives when the article's own words give only the surname; its
    commonest spelling that is not shouted in capitals."""
    by_key: dict[str, list[RawMention]] = {}
    for mention in members:
        by_key.setdefault(name_key(mention.text), []).append(mention)
    order = list(by_key)
    narrative = [key for key in order if any(not layout.in_quotation(m.start) for m in by_key[key])]

    # a group is named by its plural when the article uses one ("Mexicans", not "Mexican")
    def rank(key: str) -> tuple[int, bool, int, int]:
        return (len(key.split()), group and key.endswith("s"), len(by_key[key]), -order.index(key))

    best = max(narrative or order, key=rank)
    if narrative and len(best.split()) == 1 and not group:
        # The article's own words give only the surname ("Cooper"); a quote gives the whole name
        # ("I'm not okay with Anderson Cooper"): that is the name, epithets aside ("Crooked Trump" is
        # not, when the article's own words name him in full).
        whole = [
            key for key in order if key not in narrative and 2 <= len(key.split()) <= 3 and key.split()[-1] == best
        ]
        whole = [key for key in whole if all(m.text.split()[0][:1].isupper() for m in by_key[key])]
        if len(whole) == 1:
            best = whole[0]
    spellings = [m.text for m in by_key[best]]
    counts = Counter(spellings)
    # A dateline's "WASHINGTON" loses to "Washington" however often it appears.
    return max(counts, key=lambda s: (not (s.isupper() and len(s) > 4), counts[s], -spellings.index(s)))


def _roles(members: Sequence[RawMention]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for mention in members:
        for role in mention.roles:
            seen.setdefault(role.casefold(), role)
    return tuple(seen.values())


def _entity(mentions: Sequence[RawMention], indices: Sequence[int], layout: Layout) -> Entity:
    members = [mentions[i] for i in indices]
    label = _vote([m.label for m in members])
    name = _canonical_name(members, layout, group=label == "NORP")
    if label in PLACE_LABELS and name.isupper() and any(len(word.strip(".")) > 3 for word in name.split()):
        name = proper_case(name)  # a dateline's "HALIFAX", the only spelling the article has; not "US"
    if label == "GPE":
        name = region_name(name) or name  # "Mississauga, Ont.": Ontario
    return Entity(
        id="",
        name=name,
        label=label,
        aliases=tuple(sorted({m.text for m in members})),
        mentions=tuple(TextSpan(m.start, m.end, m.text) for m in members),
        # a person's roles on a place ("fuel Delhi's", one use tagged a person) say nothing of the place
        roles=_roles([m for m in members if m.label == label or label == "PERSON"]),
    )


def _with_id(entity: Entity, entity_id: str) -> Entity:
    return Entity(entity_id, entity.name, entity.label, entity.aliases, entity.mentions, entity.roles)
