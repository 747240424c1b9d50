"""Direct quotes and their speakers, through the real spaCy pipeline on short made-up paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

from reader.nlp.entities import find_entities
from reader.nlp.parse import parse_paragraphs
from reader.nlp.quotes import find_quotes
from reader.nlp.quotes.marks import pair_marks
from reader.nlp.types import Entity, Quote, TextSpan
from reader.text.article import CleanArticle

MARKS = '"“”„«»'


def _article(paragraphs: list[str]) -> CleanArticle:
    return CleanArticle.from_paragraphs("Title", paragraphs)


def entity(text: str, entity_id: str, name: str, label: str, *surfaces: str, roles: tuple[str, ...] = ()) -> Entity:
    """An Entity mentioned wherever one of `surfaces` occurs as a whole word in `text`."""
    mentions = sorted(
        (TextSpan(m.start(), m.end(), m.group()) for s in surfaces for m in re.finditer(rf"\b{re.escape(s)}\b", text)),
        key=lambda span: span.start,
    )
    return Entity(entity_id, name, label, tuple(sorted(set(surfaces))), tuple(mentions), roles)


def quotes_of(nlp, paragraphs: list[str], entities=None, kind: str | None = "direct") -> tuple[str, tuple[Quote, ...]]:
    """(body, quotes of `kind`, all kinds when None); `entities` is a callable body -> entities, else none."""
    article = _article(paragraphs)
    parsed = parse_paragraphs(article, nlp)
    found = entities(article.text) if entities else ()
    quotes = find_quotes(article.text, parsed, found)
    _check_offsets(article.text, quotes)
    return article.text, tuple(q for q in quotes if kind is None or q.kind == kind)


def direct(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    return tuple(q for q in quotes if q.kind == "direct")


def _check_offsets(text: str, quotes: tuple[Quote, ...]) -> None:
    """Every quote's span and sub-spans point at their own words in the body; ids in order."""
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for quote in quotes:
        assert quote.kind in ("direct", "indirect", "mixed")
        assert text[quote.start : quote.end] == quote.text
        if quote.kind == "direct":
            assert quote.text and quote.text[0] not in MARKS and quote.text[-1] not in MARKS
        assert quote.text == quote.text.strip()
        for span in (quote.cue, quote.speaker_mention):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_straight_marks_with_cue_after(nlp):
    _, quotes = quotes_of(nlp, ['"We will not back down," Lavrov told reporters on Monday.'])
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text == "We will not back down"
    assert quote.cue is not None and quote.cue.text == "told"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Lavrov"
    assert quote.speaker == "Lavrov" and quote.speaker_entity is None  # no entity given: the words as written


def test_curly_marks_resolve_a_name_to_its_entity(nlp):
    def ents(text):
        return (entity(text, "e1", "Maria Lopez", "PERSON", "Maria Lopez", "Lopez"),)

    paragraphs = ["Maria Lopez runs the port authority.", "“The ships will sail on time,” Lopez said."]
    _, quotes = quotes_of(nlp, paragraphs, ents)
    assert [q.text for q in quotes] == ["The ships will sail on time"]
    assert quotes[0].speaker == "Maria Lopez" and quotes[0].speaker_entity == "e1"
    assert quotes[0].speaker_mention.text == "Lopez"


def test_split_quote_gives_two_quotes_with_one_speaker(nlp):
    _, quotes = quotes_of(nlp, ['"The harvest was poor this year," the farmer said. "We expect better rain soon."'])
    assert [q.text for q in quotes] == ["The harvest was poor this year", "We expect better rain soon."]
    assert quotes[0].speaker_mention == quotes[1].speaker_mention
    assert quotes[1].speaker_mention.text == "the farmer"


def test_split_quote_continuing_after_a_comma(nlp):
    _, quotes = quotes_of(nlp, ["“We will win this match,” the coach added, “and we will win the next one.”"])
    assert len(quotes) == 2
    assert all(q.speaker_mention is not None and q.speaker_mention.text == "the coach" for q in quotes)


