"""Named entities grouped into real-world things: spaCy's spans → plain mentions → `Entity` values.

The spaCy-facing part is only this module and `roles`; the grouping rules live in
`grouping` and `mentions`, which work on plain data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.nlp.entities.grouping import group_mentions
from reader.nlp.entities.mentions import RawMention
from reader.nlp.entities.names import (
    KIN_NOUNS,
    NAME_WORD,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    first_names,
    head_label,
    name_key,
)
from reader.nlp.entities.roles import appositive_roles, relative_roles, role_prefix
from reader.nlp.entities.titles import PORTFOLIOS, is_honorific, is_office
from reader.nlp.parse import ParsedParagraph
from reader.nlp.types import Entity

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["RawMention", "channel_number", "find_entities", "group_mentions", "raw_mentions"]


def raw_mentions(parsed: Sequence[ParsedParagraph]) -> list[RawMention]:
    """Every span the recogniser tagged, with article offsets; people carry the role words the
    parse attaches to them."""
    found: list[RawMention] = []
    things: set[int] = set()  # indices of people's spans used as a product's name is
    for paragraph in parsed:
        for span, person in _names_split_in_two(list(paragraph.doc.ents)):
            prefix, roles = "", ()
            label = "PERSON" if person else span.label_
            if label in _NAME_LABELS and (
                _titled_name(span) or _beside_an_office(span) or _followed_as_a_person(span) or _first_and_last(span)
            ):
                label = "PERSON"
            if label == "NORP" and _a_person_by_surname(span):
                label = "PERSON"  # "Palvetzian said", an Armenian surname read as a people
            if label in ("PERSON", "ORG") and _place_of_an_office(span):
                label = "GPE"  # "Moncton | Mayor Dawn Arnold", the place tagged as a person
            if label == "PERSON" and _first_name_left_out(span):
                span = span.doc[span.start - 1 : span.end]  # "MP Isabelle | Charron-Duval": her first name too
            if label == "PERSON":
                prefix, roles = role_prefix(span), appositive_roles(span) + relative_roles(span)
            elif label == "ORG":
                roles = _apposed_noun(span)
            if span[-1].text == "Local" and span.end < len(span.doc) and span.doc[span.end].like_num:
                span = span.doc[span.start : span.end + 1]  # "Amalgamated Transit Union Local | 508"
            elif label == "GPE" and _department_of(span):
                span, label = span.doc[span.start - 1 : span.end], "ORG"  # "Environment | Canada said"
            elif label in ("GPE", "ORG") and channel_number(span):
                span, label = span.doc[span.start : span.end + 1], "ORG"  # "France | 24 reported": a channel
            words = _without_leading_function_words(span)
            start = paragraph.start + words.start_char
            found.append(RawMention(start, start + len(words.text), words.text, label, prefix, roles))
            if label == "PERSON" and _used_as_a_thing(words):
                things.add(len(found) - 1)
    return _things_named_as_things(found, things)


def _names_split_in_two(spans: list[Span]) -> list[tuple[Span, bool]]:
    """The recogniser's spans, each with whether it is surely a person: a known first name and the
    name right after it, tagged apart ("Yolanda | Arsenault caught the bus"), are one person's."""
    joined: list[tuple[Span, bool]] = []
    skip = False
    for span, after in zip(spans, [*spans[1:], None], strict=False):
        if skip:
            skip = False
            continue
        if (
            after is not None
            and after.start == span.end
            and after.label_ in ("PERSON", "ORG", "GPE", "NORP")
            and _first_name(span)
            and _surname(after)
        ) or (after is not None and _nickname_between(span, after)):
            joined.append((span.doc[span.start : after.end], True))
            skip = True
        elif after is not None and _hyphenated(span, after):
            # "Sauvé" (GPE) | "-" | "MacKinnon" (ORG): one double-barrelled name, whatever the parts were taken for
            label = "PERSON" if "PERSON" in (span.label_, after.label_) else after.label_
            joined.append((type(span)(span.doc, span.start, after.end, label=label), label == "PERSON"))
            skip = True
        else:
            joined.append((span, False))
    return joined


# A first name, a nickname in quotation marks, a surname: "Alexander “Sandy” MacLellan".
_NICKNAMED = re.compile(
    r"([A-Z][\w'-]+) [“\"]([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})[”\"] ([A-Z][\w'-]+(?:-[A-Z][\w'-]+)?)"
)


def _nickname_between(span: Span, after: Span) -> bool:
    """A name the recogniser cut at its quoted nickname ("Alexander “Sandy" | ” | "MacLellan",
    "Thomas" | “ | "Tommy” Boudreau"): one person's, when it opens with a known first name."""
    if not 0 <= after.start - span.end <= 3 or after.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    found = _NICKNAMED.fullmatch(span.doc[span.start : after.end].text)
    return (
        found is not None
        and found.group(1).lower() in first_names()
        and not found.group(3).isupper()
        and head_label(found.group(3)) is None
    )


