"""How news carries a speaker from one quote to the next, where the text names nobody anew.

An unattributed quote opening a paragraph or a sentence is by the person the writer was just
writing about; "they" after two people named together is both of them; "he" or "she" may go on with
a speaker whose words held a title, whatever label the recogniser gave the name. Pure rules over the
mention index and the quotes found so far.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.nlp.entities.titles import is_title_word
from reader.nlp.parse import ParsedParagraph, sentences
from reader.nlp.quotes.context import MentionIndex
from reader.nlp.quotes.cues import DOCUMENT_NOUNS, STATEMENT_NOUNS
from reader.nlp.quotes.roles import (
    GENERIC_ORG_NOUNS,
    ORG_NOUNS,
    ROLE_VOCABULARY,
    can_speak,
    org_kind_fits,
)
from reader.nlp.quotes.speakers import PRONOUN_GENDER, SUBJECT_WEIGHT
from reader.nlp.types import Entity, Quote, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Token


def opens_paragraph(text: str, paragraph_start: int, quote_start: int) -> bool:
    """Nothing but space and quotation marks before the quote in its paragraph."""
    return all(char.isspace() or char in "\"“„«‘'" for char in text[paragraph_start:quote_start])


def person_just_written_about(index: MentionIndex, paragraph: int, sentence: int, start: int) -> Entity | None:
    """A paragraph that opens with an unattributed quote after a paragraph whose last sentence has a
    person for its subject ("Gillis was diagnosed at 25. | “My condition is getting worse …”"): the news
    convention gives the quote to that person. None when that sentence's subject is anyone else."""
    subjects = [
        candidate
        for candidate in index.candidates_before(start)
        if candidate.paragraph == paragraph - 1
        and candidate.sentence == sentence - 1
        and candidate.role_weight >= SUBJECT_WEIGHT
    ]
    if not subjects or subjects[0].entity.label != "PERSON":
        return None
    return subjects[0].entity


def opens_sentence(text: str, quote_start: int) -> bool:
    """The quote starts a sentence or follows a colon: before it (past its marks and spaces) a full
    stop, question or exclamation mark, or a colon."""
    before = text[:quote_start].rstrip().rstrip("\"“„«‘'").rstrip()
    return before[-1:] in (".", "!", "?", ":")


def subject_just_before(index: MentionIndex, paragraph: int, sentence: int, start: int) -> Entity | None:
    """An unattributed quote that opens a sentence inside a paragraph, after a sentence with a person
    for its subject ("Mr. Fry describes himself as the most left-leaning Green on council. “Why would
    I pander to the millionaires club?”", "Musk took to Twitter with this: “…”"): that person's words,
    as in `person_just_written_about`. None when that sentence's subject is anyone else, or when no
    sentence of the paragraph just before the quote has a subject that is an entity."""
    subjects = [
        candidate
        for candidate in index.candidates_before(start)
        if candidate.paragraph == paragraph
        and candidate.sentence in (sentence - 1, sentence)
        and candidate.role_weight >= SUBJECT_WEIGHT
    ]
    if not subjects:
        return None
    latest = [candidate for candidate in subjects if candidate.sentence == subjects[-1].sentence]
    return latest[0].entity if latest[0].entity.label == "PERSON" else None


def main_subject_before(
    index: MentionIndex, parsed: Sequence[ParsedParagraph], paragraph: int, start: int
) -> Entity | None:
    """The person who is the subject of the main verb of the sentence before `start` (a name, or a
    "he" or "she" of the narration standing for one), not of a clause inside it ("He then cited
    Berg's testimony that concluded …": he, not Berg)."""
    subject = _subject_just_before(TextSpan(start, start, ""), parsed, paragraph)
    if subject is None:
        return None
    at = next(p.start for p in parsed if p.doc is subject.doc) + subject.idx
    entity = index.overlap.best(at, at + len(subject.text))
    if entity is None:  # a pronoun of the narration, counted as a mention of the person it stands for
        entity = next((c.entity for c in index.candidates_before(at + 1) if c.start == at), None)
    return entity if entity is not None and entity.label == "PERSON" else None