def test_inverted_cue(nlp):
    _, quotes = quotes_of(nlp, ['"The talks have failed completely," said the minister.'])
    assert len(quotes) == 1
    assert quotes[0].cue.text == "said"
    assert quotes[0].speaker_mention.text == "the minister"


def test_colon_introduced_quote(nlp):
    _, quotes = quotes_of(nlp, ['The mayor said: "We will rebuild the bridge by spring."'])
    assert [q.text for q in quotes] == ["We will rebuild the bridge by spring."]
    assert quotes[0].speaker_mention.text == "The mayor"


def test_pronoun_resolves_to_the_subject_not_a_prepositional_object(nlp):
    def ents(text):
        return (
            entity(text, "e1", "Tom Reed", "PERSON", "Tom Reed"),
            entity(text, "e2", "Nina Hart", "PERSON", "Nina Hart"),
            entity(text, "e3", "Daily Post", "ORG", "Daily Post"),
        )

    paragraphs = [
        "Ambassador Tom Reed said on the radio show of Nina Hart that talks were close, the Daily Post reported.",
        '"We spoke for two hours about the border," he said.',
    ]
    _, quotes = quotes_of(nlp, paragraphs, ents)
    assert len(quotes) == 1
    assert quotes[0].speaker_mention.text == "he"
    assert quotes[0].speaker == "Tom Reed" and quotes[0].speaker_entity == "e1"


def test_pronoun_prefers_the_previous_quotes_speaker(nlp):
    def ents(text):
        return (
            entity(text, "e1", "Anna Berg", "PERSON", "Anna Berg", "Berg"),
            entity(text, "e2", "Paul Stone", "PERSON", "Paul Stone"),
        )

    paragraphs = [
        '"The budget is balanced," Anna Berg told parliament.',
        "Her rival Paul Stone was not in the chamber.",
        '"Nobody should doubt these numbers," she said.',
    ]
    _, quotes = quotes_of(nlp, paragraphs, ents)
    assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg"]


def test_description_resolves_through_a_role(nlp):
    def ents(text):
        return (
            entity(text, "e1", "Omar Haddad", "PERSON", "Omar Haddad", roles=("Jordan's Ambassador to Chile",)),
            entity(text, "e2", "Chile", "GPE", "Chile"),
        )

    paragraphs = [
        "Jordan's Ambassador to Chile Omar Haddad met the press in Santiago.",
        '"Our countries have much to trade," the diplomat said.',
    ]
    _, quotes = quotes_of(nlp, paragraphs, ents)
    assert len(quotes) == 1
    assert quotes[0].speaker_mention.text == "the diplomat"
    assert quotes[0].speaker == "Omar Haddad" and quotes[0].speaker_entity == "e1"


def test_description_without_a_fitting_role_stays_unresolved(nlp):
    def ents(text):
        return (entity(text, "e1", "Omar Haddad", "PERSON", "Omar Haddad", roles=("baker",)),)

    paragraphs = ["Omar Haddad opened a shop.", '"Prices will rise next month," the economist said.']
    _, quotes = quotes_of(nlp, paragraphs, ents)
    assert quotes[0].speaker_entity is None and quotes[0].speaker == "the economist"


