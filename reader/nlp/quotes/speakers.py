"""Resolve the words naming a speaker ("Roe", "he", "the diplomat") to one of the article's entities.

Three kinds of mention, three rules, and no guessing beyond them:
- a name: the entity one of whose mentions overlaps it;
- a pronoun: the previous quote's speaker when it fits the pronoun's class, else the most salient
  preceding entity of that class, scored by recency and grammatical role;
- a definite description ("the diplomat"): the most recent preceding entity whose roles fit the
  noun according to `roles.role_fits`.
Anything else stays unresolved; the caller then shows the words as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.nlp.dateline import REGION_ABBREVIATIONS, region_name
from reader.nlp.quotes.roles import (
    GENERIC_ORG_NOUNS,
    KIN_NOUNS,
    ORG_NOUNS,
    PARTY_WORDS,
    ROLE_GENDER,
    ROLE_VOCABULARY,
    names_its_kind,
    org_kind_fits,
    role_fits,
    stands_for_a_person,
)
from reader.nlp.types import Entity, TextSpan

# Pronoun -> the entity labels it can stand for, best first.
PRONOUN_LABELS: dict[str, tuple[str, ...]] = {
    "he": ("PERSON",),
    "him": ("PERSON",),
    "she": ("PERSON",),
    "her": ("PERSON",),
    "it": ("ORG", "GPE"),  # a people ("the Chinese", "Liberals") is "they", never "it"
    # Not places: "they" is a newsroom, party or group far more often than a city.
    "they": ("ORG", "NORP"),
    "them": ("ORG", "NORP"),
}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_DEFINITE = frozenset({"the", "this", "that"})
SUBJECT_WEIGHT = 3.0  # context.role_weight of a subject
_SALIENCE_WINDOW = 2  # paragraphs back a pronoun may reach (besides its own)
_LEAST_GROUP_SALIENCE = 0.5  # "they"/"it": a subject two sentences back, an object one back
_EARLIER_SPEAKER_WINDOW = 4  # … to a speaker of its class quoted before the previous speaker (a heading between)
_MAIN_ORGANISATION_MENTIONS = 3
_OWN_PARAGRAPH = 10.0  # how much more an organisation named in a description's own paragraph counts  # an article's main organisation, for a description far from any name


@dataclass(frozen=True, slots=True)
class Candidate:
    """One earlier entity mention a pronoun might stand for, and how prominent it was."""

    entity: Entity
    start: int
    paragraph: int
    sentence: int  # global sentence number
    role_weight: float  # subject of a speech verb > subject > object > oblique


@dataclass(frozen=True, slots=True)
class SpeakerContext:
    """What a resolution may look at, all of it before the mention being resolved."""

    paragraph: int
    sentence: int
    previous_entity: Entity | None  # the speaker of the previous quote, when it was resolved
    previous_paragraph: int | None
    previous_pronoun: str | None  # the previous quote's speaker mention when it was a pronoun
    previous_end: int | None = None  # where the previous quote ends: subjects after it are newer news
    # Earlier quotes' resolved speakers as (entity, paragraph, quote end), oldest first: "she" after
    # an organisation's statement goes on with the woman quoted before it.
    earlier_speakers: tuple[tuple[Entity, int, int], ...] = ()
    # The previous speaker's words held a person's title ("Hereditary Chief Na'moks"), whatever label
    # the recogniser gave the name: a "he" or "she" may go on with them.
    previous_titled: bool = False


def mention_kind(words: Sequence[str], head_pos: str) -> str:
    """'pronoun', 'name', 'description' or 'other' for a speaker noun phrase."""
    lowered = [w.lower() for w in words]
    if head_pos == "PRON":
        return "pronoun" if lowered[-1] in PRONOUN_LABELS else "other"
    if (
        head_pos == "PROPN"
        and (lowered[0] in _DEFINITE or len(words) == 1)
        and (words[-1].isupper() or (lowered[0] in _DEFINITE and words[-1].istitle()))
        and lowered[-1] in ROLE_VOCABULARY
    ):
        # "the MP", "the Tory MLA", "The UN High Commissioner": an office in capitals, not a name
        return "description"
    if head_pos == "PROPN":
        return "name"
    if head_pos == "NOUN" and lowered and (lowered[0] in _DEFINITE or any(w.endswith("'s") for w in lowered)):
        return "description"
    if head_pos == "NOUN" and len(lowered) == 2 and lowered[0] in ("their", "its") and lowered[1] in GENERIC_ORG_NOUNS:
        return "description"  # "…, their union said Friday": the workers' union, an organisation to find
    return "other"


class OverlapIndex:
    """Every mention sorted by start, so an overlap query looks at the few mentions near a span.
    Built once per analysis (see `MentionIndex`)."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        spans = sorted(
            (mention.start, mention.end, rank) for rank, entity in enumerate(entities) for mention in entity.mentions
        )
        self.entities = entities
        self.starts = [start for start, _, _ in spans]
        self.spans = spans
        self.longest = max((end - start for start, end, _ in spans), default=0)

    def inside(self, start: int, end: int) -> list[tuple[TextSpan, Entity]]:
        """The mentions lying wholly in [start, end), in text order, each with its entity."""
        found = []
        for index in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            mention_start, mention_end, rank = self.spans[index]
            if mention_end <= end:
                entity = self.entities[rank]
                mention = next(m for m in entity.mentions if m.start == mention_start and m.end == mention_end)
                found.append((mention, entity))
        return found

    def best(self, start: int, end: int) -> Entity | None:
        """The entity with the largest mention overlap with [start, end) (the first listed on a tie)."""
        best_rank, best_overlap = -1, 0
        index = bisect_left(self.starts, end) - 1
        while index >= 0 and self.starts[index] >= start - self.longest:
            mention_start, mention_end, rank = self.spans[index]
            overlap = min(end, mention_end) - max(start, mention_start)
            # the largest overlap; on a tie, the entity listed first (as a scan in entity order finds)
            if overlap > best_overlap or (overlap == best_overlap and overlap > 0 and rank < best_rank):
                best_rank, best_overlap = rank, overlap
            index -= 1
        return self.entities[best_rank] if best_overlap > 0 else None


