"""Quotes and reported speech and who said them, with every offset a `str` index into the article body.

Per paragraph, `find` pairs the quotation marks and reads the cue and speaker phrase next to
each direct quote, `reported` reads indirect and mixed speech off the parse, and `tweets` finds an
embedded post; a related-story headline is skipped and a caption or heading is at most possible
(`frames.paragraph_role`). Here all of it is put in article order: direct quotes with no cue of
their own inherit the previous quote's speaker when it is in the same paragraph (the second half of
a split quote; news gives a paragraph one speaker) or when their paragraph is nothing but a quote
right after a quoted paragraph; `continuity` carries a speaker to quotes that name nobody anew;
and each speaker phrase is resolved to an entity by `speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.nlp.entities.names import VALUE_LABELS, name_key
from reader.nlp.entities.titles import is_honorific, is_office, is_title_word
from reader.nlp.parse import ParsedParagraph, sentences
from reader.nlp.quotes.context import MentionIndex, build_mention_index, known_genders
from reader.nlp.quotes.continuity import (
    document_before,
    group_subject_before,
    joint_speakers,
    main_subject_before,
    named_pair_before,
    opens_paragraph,
    opens_sentence,
    organisation_subject_before,
    pair_subject_before,
    person_just_written_about,
    pronoun_of,
    statement_before,
    subject_just_before,
    titled,
    unnamed_person_before,
    untagged_name_before,
)
from reader.nlp.quotes.cues import DOCUMENT_NOUNS, STATEMENT_NOUNS, Attribution
from reader.nlp.quotes.find import RawQuote, find_raw_quotes, introduced_by_colon
from reader.nlp.quotes.frames import is_a_display, paragraph_role
from reader.nlp.quotes.marks import QUOTE_CHARS, starts_with_opening_mark
from reader.nlp.quotes.reported import ReportedSpeech, find_reported_speech
from reader.nlp.quotes.roles import (
    GENERIC_ORG_NOUNS,
    KIN_NOUNS,
    ORG_NOUNS,
    PARTY_WORDS,
    ROLE_GENDER,
    ROLE_VOCABULARY,
    is_a_person_noun,
    may_be_one_person,
    role_fits,
)
from reader.nlp.quotes.speakers import (
    PRONOUN_GENDER,
    SUBJECT_WEIGHT,
    Candidate,
    SpeakerContext,
    holder_named_next,
    latest_organisation,
    mention_kind,
    organisation_named_next,
    resolve_description,
    resolve_introduced_later,
    resolve_pronoun,
    resolve_relative,
    resolve_salient,
    the_city,
    the_police,
    the_province,
)
from reader.nlp.quotes.tweets import find_posts
from reader.nlp.types import Entity, Quote, TextSpan


@dataclass(frozen=True, slots=True)
class _Located:
    """A direct quote or reported speech with its paragraph, sentence and attribution in article offsets."""

    paragraph: int
    sentence: int
    raw: RawQuote | ReportedSpeech
    kind: str
    attributed: bool  # a cue (or dash) of its own, here or ending the previous paragraph with a colon
    cue: TextSpan | None
    mention: TextSpan | None
    head_pos: str | None
    head_word: str | None
    head: TextSpan | None  # the speaker phrase's head word


def find_quotes(text: str, parsed: Sequence[ParsedParagraph], entities: Sequence[Entity]) -> tuple[Quote, ...]:
    """Quotes and reported speech in text order ("q1", "q2", ...), each with its cue and speaker when found."""
    located = _locate(text, parsed)
    if not located:
        return ()
    direct = [(q.raw, parsed[q.paragraph].start) for q in located if isinstance(q.raw, RawQuote)]
    genders = known_genders(text, parsed, entities)
    index = build_mention_index(parsed, entities, direct, genders)
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_paragraph: int | None = None
    previous_entity: Entity | None = None
    earlier_speakers: list[tuple[Entity, int, int]] = []
    untagged: tuple[str, int, int] | None = None
    unnamed: tuple[str, int, int, str | None] | None = None  # "The victim's mother", paragraph, end, gender
    sure: tuple[Quote, int] | None = None  # the last quote sure of its speaker, and its paragraph
    # Each speaker phrase's entity, once resolved: '“…,” says the bow-tied maverick, noting that …'
    # is one person's quote and report, whichever of the two tells who the maverick is.
    resolved: dict[tuple[int, int], Entity] = {}
    called: dict[str, Entity] = {}  # "the department" → the organisation it first stood for
    for item in located:
        raw = item.raw
        start = parsed[item.paragraph].start + raw.start
        end = parsed[item.paragraph].start + raw.end
        quote_id = f"q{len(quotes) + 1}"
        inherits = (
            isinstance(raw, RawQuote)
            and not item.attributed
            and previous is not None
            and (
                (previous_paragraph == item.paragraph and "\n" not in text[previous.end : start])
                or (raw.floating and previous_paragraph is not None and item.paragraph - previous_paragraph == 1)
            )
        )
        main_subject = None
        if inherits and previous is not None and previous.kind != "direct" and opens_sentence(text, start):
            # "He then cited Berg's testimony that concluded …. “I cannot disagree with it.”": the
            # words are the sentence's subject's, not those of the report inside it
            main_subject = main_subject_before(index, parsed, item.paragraph, start)
            inherits = main_subject is None or main_subject.id == previous.speaker_entity
        if inherits and previous is not None:
            # Same speaker; the cue only when it is in this paragraph (the other half of a split quote).
            same_paragraph = previous_paragraph == item.paragraph
            source = previous
            if (
                previous.kind != "direct"
                and previous.confidence == "low"
                and sure is not None
                and sure[1] == item.paragraph
            ):
                # '“…,” he said, although it could later support missions. “…”': his words again, not
                # those of the possible report in between
                source = sure[0]
            quote = replace(
                source,
                id=quote_id,
                start=start,
                end=end,
                text=text[start:end],
                kind="direct",
                cue=source.cue if same_paragraph else None,
                confidence="high" if source.speaker else "low",
            )
        else:
            entity = None
            if item.mention is not None and item.head_pos is not None:
                context = SpeakerContext(
                    paragraph=item.paragraph,
                    sentence=item.sentence,
                    previous_entity=previous_entity,
                    previous_paragraph=previous_paragraph,
                    previous_pronoun=pronoun_of(previous),
                    previous_end=previous.end if previous is not None else None,
                    earlier_speakers=tuple(earlier_speakers),
                    previous_titled=titled(previous),
                )
                entity = _resolve(text, item, index, context, genders, (start, end), parsed)
                spoken = (item.mention.start, item.mention.end)
                entity = resolved.setdefault(spoken, entity) if entity is not None else resolved.get(spoken)
                body = _body_called(item)
                if body is not None and entity is not None:
                    called[body] = entity
                elif body is not None:  # "the department" far from any name: the one it last stood for
                    entity = called.get(body)
            given = statement_before(item.mention, text, item.paragraph, previous, previous_paragraph)
            given = given or document_before(
                item.mention, index, item.paragraph, previous, previous_paragraph, (start, end)
            )
            if given is not None:  # "… the army said in a statement. | “…,” the statement said."
                entity = previous_entity if given.speaker_entity is not None else None
            introduced = None
            if not item.attributed and isinstance(raw, RawQuote):
                if opens_paragraph(text, parsed[item.paragraph].start, start):
                    introduced = person_just_written_about(index, item.paragraph, item.sentence, start)
                elif opens_sentence(text, start):
                    introduced = main_subject or subject_just_before(index, item.paragraph, item.sentence, start)
                entity = introduced if introduced is not None else entity
            speaker = entity.name if entity is not None else _as_written(item)
            if given is not None and entity is None:
                speaker = given.speaker
            # names no entity holds: "Ana Ruiz and Tom Reyes said … | “…,” they said" (both), "But
            # Na'moks said … | “…,” he said" (a name the recogniser missed)
            named = named_pair_before(item.mention, item.paragraph, previous, previous_paragraph, index)
            named = named or untagged_name_before(item.mention, item.paragraph, untagged, index)
            described = None
            if not named:
                opens = opens_paragraph(text, parsed[item.paragraph].start, start)
                described = unnamed_person_before(item.mention, item.paragraph, unnamed, index, opens=opens)
            named = named or described
            group = None if named else group_subject_before(item.mention, parsed, item.paragraph)
            named = named or group
            named = named or pair_subject_before(item.mention, parsed, item.paragraph, index)
            named = named or organisation_subject_before(item.mention, parsed, item.paragraph, index)
            joint = None if named else joint_speakers(item.mention, index)
            if named or joint:
                entity, speaker = None, named or joint
            quote = Quote(
                quote_id,
                start,
                end,
                text[start:end],
                item.kind,
                speaker=speaker,
                speaker_entity=entity.id if entity else None,
                speaker_mention=item.mention,
                cue=item.cue,
                confidence="high" if introduced is not None else _confidence(text, item, speaker),
            )
        quotes.append(quote)
        if quote.confidence == "high":
            sure = (quote, item.paragraph)
        if entity is not None and quote.confidence == "high" and item.head_pos == "PRON" and item.head_word:
            # a sure "she said" tells the person's gender; a "he" in a possible row may be anyone's
            gender = PRONOUN_GENDER.get(item.head_word.lower())
            if gender is not None:
                genders.setdefault(entity.id, gender)
        if _is_post(item):
            continue  # an embedded post stands beside the story: "he said" after it goes on as before
        if quote.kind != "direct" and quote.confidence == "low" and quote.speaker_entity is None and not inherits:
            if group or (item.head_word or "").lower() in ("they", "them", "we"):
                # a group's possible report ("Three former staff … They called it a mistake"): the
                # next "he said" goes on with the speaker before it
                continue
        if not inherits:
            previous_entity = entity
            # a speaker named as a person no entity holds, for a "he" or "she" to go on with
            person_untagged = (
                entity is None
                and speaker is not None
                and not joint
                and not described  # a nameless person goes on only in their own paragraph
                and not group  # "Three former staff … They called it …": no "he" goes on with them
                and (named or item.head_pos == "PROPN")
            )
            untagged = (speaker, item.paragraph, end) if person_untagged else None
            unnamed = (
                _someone_unnamed(text, item, speaker, end, text[start:end]) if entity is None and not named else None
            )
        if previous_entity is not None:
            earlier_speakers.append((previous_entity, item.paragraph, end))
        previous, previous_paragraph = quote, item.paragraph
    quotes = _pull_quotes(_speakers_from_later_paragraphs(quotes, located))
    return tuple(_one_spelling(_unmarked_pull_quotes(text, parsed, quotes)))


def _body_called(item: _Located) -> str | None:
    """The organisation noun of a bare "the department", "the agency" (no owner, no other words):
    an article keeps calling one body so."""
    if item.mention is None or item.head_pos != "NOUN" or item.head_word is None:
        return None
    words = item.mention.text.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in GENERIC_ORG_NOUNS:
        return None
    return words[1]


def _is_post(item: _Located) -> bool:
    """An embedded post (`tweets.find_posts`): the one kind of reported speech that is direct."""
    return isinstance(item.raw, ReportedSpeech) and item.kind == "direct"


def _one_spelling(quotes: list[Quote]) -> list[Quote]:
    """A speaker no entity holds, written "The Associated Press" at a sentence's start and "the
    Associated Press" inside one, is one speaker: spelled in lower case, as inside a sentence."""
    lower = {q.speaker for q in quotes if q.speaker_entity is None and q.speaker and q.speaker.startswith("the ")}
    return [
        replace(q, speaker="t" + q.speaker[1:])
        if q.speaker_entity is None and q.speaker and q.speaker.startswith("The ") and "t" + q.speaker[1:] in lower
        else q
        for q in quotes
    ]


