"""Across articles: who and what appears in which of several analysed Documents, and how often.

Pure: Documents in, a `CorpusIndex` out. Each article's own entities (already grouped within the
article: "Lavrov" and "Sergei Lavrov" one entity) are joined across articles, within a label:

- equal names are one entity ("Sergei Lavrov" here and there; case, "the " and "Mr " aside);
- a one-word name joins the one longer name whose surname or alias it is ("Lavrov" → "Sergei
  Lavrov", "UN" → "United Nations" when that entity was also called "UN"), but only when exactly one
  such name exists in the corpus and the two never stood apart in the same article;
- two different longer names never join ("Hillary Clinton", "Bill Clinton"), and a bare
  "Clinton" next to both stays on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from reader.model.document import Document

SCHEMA_VERSION = 1
# People, organisations and places (the reader's "place" type: GPE, LOC, FAC).
INDEX_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame prof mr. mrs. ms. dr. prof.".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """One article of the index: its source as the Document names it, and its title."""

    source: str
    title: str | None


@dataclass(frozen=True, slots=True)
class Appearance:
    """A corpus entity in one article: how often it is mentioned there and how many quotes it has.

    `entity_ids` are the article's own entities it stands for (`Document.entity(id)`), usually one.
    """

    article: int  # index into CorpusIndex.articles (and into the Documents given)
    mentions: int
    quotes: int
    entity_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CorpusEntity:
    """A person, organisation or place across articles; `appearances` in article order."""

    name: str
    label: str
    appearances: tuple[Appearance, ...]
    names: tuple[str, ...]  # every name the articles gave it, the most used first

    @property
    def article_count(self) -> int:
        return len(self.appearances)

    @property
    def mention_count(self) -> int:
        return sum(appearance.mentions for appearance in self.appearances)

    @property
    def quote_count(self) -> int:
        return sum(appearance.quotes for appearance in self.appearances)

    def in_article(self, article: int) -> Appearance | None:
        return next((a for a in self.appearances if a.article == article), None)


@dataclass(frozen=True, slots=True)
class CorpusIndex:
    """The articles, and their entities across them: most articles first, then most mentions."""

    articles: tuple[ArticleRef, ...]
    entities: tuple[CorpusEntity, ...]

    def shared(self, min_articles: int = 2) -> tuple[CorpusEntity, ...]:
        """The entities found in at least `min_articles` articles (the cross-article ones)."""
        return tuple(entity for entity in self.entities if entity.article_count >= min_articles)

    def in_article(self, article: int) -> tuple[CorpusEntity, ...]:
        """The entities that appear in one article, in index order."""
        return tuple(entity for entity in self.entities if entity.in_article(article) is not None)


@dataclass
class _Group:
    """Entities of one label with the same name key, and what other names may join them by."""

    label: str
    key: str
    members: list[tuple[int, Any]]  # (article index, Entity)
    alias_keys: set[str]

    @property
    def tokens(self) -> list[str]:
        return self.key.split()

    @property
    def articles(self) -> set[int]:
        return {article for article, _ in self.members}

    @property
    def surname(self) -> str | None:
        tokens = [token for token in self.tokens if token not in _SUFFIXES]
        return tokens[-1] if len(tokens) > 1 else None


def name_key(name: str) -> str:
    """What two names must share to be the same name: case, spacing, a leading "the" or "Mr",
    a trailing "'s" and typographic apostrophes aside."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    text = re.sub(r"'s\Z", "", text.strip())
    tokens = text.split()
    while len(tokens) > 1 and (tokens[0] == "the" or tokens[0] in _HONORIFICS):
        tokens = tokens[1:]
    return " ".join(tokens)


def build_index(documents: Sequence[Document], *, labels: Collection[str] = INDEX_LABELS) -> CorpusIndex:
    """The people, organisations and places of analysed `documents`, joined across them."""
    groups: dict[tuple[str, str], _Group] = {}
    for article, document in enumerate(documents):
        for entity in document.entities:
            if entity.label not in labels:
                continue
            key = name_key(entity.name)
            if not key:
                continue
            group = groups.setdefault((entity.label, key), _Group(entity.label, key, [], set()))
            group.members.append((article, entity))
            group.alias_keys.update(k for k in (name_key(alias) for alias in entity.aliases) if k and k != key)
    joined = _join_short_names(list(groups.values()))
    quotes_by_speaker = [Counter(q.speaker_entity for q in doc.quotes if q.speaker_entity) for doc in documents]
    entities = [_corpus_entity(head, members, quotes_by_speaker) for head, members in joined]
    entities.sort(key=lambda e: (-e.article_count, -e.mention_count, e.name.casefold(), e.label))
    articles = tuple(ArticleRef(document.source, document.title) for document in documents)
    return CorpusIndex(articles, tuple(entities))


def _join_short_names(groups: list[_Group]) -> list[tuple[_Group, list[_Group]]]:
    """Each longer-named group with the one-word groups that join it; unjoined groups alone."""
    long_by_label: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        if len(group.tokens) > 1:
            long_by_label[group.label].append(group)
    joins: dict[int, list[_Group]] = defaultdict(list)
    alone: list[_Group] = []
    for group in groups:
        if len(group.tokens) > 1:
            continue
        candidates = [
            other
            for other in long_by_label[group.label]
            if group.key in other.alias_keys or (group.label == "PERSON" and group.key == other.surname)
        ]
        # One bearer only, and never one the same article told apart from this name.
        if len(candidates) == 1 and not candidates[0].articles & group.articles:
            joins[id(candidates[0])].append(group)
        else:
            alone.append(group)
    result = [(group, joins.get(id(group), [])) for group in groups if len(group.tokens) > 1]
    return result + [(group, []) for group in alone]


def _corpus_entity(head: _Group, joined: list[_Group], quotes_by_speaker: list[Counter[str]]) -> CorpusEntity:
    by_article: dict[int, list[Any]] = defaultdict(list)
    for group in (head, *joined):
        for article, entity in group.members:
            by_article[article].append(entity)
    appearances = tuple(
        Appearance(
            article,
            sum(len(entity.mentions) for entity in entities),
            sum(quotes_by_speaker[article][entity.id] for entity in entities),
            tuple(entity.id for entity in entities),
        )
        for article, entities in sorted(by_article.items())
    )
    # The longer name's most mentioned spelling names it; the short names that joined come after.
    names = _by_mentions(head.members)
    names += tuple(name for name in _by_mentions([m for g in joined for m in g.members]) if name not in names)
    return CorpusEntity(names[0], head.label, appearances, names)


def _by_mentions(members: list[tuple[int, Any]]) -> tuple[str, ...]:
    weights: Counter[str] = Counter()
    for _, entity in members:
        weights[entity.name] += len(entity.mentions)
    return tuple(name for name, _ in weights.most_common())


def index_to_dict(index: CorpusIndex) -> dict[str, Any]:
    """The JSON form printed by `reader --index --json` (schema 1)."""
    return {
        "schema": SCHEMA_VERSION,
        "articles": [{"source": article.source, "title": article.title} for article in index.articles],
        "entities": [
            {
                "name": entity.name,
                "label": entity.label,
                "articles": [
                    {"article": a.article, "mentions": a.mentions, "quotes": a.quotes} for a in entity.appearances
                ],
            }
            for entity in index.entities
        ],
    }