def resolve_pronoun(
    pronoun: str,
    candidates: Sequence[Candidate],
    context: SpeakerContext,
    genders: dict[str, str],
) -> Entity | None:
    """The previous speaker if it fits the pronoun, else the most salient fitting earlier entity."""
    pronoun = pronoun.lower()
    return resolve_salient(
        PRONOUN_LABELS.get(pronoun, ()),
        PRONOUN_GENDER.get(pronoun),
        candidates,
        context,
        genders,
        same_class=context.previous_pronoun is None or _same_class(context.previous_pronoun, pronoun),
    )


def resolve_salient(
    labels: Sequence[str],
    gender: str | None,
    candidates: Sequence[Candidate],
    context: SpeakerContext,
    genders: dict[str, str],
    *,
    same_class: bool = True,
    unfit: Callable[[Entity], bool] = lambda entity: False,
) -> Entity | None:
    """What a pronoun (or a description standing in for a name) refers to: the previous speaker
    when it fits and no other fitting subject came after it, else the most salient fitting entity
    of the last paragraphs; for a person, failing those, the story's last speaker or subject. An
    entity the article says is something else (`unfit`) never fits."""

    def fits(entity: Entity) -> bool:
        if entity.label not in labels or unfit(entity):
            return False
        return gender is None or genders.get(entity.id, gender) == gender

    previous = context.previous_entity
    previous_fits = previous is not None and (fits(previous) or (context.previous_titled and gender is not None))
    if (
        previous is not None
        and context.previous_paragraph is not None
        and context.paragraph - context.previous_paragraph <= _SALIENCE_WINDOW
        and previous_fits
        and same_class
        and not _new_subject_since(previous, candidates, context, fits, known=_known_to_fit(labels, gender, genders))
    ):
        return previous
    if gender is not None and previous is not None and not previous_fits:
        speaker = _last_fitting_speaker(candidates, context, fits, known=lambda e: genders.get(e.id) == gender)
        if speaker is not None:
            return speaker
    best, best_score = None, 0.0
    for candidate in candidates:
        if context.paragraph - candidate.paragraph > _SALIENCE_WINDOW or not fits(candidate.entity):
            continue
        distance = max(0, context.sentence - candidate.sentence)
        score = candidate.role_weight * 0.5**distance
        if score > best_score:
            best, best_score = candidate.entity, score
    if "PERSON" not in labels and best_score < _LEAST_GROUP_SALIENCE:
        return None  # "they" or "it" with no group or organisation near enough stays as written
    if best is None and "PERSON" in labels:
        # Nobody fitting nearer: the story's last speaker goes on talking, else the last fitting subject.
        if previous is not None and previous_fits:
            return previous
        subjects = [c for c in candidates if c.role_weight >= SUBJECT_WEIGHT and fits(c.entity)]
        if subjects:
            return subjects[-1].entity
    return best