def _hyphenated(span: Span, after: Span) -> bool:
    """Two names joined by a hyphen with no space, each one capitalised word: one name cut in two."""
    doc = span.doc
    return (
        after.start == span.end + 1
        and doc[span.end].text == "-"
        and span[-1].whitespace_ == ""
        and doc[span.end].whitespace_ == ""
        and len(span) == 1
        and len(after) == 1
        and span[0].text[:1].isupper()
        and after[0].text[:1].isupper()
        and after.label_ in ("PERSON", "ORG", "GPE", "NORP")
        and span.label_ in ("PERSON", "ORG", "GPE", "NORP")
    )


def _first_name_left_out(span: Span) -> bool:
    """A person's span of one word right after a known first name the recogniser left out of it
    ("Bloc Québécois MP Isabelle | Charron-Duval")."""
    if " " in span.text or span.start == 0:  # one word, hyphens and all
        return False
    before = span.doc[span.start - 1]
    return (
        before.text.istitle()
        and before.pos_ == "PROPN"  # not "Said Ellis:", a verb that is a first name too
        and before.whitespace_ == " "
        and before.lower_ in first_names()
        and not before.ent_type_
    )


def _first_name(span: Span) -> bool:
    word = span[0]
    return len(span) == 1 and word.text.istitle() and word.whitespace_ == " " and word.lower_ in first_names()


def _surname(span: Span) -> bool:
    return (
        len(span) <= 2
        and all(NAME_WORD.fullmatch(token.text) and not token.text.isupper() for token in span)
        and head_label(span.text) is None
    )


def _first_and_last(span: Span) -> bool:
    """A known first name and one more name, tagged as an organisation with no article before it
    ("the man behind the wheel was Clarence LeBlanc", "Eli Strongquill's father"): a person."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if span.label_ != "ORG":
        return False
    if len(span) == 3 and span[-1].lower_ in ("'s", "’s"):
        span = span[:-1]
    return len(span) == 2 and _first_name(span[:1]) and _surname(span[1:]) and (before is None or before.pos_ != "DET")


def channel_number(span: Span) -> bool:
    """A name and a number of one to three digits that act together ("France 24 reported", "ABC 7
    said"): a broadcaster's name, not a place and a count ("France 24 people" counts people)."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].text.isdigit() or len(doc[span.end].text) > 3:
        return False
    if doc[span.end].whitespace_ != " " or span[-1].whitespace_ != " ":
        return False
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return after is None or after.pos_ in ("VERB", "AUX", "PUNCT", "PART")


def _department_of(span: Span) -> bool:
    """A portfolio's word, capitalised and left out of the span, right before a place ("Environment
    Canada said", the recogniser tagging only "Canada"): a government department named for it."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text.istitle() and not before.ent_type_ and before.lower_ in PORTFOLIOS


def _used_as_a_thing(span: Span) -> bool:
    """The name is used as a product's is: "the Bolt is back", "the 2026 Leaf". Not "the Clintons",
    "the Trump campaign" or "the Bolt's range"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ == "the":
        return span.root.tag_ != "NNPS" and span.root.dep_ not in ("compound", "amod", "nmod", "poss")
    return before.like_num and len(before.text) == 4 and before.text[:2] in ("19", "20")  # a model year


def _things_named_as_things(found: list[RawMention], things: set[int]) -> list[RawMention]:
    """The "persons" whose names are used as things' names more often than not are products: the
    cars, phones and gadgets a review names, which the recogniser tags as people."""
    if not things:
        return found
    uses: Counter[str] = Counter()
    as_things: Counter[str] = Counter()
    for index, mention in enumerate(found):
        if mention.label == "PERSON":
            key = name_key(mention.text)
            uses[key] += 1
            as_things[key] += index in things
    products = {key for key in as_things if 2 * as_things[key] > uses[key]}
    return [
        replace(m, label="PRODUCT", prefix="", roles=()) if m.label == "PERSON" and name_key(m.text) in products else m
        for m in found
    ]


def _a_person_by_surname(span: Span) -> bool:
    """One singular proper noun, with no article, as a verb's subject ("Palvetzian said"): one
    person, not a people or a nationality ("the French say", "Canadians say", "French presses")."""
    root = span.root
    return (
        len(span) == 1
        and root.tag_ == "NNP"
        and root.dep_ == "nsubj"
        and root.head.pos_ in ("VERB", "AUX")
        and not any(child.dep_ == "det" for child in root.children)
    )