_NAMES_JOINED = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
)


def named_pair_before(
    mention: TextSpan | None,
    paragraph: int,
    previous: Quote | None,
    previous_paragraph: int | None,
    index: MentionIndex,
) -> str | None:
    """The names a "they" or "them" stands for when the previous quote's speakers were named together
    ("Tore Sohlberg and Lehla Abreder said …"), in this paragraph or the one before, with no group
    or organisation made a subject since: those names as written."""
    if mention is None or mention.text.lower() not in ("they", "them") or previous is None:
        return None
    said_by = previous.speaker_mention
    if said_by is None or previous_paragraph is None or paragraph - previous_paragraph > 1:
        return None
    if not _NAMES_JOINED.fullmatch(said_by.text):
        return None
    newer = any(
        candidate.start > previous.end
        and candidate.role_weight >= SUBJECT_WEIGHT
        and candidate.entity.label != "PERSON"
        for candidate in index.candidates_before(mention.start)
    )
    if newer:
        return None
    # the previous speakers' full names when they were found (`joint_speakers`), else the words
    return previous.speaker if previous.speaker_entity is None and previous.speaker else said_by.text


# "… said in a statement", "In a news release, the ministry said": how the words were given.
_GIVEN_IN = re.compile(
    r"\b(?:in|through|via|on)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(statement|release|tweet|post|letter|email|e-mail|notice|memo|communiqu[eé]|bulletin|announcement)\b",
    re.IGNORECASE,
)


def statement_before(
    mention: TextSpan | None, text: str, paragraph: int, previous: Quote | None, previous_paragraph: int | None
) -> Quote | None:
    """The previous quote when it was given "in a statement" (or a release, a letter …) and the
    speaker words now are "the statement" (the same noun), in this paragraph or the next: "Two
    soldiers died, the army said in a statement. | “…,” the statement said." is the army's, whether
    or not any entity holds "the army"."""
    if mention is None or previous is None or previous.speaker is None or previous.cue is None:
        return None
    if previous_paragraph is None or paragraph - previous_paragraph > 1:
        return None
    words = mention.text.lower().split()
    if len(words) != 2 or words[0] not in ("the", "this", "that"):
        return None
    first = max(text.rfind("\n", 0, previous.cue.start) + 1, previous.cue.start - 80)
    last = text.find("\n", previous.cue.end)
    last = min(last if last >= 0 else len(text), previous.cue.end + 80)
    return next(
        (previous for found in _GIVEN_IN.finditer(text, first, last) if found.group(1).lower() == words[1]), None
    )


def document_before(
    mention: TextSpan | None,
    index: MentionIndex,
    paragraph: int,
    previous: Quote | None,
    previous_paragraph: int | None,
    quote: tuple[int, int],
) -> Quote | None:
    """The previous quote when a document or a statement said it ("… says the research. | It adds:
    “…”") and the speaker words now are "it", in this paragraph or the next, with no organisation
    named since outside the `quote` itself: "it" goes on with the document, not with an
    organisation named before it."""
    if mention is None or mention.text.lower() != "it" or previous is None or previous.speaker_mention is None:
        return None
    if previous_paragraph is None or paragraph - previous_paragraph > 1:
        return None
    head = previous.speaker_mention.text.lower().split()[-1].removesuffix("'s").removesuffix("’s")
    if head not in _SPEAKING_DOCUMENTS:
        return None
    since = max(previous.end, previous.speaker_mention.end)
    named = (
        span
        for span, entity in index.overlap.inside(since, mention.start)
        if entity.label == "ORG" and not quote[0] <= span.start < quote[1]
    )
    return None if next(named, None) is not None else previous


# What speaks in print for whoever wrote it: a statement, a report, a study.
_SPEAKING_DOCUMENTS = (
    STATEMENT_NOUNS
    | DOCUMENT_NOUNS
    | frozenset("research analysis paper review audit poll lawsuit suit complaint petition filing".split())
)