def _speakers_from_later_paragraphs(quotes: list[Quote], located: list[_Located]) -> list[Quote]:
    """A quote that runs on into the next paragraph with no speaker of its own takes the speaker of
    its continuation, when the attribution only comes there ('"A. | "B," she said.')."""
    for index in range(len(quotes) - 2, -1, -1):
        item, following = located[index], located[index + 1]
        if (
            isinstance(item.raw, RawQuote)
            and item.raw.runs_on
            and quotes[index].speaker is None
            and following.kind == "direct"
            and following.paragraph == item.paragraph + 1
            and quotes[index + 1].speaker is not None
        ):
            later = quotes[index + 1]
            quotes[index] = replace(
                quotes[index],
                speaker=later.speaker,
                speaker_entity=later.speaker_entity,
                speaker_mention=later.speaker_mention,
            )
    return quotes


# Words a pull quote must share with the attributed quote it repeats.
_PULL_QUOTE_WORDS = 5


def _pull_quotes(quotes: list[Quote]) -> list[Quote]:
    """A quote standing alone with nobody named for it, whose words the article quotes again with a
    speaker nearby (a magazine's pull quote: "“Oversizing benefits the utility.”" above "“Oversizing
    benefits the utility,” Dan says."), is that speaker's. Nearby: within `_PULL_QUOTE_REACH` quotes,
    so a book of quotes costs no more per quote than an article."""
    words = [_words(q.text) if q.kind == "direct" else "" for q in quotes]
    for index, quote in enumerate(quotes):
        if quote.kind != "direct" or quote.speaker is not None or len(words[index].split()) < _PULL_QUOTE_WORDS:
            continue
        nearby = range(max(0, index - _PULL_QUOTE_REACH), min(len(quotes), index + _PULL_QUOTE_REACH + 1))
        source = next(
            (
                quotes[other]
                for other in nearby
                if other != index
                and quotes[other].speaker is not None
                and quotes[other].confidence == "high"
                and words[index] in words[other]
            ),
            None,
        )
        if source is not None:
            quotes[index] = replace(
                quote, speaker=source.speaker, speaker_entity=source.speaker_entity, confidence="high"
            )
    return quotes


_PULL_QUOTE_REACH = 40


