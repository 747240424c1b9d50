"""Where each entity is mentioned, how prominently, and with which titles: what speaker resolution needs.

Mentions inside quotes are left out as antecedents (a name someone says is rarely who says it).
The grammatical role of a mention is read from the parse after climbing out of appositions and
compounds, so "Ambassador to Chile Jane Roe said" counts as the subject of "said".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from heapq import merge
from itertools import accumulate
from typing import TYPE_CHECKING

from reader.nlp.entities.names import first_names
from reader.nlp.parse import ParsedParagraph, sentences
from reader.nlp.quotes.cues import SPEECH_LEMMAS
from reader.nlp.quotes.find import is_a_title
from reader.nlp.quotes.frames import paragraph_role
from reader.nlp.quotes.roles import ROLE_GENDER
from reader.nlp.quotes.speakers import SUBJECT_WEIGHT, Candidate, OverlapIndex
from reader.nlp.types import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from reader.nlp.quotes.find import RawQuote

_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady)\.?\s+$")
# "Dr. Ian Morrow": whom "the doctor" or "the physician" can stand for, though no role says so.
_DOCTOR = re.compile(r"\bDr\.?\s+$")
_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
_POSSESSIVE = re.compile(r"\b(his|himself|her|herself|he|she)\b", re.IGNORECASE)
_PRONOUN_GENDER = {"his": "m", "himself": "m", "her": "f", "herself": "f", "he": "m", "she": "f"}
_CLIMB = frozenset({"appos", "compound", "flat", "conj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})


@dataclass(frozen=True, slots=True)
class MentionIndex:
    """Entity mentions outside quotes as pronoun/description candidates, and every entity's roles."""

    entities: tuple[Entity, ...]
    candidates: tuple[Candidate, ...]  # sorted by start
    roles: dict[str, tuple[str, ...]]  # entity id -> the roles the article gives it (Entity.roles, and "Dr")
    overlap: OverlapIndex  # which entity a span of text names

    def candidates_before(self, offset: int) -> list[Candidate]:
        return list(self.candidates[: bisect_left(self.candidates, offset, key=lambda c: c.start)])

    def candidates_after(self, offset: int) -> Sequence[Candidate]:
        return self.candidates[bisect_left(self.candidates, offset, key=lambda c: c.start) :]


def build_mention_index(
    parsed: Sequence[ParsedParagraph],
    entities: Sequence[Entity],
    quotes: Sequence[tuple[RawQuote, int]],
    genders: dict[str, str] | None = None,
) -> MentionIndex:
    """Index mentions by paragraph and sentence; `quotes` are (raw quote, paragraph start) pairs.

    Each mention finds its paragraph, sentence and head by bisection, so the cost grows with
    the number of mentions, not with mentions × paragraphs.
    """
    in_quote = _covered_by(sorted((base + q.start, base + q.end) for q, base in quotes))
    paragraph_starts = [paragraph.start for paragraph in parsed]
    paragraph_ends = [paragraph.end for paragraph in parsed]  # `end` rebuilds the Doc's text: once each
    sentence_starts = [[s.start for s in sentences(paragraph.doc)] for paragraph in parsed]
    sentence_bases = list(accumulate((len(starts) for starts in sentence_starts), initial=0))
    # Another story's headline or a link between the paragraphs ("China invites Taliban officials
    # for talks | It did not reveal the crash location"): nothing there is what a pronoun stands for.
    aside = [paragraph_role(paragraph.doc.text) in ("heading", "link") for paragraph in parsed]
    candidates: list[Candidate] = []
    roles = {entity.id: entity.roles for entity in entities}
    for entity in entities:
        for mention in entity.mentions:
            number = bisect_right(paragraph_starts, mention.start) - 1
            if number < 0 or mention.start >= paragraph_ends[number] or in_quote(mention.start) or aside[number]:
                continue
            paragraph = parsed[number]
            before = paragraph.doc.text[max(0, mention.start - paragraph.start - 4) : mention.start - paragraph.start]
            if entity.label == "PERSON" and _DOCTOR.search(before) and "Dr" not in roles[entity.id]:
                roles[entity.id] = (*roles[entity.id], "Dr")
            if _opens_a_quoted_title(paragraph.doc.text, mention.start - paragraph.start):
                continue  # 'After hitting “Takin’ It To the Streets,” the singer told …': a song, nobody
            head = _head_token(paragraph.doc, mention.start - paragraph.start, mention.end - paragraph.start)
            if head is None:
                continue
            sentence = sentence_bases[number] + bisect_right(sentence_starts[number], head.i) - 1
            candidates.append(Candidate(entity, mention.start, number, sentence, role_weight(head)))
    candidates.sort(key=lambda c: c.start)
    if genders is not None:
        candidates = _with_narration_pronouns(parsed, candidates, sentence_bases, in_quote, genders)
    entities = tuple(entities)
    return MentionIndex(entities, tuple(candidates), roles, OverlapIndex(entities))