# What may stand between two names said together: "A and B", "A, B and C", "Mr. A and Mr. B".
_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps)\.?\s+)?")
_JOINT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def joint_speakers(mention: TextSpan | None, index: MentionIndex) -> str | None:
    """The full names of two or more speakers the words name together ("Mr. Grassley and Mr.
    Leahy said", "Tore Sohlberg and Lehla Abreder said"), joined as written ("Charles E. Grassley and
    Patrick J. Leahy"): a statement two people made is not one of theirs alone. None unless the words
    are nothing but those names, honorifics and "and" or commas ("Trump and the Obama administration"
    is not two names)."""
    if mention is None or " and " not in mention.text:
        return None
    named = [(span, entity) for span, entity in index.overlap.inside(mention.start, mention.end)]
    if len(named) < 2 or any(entity.label not in _JOINT_LABELS for _, entity in named):
        return None
    text = mention.text
    offset = mention.start
    if not re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps)\.?\s+)?", text[: named[0][0].start - offset]):
        return None
    for (before, _), (after, _) in zip(named, named[1:], strict=False):
        if not _JOINER.fullmatch(text[before.end - offset : after.start - offset]):
            return None
    if text[named[-1][0].end - offset :].strip(" ,.") or len({entity.id for _, entity in named}) < len(named):
        return None
    names = [entity.name for _, entity in named]
    return ", ".join(names[:-1]) + " and " + names[-1]


def titled(quote: Quote | None) -> bool:
    """The quote's speaker words end in a person's title or honorific and a name ("Hereditary Chief
    Na'moks", "Dr. Okafor")."""
    if quote is None or quote.speaker_mention is None:
        return False
    words = quote.speaker_mention.text.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    name, title = words[-1].lower(), words[-2].lower().strip(".,")
    if name in ROLE_VOCABULARY or name in ORG_NOUNS or name in GENERIC_ORG_NOUNS:
        return False  # "the AFN Youth Council", "the Deputy Minister": no name after the title
    return title not in ("the", "a", "an") and (is_title_word(title) or title in ROLE_VOCABULARY)


def pronoun_of(quote: Quote | None) -> str | None:
    if quote is None or quote.speaker_mention is None:
        return None
    words = quote.speaker_mention.text.lower()
    return words if words in PRONOUN_GENDER or words in ("it", "they", "them") else None


def untagged_name_before(
    mention: TextSpan | None, paragraph: int, untagged: tuple[str, int, int] | None, index: MentionIndex
) -> str | None:
    """The name a "he" or "she" goes on with when the previous quote's speaker is a name no entity
    holds (`untagged`: the name, its quote's paragraph and end), as when the recogniser missed it
    ("But Na'moks said … | “…,” he said."): that name as written, in the quote's paragraph or the
    next, when no person became a subject since."""
    if mention is None or mention.text.lower() not in PRONOUN_GENDER or untagged is None:
        return None
    name, said_in, said_until = untagged
    if paragraph - said_in > 1:
        return None
    newer = any(
        candidate.start > said_until and candidate.role_weight >= SUBJECT_WEIGHT and candidate.entity.label == "PERSON"
        for candidate in index.candidates_before(mention.start)
    )
    return None if newer else name


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_A_GROUP_WORD = frozenset({"ADV", "CCONJ", "SCONJ", "PUNCT"})
_LONGEST_GROUP = 12  # tokens: a longer subject is written out only up to its head


def group_subject_before(mention: TextSpan | None, parsed: Sequence[ParsedParagraph], paragraph: int) -> str | None:
    """What a "they" stands for when the sentence before it (or its own sentence, before it) has a
    plural common noun for the subject of its main verb, which no entity holds ("Authorities
    described it as a carjacking. They said her injuries were not life-threatening."): that noun
    phrase as written. The nearest plural subject is whom a reader takes "they" for, before any
    organisation named further back."""
    if mention is None or mention.text.lower() not in ("they", "them"):
        return None
    subject = _subject_just_before(mention, parsed, paragraph)
    if subject is None or subject.ent_type_:
        return None
    if subject.tag_ != "NNS" and not _group_of_people(subject):
        return None
    if subject.tag_ == "NNS" and not can_speak(subject.lemma_.lower()):
        return None  # "The speeches ran for an hour": things, not who "they" are
    first, last = subject.left_edge, subject.right_edge
    while first.i < subject.i and first.pos_ in _NOT_A_GROUP_WORD:  # "So many critics": "many critics"
        first = subject.doc[first.i + 1]
    if last.i - first.i >= _LONGEST_GROUP or "\n" in subject.doc.text[first.idx : last.idx]:
        last = subject  # "Twenty-seven states led by … and industry groups": up to the head
    while last.i > subject.i and last.pos_ in _NOT_A_GROUP_WORD | {"ADP", "DET"}:  # a conjunct the parse hung elsewhere
        last = subject.doc[last.i - 1]
    return subject.doc.text[first.idx : last.idx + len(last.text)].rstrip(",;: ")