def _known_to_fit(labels: Sequence[str], gender: str | None, genders: dict[str, str]) -> Callable[[Entity], bool]:
    """Whether the article has shown an entity to fit the mention beyond its label: the pronoun's
    gender, given to it before; any person, for a description of a person that says no gender ("the
    71-year-old" after a paragraph that brings in "Walter Gies, a retired logger")."""
    if gender is None and "PERSON" in labels:
        return lambda entity: True
    return lambda entity: gender is not None and genders.get(entity.id) == gender


def _last_fitting_speaker(
    candidates: Sequence[Candidate],
    context: SpeakerContext,
    fits: Callable[[Entity], bool],
    known: Callable[[Entity], bool],
) -> Entity | None:
    """For a gendered pronoun, the latest earlier speaker who fits when the previous one does not
    ("Lonechild said A. The council stated B. 'C,' she said": Lonechild), if nobody fitting became a
    subject after their quote, and nobody known to fit was brought in by the sentence before this
    one ("Ford visited his editor Teresa Roe at her office … “…,” she recalled": Roe). Not for
    "they" or "it": after "Grassley and Leahy said", "they" is the two of them, not an organisation
    quoted before."""
    for entity, paragraph, end in reversed(context.earlier_speakers):
        if context.paragraph - paragraph > _EARLIER_SPEAKER_WINDOW:
            return None
        if fits(entity):
            newer = any(
                candidate.start > end
                and candidate.entity.id != entity.id
                and fits(candidate.entity)
                and (
                    candidate.role_weight >= SUBJECT_WEIGHT
                    or (
                        known(candidate.entity)
                        and _introduced(candidate)
                        and candidate.paragraph == context.paragraph
                        and context.sentence - candidate.sentence <= 1
                    )
                )
                for candidate in candidates
            )
            return None if newer else entity
    return None


def _new_subject_since(
    previous: Entity,
    candidates: Sequence[Candidate],
    context: SpeakerContext,
    fits: Callable[[Entity], bool],
    *,
    known: Callable[[Entity], bool] = lambda entity: False,
) -> bool:
    """True when another fitting person became a subject after the previous quote, in the quote's own
    sentence or the one before ('"A," Kidd said. | Scott bristles at that. "B," he said.': he is
    Scott), or in a paragraph of narration between them about nobody else who fits, when the article
    has given them the pronoun's gender (`known`: '"A," Haddad recalled. | Okafor did not listen. She
    now employs 12 people. | "B," she said.': she is Okafor)."""
    if context.previous_end is None:
        return False
    narration = context.paragraph - 1  # a paragraph between the two quotes, about one fitting person
    if context.previous_paragraph is None or context.previous_paragraph >= narration:
        narration = -1
    # who the paragraph is about: its fitting subjects, not an owner ("Doucette's daughter, Amy, works …")
    about = {
        c.entity.id
        for c in candidates
        if c.paragraph == narration and c.role_weight >= SUBJECT_WEIGHT and fits(c.entity)
    }
    return any(
        candidate.start > context.previous_end
        and candidate.entity.id != previous.id
        and candidate.role_weight >= SUBJECT_WEIGHT
        and (
            (candidate.paragraph == context.paragraph and context.sentence - candidate.sentence <= 1)
            or (
                candidate.paragraph == narration
                and len(about) == 1
                and (known(candidate.entity) or candidate.role_weight > SUBJECT_WEIGHT)
            )
            or (
                candidate.paragraph == narration
                and context.sentence - candidate.sentence == 1
                and _introduced(candidate)
                and (known(candidate.entity) or candidate.role_weight > SUBJECT_WEIGHT)
            )
        )
        and fits(candidate.entity)
        for candidate in candidates
    )