def _unmarked_pull_quotes(text: str, parsed: Sequence[ParsedParagraph], quotes: list[Quote]) -> list[Quote]:
    """A pull quote set as a paragraph of its own without quotation marks, its speaker's name after
    it ("It's very bad for our seniors if they have no backup. Rod Peters, Lake Cowichan mayor"):
    the words of a sure direct quote again, opening a paragraph that ends with a short credit in
    capitals. The same speaker's, as a quote of its own (the reader sees it in the text)."""
    starts = [piece.start for piece in parsed]
    taken = [(q.start, q.end) for q in quotes]
    found: list[Quote] = []
    for quote in quotes:
        if quote.kind != "direct" or quote.speaker is None or quote.confidence != "high":
            continue
        if len(quote.text.split()) < _PULL_QUOTE_WORDS:
            continue
        # near the quote, before or after it: a long text costs no more per quote than an article
        window_end = min(len(text), quote.end + _PULL_QUOTE_CHARS)
        at = text.find(quote.text, max(0, quote.start - _PULL_QUOTE_CHARS), window_end)
        while at != -1:
            end = at + len(quote.text)
            number = bisect_right(starts, at) - 1
            paragraph_end = starts[number + 1] if number + 1 < len(starts) else len(text)
            credit = text[end:paragraph_end].strip().lstrip(".,;:!?").strip(" -–—")
            opens = not text[starts[number] : at].strip()
            if (
                opens
                and credit[:1].isupper()
                and len(credit.split()) <= _CREDIT_WORDS
                and not credit.endswith((".", "!", "?"))  # "… of us. Few would disagree." goes on
                and not any(ch in QUOTE_CHARS for ch in credit)
                and not any(a < end and at < b for a, b in taken)
            ):
                found.append(replace(quote, start=at, end=end, speaker_mention=None, cue=None))
                taken.append((at, end))
            at = text.find(quote.text, end, window_end)
    if not found:
        return quotes
    ordered = sorted([*quotes, *found], key=lambda q: (q.start, q.end))
    return [replace(q, id=f"q{number + 1}") for number, q in enumerate(ordered)]


# Words of the credit after an unmarked pull quote ("Rod Peters, Lake Cowichan mayor"), and how far
# from the quote it repeats one is looked for.
_CREDIT_WORDS = 10
_PULL_QUOTE_CHARS = 20_000


def _words(text: str) -> str:
    """Lower-case words only, spaced, padded: what a repeated quote keeps whatever its punctuation."""
    return " " + " ".join(re.findall(r"[\w’']+", text.lower())) + " "


def _confidence(text: str, item: _Located, speaker: str | None) -> str:
    """ "high" when the text says someone stated it (a quote, or a speech verb's clause) and names the
    speaker; "low" for beliefs, findings and positions, for words nobody is named for, and for what
    the writer reports of their own ("as I said", "we explained")."""
    if speaker is None or (item.head_word is not None and is_a_display(item.head_word)):
        return "low"  # nobody named, or a thing with words on it ("signs reading “…”")
    if isinstance(item.raw, ReportedSpeech) and item.mention is not None and item.mention.text.lower() in ("i", "we"):
        return "low"  # the writer's own words ("Bethpage for the PGA (we explained his history …)")
    if item.mention is not None and item.mention.text.lower() == "you":
        return "low"  # the reader addressed: 'In every row you are telling Google: “This is the price …”'
    if item.mention is not None and _either_gender(text, item.mention):
        return "low"  # anyone: 'The question he or she keeps asking is, “What else should I know?”'
    return item.raw.confidence if isinstance(item.raw, ReportedSpeech) else "high"


def _resolve(
    text: str,
    item: _Located,
    index: MentionIndex,
    context: SpeakerContext,
    genders: dict[str, str],
    quote: tuple[int, int],
    parsed: Sequence[ParsedParagraph],
) -> Entity | None:
    """The entity behind a speaker phrase (`_resolve_by_kind`); for an organisation's noun after what
    was said, one near it outside what was said first."""
    quote_start, quote_end = quote
    assert item.mention is not None and item.head_pos is not None and item.head_word is not None
    if item.head_pos == "NOUN" and _UNNAMED_AFTER.match(text, item.mention.end):
        return None  # "The team's athletic therapist, who asked not to be named, said": nobody the article names
    noun = item.head_word.lower()
    if quote_end <= item.mention.start and item.head_pos == "NOUN" and (noun in GENERIC_ORG_NOUNS or noun in ORG_NOUNS):
        # "OC Transpo said buses were late. The O-Train Line 1 was operating normally, the agency said":
        # the organisation that just spoke, or one named in the paragraph outside what was said, before
        # one named inside it ("The Red Deer Rustlers have fired their coach, the team said")
        outside = replace(
            index, candidates=tuple(c for c in index.candidates if not quote_start <= c.start < quote_end)
        )
        found = _resolve_by_kind(text, item, outside, context, genders, quote, parsed)
        if found is not None and (
            found == context.previous_entity
            or any(c.entity.id == found.id and c.paragraph == item.paragraph for c in outside.candidates)
        ):
            return found
        # inside what was said, only its subject may be the speaker: not "… lines in Sault Ste. Marie, the company said"
        index = replace(
            index,
            candidates=tuple(
                c for c in index.candidates if not quote_start <= c.start < quote_end or c.role_weight >= SUBJECT_WEIGHT
            ),
        )
    return _resolve_by_kind(text, item, index, context, genders, quote, parsed)