def _group_of_people(head: Token) -> bool:
    """A singular noun followed by "of" and people ("A group of residents", "a coalition of
    farmers"): people a "they" may stand for."""
    return head.tag_ == "NN" and any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(p.dep_ == "pobj" and p.tag_ == "NNS" and can_speak(p.lemma_.lower()) for p in prep.children)
        for prep in head.children
    )


# Words that stand for two or more people named together just before ("The couple said").
_PAIR_WORDS = frozenset(
    "they;the couple;the pair;the two;both;both of them;the duo;the brothers;the sisters;the siblings;"
    "the two men;the two women".split(";")
)


def pair_subject_before(
    mention: TextSpan | None, parsed: Sequence[ParsedParagraph], paragraph: int, index: MentionIndex
) -> str | None:
    """What "the couple", "the pair", "both" or "they" stands for when the sentence before it (or its
    own, before it) has for subject two or more people named together ("Maria Santos and Luis Reyes
    moved to Winnipeg in 2015. | The couple said …"): their full names, joined as written."""
    if mention is None or mention.text.lower() not in _PAIR_WORDS:
        return None
    subject = _subject_just_before(mention, parsed, paragraph)
    if subject is None or not subject.conjuncts:
        return None
    piece_start = next(p.start for p in parsed if p.doc is subject.doc)
    people: list[Entity] = []
    groups = False  # a person named together with people of a kind ("Gov. Holcomb and party leaders")
    for token in (subject, *subject.conjuncts):
        first = token
        while (
            first.i > 0
            and first.doc[first.i - 1].dep_ in ("compound", "flat")
            and first.doc[first.i - 1].head.i == token.i
        ):
            first = first.doc[first.i - 1]
        start, end = piece_start + first.idx, piece_start + token.idx + len(token.text)
        entity = index.overlap.best(start, end)
        if entity is not None and entity.label == "PERSON" and entity not in people:
            people.append(entity)
        elif entity is None and token is not subject and token.tag_ == "NNS" and can_speak(token.lemma_.lower()):
            groups = True
        else:
            return None
    if groups:  # as written: "Republican Gov. Eric Holcomb and leaders of the GOP-dominated Legislature"
        doc = subject.doc
        last = max((subject, *subject.conjuncts), key=lambda t: t.right_edge.i).right_edge
        return doc.text[subject.left_edge.idx : last.idx + len(last.text)].rstrip(",;: ")
    names = [entity.name for entity in people]
    return ", ".join(names[:-1]) + " and " + names[-1]