def _introduced(candidate: Candidate) -> bool:
    """The candidate is the entity's first mention in the article: a new voice brought in."""
    return candidate.start <= min(mention.start for mention in candidate.entity.mentions)


def _same_class(previous: str, pronoun: str) -> bool:
    previous = previous.lower()
    if previous not in PRONOUN_LABELS:
        return True
    return PRONOUN_LABELS[previous] == PRONOUN_LABELS[pronoun] and PRONOUN_GENDER.get(previous) == PRONOUN_GENDER.get(
        pronoun
    )


def resolve_description(
    noun: str,
    candidates: Sequence[Candidate],
    roles: dict[str, tuple[str, ...]],
    context: SpeakerContext,
    modifiers: Sequence[str] = (),
    *,
    owned: bool = False,
    genders: dict[str, str] | None = None,
    said_to_be_a_person: bool = False,
    speaks_as_one_person: bool = False,
    gender: str | None = None,
) -> Entity | None:
    """The most recent earlier entity whose roles (or, for organisation nouns, name) fit `noun` and
    its `modifiers`; for a generic organisation noun with no such name, the latest organisation,
    unless a name owns the description (`owned`: "the Trump campaign", "the Liberal team"); for a
    noun that can only be a person the story follows ("the affable proprietor"), or that speaks as one
    (`speaks_as_one_person`: '“In my experience …,” says the bow-tied maverick'), the person a pronoun
    there would stand for, of the `gender` the words around it give when the noun gives none ("the
    young goalie said he hopes …")."""
    noun = noun.lower()
    # Neither an organisation noun ("the company") nor a plural ("the officials") is one person.
    organisation = noun in ORG_NOUNS or noun in GENERIC_ORG_NOUNS
    first = noun.split("-")[0]  # "sergeant-at-arms" is one sergeant
    not_one_person = organisation or (first.endswith("s") and not first.endswith("ss"))
    # "the father" is someone's: the relative named near it, not one from an earlier part of the story
    relative = noun in KIN_NOUNS
    for candidate in sorted(candidates, key=lambda c: c.start, reverse=True):
        entity = candidate.entity
        if relative and context.paragraph - candidate.paragraph > _SALIENCE_WINDOW:
            break
        if (
            entity.label == "PERSON"
            and not not_one_person
            and any(
                role_fits(noun, role) and fits_modifiers(modifiers, role, noun) for role in roles.get(entity.id, ())
            )
        ):
            return entity
        if noun in ORG_NOUNS and entity.label == "ORG" and _names_org(noun, entity):
            return entity
    previous = context.previous_entity
    if (
        previous is not None
        and not (not_one_person and previous.label == "PERSON")
        and not (
            relative
            and (
                context.previous_paragraph is None or context.paragraph - context.previous_paragraph > _SALIENCE_WINDOW
            )
        )
        and any(role_fits(noun, role) and fits_modifiers(modifiers, role, noun) for role in roles.get(previous.id, ()))
    ):
        return previous
    if not owned and (noun in GENERIC_ORG_NOUNS or (noun.endswith("s") and noun[:-1] in GENERIC_ORG_NOUNS)):
        kind = noun[:-1] if noun not in GENERIC_ORG_NOUNS else noun
        fitting = [c for c in candidates if org_kind_fits(kind, c.entity.name)]
        # "ABC 7 reached out to the Department of Transportation. … the agency said": a name in the
        # description's own paragraph that says its kind outweighs a more prominent one that says none
        near = [c for c in fitting if c.paragraph == context.paragraph and names_its_kind(kind, c.entity.name)]
        # "The group, WeWorkers Coalition, formed … | The group said": the one the article called so,
        # whatever kind its name says
        called = [c for c in candidates if c.entity.label == "ORG" and kind in roles.get(c.entity.id, ())]
        latest = latest_organisation(called or near or fitting, context)
        if latest is not None:
            return latest
        # "UFCW Local 832 said … (ten paragraphs on) … according to the union": the only one named as one
        named = {c.entity.id: c.entity for c in fitting if names_its_kind(kind, c.entity.name)}
        return next(iter(named.values())) if len(named) == 1 else None
    # "the laid-back Cambridge resident": a place, not an owner
    office = noun if noun in ROLE_VOCABULARY else first  # "sergeant-at-arms" is a sergeant's office
    if stands_for_a_person(noun, said_to_be_a_person=said_to_be_a_person or speaks_as_one_person) or (
        said_to_be_a_person and office in ROLE_VOCABULARY and not not_one_person and not _anyone_holds(office, roles)
    ):
        # "the 39-year-old founder": a role nobody in the article holds, of someone the text says is
        # a person, is whom a pronoun there would be
        return resolve_salient(
            ("PERSON",),
            ROLE_GENDER.get(noun, gender),
            candidates,
            context,
            genders or {},
            unfit=lambda entity: plays_another_position(noun, roles.get(entity.id, ())),
        )
    return None