def _resolve_by_kind(
    text: str,
    item: _Located,
    index: MentionIndex,
    context: SpeakerContext,
    genders: dict[str, str],
    quote: tuple[int, int],
    parsed: Sequence[ParsedParagraph],
) -> Entity | None:
    """The entity behind a speaker phrase, by the rule for its kind (name, pronoun, description)."""
    quote_start, quote_end = quote
    assert item.mention is not None and item.head_pos is not None and item.head_word is not None
    words = item.mention.text.split()
    kind = mention_kind(words, item.head_pos)
    mention = item.mention
    document = item.head_word.lower() in DOCUMENT_NOUNS or item.head_word.lower().removesuffix("s") in DOCUMENT_NOUNS
    if document and item.head_pos == "NOUN":  # "the PBO report", "a study by Ana Ruiz", "a new study"
        return _issuer_within(item, index, context) or _author_of_statement(text, item, index)
    if item.head_word.lower() in STATEMENT_NOUNS and item.head_pos == "NOUN":  # "a statement", not "Canada Post"
        issuer = _issuer_within(item, index, context)
        if issuer is not None:
            return issuer
        author = _author_of_statement(text, item, index)
        if author is not None:
            return author
        if words[0].lower() in ("the", "this", "that"):
            sender = _sender(parsed, item, index)
            if sender is not None:
                return sender[0]  # "… sent a letter to the board. “…,” the letter reads.": its sender's
        if context.previous_entity is not None and context.previous_paragraph == context.paragraph:
            return context.previous_entity  # "The aid group Gatsby said … A statement said …": Gatsby's
        return latest_organisation(index.candidates_before(mention.start), context)
    local = _CITY.fullmatch(mention.text.lower())
    if local:  # "the city", "city staff", "the municipality": the place the article names as one
        return the_city(index.entities, local.group(1), text)
    region = _PROVINCE.fullmatch(mention.text.lower())
    if region:  # "the province said": the province the article names, as its government
        return the_province(index.entities, index.candidates_before(mention.start), item.paragraph, region.group(1))
    police = _POLICE.fullmatch(mention.text.lower())
    if police:  # "police said", "Calgary police said": the force the article names
        return the_police(index.entities, police.group(1))
    age = _AGE.search(mention.text)
    if age is not None and (words[0].lower() in ("the", "this") or _AGE.fullmatch(words[0])):  # "the 34-year-old"
        person = _person_of_age(text, age.group(1), index.candidates_before(mention.start))
        if person is not None:
            return person
        if item.head_word.lower() == "old":  # "the 34-year-old said": nobody given that age
            person = resolve_salient(("PERSON",), None, index.candidates_before(mention.start), context, genders)
            return person if person is None or _given_age(text, person) in (None, age.group(1)) else None
    described = words[0].lower() == "the" or _THE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if described and words[-1].lower() in _PARTY_MEMBERS:
        # "the Kentucky Republican", "the Ontario Liberal": a party's member the story follows, not the party
        return resolve_salient(("PERSON",), None, index.candidates_before(mention.start), context, genders)
    staff = _ORGANISATION_STAFF.fullmatch(mention.text.lower())
    if staff and staff.group(1) in GENERIC_ORG_NOUNS and staff.group(1) in ORG_NOUNS and staff.group(1) != "group":
        # not "team members", "band members": the team is its members, and seldom a named organisation
        # "Board members", "company officials": the organisation "the board", "the company" stands for
        organisation = resolve_description(staff.group(1), index.candidates_before(mention.start), index.roles, context)
        if organisation is not None and organisation.label == "ORG":
            return organisation
    if item.head_word.lower() in KIN_NOUNS and _OF_CHILDREN.match(text, mention.end):
        # "the grandmother of three", "the father of two": the person the story follows, not a relative
        gender = ROLE_GENDER.get(item.head_word.lower())
        return resolve_salient(("PERSON",), gender, index.candidates_before(mention.start), context, genders)
    if words[0].lower() in _OWNER_GENDER and item.head_pos == "NOUN" and item.head_word.lower() in KIN_NOUNS:
        # "His father said": the father of the man "his" stands for, when the article named him so
        owner = resolve_salient(
            ("PERSON",), _OWNER_GENDER[words[0].lower()], index.candidates_before(mention.start), context, genders
        )
        if owner is None:
            return None
        return resolve_relative(
            item.head_word, owner, index.entities, index.roles, pronoun=words[0].lower(), genders=genders
        )
    if kind == "name" or kind == "other":
        # The entity must name the head ("many European citizens" is not the NORP "European"); a name
        # whose head the recogniser left outside its entity falls back to the whole phrase.
        assert item.head is not None
        entity = index.overlap.best(item.head.start, item.head.end)
        if entity is None and kind == "name":
            entity = _named_as_head(item.head_word, index) or _whole_phrase_entity(mention, item.head, index)
        if entity is not None and entity.label in VALUE_LABELS:
            entity = None  # a date or a number says nothing ("the 34-year-old" tagged DATE)
        if (
            entity is None
            and item.head_pos == "NOUN"
            and words[0].lower() in ("a", "an", "one")
            and not _anonymous(words)
        ):
            # "A spokeswoman for Trudeau said …" with the name to come
            if _WHO_CLAUSE_ON_IT.match(text, mention.end, item.cue.start if item.cue else len(text)):
                return None  # "A retired teacher who lives two blocks away said": described, not to be named
            later = index.candidates_after(max(mention.end, quote_end))  # names in the quote itself are its subject
            entity = resolve_introduced_later(
                item.head_word,
                later,
                index.roles,
                context,
                genders,
                gender=_gender_given(text, item, text[quote_start:quote_end]),
                said_to_be_a_person=_said_to_be_a_person(text, mention),
                described_anew=lambda candidate: _described_after(
                    text, candidate, aged=bool(_AGE.search(mention.text))
                ),
            )
        return entity
    candidates = index.candidates_before(mention.start)
    if kind == "pronoun" and _either_gender(text, mention):
        return None  # "he or she", "s/he": whoever it may be, no one the article named
    if kind == "pronoun" and _nameless_subject_just_before(parsed, item, index):
        return None  # "Phillips's mother … left the courtroom in tears. Outside court, she said": hers
    if kind == "pronoun":
        entity = resolve_pronoun(item.head_word, candidates, context, genders)
        if item.head_word.lower() == "it":
            return _what_it_stands_for(parsed, item, index, entity)
        if entity is not None and _names_in_full(
            text[parsed[item.paragraph].start + item.raw.start : quote_end], entity
        ):
            return None  # '“It was easy for Mary Roe to coast, but she didn’t,” she said': someone else said it
        return entity
    named = _named_after(text, item, index)
    if named is not None:  # "The company that runs the show, Dick Clark Productions, denies …"
        return named
    unnamed_at = introduced_unnamed(text, mention.start, item.head_word)
    if unnamed_at is not None and not _holder_named_since(
        unnamed_at, item.head_word, candidates, index.roles, context.paragraph
    ):
        return None  # "a justice official … the official said": the same nameless person, no one named
    if words[0].lower() in ("this", "that") and _points_back_to_a_nameless_one(text, mention.start, item.head_word):
        return None  # "… worked with another company. This company told them …": that one, unnamed
    owned = bool(_owners(words))  # "the Trump campaign", "Russia's foreign ministry": theirs, not the latest
    head = next((w for w in words if w.lower().endswith(f"-{item.head_word.lower()}")), item.head_word)
    entity = resolve_description(
        head,  # "sergeant-at-arms", which the parser splits at its hyphens
        candidates,
        index.roles,
        context,
        [*_modifiers(words, item.head_word), *_named_modifiers(words, item.head_word, index.roles)],
        owned=owned,
        genders=genders,
        said_to_be_a_person=_said_to_be_a_person(text, mention),
        speaks_as_one_person=item.kind == "direct"
        and _epithet(words)
        and _in_first_person(text[quote_start:quote_end]),
        gender=_gender_given(text, item, text[quote_start:quote_end]),
    )
    if owned and entity is not None and entity.label == "ORG" and not _of_its_owner(words, entity):
        return None  # "The European Union's top court" is not the International Court of Justice
    noun = item.head_word.lower()
    if (
        entity is None
        and words[0].lower() in ("the", "their", "its")  # "…, their union said Friday"
        and noun in GENERIC_ORG_NOUNS
        and not owned
        and not any(candidate.entity.label == "ORG" for candidate in candidates)
    ):
        # "…, the company confirmed Friday. | Halvorsen Precision Components, which makes …, said": the
        # organisation named next, before the article has named any
        entity = organisation_named_next(noun, index.candidates_after(max(mention.end, quote_end)), context)
    if (
        entity is None
        and words[0].lower() == "the"
        and noun in ROLE_VOCABULARY
        and not _anyone_before_holds(noun, candidates, index.roles)
    ):
        entity = holder_named_next(noun, index.candidates_after(max(mention.end, quote_end)), index.roles, context)
    return entity


# Nouns for someone of one sex whom an article may never name: a relative, "the woman".
_NAMELESS_NOUNS = frozenset(KIN_NOUNS | {"woman", "man", "girl", "boy"})