def _opens_a_quoted_title(text: str, start: int) -> bool:
    """The mention opens a title in quotation marks ("“Takin’ It To the Streets”")."""
    closing = _CLOSING_MARKS.get(text[start - 1]) if start > 0 else None
    if closing is None:
        return False
    close = closing.search(text, start, start + _TITLE_CHARS)
    return close is not None and is_a_title(text[start : close.start()])


# The mark that closes each opening one; a single mark only before punctuation or the line's end,
# as "Takin’ It" and "Ford’s" hold apostrophes.
_CLOSING_MARKS = {
    "“": re.compile("”"),
    '"': re.compile('"'),
    "‘": re.compile(r"’(?=[\s]*[,.;:!?)]|\s*$)"),
}
_TITLE_CHARS = 80


_NARRATION_PRONOUNS = {"he": "m", "she": "f"}
_NARRATION_WINDOW = 2  # paragraphs back a narration "he" may reach


def _with_narration_pronouns(
    parsed: Sequence[ParsedParagraph],
    candidates: list[Candidate],
    sentence_bases: Sequence[int],
    in_quote: Callable[[int], bool],
    genders: dict[str, str],
) -> list[Candidate]:
    """`candidates` with the "he" and "she" that are subjects of the narration's own sentences, each
    as a mention of the person it most likely stands for: the most salient person of its gender in
    the last paragraphs (grammatical role, halved with each sentence back; the pronouns resolved
    before it count too). "During the visit, he was photographed with Epstein. | He instead told
    the BBC: “…”": the second "he" goes on with the first, which stands for the story's subject, not
    for Epstein. A "he" inside what someone said, or in a clause, is left alone. Each pronoun looks
    only at the candidates of its window (found by bisection), so a book costs no more per pronoun
    than an article."""
    starts = [candidate.start for candidate in candidates]
    added: list[Candidate] = []  # found in text order, so already sorted
    added_starts: list[int] = []
    for number, paragraph in enumerate(parsed):
        window_start = parsed[max(0, number - _NARRATION_WINDOW)].start
        for sentence_number, sentence in enumerate(sentences(paragraph.doc)):
            for token in sentence:
                gender = _NARRATION_PRONOUNS.get(token.lower_)
                if gender is None or token.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                start = paragraph.start + token.idx
                if in_quote(start) or any(a.lemma_.lower() in SPEECH_LEMMAS for a in token.ancestors):
                    continue  # a quote's own "he said", and a "he" inside what was said, go with the quote
                if token.head.dep_ not in ("ROOT", "conj"):
                    continue  # only the sentence's own subject: "he" in a clause may be anyone
                here = sentence_bases[number] + sentence_number
                near = [
                    *candidates[bisect_left(starts, window_start) : bisect_left(starts, start)],
                    *added[bisect_left(added_starts, window_start) :],
                ]
                best, best_score, best_start = None, 0.0, -1
                for candidate in near:
                    if candidate.entity.label != "PERSON" or genders.get(candidate.entity.id, gender) != gender:
                        continue
                    score = candidate.role_weight * 0.5 ** max(0, here - candidate.sentence)
                    if score > best_score or (score == best_score and candidate.start > best_start):
                        best, best_score, best_start = candidate.entity, score, candidate.start
                if best is not None:
                    added.append(Candidate(best, start, number, here, SUBJECT_WEIGHT))
                    added_starts.append(start)
    return list(merge(candidates, added, key=lambda c: c.start)) if added else candidates


_SUBJECT_OPENER = re.compile(r"(He|She)\b")