def plays_another_position(noun: str, roles: Sequence[str]) -> bool:
    """A player the article gave another position ("19-year-old defenceman Théo Ducharme") is not
    "the veteran winger": a team's positions are one to a player."""
    if noun not in POSITIONS:
        return False
    held = {word for role in roles for word in re.findall(r"[a-z]+", role.lower()) if word in POSITIONS}
    return bool(held) and _SAME_POSITION.get(noun, noun) not in {_SAME_POSITION.get(word, word) for word in held}


# Positions on a team, one to a player; and the words that name the same one.
POSITIONS = frozenset(
    "goalie goaltender netminder goalkeeper keeper defenceman defenseman winger centre center forward striker "
    "midfielder quarterback pitcher catcher shortstop".split()
)
_SAME_POSITION = {
    "goaltender": "goalie",
    "netminder": "goalie",
    "goalkeeper": "goalie",
    "keeper": "goalie",
    "defenseman": "defenceman",
    "center": "centre",
}


def resolve_relative(
    kin: str,
    owner: Entity,
    entities: Sequence[Entity],
    roles: dict[str, tuple[str, ...]],
    *,
    pronoun: str | None = None,
    genders: dict[str, str] | None = None,
) -> Entity | None:
    """The person the article named as `owner`'s relative of that kind ("His father said", his being
    Jason Spindler: Joseph, introduced as "Spindler's father, Joseph"), or, with the description's
    possessive `pronoun`, introduced with the same one when the person it then stood for was `owner`
    ("She and her husband, Ernie, left" after "Loretta Fehr sat …"; `_last_person_before`); None when
    it named no one so, or more than one."""
    kin = _SAME_KIN.get(kin.lower(), kin.lower())
    owners = {f"{alias.lower()}'s" for alias in (owner.name, *owner.aliases)}
    people = [entity for entity in entities if entity.label == "PERSON" and entity.id != owner.id]
    found = [entity for entity in people if any(_relative_of(role, owners, kin) for role in roles.get(entity.id, ()))]
    if not found and pronoun is not None:
        found = [
            entity
            for entity in people
            if any(_relative_by_pronoun(role, pronoun, kin) for role in roles.get(entity.id, ()))
            and entity.mentions
            and _last_person_before(entity.mentions[0].start, entities, _POSSESSIVE_GENDER.get(pronoun), genders or {})
            == owner.id
        ]
    if not found and kin in _SPOUSES:
        found = _spouse_by_surname(owner, people, roles, _SPOUSES[kin], genders or {})
    return found[0] if len(found) == 1 else None


# A spouse and the sex the word gives.
_SPOUSES = {"wife": "f", "husband": "m"}


def _spouse_by_surname(
    owner: Entity, people: Sequence[Entity], roles: dict[str, tuple[str, ...]], sex: str, genders: dict[str, str]
) -> list[Entity]:
    """ "His wife said" of Ted Kowalczyk, after "Marjorie and Ted Kowalczyk": the people of that sex
    who share his surname, the article naming them as no other relative ("Their daughter")."""
    surname = owner.name.split()[-1].lower()
    return [
        entity
        for entity in people
        if len(entity.name.split()) > 1
        and entity.name.split()[-1].lower() == surname
        and genders.get(entity.id) == sex
        and not any(word in KIN_NOUNS for role in roles.get(entity.id, ()) for word in role.lower().split())
    ]


def _relative_by_pronoun(role: str, pronoun: str, kin: str) -> bool:
    """The role is the relative of that kind the pronoun owns ("her husband", "his late wife")."""
    words = role.lower().split()
    return len(words) >= 2 and words[0] == pronoun and _SAME_KIN.get(words[-1], words[-1]) == kin