def _nameless_subject_just_before(parsed: Sequence[ParsedParagraph], item: _Located, index: MentionIndex) -> bool:
    """A "she" or "he" whose paragraph's sentence before it has for subject a relative or a woman or
    man the article does not name, of the pronoun's sex, with no person named between: "Phillips's
    mother, who has attended every day of the trial, left the courtroom in tears. Outside court,
    she said …" is the mother, not the lawyer quoted before. Not someone whom the article gave that
    relation ("His daughter, Anna Ruscitti, …"), nor a noun with a name set beside it, nor "his wife"
    or "her mother", a relative of someone the story follows, whom it may name elsewhere."""
    mention = item.mention
    gender = PRONOUN_GENDER.get(mention.text.lower()) if mention is not None else None
    if mention is None or gender is None:
        return False
    paragraph = parsed[item.paragraph]
    doc = paragraph.doc
    at = next((t for t in doc if paragraph.start + t.idx == mention.start), None)
    if at is None:
        return False
    here = at.sent
    if here.start == 0:
        return False
    before = doc[here.start - 1].sent
    subjects = [t for t in before.root.children if t.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    noun = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or noun not in _NAMELESS_NOUNS or ROLE_GENDER.get(noun) != gender:
        return False
    if any(child.dep_ == "appos" or (child.dep_ == "poss" and child.pos_ == "PRON") for child in subject.children):
        return False  # "His mother, Grace Okafor, …"; "His wife said …", whom the article may name apart
    if any(role_fits(noun, role) for roles in index.roles.values() for role in roles):
        return False  # the article names someone as that relative
    head_at = paragraph.start + subject.idx
    if index.overlap.best(head_at, head_at + len(subject.text)) is not None:
        return False
    phrase_end = paragraph.start + subject.right_edge.idx + len(subject.right_edge.text)
    return not any(
        candidate.entity.label == "PERSON" and phrase_end <= candidate.start < mention.start
        for candidate in index.candidates_before(mention.start)
    )


def _anyone_before_holds(noun: str, candidates: Sequence[Candidate], roles: dict[str, tuple[str, ...]]) -> bool:
    return any(
        candidate.entity.label == "PERSON" and any(role_fits(noun, role) for role in roles.get(candidate.entity.id, ()))
        for candidate in candidates
    )


def _described_after(text: str, candidate: Candidate, *, aged: bool = False) -> bool:
    """The candidate's name is followed by a "who" or "whose" clause or an indefinite appositive ("Derek
    Amyotte, a spokesperson for the advocacy group …"), or by an age the description
    did not give (`aged`: "A 45-year-old man says … | Jon Roe, 45, said" is him): someone described
    afresh ("A witness told the jury … | Gareth Mullins, 36, has pleaded not guilty")."""
    mention = next((m for m in candidate.entity.mentions if m.start == candidate.start), None)
    if mention is None:
        return False
    return _WHO_CLAUSE_AFTER.match(text, mention.end) is not None or (
        not aged and _AGE_AFTER.match(text, mention.end) is not None
    )


_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
# "Derek Amyotte, a spokesperson for the advocacy group …, said": brought in afresh, not the one before
_WHO_CLAUSE_AFTER = re.compile(r"\s*,\s*(?:whose?\b|an?\s)")


def _either_gender(text: str, mention: TextSpan) -> bool:
    """The pronoun stands for anyone: "he or she", "she or he", "he/she", "s/he"."""
    return bool(
        _OR_THE_OTHER.match(text, mention.end) or _THE_OTHER_OR.search(text, max(0, mention.start - 12), mention.start)
    ) or mention.text.lower() in ("s/he", "he/she", "she/he")


_OR_THE_OTHER = re.compile(r"\s*(?:or|/)\s*(?:he|she)\b", re.IGNORECASE)
_THE_OTHER_OR = re.compile(r"\b(?:he|she)\s*(?:or|/)\s*$", re.IGNORECASE)


def _names_in_full(quoted: str, person: Entity) -> bool:
    """The quoted words name the person by a full name of theirs, as people seldom name themselves."""
    if person.label != "PERSON":
        return False
    return any(len(alias.split()) > 1 and re.search(rf"\b{re.escape(alias)}\b", quoted) for alias in person.aliases)


def _of_its_owner(words: Sequence[str], entity: Entity) -> bool:
    """An organisation a description with a named owner may stand for: its name holds a word of the
    owner's ("the Trump campaign" → "Trump for President"; "the European Union's top court" →
    "European Court of Justice")."""
    owner = {name_key(word.removesuffix("'s").removesuffix("’s")) for word in _owners(words)}
    names = {word for alias in entity.aliases for word in name_key(alias).split()}
    return bool(owner & names)


def _owners(words: Sequence[str]) -> list[str]:
    """The names that own a description: capitalised words between its first word and its noun ("the
    Trump campaign"), and a first word in the possessive ("Russia's foreign ministry")."""
    first = [words[0]] if words[0][:1].isupper() and words[0].endswith(("'s", "’s")) else []
    # "the Crown corporation", "the Crown agency": a public body's kind in Canada, not its owner's name;
    # "the Vancouver-based company", "the Moncton-area MLA": where it is, not whose
    return [
        *first,
        *(word for word in words[1:-1] if word[:1].isupper() and word != "Crown" and not _PLACED.search(word)),
    ]


_PLACED = re.compile(r"-[a-z]+$")


# What may stand between a description's last comma-set words and its verb: nothing but the commas.
_SET_OFF_NAME = re.compile(r",\s*([^,]{2,80}?),\s*$")


def _named_after(text: str, item: _Located, index: MentionIndex) -> Entity | None:
    """The entity a description names right after itself, set off by commas before its verb: "The
    agency, Harbourline, said", "The group that owns her music, Big Machine, says". Only when the
    comma-set words are that entity's mention and nothing else."""
    assert item.mention is not None
    if item.cue is None or item.cue.start <= item.mention.end:
        return None
    found = _SET_OFF_NAME.search(text, item.mention.end, item.cue.start)
    if found is None or "\n" in found.group(0):
        return None
    start, end = found.span(1)
    inside = index.overlap.inside(start, end)
    if len(inside) != 1 or (inside[0][0].start, inside[0][0].end) != (start, end):
        return None
    entity = inside[0][1]
    return entity if entity.label in ("PERSON", "ORG", "GPE", "NORP") else None


def _named_as_head(head: str, index: MentionIndex) -> Entity | None:
    """The entity named by the head word itself where the recogniser left this use untagged ("The
    B.C. NDP said" beside an "NDP" it tagged elsewhere)."""
    key = name_key(head)
    return next(
        (e for e in index.entities if e.label not in VALUE_LABELS and key in {name_key(a) for a in e.aliases}), None
    )


def _whole_phrase_entity(mention: TextSpan, head: TextSpan, index: MentionIndex) -> Entity | None:
    """The entity the speaker phrase names, when its head lies outside every entity; not a place or
    people named before the head as its modifier ("The B.C. NDP" is no province), nor the owner of
    a person the head names ("Hyundai's CEO", "the Smiths' lawyer" is somebody else)."""
    named = index.overlap.inside(mention.start, mention.end)
    if named and all(span.end <= head.start for span, _ in named):
        if all(entity.label in _MODIFIER_LABELS for _, entity in named) or is_a_person_noun(head.text):
            return None
        if head.text.lower() in _OUTLET_WORDS:
            return None  # "The Hollywood Reporter", with "Hollywood" tagged: an outlet, not what names it
    return index.overlap.best(mention.start, mention.end)


_MODIFIER_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Last words of a newspaper's, a magazine's or a wire's name.
_OUTLET_WORDS = frozenset(
    "reporter times post journal star herald news tribune gazette chronicle daily magazine review observer "
    "guardian telegraph express mail sun globe wire record register courier press weekly monitor bulletin "
    "examiner inquirer dispatch standard citizen independent insider".split()
)


def _sender(parsed: Sequence[ParsedParagraph], item: _Located, index: MentionIndex) -> tuple[Entity | None] | None:
    """Who sent "the letter" or "the statement" a speaker phrase names, when the paragraph (or the
    two before) says so: the subject of the verb whose object it was ("a group of parents sent a
    letter to the board"), as (its entity,), or (None,) when no entity holds the subject (the
    words then stay as written: the letter is not the board's). None when no sentence says."""
    assert item.head_word is not None
    sent = _sent_before(parsed, item, index, frozenset({item.head_word.lower()}))
    return None if sent is None else (sent[1],)


def _sent_before(
    parsed: Sequence[ParsedParagraph], item: _Located, index: MentionIndex, nouns: frozenset[str]
) -> tuple[int, Entity | None] | None:
    """The last statement or document (one of `nouns`) some subject sent, issued or signed in this
    paragraph or the two before, as (its offset, the subject's entity or None); None when there is
    none, or when the verb's subject is a pronoun."""
    assert item.mention is not None
    for number in (item.paragraph, item.paragraph - 1, item.paragraph - 2):
        if number < 0:
            continue
        piece = parsed[number]
        objects = [
            token
            for token in piece.doc
            if token.lower_ in nouns and token.dep_ == "dobj" and piece.start + token.idx < item.mention.start
        ]
        if not objects:
            continue
        verb = objects[-1].head
        while not any(child.dep_ == "nsubj" for child in verb.children) and verb.dep_ == "conj":
            verb = verb.head  # "The group met and sent a letter"
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        start = piece.start + subject.idx
        return piece.start + objects[-1].idx, index.overlap.best(start, start + len(subject.text))
    return None


def _what_it_stands_for(
    parsed: Sequence[ParsedParagraph], item: _Located, index: MentionIndex, entity: Entity | None
) -> Entity | None:
    """ "Three dozen scholars signed an open letter. … “…,” it stated.": "it" is the letter, whose
    signers no entity holds, not the last organisation; "The firm issued a statement. It said …" is
    the firm's. A letter or statement sent after the entity's last mention outweighs it."""
    sent = _sent_before(parsed, item, index, STATEMENT_NOUNS | DOCUMENT_NOUNS)
    if sent is None:
        return entity
    offset, sender = sent
    assert item.mention is not None
    # before the quote and its cue: a name in the quoted words is what the letter talks about
    before = min(item.mention.start, parsed[item.paragraph].start + item.raw.start)
    starts = [piece.start for piece in parsed]
    if entity is not None and any(
        offset < m.start < before and paragraph_role(parsed[bisect_right(starts, m.start) - 1].doc.text) != "link"
        for m in entity.mentions
    ):
        return entity  # named again after the letter (not in a "READ MORE" link): "it" is likelier the organisation
    return sender


# The city as a speaker, or its staff: "the city said", "city staff confirmed", "city officials".
# A party's member, as a description's head ("the Kentucky Republican", "the Tory").
_PARTY_MEMBERS = frozenset("republican democrat liberal conservative tory libertarian independent".split())
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.'’-]*\s+)*$")  # "the Kentucky | Republican"
_ORGANISATION_STAFF = re.compile(
    r"(?:the\s+)?([a-z]+)\s+(?:members|officials|staff|spokesperson|spokesman|spokeswoman|representatives|executives"
    r"|negotiators|leaders|lawyers)"
)
# "… of three", "… of 11": how many children a parent has, after "mother", "grandfather" ….
_OF_CHILDREN = re.compile(r"\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b")
_POLICE = re.compile(r"(?:the\s+)?(?:([a-z][\w.'’-]*)\s+)?police")
_PROVINCE = re.compile(r"the\s+(province|state)(?:\s+(?:government|officials|spokesperson|spokesman|spokeswoman))?")
_CITY = re.compile(
    r"(?:the\s+)?(city|town|municipality|township|county|village)"
    r"(?:\s+(?:staff|officials|spokesperson|spokesman|spokeswoman|hall))?"
)
_FROM_OR_BY = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)
_AUTHOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _issuer_within(item: _Located, index: MentionIndex, context: SpeakerContext) -> Entity | None:
    """Who issued a statement or document, named within its phrase before the noun: a person or
    organisation ("the PBO report", "Ana Ruiz's study", "a White House statement"), or an
    organisation's noun for the one the article named ("the parole board decision")."""
    assert item.mention is not None and item.head is not None
    named = [
        entity
        for span, entity in index.overlap.inside(item.mention.start, item.head.start)
        if entity.label in _ISSUER_LABELS and span.end <= item.head.start
    ]
    if named:
        return named[-1]
    nouns = [word.lower() for word in item.mention.text.split()[:-1] if word.lower() in ORG_NOUNS]
    if not nouns:
        return None
    candidates = index.candidates_before(item.mention.start)
    organisation = resolve_description(nouns[-1], candidates, index.roles, context)
    return organisation if organisation is not None and organisation.label == "ORG" else None