def known_genders(text: str, parsed: Sequence[ParsedParagraph], entities: Sequence[Entity]) -> dict[str, str]:
    """Entity id -> "m"/"f" where the article says it, by majority: the honorific before a mention
    ("Mrs. Clinton") and a gendered role ("spokeswoman") count three, a personal, possessive or
    reflexive pronoun later in a sentence that names no other person ("Trump defended his record",
    "Dia was on a business trip when he …") one, and so does
    "He" or "She" opening the next sentence when it names nobody and the name opened its own
    ("Okafor did not listen. She …"). A first name that nearly always belongs to one sex ("Teresa",
    "Neil") counts one and a half: more than one pronoun, which may be someone else's ("defence lawyer
    Simon Roe suggested she had stood too far away"), less than a courtesy title or a gendered role
    or two pronouns. People the article never marks, with a first name of either sex, stay unknown,
    and then fit either pronoun."""
    people = [entity for entity in entities if entity.label == "PERSON"]
    spans = sorted(
        (paragraph.start + s.start_char, paragraph.start + s.end_char)
        for paragraph in parsed
        for s in sentences(paragraph.doc)
    )
    sentence_starts = [start for start, _ in spans]
    named_in: dict[int, set[str]] = {}
    for entity in people:
        for mention in entity.mentions:
            named_in.setdefault(bisect_right(sentence_starts, mention.start) - 1, set()).add(entity.id)
    paragraph_starts = [paragraph.start for paragraph in parsed]
    genders: dict[str, str] = {}
    for entity in people:
        votes = {"m": 0.0, "f": 0.0}
        for mention in entity.mentions:
            found = _HONORIFIC.search(text, max(0, mention.start - 6), mention.start)
            if found:
                votes[_HONORIFIC_GENDER[found.group(1).lower()]] += 3
            number = bisect_right(sentence_starts, mention.start) - 1
            if number >= 0 and len(named_in.get(number, ())) > 1:
                said = _own_clause_possessives(parsed, paragraph_starts, mention.start, mention.end)
                if len(said) == 1:
                    votes[said.pop()] += 1
            if number >= 0 and named_in.get(number) == {entity.id}:
                # not inside quotation marks: "he" in what someone said is whoever they speak of
                rest = _QUOTED.sub(" ", text[mention.end : spans[number][1]])
                said = {_PRONOUN_GENDER[w.lower()] for w in _POSSESSIVE.findall(rest)}
                if len(said) == 1 and not _someone_else_may_own(rest):
                    votes[said.pop()] += 1
                opens = mention.start == spans[number][0] or _narration_subject(
                    parsed, paragraph_starts, mention.start, mention.end
                )
                if opens and number + 1 < len(spans) and not named_in.get(number + 1):
                    # "Okafor did not listen. She now employs 12 people.": the name opens its sentence,
                    # or is what it is about ("An agreeable woman, Ana Ruiz lives in Dayton. She …"),
                    # not "…, Lohmar said. She was taken to hospital", where "she" is the victim
                    opener = _SUBJECT_OPENER.match(text, spans[number + 1][0])
                    if opener and not _opens_a_quote(text, spans[number + 1][0]):  # not '… found him. “He …'
                        votes[_PRONOUN_GENDER[opener.group(1).lower()]] += 1
        for role in entity.roles:
            # not an owner's word: a "King's Bench Justice" is no king, "Okafor's mother" a mother
            for word in re.findall(r"[a-z]+(?:['’]s\b)?", role.lower()):
                if word in ROLE_GENDER:
                    votes[ROLE_GENDER[word]] += 3
        hint = first_name_sex(entity.name)
        if hint is not None:
            # more than one pronoun that may be someone else's ("lawyer Simon Roe suggested she had
            # been standing too far away"), less than a courtesy title or two pronouns
            votes[hint] += 1.5
        if votes["m"] != votes["f"]:
            genders[entity.id] = "m" if votes["m"] > votes["f"] else "f"
    return genders


def first_name_sex(name: str) -> str | None:
    """The sex a person's first name nearly always has ("Teresa Nielsen Hayden": "f"), if it does."""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha() or not words[0][:1].isupper():
        return None
    return first_names().get(words[0].lower())


# A quotation within a sentence, up to its closing mark or the sentence's end.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]?")


_ANOTHER_OWNER = re.compile(r"^\s*(?:and|or)\b|\b[A-Z][\w-]*[’']s\b")


def _someone_else_may_own(rest: str) -> bool:
    """The pronouns after a name may be someone else's: the name is one of two ("Ruiz and Cole's
    friends wanted a say in his estate"), or another name owns something there ("Ruiz says that
    Cole's family disliked the book he wrote"), a person the recogniser may have missed."""
    return _ANOTHER_OWNER.search(rest) is not None