def _last_person_before(
    offset: int, entities: Sequence[Entity], gender: str | None, genders: dict[str, str]
) -> str | None:
    """The id of the person named last before `offset` whom a pronoun of that gender may stand for."""
    latest: tuple[int, str] | None = None
    for entity in entities:
        if entity.label != "PERSON" or (gender is not None and genders.get(entity.id, gender) != gender):
            continue
        before = [mention.start for mention in entity.mentions if mention.start < offset]
        if before and (latest is None or max(before) > latest[0]):
            latest = (max(before), entity.id)
    return latest[1] if latest is not None else None


def _relative_of(role: str, owners: set[str], kin: str) -> bool:
    """The role ("Spindler's late father", "Jason Spindler's father") makes its holder the relative of
    that kind of someone named by one of `owners` ("spindler's")."""
    words = role.lower().replace("’", "'").split()
    if len(words) < 2 or _SAME_KIN.get(words[-1], words[-1]) != kin:
        return False
    possessive = max((i for i, word in enumerate(words[:-1]) if word.endswith("'s")), default=None)
    if possessive is None:
        return False
    return any(" ".join(words[start : possessive + 1]) in owners for start in range(possessive + 1))


_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
# One relative, two words.
_SAME_KIN = {"dad": "father", "mom": "mother", "mum": "mother"}


def _anyone_holds(noun: str, roles: dict[str, tuple[str, ...]]) -> bool:
    return any(role_fits(noun, role) for held in roles.values() for role in held)


def resolve_introduced_later(
    noun: str,
    later: Sequence[Candidate],
    roles: dict[str, tuple[str, ...]],
    context: SpeakerContext,
    genders: dict[str, str],
    *,
    modifiers: Sequence[str] = (),
    gender: str | None = None,
    said_to_be_a_person: bool = False,
    described_anew: Callable[[Candidate], bool] = lambda candidate: False,
) -> Entity | None:
    """A story that opens on "A Vancouver peewee hockey coach says …" or "A spokeswoman for Trudeau
    said …" names that person next: the first person mentioned after the phrase and its quote, in
    its paragraph or the next, as the subject of a sentence ("Stephen Gillis said …"), when nothing
    the article says of them contradicts the noun (a role they hold that the noun does not fit, the
    other gender). "A person familiar with the talks" stays nameless: the next person named is
    seldom the subject of their own sentence, and not the unnamed source. Nor is someone the next
    paragraph brings in with a description of their own (`described_anew`: "A ministry spokesperson
    said … | Karina Vos, whose son has autism, said …"), nor one whose role the noun's `modifiers`
    do not fit ("A city spokesperson" is not "a spokesperson for the advocacy group"), nor one of
    another `gender` than the words around the noun give ("A retiree said she …")."""
    noun = noun.lower()
    if noun not in ROLE_VOCABULARY and not stands_for_a_person(noun, said_to_be_a_person=said_to_be_a_person):
        return None  # "A Bloomberg poll says …", "a 2014 study found …" name no one to come
    gender = ROLE_GENDER.get(noun, gender)
    for candidate in later:
        if candidate.paragraph > context.paragraph + 1:
            return None
        entity = candidate.entity
        if entity.label != "PERSON":
            continue
        if candidate.role_weight < SUBJECT_WEIGHT:
            return None
        if candidate.paragraph > context.paragraph and described_anew(candidate):
            return None
        held = roles.get(entity.id, ())
        if (
            held
            and noun in ROLE_VOCABULARY
            and not any(role_fits(noun, role) and fits_modifiers(modifiers, role, noun) for role in held)
        ):
            return None
        if gender is not None and genders.get(entity.id, gender) != gender:
            return None
        return entity
    return None


def holder_named_next(
    noun: str, later: Sequence[Candidate], roles: dict[str, tuple[str, ...]], context: SpeakerContext
) -> Entity | None:
    """ "…, the premier told reporters Wednesday. | Premier Dana Whitford said …": a role no one held
    yet is the person named with it next, in the description's paragraph or the next."""
    for candidate in later:
        if candidate.paragraph > context.paragraph + 1:
            return None
        entity = candidate.entity
        if entity.label == "PERSON" and any(role_fits(noun, role) for role in roles.get(entity.id, ())):
            return entity
    return None