_ISSUER_LABELS = frozenset({"ORG", "PERSON"})


def _author_of_statement(text: str, item: _Located, index: MentionIndex) -> Entity | None:
    """Who a statement is from when its own words say so before the verb: "A release sent to media
    from UFCW Local 832 late Friday said …", "A statement e-mailed to The Globe by Reagan Ruslim, who
    joined the board last month, said …": the first person or organisation after "from" or "by"."""
    assert item.mention is not None
    if item.cue is None or item.cue.start < item.mention.end:
        return None
    after = [c for c in index.candidates_after(item.mention.end) if c.start < item.cue.start]
    for number, candidate in enumerate(after):
        if candidate.entity.label in _AUTHOR_LABELS and _FROM_OR_BY.search(text, item.mention.end, candidate.start):
            # "a study by Loyola Law School professor Ana Ruiz": the professor, the school her title's
            following = after[number + 1] if number + 1 < len(after) else None
            if candidate.entity.label == "ORG" and following is not None and following.entity.label == "PERSON":
                end = next(m.end for m in candidate.entity.mentions if m.start == candidate.start)
                between = text[end : following.start].split()
                if between and all(word.islower() for word in between) and is_a_person_noun(between[-1]):
                    return following.entity
            return candidate.entity
    return None


# How news describes a source it will not name ("a person familiar with the talks", "a source close
# to the campaign", "an official who spoke on condition of anonymity").
_ANONYMOUS = frozenset(
    "person people source sources official officials familiar close knowledge anonymity anonymously unnamed".split()
)


_AGE = re.compile(r"\b(\d{1,3})-year-old\b")


def _person_of_age(text: str, age: str, candidates: Sequence[Candidate]) -> Entity | None:
    """The latest person the text gave that age: "Mary Benoit, 34," or "34-year-old Mary Benoit"."""
    for candidate in reversed(candidates):
        if candidate.entity.label == "PERSON" and _given_age(text, candidate.entity) == age:
            return candidate.entity
    return None


_AGE_AFTER = re.compile(r"\s*,\s*(?:aged?\s+)?(\d{1,3})\s*[,.;)]")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")