def organisation_subject_before(
    mention: TextSpan | None, parsed: Sequence[ParsedParagraph], paragraph: int, index: MentionIndex
) -> str | None:
    """What "the company" or "the utility" stands for when the sentence before it (or its own, before
    it) has for subject a name no entity holds ("Irving Oil plans to expand its refinery. The company
    said …", the recogniser having missed "Irving Oil"): that name as written, when its words say
    nothing of another kind of organisation. Otherwise the organisation named last would take it."""
    if mention is None:
        return None
    words = mention.text.lower().split()
    if len(words) != 2 or words[0] not in ("the", "this") or words[1] not in GENERIC_ORG_NOUNS:
        return None
    subject = _subject_just_before(mention, parsed, paragraph, nearest=True)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("GPE", "NORP"):
        return None
    first = subject
    while (
        first.i > 0
        and first.doc[first.i - 1].dep_ in ("compound", "flat")
        and first.doc[first.i - 1].head.i >= subject.i
    ):
        first = first.doc[first.i - 1]
    doc = subject.doc
    # the whole capitalised name, whatever the parser hung on what ("Environment and Climate Change Canada")
    while first.i > subject.left_edge.i and (
        doc[first.i - 1].pos_ == "PROPN"
        or (doc[first.i - 1].lower_ in ("and", "&", "of") and first.i - 2 >= 0 and doc[first.i - 2].pos_ == "PROPN")
    ):
        first = doc[first.i - 1]
    piece_start = next(p.start for p in parsed if p.doc is subject.doc)
    last = subject.right_edge
    start, end = piece_start + subject.left_edge.idx, piece_start + last.idx + len(last.text)
    if index.overlap.best(start, end) is not None:
        return None  # an entity in the subject ("Tide maker Procter & Gamble"): the usual rules resolve it
    name = subject.doc.text[first.idx : subject.idx + len(subject.text)]
    return name if org_kind_fits(words[1], name) else None


def _subject_just_before(
    mention: TextSpan, parsed: Sequence[ParsedParagraph], paragraph: int, *, nearest: bool = False
) -> Token | None:
    """The subject of the main verb of the mention's own sentence, before the mention, or else of
    the sentence before it (the paragraph's, or the previous paragraph's last)."""
    piece = parsed[paragraph]
    doc, local = piece.doc, mention.start - piece.start
    spans = sentences(doc)
    at = next((number for number, span in enumerate(spans) if span.start_char <= local < span.end_char), None)
    if at is None:
        return None
    subject = _main_subject([token for token in spans[at] if token.idx < local], nearest=nearest)
    if subject is None:
        if at > 0:
            subject = _main_subject(list(spans[at - 1]), nearest=nearest)
            if subject is not None and subject.lower_ == "they" and at > 1:
                # "Gov. Holcomb and party leaders have avoided … They seem intent on … However, they
                # said …": the same "they" goes on, so the subject before it is theirs
                subject = _main_subject(list(spans[at - 2]), nearest=nearest)
        elif paragraph > 0:
            subject = _main_subject(list(sentences(parsed[paragraph - 1].doc)[-1]), nearest=nearest)
    return subject


def _main_subject(tokens: Sequence[Token], *, nearest: bool = False) -> Token | None:
    """The subject of the sentence's main verb among `tokens`, if there is one: the first, or the
    one `nearest` the verb when the parser found two ("Tide, Bounty and Crest maker Procter & Gamble
    rallied": "Tide" and P&G; "Eleven towns … and two farm groups are suing": the towns first)."""
    subjects = [token for token in tokens if token.dep_ in _SUBJECTS and token.head.dep_ == "ROOT"]
    if not subjects:
        return None
    return subjects[-1] if nearest else subjects[0]


def unnamed_person_before(
    mention: TextSpan | None,
    paragraph: int,
    unnamed: tuple[str, int, int, str | None] | None,
    index: MentionIndex,
    *,
    opens: bool = False,
) -> str | None:
    """What a "he" or "she" stands for right after a person the text describes but never names
    spoke in the same paragraph ("The victim's mother said her son was a good kid. “He did not
    deserve this,” she said."): those words, when the pronoun's gender fits and no named person
    was mentioned between. A new paragraph's "he" is as often the story's subject answering them
    ("one questioner claimed … | “You're right,” he said"), so it goes on only when the text gave the
    nameless one that gender and the quote `opens` the next paragraph ("A neighbour said she woke
    up to the sound. | “I just saw orange,” she said.")."""
    if mention is None or unnamed is None:
        return None
    gender = PRONOUN_GENDER.get(mention.text.lower())
    words, said_in, said_until, described = unnamed
    if gender is None or (described is not None and described != gender):
        return None
    if said_in != paragraph and not (opens and paragraph == said_in + 1 and described == gender):
        return None
    between = any(
        said_until < candidate.start < mention.start and candidate.entity.label == "PERSON"
        for candidate in index.candidates_before(mention.start)
    )
    return None if between else words