def organisation_named_next(noun: str, later: Sequence[Candidate], context: SpeakerContext) -> Entity | None:
    """A story that opens on "… will lay off 430 workers, the company confirmed" before it has named
    any organisation names it next: the first organisation mentioned after the phrase and its quote,
    in its paragraph or the next ("Halvorsen Precision Components, which makes …, said"; "The worker
    was Jesse Lalonde …, according to Vermilion Nickel Corp."), when its name fits the noun (a union
    is no "company", and "their union said Friday, after talks with Coast Mountain Bus Company broke
    off" is the union named after the company)."""
    for candidate in later:
        if candidate.paragraph > context.paragraph + 1:
            return None
        entity = candidate.entity
        if entity.label == "ORG" and org_kind_fits(noun, entity.name):
            return entity
    return None


def latest_organisation(candidates: Sequence[Candidate], context: SpeakerContext) -> Entity | None:
    """The organisation an article's "the agency", "the company" or unsigned "a statement" stands
    for when no organisation's name holds the noun: of those named in the last few paragraphs, the
    most salient there (each mention counts by its grammatical role, halved with each sentence
    back: "Procter & Gamble rallied. The company said" is P&G, however often IBM came up before);
    with none there, the organisation the article has named most so far, when it has named it at
    least `_MAIN_ORGANISATION_MENTIONS` times."""
    salience: dict[str, float] = {}
    entities: dict[str, Entity] = {}
    for candidate in reversed(candidates):  # candidates are in text order
        if context.paragraph - candidate.paragraph > _SALIENCE_WINDOW + 1:
            break
        if candidate.entity.label == "ORG":
            distance = max(0, context.sentence - candidate.sentence)
            weight = candidate.role_weight * 0.5**distance
            if candidate.paragraph == context.paragraph:
                weight *= _OWN_PARAGRAPH  # a paragraph that names an organisation goes on about it
            key = candidate.entity.id
            salience[key] = salience.get(key, 0.0) + weight
            entities.setdefault(key, candidate.entity)
    if salience:  # dicts keep insertion order: the latest first, so max() keeps it on a tie
        return entities[max(salience, key=salience.__getitem__)]
    counts = Counter(candidate.entity.id for candidate in candidates if candidate.entity.label == "ORG")
    if not counts:
        return None
    main, times = counts.most_common(1)[0]
    if times < _MAIN_ORGANISATION_MENTIONS:
        return None
    return next(candidate.entity for candidate in candidates if candidate.entity.id == main)


def the_city(entities: Sequence[Entity], noun: str = "city", text: str = "") -> Entity | None:
    """The place "the city", "city staff" or "the municipality" stands for: the one the article names
    with the word ("the City of Surrey", "Mexico City", "Halifax Regional Municipality") more often
    than any other so named; failing that, for "city", the one place whose council or hall it names
    ("Calgary city council", "Saskatoon City Hall"); None when it names none that way, or two as
    often (the town mentioned last is as often a neighbourhood or a rival)."""
    named = _named_as(entities, noun, ("GPE", "ORG"))
    if named is not None or noun != "city" or not text:
        return named
    governed = {
        entity.id: entity
        for entity in entities
        if entity.label == "GPE"
        and any(_CITY_BODY.match(text, mention.end) for mention in entity.mentions)
        and (region_name(entity.name) or entity.name) not in _PROVINCES | _STATES
    }
    return next(iter(governed.values())) if len(governed) == 1 else None


# What a city's government is called after its name: "Calgary city council", "Saskatoon City Hall".
_CITY_BODY = re.compile(
    r"['’]?s?\s+(?:[Cc]ity\s+(?:[Cc]ouncil|[Hh]all|[Ss]taff|[Cc]ouncill?or|[Mm]anager)|[Cc]ouncil\b)"
)