def _given_age(text: str, person: Entity) -> str | None:
    """The age the text gives a person beside a mention of them, if it does."""
    for mention in person.mentions:
        found = _AGE_AFTER.match(text, mention.end) or _AGE_BEFORE.search(
            text, max(0, mention.start - 20), mention.start
        )
        if found:
            return found.group(1)
    return None


_WHO_AFTER = re.compile(r"\s*,?\s*who\b")


def _said_to_be_a_person(text: str, mention: TextSpan) -> bool:
    """The text says the description is a person's: an age in it ("the 39-year-old founder"), a
    past office ("the former sergeant-at-arms") or a "who" clause after it ("the laid-back Cambridge
    resident, who moved to Canada")."""
    past = any(word.lower() in _PAST_OFFICE for word in mention.text.split()[:-1])
    return bool(past or _AGE.search(mention.text) or _WHO_AFTER.match(text, mention.end))


def _epithet(words: Sequence[str]) -> bool:
    """A description with words between "the" and its noun: "the bow-tied maverick", "the affable
    proprietor", the way a writer varies a name already given."""
    return len(words) >= 3 and words[0].lower() == "the"


def _in_first_person(quoted: str) -> bool:
    """The quoted words speak as one person ("I", "me", "my"), not as an organisation ("we") or a
    document; words quoted inside them (‘…’) are someone else's."""
    return bool(_FIRST_PERSON.search(_INNER_QUOTE.sub(" ", quoted)))


_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)\b")
_INNER_QUOTE = re.compile(r"‘[^’]*’(?!\w)|(?<!\w)'[^']*'(?!\w)")

_OWNER_GENDER = {"his": "m", "her": "f"}
_PAST_OFFICE = frozenset({"former", "retired", "onetime", "one-time", "longtime", "ex"})


def _someone_unnamed(
    text: str, item: _Located, speaker: str | None, end: int, said: str
) -> tuple[str, int, int, str | None] | None:
    """The speaker words, paragraph, quote end and gender when they describe one person no entity
    holds ("The victim's mother", "a neighbour"), for a "she" or "he" right after to go on with.
    A report that speaks of its speaker as "she" or "he" ("A rider said she had not heard"), or a
    clause about them before the verb ("A worker who asked not to be named because he feared …
    said"), tells that the words are a person's, and of which gender."""
    if speaker is None or item.head_word is None or item.head_pos != "NOUN":
        return None
    head = item.head_word.lower()
    pronoun = _gender_given(text, item, said)
    if not (is_a_person_noun(head) or (pronoun and may_be_one_person(head))) or (
        head.endswith("s") and not head.endswith("ss")
    ):
        return None
    first = speaker.split()[0].lower()
    # a relative, or someone brought in as "a …" or as someone's: "the nominee" is a named person
    # the resolution missed, whom "he" goes on with by the usual rules
    if head in KIN_NOUNS or first in ("a", "an", "another", "one") or "'s" in speaker.replace("’", "'"):
        return speaker, item.paragraph, end, ROLE_GENDER.get(head) or pronoun
    return None


def _gender_given(text: str, item: _Located, said: str) -> str | None:
    """The gender the words around a nameless speaker give them: the pronoun a report of theirs opens
    on, else the one gender of the pronouns from the speaker phrase (its relative clause) to its verb."""
    own = _OWN_PRONOUN.match(said) if item.kind != "direct" else None
    if own:
        return _PRONOUN_OF[own.group(1).lower()]
    if item.mention is None or item.cue is None or item.cue.start <= item.mention.start:
        return None
    between = {_PRONOUN_OF[word.lower()] for word in _PRONOUNS.findall(text, item.mention.start, item.cue.start)}
    return between.pop() if len(between) == 1 else None


# A report opening on its speaker's pronoun: "she had not heard", "her rent went up".
_OWN_PRONOUN = re.compile(r"(?:that\s+)?(he|she|his|her)\b", re.IGNORECASE)
_PRONOUNS = re.compile(r"\b(he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
_PRONOUN_OF = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}


def _as_written(item: _Located) -> str | None:
    """The speaker words shown when no entity holds them; a name no entity holds loses the titles
    before it ("Chief Na'moks" and "Na'moks" are one speaker in the Quotes tree)."""
    if item.mention is None:
        return None
    words = item.mention.text.split()
    if item.head_pos != "PROPN":
        return item.mention.text
    title = 0  # the leading title words, up to the last office or honorific among them
    for number, word in enumerate(words[:-1]):
        if not is_title_word(word):
            break
        if is_office(word) or is_honorific(word):
            title = number + 1
    return " ".join(words[title:]) if title else item.mention.text


# A speaker's relative clause that withholds the name ("…, who asked not to be named because …,").
# A relative clause right on an indefinite speaker, with no comma: "A volunteer who has worked …".
_WHO_CLAUSE_ON_IT = re.compile(r"\s+who\s")
_UNNAMED_AFTER = re.compile(
    r"[^,.;:“”\"]{0,60}?,\s*who\s+(?:asked|requested|spoke|agreed to speak|was not authorized|is not authorized|declined)\b"
    r"[^,.;]{0,80}?\b(?:named|anonymity|identified|identify|publicly)\b"
)


def _anonymous(words: Sequence[str]) -> bool:
    return any(word.lower().strip(",.") in _ANONYMOUS for word in words)


def introduced_unnamed(text: str, before: int, head: str) -> int | None:
    """The article brought in a `head` with an indefinite article and gave no name beside it ("a
    justice official said …", not "a spokeswoman for Trudeau, Eleanore Catenaro" nor "Ana Roe, a
    retired teacher"): where the last such one was brought in, for a later "the official" is that
    person, whoever else holds a similar title, unless someone holding it is named after
    (`_holder_named_since`). Organisation nouns aside: "a company" is often named later."""
    if head.lower() in ORG_NOUNS or head.lower() in GENERIC_ORG_NOUNS:
        return None
    pattern = _INDEFINITE.get(head.lower())
    if pattern is None:
        pattern = _INDEFINITE[head.lower()] = re.compile(
            rf"\b(?:a|an|another|one)\s+(?:(?!{_CLAUSE_WORDS}\b)[\w'’.-]+\s+){{0,3}}?({re.escape(head)})\b"
            r"(?!\s*,\s*[A-Z][\w'’.-]*\s+[A-Z])"
            # no one in particular: a comparison ("seen a goalie so calm", "a player as quick as")
            r"(?!\s+(?:so|as|than)\b)",
            re.IGNORECASE,
        )
    unnamed = [
        found.start()
        for found in pattern.finditer(text, 0, before)
        if not _titles_a_name(text, found) and not _NAME_BEFORE.search(text, max(0, found.start() - 60), found.start())
    ]
    return unnamed[-1] if unnamed else None


def _holder_named_since(
    at: int, noun: str, candidates: Sequence[Candidate], roles: dict[str, tuple[str, ...]], paragraph: int
) -> bool:
    """A person holding the role the noun names was mentioned after the nameless one brought in at
    `at`, in the description's own paragraph ("a patrol officer spotted them … | “…,” said Const.
    Harpreet Gill. The officer said": Gill)."""
    return any(
        candidate.start > at
        and candidate.paragraph == paragraph
        and candidate.entity.label == "PERSON"
        and any(role_fits(noun, role) for role in roles.get(candidate.entity.id, ()))
        for candidate in candidates
    )