def _opens_a_quote(text: str, start: int) -> bool:
    """An opening quotation mark just before `start` (the tokenizer may leave it on the sentence before)."""
    before = text[max(0, start - 3) : start].rstrip()
    return before.endswith(("“", '"', "‘"))


def _narration_subject(
    parsed: Sequence[ParsedParagraph], paragraph_starts: Sequence[int], start: int, end: int
) -> bool:
    """The mention is the subject of its sentence's main verb, and the verb is not one of speech
    ("Ana Ruiz lives in Dayton", not "Lohmar said")."""
    number = bisect_right(paragraph_starts, start) - 1
    if number < 0:
        return False
    paragraph = parsed[number]
    token = _head_token(paragraph.doc, start - paragraph.start, end - paragraph.start)
    if token is None or token.dep_ != "nsubj" or token.head.dep_ != "ROOT":
        return False
    return token.head.lemma_.lower() not in SPEECH_LEMMAS


_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl", "conj", "parataxis", "csubj", "pcomp"})


def _own_clause_possessives(
    parsed: Sequence[ParsedParagraph], paragraph_starts: Sequence[int], start: int, end: int
) -> set[str]:
    """Genders of "his"/"her"/"himself"/"herself" in the predicate of the clause whose subject the
    mention is, outside clauses with subjects of their own, when nobody else is named in it ("Tom
    Rask, who teased Lindqvist, could see the frustration on his friend's face": his is Rask's)."""
    number = bisect_right(paragraph_starts, start) - 1
    if number < 0:
        return set()
    paragraph = parsed[number]
    token = _head_token(paragraph.doc, start - paragraph.start, end - paragraph.start)
    for _ in range(4):
        if token is None or token.dep_ not in _CLIMB or token.head.i == token.i:
            break
        token = token.head
    if token is None or token.dep_ != "nsubj":
        return set()
    found: set[str] = set()
    stack = [child for child in token.head.children if child.i != token.i]
    while stack:
        child = stack.pop()
        if child.dep_ in _CLAUSE_DEPS and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue
        if child.pos_ == "PROPN" or (child.tag_ == "PRP" and child.lower_ not in ("himself", "herself")):
            return set()  # someone else in the clause ("Warren pressed Stumpf on his pay") may own it
        if child.tag_ == "PRP$" or child.lower_ in ("himself", "herself"):
            found.add(_PRONOUN_GENDER.get(child.lower_, ""))
        stack.extend(child.children)
    found.discard("")
    return found


def _covered_by(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """A test for "offset lies inside one of these spans" over their merged, sorted union."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    starts = [start for start, _ in merged]

    def covers(offset: int) -> bool:
        index = bisect_right(starts, offset) - 1
        return index >= 0 and offset < merged[index][1]

    return covers


def _head_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering [start, end) (paragraph offsets)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = {t.i for t in span}
    for token in span:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return span[-1]


# Verbs whose subject holds a view the story goes on to quote ("Jerry Sabine hopes Ottawa …").
_VIEW_LEMMAS = frozenset(
    "hope believe think want worry fear feel protest welcome criticize criticise blame oppose doubt expect".split()
)


def _holds_a_view(verb: Token) -> bool:
    """The verb is one of `_VIEW_LEMMAS`, by its lemma or its own form (the lemmatiser makes "hopes"
    "hop")."""
    word = verb.lower_
    return verb.lemma_.lower() in _VIEW_LEMMAS or any(
        word in (lemma, f"{lemma}s", f"{lemma}d", f"{lemma}ed", f"{lemma}es") for lemma in _VIEW_LEMMAS
    )


def role_weight(head: Token) -> float:
    """How prominent a mention is: subject of a speech verb (or of one holding a view: "hopes",
    "believes") 4, subject 3, object 2, possessor 1.5, else 1."""
    token = head
    for _ in range(4):
        if token.dep_ not in _CLIMB or token.head.i == token.i:
            break
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            return 1.0  # a name modifying a thing ("the Kinder Morgan pipeline") is not its head's role
        token = token.head
    dep = token.dep_
    if dep in ("nsubj", "nsubjpass"):
        lemma = token.head.lemma_.lower()
        return 4.0 if lemma in SPEECH_LEMMAS or (dep == "nsubj" and _holds_a_view(token.head)) else 3.0
    if dep == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return 4.0
    if dep in _OBJECT_DEPS:
        return 2.0
    if dep == "poss":
        return 1.5
    return 1.0