def the_province(
    entities: Sequence[Entity], candidates: Sequence[Candidate], paragraph: int, noun: str = "province"
) -> Entity | None:
    """The province "the province said" stands for (a state for "the state"): the one named last in
    its own paragraph ("the 2000 election in Florida, when the state said"), else the one the article
    names most often, when no other is named as often; the province's government speaks for it."""
    regions = _PROVINCES if noun == "province" else _STATES

    def is_region(entity: Entity) -> bool:
        # "New Brunswick's Emergency Measures Organization": the recogniser may tag the province an
        # organisation; a name that is exactly a province's is the province all the same
        return entity.label in ("GPE", "ORG") and (region_name(entity.name) or entity.name) in regions

    here = [c.entity for c in candidates if c.paragraph == paragraph and is_region(c.entity)]
    if here:
        return here[-1]
    named = sorted(
        (entity for entity in entities if is_region(entity)),
        key=lambda entity: len(entity.mentions),
        reverse=True,
    )
    if not named or (len(named) > 1 and len(named[1].mentions) == len(named[0].mentions)):
        return None
    return named[0]


_PROVINCES = frozenset(
    "Ontario;Quebec;Québec;Manitoba;Saskatchewan;Alberta;Newfoundland;Newfoundland and Labrador;Nova Scotia;"
    "New Brunswick;British Columbia;Prince Edward Island;Northwest Territories;Yukon;Nunavut".split(";")
)
_STATES = frozenset(REGION_ABBREVIATIONS.values()) - _PROVINCES


def the_police(entities: Sequence[Entity], place: str | None = None) -> Entity | None:
    """The force "police", "the police" or "Calgary police" stands for: the organisation the article
    names with the word ("Halifax Regional Police", "Calgary Police Service"), and the place if one
    is given, more often than any other so named; failing that, the one police force it names by
    initials ("RCMP", "OPP"), with no other organisation so named beside it."""
    if place is not None:
        entities = [entity for entity in entities if place in entity.name.lower().split()]
    named = _named_as(entities, "police", ("ORG",))
    if named is not None:
        return named
    forces = {
        entity.id: entity
        for entity in entities
        if entity.label == "ORG" and _POLICE_INITIALS & set(entity.name.lower().split())
    }
    return next(iter(forces.values())) if len(forces) == 1 else None


# The initials Canadian forces go by, in articles that then say "police said".
_POLICE_INITIALS = frozenset({"rcmp", "opp", "grc", "spvm"})


def _named_as(entities: Sequence[Entity], word: str, labels: Sequence[str]) -> Entity | None:
    named = sorted(
        (entity for entity in entities if entity.label in labels and word in entity.name.lower().split()),
        key=lambda entity: len(entity.mentions),
        reverse=True,
    )
    if not named or (len(named) > 1 and len(named[1].mentions) == len(named[0].mentions)):
        return None
    return named[0]


def fits_modifiers(modifiers: Sequence[str], role: str, noun: str | None = None) -> bool:
    """A description's own noun modifiers must be in the role: "the band leader" is not "President",
    "the deputy minister" not "Foreign Minister"; a party counts when the role names one ("the
    Democratic nominee" is not "Republican presidential nominee"; "GOP" is "Republican"); looser words
    ("former", "top") do not count.
    With the description's `noun`, the role must not rank below it either: "the president" is not
    "Vice President", "the governor" not "Lieutenant Governor", unless the description says so."""
    role_words = [_PARTY_ALIASES.get(word, word) for word in re.findall(r"[\w'-]+", role.lower())]
    wanted = {_PARTY_ALIASES.get(word, word) for word in modifiers}
    parties, role_parties = wanted & PARTY_WORDS, set(role_words) & PARTY_WORDS
    if not (wanted - parties) <= set(role_words):
        return False
    if parties and role_parties and not parties <= role_parties:
        return False  # a role seldom names the party ("Sen."), but when it does, it must be the same
    if noun is None or noun.lower() not in role_words:
        return True
    before = role_words[role_words.index(noun.lower()) - 1] if role_words.index(noun.lower()) > 0 else ""
    return before not in _LOWER_RANKS or before in wanted


# Words that make a role a rank below the one it names ("Vice President", "Deputy Minister").
_LOWER_RANKS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "under", "sub"})
# One party, two names.
_PARTY_ALIASES = {"gop": "republican", "democrat": "democratic", "tory": "conservative", "labor": "labour"}


def _names_org(noun: str, entity: Entity) -> bool:
    words = {w.lower() for alias in (entity.name, *entity.aliases) for w in alias.split()}
    return noun in words
