"""The index across articles, on hand-analysed Documents (no spaCy): counts, joins, and what stays apart."""

from __future__ import annotations

from reader.model.corpus import build_index, index_to_dict, name_key
from reader.model.document import Document
from reader.nlp.types import Analysis, Entity, Quote, TextSpan
from reader.text.article import CleanArticle


def _spans(text: str, word: str) -> tuple[TextSpan, ...]:
    spans, start = [], text.find(word)
    while start != -1:
        end = start + len(word)
        if not text[end : end + 1].isalpha():
            spans.append(TextSpan(start, end, word))
        start = text.find(word, end)
    return tuple(spans)


def article(source: str, paragraphs: list[str], entities: list[tuple], quotes: list[tuple] = ()) -> Document:
    """`entities`: (id, name, label, forms found in the text); `quotes`: (words, speaker id)."""
    clean = CleanArticle.from_paragraphs(f"Title of {source}", paragraphs)
    text = clean.text
    built = []
    for entity_id, name, label, forms in entities:
        taken: list[TextSpan] = []
        for form in sorted(forms, key=len, reverse=True):  # "Sergei Lavrov" before "Lavrov"
            for span in _spans(text, form):
                if not any(t.start <= span.start < t.end for t in taken):
                    taken.append(span)
        built.append(Entity(entity_id, name, label, tuple(sorted(forms)), tuple(sorted(taken, key=lambda s: s.start))))
    by_id = {entity.id: entity for entity in built}
    made = []
    for number, (words, speaker) in enumerate(quotes, 1):
        start = text.index(words)
        made.append(Quote(f"q{number}", start, start + len(words), words, "direct", by_id[speaker].name, speaker))
    return Document(source, clean, Analysis(tuple(built), tuple(sorted(made, key=lambda q: q.start))))


def three_articles() -> list[Document]:
    one = article(
        "one.txt",
        [
            "Sergei Lavrov met the envoy in Moscow on Monday.",
            '"We are ready to talk," Lavrov said. "The door is open."',
            "Lavrov later left for Geneva.",
        ],
        [
            ("e1", "Sergei Lavrov", "PERSON", ("Lavrov", "Sergei Lavrov")),
            ("e2", "Moscow", "GPE", ("Moscow",)),
            ("e3", "Geneva", "GPE", ("Geneva",)),
        ],
        [("We are ready to talk,", "e1"), ("The door is open.", "e1")],
    )
    two = article(
        "two.txt",
        ["The harbour of Port Elling will reopen, Maria Lopez said.", "Moscow sent no one."],
        [("e1", "Maria Lopez", "PERSON", ("Maria Lopez",)), ("e2", "Moscow", "GPE", ("Moscow",))],
    )
    three = article(
        "three.txt",
        ['"Talks must go on," Lavrov told reporters in Geneva.'],
        [("e1", "Lavrov", "PERSON", ("Lavrov",)), ("e2", "Geneva", "GPE", ("Geneva",))],
        [("Talks must go on,", "e1")],
    )
    return [one, two, three]


def _entity(index, name):
    return next(entity for entity in index.entities if entity.name == name)


def test_a_person_in_two_of_three_articles_has_their_counts_in_each() -> None:
    index = build_index(three_articles())
    lavrov = _entity(index, "Sergei Lavrov")
    assert lavrov.label == "PERSON"
    assert [(a.article, a.mentions, a.quotes) for a in lavrov.appearances] == [(0, 3, 2), (2, 1, 1)]
    assert lavrov.names == ("Sergei Lavrov", "Lavrov")
    assert lavrov.in_article(1) is None and lavrov.in_article(2).entity_ids == ("e1",)
    assert [a.source for a in index.articles] == ["one.txt", "two.txt", "three.txt"]


def test_the_bare_surname_joins_the_full_name_so_there_is_one_row() -> None:
    index = build_index(three_articles())
    assert [e.name for e in index.entities if e.label == "PERSON"] == ["Sergei Lavrov", "Maria Lopez"]


def test_sorted_by_articles_then_mentions() -> None:
    index = build_index(three_articles())
    assert [(e.name, e.article_count, e.mention_count) for e in index.entities] == [
        ("Sergei Lavrov", 2, 4),
        ("Geneva", 2, 2),
        ("Moscow", 2, 2),
        ("Maria Lopez", 1, 1),
    ]
    assert [e.name for e in index.shared()] == ["Sergei Lavrov", "Geneva", "Moscow"]
    assert [e.name for e in index.in_article(1)] == ["Moscow", "Maria Lopez"]