def _apposed_noun(span: Span) -> tuple[str, ...]:
    """The noun an organisation's name is set beside after a comma, which the article then calls it
    by ("The group, WeWorkers Coalition, formed …": "group"), as a role."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or head.pos_ != "NOUN" or head.ent_type_:
        return ()
    if span.start == 0 or span.doc[span.start - 1].text != ",":
        return ()
    if not any(child.dep_ == "det" and child.lower_ in ("the", "a", "an") for child in head.children):
        return ()
    return (head.lemma_.lower(),)


# Labels the recogniser gives a person's name after a title ("Mayor Lucie Ouellet" tagged ORG).
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})


def _titled_name(span: Span) -> bool:
    """A name of two or three words in a person's form right after an office or courtesy title
    ("Mayor Lucie Ouellet", "association president Julia MacRae"; one word after a capitalised
    honorific or title written short: "Mr. Hemming"): a person, whatever the recogniser said."""
    if span.start == 0:
        return False
    title = span.doc[span.start - 1]
    if not (is_office(title.text) or is_honorific(title.text) or _names_a_person(title)):
        return False
    words = [token.text for token in span]
    if not title.text[:1].isupper() and (len(words) < 2 or title.pos_ != "NOUN"):
        return False  # "association president Julia MacRae" tagged ORG; not "a major General Assembly"
    if not all(NAME_WORD.fullmatch(word) for word in words) or head_label(span.text) is not None:
        return False
    if len(words) == 1:
        return title.text.endswith(".") or is_honorific(title.text)
    return len(words) <= 3


def _beside_an_office(span: Span) -> bool:
    """A name of two or three words in a person's form set beside an office, or a noun only a person
    is, by commas ("the labour minister, Nolan Young, said", "Nolan Young, the labour minister,
    said"): a person, whatever the recogniser said."""
    words = [token.text for token in span]
    if not 1 <= len(words) <= 3 or not all(NAME_WORD.fullmatch(word) for word in words):
        return False
    if head_label(span.text) is not None:
        return False
    root = span.root
    offices = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        offices.append(root.head)
    if len(words) == 1:  # one word only beside a relative: "Okafor's mother, Grace, wept"
        return any(token.pos_ == "NOUN" and token.lower_ in KIN_NOUNS for token in offices)
    # an office, or a noun only a person is ("Avery Zenker, a registered dietitian from Ontario")
    return any(token.pos_ == "NOUN" and (is_office(token.text) or _names_a_person(token)) for token in offices)


def _followed_as_a_person(span: Span) -> bool:
    """A name in a person's form followed by what only a person has: an age between commas ("Tyler
    Brandt, 29, pleaded guilty"; a year, "Toronto, 2019", is no age) or, after a known first name, a
    "who" clause ("Lloyd Hrynkiw, who runs 220 pairs"; "the Raptors, who won" are a team): a person,
    whatever the recogniser said."""
    doc, end = span.doc, span.end
    words = [token.text for token in span]
    if len(words) > 3 or not all(NAME_WORD.fullmatch(word) for word in words) or head_label(span.text) is not None:
        return False
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    if doc[end + 1].lower_ == "who":  # teams and bands are "who" too: only a first name and a surname
        return 2 <= len(words) <= 3 and words[0].lower() in first_names()
    age = doc[end + 1].text
    return end + 2 < len(doc) and doc[end + 2].text in (",", ")") and age.isdigit() and 0 < int(age) <= _OLDEST


_OLDEST = 115


def _names_a_person(word) -> bool:
    """A lowercase noun only a person is, in front of a name ("industry analyst Perry Caicco",
    "retired teacher Ann Roe", "her husband Paul")."""
    lower = word.lower_
    return (
        word.pos_ == "NOUN"
        and word.text.islower()
        and (lower in PERSON_NOUNS or lower in KIN_NOUNS or lower.endswith(PERSON_ENDINGS))
    )


# Offices held for a place, written after its name ("Moncton Mayor", "Ontario Premier").
_PLACE_OFFICES = frozenset("Mayor Premier Governor Reeve MLA MPP MNA".split())


def _place_of_an_office(span: Span) -> bool:
    """The span names the place of an office written right after it, before its holder's name
    ("Moncton Mayor Dawn Arnold", with "Moncton" tagged as a person)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in _PLACE_OFFICES:
        return False
    holder = doc[span.end + 1]
    return holder.ent_type_ == "PERSON" and holder.ent_iob_ == "B"


# Parts of speech that never begin a name: "Beyond Trump's finances", "Unlike Obama".
_NOT_NAME_START = frozenset({"ADP", "SCONJ", "CCONJ", "PRON", "INTJ"})
# Closed-class words the stop list leaves out: only these (and stop words) are cut, so a first name
# the tagger misreads as a preposition ("Barack" in "Barack Obama and …") stays.
_PREPOSITIONS = frozenset(
    "unlike despite like amid amidst via per versus vs toward towards beside besides onto upon alongside "
    "regarding concerning including excluding following".split()
)


def _without_leading_function_words(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and _is_function_word(span.doc[start]):
        start += 1
    return span.doc[start : span.end]


def _is_function_word(token) -> bool:
    return token.pos_ in _NOT_NAME_START and (token.is_stop or token.lower_ in _PREPOSITIONS)


def find_entities(text: str, parsed: Sequence[ParsedParagraph]) -> tuple[Entity, ...]:
    """The article's entities, most-mentioned first; offsets are `str` indices into `text`."""
    return tuple(group_mentions(raw_mentions(parsed), text))