# A name and a comma before "a retired teacher": "Monica Ferraro, a retired teacher who …" is named.
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*,\s*$")


def _points_back_to_a_nameless_one(text: str, before: int, head: str) -> bool:
    """ "This company", "that agency": the last `head` the text named before, within its sentence or
    the one before, was brought in with an indefinite article and no name ("worked with another
    company prior to calling us. This company told them …")."""
    window = text[max(0, before - _POINTED_BACK_CHARS) : before]
    found = list(re.finditer(rf"\b{re.escape(head)}\b", window, re.IGNORECASE))
    if not found:
        return False
    last = found[-1]
    opening = re.search(r"\b(?:a|an|another|one)\s+(?:[\w'’-]+\s+){0,2}$", window[: last.start()], re.IGNORECASE)
    named = re.match(r"\s*,?\s*(?:called\s+|named\s+)?[A-Z]", window[last.end() :])
    return opening is not None and named is None


# How far back "this company" looks for the company it points to: about two sentences.
_POINTED_BACK_CHARS = 300


# Words that end a noun phrase: "an explosion that Mayor Bill de Blasio described" brings in no mayor.
# Words no indefinite noun phrase holds before its noun: a clause's, a preposition's, another
# determiner's ("a penalty the judge called": the judge is no nameless one brought in).
_CLAUSE_WORDS = (
    r"(?:that|which|who|whom|whose|by|of|in|on|at|to|from|with|and|or|but|as|for|is|was|were|said"
    r"|the|this|these|those|his|her|its|their|our|my|your)"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’.-]*")


def _titles_a_name(text: str, found: re.Match[str]) -> bool:
    """The head is a capitalised title before a name ("a week after Mayor Bill de Blasio …")."""
    return found.group(1)[:1].isupper() and _NAME_AFTER.match(text, found.end(1)) is not None


_INDEFINITE: dict[str, re.Pattern[str]] = {}


# Modifiers a role need not repeat ("the former president" is still the one with the role "President").
_LOOSE_MODIFIERS = frozenset(
    "the this that a an his her its their our former late then new top senior current longtime veteran "
    "outgoing incoming embattled interim".split()
)


def _modifiers(words: Sequence[str], head: str) -> list[str]:
    """The lowercase words of a description before its head that narrow it ("band" in "the band leader")."""
    before = words[: len(words) - 1 - words[::-1].index(head)] if head in words else []
    return [
        w.lower()
        for w in before
        if w.isalpha()
        and (w.islower() or w.lower() in PARTY_WORDS)
        and w.lower() not in _LOOSE_MODIFIERS
        and not w.endswith("'s")
    ]


def _named_modifiers(words: Sequence[str], head: str, roles: dict[str, tuple[str, ...]]) -> list[str]:
    """Capitalised words of a description that some role in the article holds too ("Ontario" in "the
    Ontario premier", with "Ontario Premier Doug Ford" and "Alberta Premier Jason Kenney"), lowercased:
    they narrow it as a lowercase modifier does. One no role holds ("the Canadian ambassador", the
    role being "ambassador to China") says nothing the roles can check."""
    before = words[: len(words) - 1 - words[::-1].index(head)] if head in words else []
    held = {word for values in roles.values() for role in values for word in re.findall(r"[\w'-]+", role.lower())}
    return [
        word.lower()
        for word in before[1:]
        if word[:1].isupper() and word.isalpha() and word.lower() not in PARTY_WORDS and word.lower() in held
    ]


def _locate(text: str, parsed: Sequence[ParsedParagraph]) -> list[_Located]:
    located: list[_Located] = []
    sentence_base = 0
    for number, paragraph in enumerate(parsed):
        doc = paragraph.doc
        following = parsed[number + 1].doc.text if number + 1 < len(parsed) else ""
        sentence_starts = [s.start for s in sentences(doc)]
        role = paragraph_role(doc.text)
        if role == "link":
            sentence_base += len(sentence_starts)
            continue
        raws = find_raw_quotes(doc, next_paragraph_opens_quote=starts_with_opening_mark(following))
        # Partial quotes inside the writer's sentence belong to mixed speech, found below with its clause.
        raws = [raw for raw in raws if not raw.embedded]
        here: list[_Located] = []
        for position, raw in enumerate(raws):
            sentence = sentence_base + bisect_right(sentence_starts, raw.first_token) - 1
            source, attribution = paragraph, raw.attribution
            if attribution is None and position == 0 and raw.floating and number > 0:
                source, attribution = parsed[number - 1], introduced_by_colon(parsed[number - 1].doc)
            here.append(_with_attribution(text, number, sentence, raw, "direct", source, attribution))
        spans = [_marked_span(doc, raw) for raw in raws]
        speakers = {span[1]: raw.attribution for span, raw in zip(spans, raws, strict=True) if raw.attribution}
        for report in find_reported_speech(doc, spans, speakers):
            if role is not None:
                report = replace(report, confidence="low")
            sentence = sentence_base + bisect_right(sentence_starts, report.first_token) - 1
            here.append(_with_attribution(text, number, sentence, report, report.kind, paragraph, report.attribution))
        for post in find_posts(doc):
            sentence = sentence_base + bisect_right(sentence_starts, post.first_token) - 1
            here.append(_with_attribution(text, number, sentence, post, post.kind, paragraph, post.attribution))
        here.sort(key=lambda item: item.raw.start)
        located.extend(here)
        sentence_base += len(sentence_starts)
    return located


def _marked_span(doc, raw: RawQuote) -> tuple[int, int]:
    """Paragraph char span of a direct quote with its marks: first and last character offsets."""
    last = doc[raw.last_token]
    return doc[raw.first_token].idx, last.idx + len(last.text) - 1


def _with_attribution(
    text: str,
    number: int,
    sentence: int,
    raw: RawQuote | ReportedSpeech,
    kind: str,
    source: ParsedParagraph,
    attribution: Attribution | None,
) -> _Located:
    """Article-offset cue and speaker phrase of a quote; `source` is the paragraph the attribution is in."""
    cue = mention = head_span = None
    head_pos = head_word = None
    doc = source.doc
    if attribution is not None:
        if attribution.cue_start is not None and attribution.cue_end is not None:
            cue = _span(text, source, doc[attribution.cue_start : attribution.cue_end])
        if attribution.speaker_head is not None:
            assert attribution.speaker_start is not None and attribution.speaker_end is not None
            mention = _span(text, source, doc[attribution.speaker_start : attribution.speaker_end])
            head = doc[attribution.speaker_head]
            head_pos, head_word = head.pos_, head.text
            if head_pos == "PROPN" and head_word.islower():
                head_pos = "NOUN"  # "The French foreign ministry", tagged a proper noun after capitals
            head_span = _span(text, source, doc[head.i : head.i + 1])
    return _Located(number, sentence, raw, kind, attribution is not None, cue, mention, head_pos, head_word, head_span)


def _span(text: str, paragraph: ParsedParagraph, tokens) -> TextSpan:
    """Article-body span of a run of tokens."""
    start = paragraph.start + tokens.start_char
    end = paragraph.start + tokens.end_char
    return TextSpan(start, end, text[start:end])