def test_two_different_full_names_stay_apart_and_their_shared_surname_too() -> None:
    hillary = article(
        "a.txt", ["Hillary Clinton spoke in Ohio."], [("e1", "Hillary Clinton", "PERSON", ("Hillary Clinton",))]
    )
    bill = article("b.txt", ["Bill Clinton spoke in Iowa."], [("e1", "Bill Clinton", "PERSON", ("Bill Clinton",))])
    bare = article("c.txt", ["Clinton spoke again."], [("e1", "Clinton", "PERSON", ("Clinton",))])
    index = build_index([hillary, bill, bare])
    assert sorted(e.name for e in index.entities) == ["Bill Clinton", "Clinton", "Hillary Clinton"]
    assert all(e.article_count == 1 for e in index.entities)


def test_different_full_names_with_one_surname_never_join_even_as_aliases() -> None:
    one = article("a.txt", ["Sergei Lavrov spoke."], [("e1", "Sergei Lavrov", "PERSON", ("Sergei Lavrov",))])
    two = article("b.txt", ["Maria Lavrov spoke."], [("e1", "Maria Lavrov", "PERSON", ("Maria Lavrov",))])
    assert len(build_index([one, two]).entities) == 2


def test_equal_names_join_across_case_and_the_and_labels_stay_apart() -> None:
    one = article("a.txt", ["The Harbour Board met."], [("e1", "The Harbour Board", "ORG", ("Harbour Board",))])
    two = article("b.txt", ["harbour board minutes."], [("e1", "harbour board", "ORG", ("harbour board",))])
    three = article("c.txt", ["Jordan said no."], [("e1", "Jordan", "PERSON", ("Jordan",))])
    four = article("d.txt", ["Jordan, the country."], [("e1", "Jordan", "GPE", ("Jordan",))])
    index = build_index([one, two, three, four])
    board = next(e for e in index.entities if e.label == "ORG")
    assert [a.article for a in board.appearances] == [0, 1]
    assert sorted(e.label for e in index.entities if e.name == "Jordan") == ["GPE", "PERSON"]


def test_an_alias_joins_a_one_word_name_for_organisations_but_a_place_has_no_surname() -> None:
    one = article(
        "a.txt",
        ["The United Nations (UN) met in New York."],
        [("e1", "United Nations", "ORG", ("UN", "United Nations")), ("e2", "New York", "GPE", ("New York",))],
    )
    two = article(
        "b.txt",
        ["The UN spoke. York was quiet."],
        [("e1", "UN", "ORG", ("UN",)), ("e2", "York", "GPE", ("York",))],
    )
    index = build_index([one, two])
    assert _entity(index, "United Nations").article_count == 2
    assert _entity(index, "York").article_count == 1 and _entity(index, "New York").article_count == 1


def test_a_surname_the_same_article_kept_apart_from_the_full_name_is_not_joined() -> None:
    one = article(
        "a.txt",
        ["Sergei Lavrov met Lavrov, his cousin."],
        [("e1", "Sergei Lavrov", "PERSON", ("Sergei Lavrov",)), ("e2", "Lavrov", "PERSON", ("Lavrov",))],
    )
    two = article("b.txt", ["Lavrov spoke."], [("e1", "Lavrov", "PERSON", ("Lavrov",))])
    index = build_index([one, two])
    assert _entity(index, "Lavrov").article_count == 2
    assert _entity(index, "Sergei Lavrov").article_count == 1


def test_dates_and_groups_are_left_out_and_unanalysed_documents_add_nothing() -> None:
    one = article(
        "a.txt",
        ["On Monday the Russians left."],
        [("e1", "Monday", "DATE", ("Monday",)), ("e2", "Russians", "NORP", ("Russians",))],
    )
    bare = Document("b.txt", CleanArticle.from_paragraphs("T", ["Nothing analysed."]))
    index = build_index([one, bare])
    assert index.entities == () and len(index.articles) == 2


def test_name_key_ignores_case_spacing_the_and_honorifics() -> None:
    assert name_key("  The  Harbour Board ") == "harbour board"
    assert name_key("Mr. Lavrov") == name_key("lavrov") == "lavrov"
    assert name_key("Lavrov’s") == "lavrov"


def test_json_form_is_the_documented_shape() -> None:
    data = index_to_dict(build_index(three_articles()))
    assert data["schema"] == 1
    assert data["articles"][0] == {"source": "one.txt", "title": "Title of one.txt"}
    assert data["entities"][0] == {
        "name": "Sergei Lavrov",
        "label": "PERSON",
        "articles": [{"article": 0, "mentions": 3, "quotes": 2}, {"article": 2, "mentions": 1, "quotes": 1}],
    }