def test_floating_quote_inherits_the_previous_speaker(nlp):
    paragraphs = [
        '"The river rose overnight," the engineer said.',
        '"We moved every family out of the valley before dawn."',
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert len(quotes) == 2
    assert quotes[1].speaker_mention == quotes[0].speaker_mention
    assert quotes[1].speaker == "the engineer"


def test_floating_quote_after_an_unquoted_paragraph_has_no_speaker(nlp):
    paragraphs = [
        '"The river rose overnight," the engineer said.',
        "Rain continued through the afternoon.",
        '"We moved every family out of the valley before dawn."',
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert quotes[1].speaker is None and quotes[1].speaker_mention is None


def test_paragraph_ending_in_a_colon_introduces_the_next_quote(nlp):
    paragraphs = ["The senator continued:", '"Nobody in this chamber voted for higher taxes."']
    _, quotes = quotes_of(nlp, paragraphs)
    assert len(quotes) == 1
    assert quotes[0].speaker_mention.text == "The senator" and quotes[0].cue.text == "continued"


def test_dash_attribution_after_a_quote(nlp):
    _, quotes = quotes_of(nlp, ["“Our town deserves better roads.” ― Julia Marsh"])
    assert len(quotes) == 1
    assert quotes[0].speaker_mention.text == "Julia Marsh" and quotes[0].cue is None


def test_unbalanced_mark_does_not_swallow_later_paragraphs(nlp):
    paragraphs = [
        'The mayor said "the road will open and then walked away.',
        "Traffic was heavy all day.",
        '"The road opens tomorrow," the police chief said.',
    ]
    text, quotes = quotes_of(nlp, paragraphs)
    assert [q.text for q in quotes] == ["The road opens tomorrow"]
    assert quotes[0].start > text.index("Traffic")


def test_scare_quotes_and_titles_are_not_quotes(nlp):
    paragraphs = [
        'The so-called "peace deal" was signed in Doha.',
        'She read "The Old Man and the Sea" on the train.',
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert quotes == ()


def test_a_list_of_titles_after_a_cue_is_no_quote(nlp):
    paragraphs = [
        "According to the promoter, fans can expect old hits, including “Salt Road Blues,” “Harbour Lights” "
        "and “Nine Mile Morning.”",
    ]
    _, quotes = quotes_of(nlp, paragraphs, kind=None)
    assert not any(q.text.strip("“”,.") == "Harbour Lights" for q in quotes)
    assert not any(q.kind == "direct" for q in quotes)


def test_a_name_opening_a_quoted_title_is_not_who_a_description_stands_for(nlp):
    paragraphs = [
        "Founding member Lena Holt took the stage at the Forum on Monday.",
        "After playing “Wendy Runs Home,” the singer told the crowd that the band would tour next year.",
    ]

    def ents(text):
        return [
            entity(text, "p2", "Lena Holt", "PERSON", "Lena Holt"),
            entity(text, "p3", "Wendy", "PERSON", "Wendy"),
        ]

    _, quotes = quotes_of(nlp, paragraphs, ents, kind=None)
    assert [q.speaker for q in quotes if "tour" in q.text] == ["Lena Holt"]


def test_a_question_the_reader_is_told_to_ask_is_nobodys(nlp):
    paragraphs = [
        "When a firm offers you front-page rankings for $200 a month, ask yourself, “Does this even make sense?” "
        "Then re-read this blog post.",
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert [(q.text, q.speaker, q.confidence) for q in quotes] == [("Does this even make sense?", None, "low")]


def test_nested_single_quotes_stay_inside(nlp):
    _, quotes = quotes_of(nlp, ["\"He told me 'never again' and left the room,\" Smith said."])
    assert [q.text for q in quotes] == ["He told me 'never again' and left the room"]
    assert quotes[0].speaker_mention.text == "Smith"


def test_pair_marks_nests_other_family_and_ignores_inch_marks():
    text = 'A 12" pipe. "She asked: “Why now?” and left," he said.'
    spans = pair_marks(text)
    assert len(spans) == 1
    start, end = spans[0].content(text)
    assert text[start:end] == "She asked: “Why now?” and left"


def test_pair_marks_keeps_an_open_quote_only_when_the_next_paragraph_continues_it():
    text = '"This quote runs on to the next paragraph.'
    assert pair_marks(text) == []
    assert len(pair_marks(text, next_paragraph_opens_quote=True)) == 1


def _sample_article(path: Path) -> CleanArticle:
    lines = path.read_text(encoding="utf-8").splitlines()
    title, paragraphs = lines[0].strip(), []
    for line in lines[1:]:
        line = line.strip()
        if not line or line == "Advertisement" or line.startswith("ALSO READ") or line in paragraphs:
            continue
        paragraphs.append(line)
    return CleanArticle.from_paragraphs(title, paragraphs)


def test_sample_article_quotes_and_speakers(nlp, sample_path):
    article = _sample_article(sample_path)
    parsed = parse_paragraphs(article, nlp)
    entities = find_entities(article.text, parsed)
    found = find_quotes(article.text, parsed, entities)
    _check_offsets(article.text, found)
    quotes = direct(found)
    assert len(quotes) == 4
    starts = [
        "We had a representative of the Taliban's political office",
        "They asked us that Russia will give",
        "The Taliban doesn't control",
        "There are reports of the situation",
    ]
    assert [q.text[: len(s)] for q, s in zip(quotes, starts, strict=False)] == starts
    assert [q.speaker_mention.text for q in quotes] == ["he", "the diplomat", "Lavrov", "he"]
    by_id = {e.id: e for e in entities}
    names = [by_id[q.speaker_entity].name for q in quotes]
    assert names == ["Dmitry Zhirnov", "Dmitry Zhirnov", "Sergei Lavrov", "Sergei Lavrov"]
    assert [q.speaker for q in quotes] == names


def test_two_curly_single_marks_close_a_quote_as_a_double_mark_does(nlp):
    body, quotes = quotes_of(nlp, ["“We sell local comics, nothing else,’’ said the founder, Ana Ruiz."])
    assert [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("We sell local comics, nothing else", "Ana Ruiz")
    ]


def test_an_opening_and_a_closing_single_mark_typed_together_open_a_quote():
    text = "She paused. ‘’Nobody wins a strike, we all lose,” she said. It’s ‘’ not a quote."
    assert [text[s.open_at + 1 : s.close_at] for s in pair_marks(text)] == ["Nobody wins a strike, we all lose,"]


def test_according_to_a_release_is_according_to_its_issuer(nlp):
    body, quotes = quotes_of(
        nlp,
        ["The union will represent every cook at both restaurants, according to the union's Friday release."],
        kind=None,
    )
    assert [q.speaker_mention.text for q in quotes if q.speaker_mention] == ["the union"]


def test_a_capitalised_title_gives_way_to_the_name_beside_it(nlp):
    _, quotes = quotes_of(
        nlp,
        ["Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said the council would meet again on Monday."],
        kind=None,
    )
    assert [q.speaker_mention.text for q in quotes if q.speaker_mention] == ["Syed Danial Syed Ahmad"]


def test_a_name_in_the_speakers_relative_clause_is_not_the_speaker(nlp):
    _, quotes = quotes_of(nlp, ["“I draw comics myself,” notes Espinos, who met the Marvel guru Stan Lee three times."])
    assert [q.speaker_mention.text for q in quotes if q.speaker_mention] == ["Espinos"]


def test_what_an_agency_reported_someone_said_is_that_persons(nlp):
    _, quotes = quotes_of(
        nlp,
        ["Ambassador Dmitry Orlov said on Saturday that the talks would resume next week, TASS reported."],
        kind=None,
    )
    speakers = [q.speaker_mention.text for q in quotes if q.speaker_mention]
    assert speakers and "Orlov" in speakers[0]


def test_a_title_abbreviation_does_not_end_the_attribution(nlp):
    _, quotes = quotes_of(
        nlp, ["“The operator could hear shots in the background,” St. Charles Police Lt. Tom Wilkison said."]
    )
    assert [q.speaker_mention.text for q in quotes if q.speaker_mention] == ["Tom Wilkison"]


def test_a_quote_closed_by_a_full_stop_but_going_on_in_lower_case_keeps_its_attribution(nlp):
    # a slip for the comma: the lower-case "he" shows the sentence did not end
    body, quotes = quotes_of(nlp, ['"I believe there has to be trust built." he said. "It is too fresh."'])
    assert [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("I believe there has to be trust built.", "he"),
        ("It is too fresh.", "he"),
    ]


def test_a_quote_closed_by_a_full_stop_before_a_new_sentence_has_no_attribution_after_it(nlp):
    body, quotes = quotes_of(nlp, ['"The bridge is closed." Officials said the road would reopen on Monday.'])
    assert [(q.text, q.speaker_mention) for q in quotes] == [("The bridge is closed.", None)]
