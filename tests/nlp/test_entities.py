"""Entities grouped into real-world things: pure grouping rules, then the real pipeline, then the sample."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.nlp.entities import find_entities
from reader.nlp.entities.grouping import group_mentions
from reader.nlp.entities.mentions import RawMention, tidy_mention
from reader.nlp.entities.names import name_key
from reader.nlp.entities.titles import title_prefix_length
from reader.nlp.labels import group_of
from reader.nlp.types import Entity
from reader.text.article import CleanArticle


def mentions_of(text: str, *found: tuple[str, str]) -> list[RawMention]:
    """RawMentions for (surface, label) pairs, each at its next occurrence in `text`."""
    raw, cursor = [], 0
    for surface, label in found:
        start = text.index(surface, cursor)
        raw.append(RawMention(start, start + len(surface), surface, label))
        cursor = start + len(surface)
    return raw


def by_name(entities, name: str) -> Entity:
    matches = [e for e in entities if e.name == name]
    assert len(matches) == 1, [e.name for e in entities]
    return matches[0]


def spans_ok(text: str, entities) -> bool:
    return all(text[m.start : m.end] == m.text for e in entities for m in e.mentions)


# --- mention tidying (pure) ---------------------------------------------------------------


def test_leading_the_and_possessive_are_trimmed():
    text = "The Panjshir Valley's rivers run through the Panjshir Valley."
    entities = group_mentions(mentions_of(text, ("The Panjshir Valley's", "GPE"), ("the Panjshir Valley", "LOC")))
    assert [(e.name, len(e.mentions)) for e in entities] == [("Panjshir Valley", 2)]
    assert spans_ok(text, entities)
    assert entities[0].label in ("GPE", "LOC")


@pytest.mark.parametrize(
    ("surface", "label"),
    [("Foo\nBar", "ORG"), ("“Taliban", "ORG"), ("X", "PERSON"), ("2021", "ORG"), ("Reuters,", "ORG")],
)
def test_unusable_spans_are_dropped(surface, label):
    assert tidy_mention(RawMention(0, len(surface), surface, label)) is None


def test_abbreviation_dot_is_not_punctuation():
    assert tidy_mention(RawMention(0, 4, "U.S.", "GPE")).text == "U.S."


def test_title_inside_person_span_becomes_role_and_leaves_the_name():
    text = "Vice President Saleh spoke. Mr Smith and Dr. Jones listened."
    raw = mentions_of(text, ("Vice President Saleh", "PERSON"), ("Mr Smith", "PERSON"), ("Dr. Jones", "PERSON"))
    entities = group_mentions(raw)
    saleh = by_name(entities, "Saleh")
    assert saleh.mentions[0].text == "Saleh" and text[saleh.mentions[0].start : saleh.mentions[0].end] == "Saleh"
    assert saleh.roles == ("Vice President",)
    assert by_name(entities, "Smith").roles == ()  # a courtesy title is not a role
    assert by_name(entities, "Jones").aliases == ("Jones",)


def test_words_before_the_span_join_the_title_into_one_role():
    raw = RawMention(8, 38, "Foreign Minister Sergei Lavrov", "PERSON", prefix="Russian")
    assert tidy_mention(raw).roles == ("Russian Foreign Minister",)


@pytest.mark.parametrize("name", ["Martin Luther King Jr", "Ahmad Shah Massoud", "Sergei Lavrov"])
def test_names_containing_title_like_words_are_left_alone(name):
    assert title_prefix_length(name.split()) == 0


def test_name_key_ignores_case_hyphens_and_quote_style():
    assert name_key("James O’Neill") == name_key("james o'neill")
    assert name_key("Al-Qaeda") == name_key("al Qaeda")


# --- grouping (pure) ----------------------------------------------------------------------


def test_surname_joins_the_full_name():
    text = "Sergei Lavrov arrived. Lavrov said Sergei would stay."
    raw = mentions_of(text, ("Sergei Lavrov", "PERSON"), ("Lavrov", "PERSON"), ("Sergei", "PERSON"))
    entities = group_mentions(raw)
    assert len(entities) == 1
    assert entities[0].name == "Sergei Lavrov"
    assert entities[0].aliases == ("Lavrov", "Sergei", "Sergei Lavrov")


def test_different_full_names_never_merge_and_surnames_go_to_the_nearest_preceding():
    text = (
        "Ahmad Massoud spoke. Massoud was calm. His father Ahmad Shah Massoud fought. "
        "Massoud died in 2001. Ahmad Massoud is his son."
    )
    raw = mentions_of(
        text,
        ("Ahmad Massoud", "PERSON"),
        ("Massoud", "PERSON"),
        ("Ahmad Shah Massoud", "PERSON"),
        ("Massoud", "PERSON"),
        ("Ahmad Massoud", "PERSON"),
    )
    # the second bare "Massoud" follows "Ahmad Shah Massoud" in the text
    raw[3] = RawMention(text.index("Massoud died"), text.index("Massoud died") + 7, "Massoud", "PERSON")
    entities = group_mentions(raw)
    son, father = by_name(entities, "Ahmad Massoud"), by_name(entities, "Ahmad Shah Massoud")
    assert [m.start for m in son.mentions] == [0, text.index("Massoud was"), text.rindex("Ahmad Massoud")]
    assert [m.start for m in father.mentions] == [text.index("Ahmad Shah"), text.index("Massoud died")]


def test_surname_before_any_full_name_joins_the_following_one():
    text = "Ghani fled. Later Ashraf Ghani wrote."
    entities = group_mentions(mentions_of(text, ("Ghani", "PERSON"), ("Ashraf Ghani", "PERSON")))
    assert [(e.name, len(e.mentions)) for e in entities] == [("Ashraf Ghani", 2)]


def test_hyphenated_surname_is_a_short_form():
    text = "Douglas Holtz-Eakin, an economist, said Holtz-Eakin was right."
    entities = group_mentions(mentions_of(text, ("Douglas Holtz-Eakin", "PERSON"), ("Holtz-Eakin", "PERSON")))
    assert [(e.name, len(e.mentions)) for e in entities] == [("Douglas Holtz-Eakin", 2)]


def test_surname_mistagged_as_place_joins_the_person_when_person_evidence_exists():
    text = "Amrullah Saleh leads. Saleh said. Saleh hopes. Saleh waits."
    raw = mentions_of(text, ("Amrullah Saleh", "PERSON"), ("Saleh", "PERSON"), ("Saleh", "GPE"), ("Saleh", "PERSON"))
    entities = group_mentions(raw)
    assert [(e.name, e.label, len(e.mentions)) for e in entities] == [("Amrullah Saleh", "PERSON", 4)]


def test_place_is_not_swallowed_by_a_person_without_person_evidence():
    text = "George Washington crossed. Washington is a city. Washington votes."
    raw = mentions_of(text, ("George Washington", "PERSON"), ("Washington", "GPE"), ("Washington", "GPE"))
    entities = group_mentions(raw)
    assert by_name(entities, "Washington").label == "GPE"
    assert len(by_name(entities, "George Washington").mentions) == 1


def test_surname_only_ever_tagged_org_joins_the_person_it_names():
    text = "Adam Neumann founded it. Neumann resigned. Investors blamed Neumann."
    raw = mentions_of(text, ("Adam Neumann", "PERSON"), ("Neumann", "ORG"), ("Neumann", "ORG"))
    entities = group_mentions(raw)
    assert [(e.name, e.label, len(e.mentions)) for e in entities] == [("Adam Neumann", "PERSON", 3)]


def test_a_first_name_tagged_org_does_not_join_on_that_evidence_alone():
    text = "Jordan Peterson spoke. Jordan announced a deal."
    raw = mentions_of(text, ("Jordan Peterson", "PERSON"), ("Jordan", "ORG"))
    entities = group_mentions(raw)
    assert by_name(entities, "Jordan").label == "ORG"
    assert len(by_name(entities, "Jordan Peterson").mentions) == 1


def test_identical_surface_with_mixed_labels_is_one_thing_labelled_by_vote():
    text = "Panjshir holds. Panjshir leaders. enter Panjshir by force"
    raw = mentions_of(text, ("Panjshir", "ORG"), ("Panjshir", "ORG"), ("Panjshir", "PERSON"))
    entities = group_mentions(raw)
    assert [(e.name, e.label, len(e.mentions)) for e in entities] == [("Panjshir", "ORG", 3)]


def test_org_and_place_with_different_surfaces_stay_apart():
    text = "Panjshir Valley is green. Panjshir Valley Council met. Panjshir Valley again."
    raw = mentions_of(text, ("Panjshir Valley", "LOC"), ("Panjshir Valley Council", "ORG"), ("Panjshir Valley", "GPE"))
    assert sorted(e.name for e in group_mentions(raw)) == ["Panjshir Valley", "Panjshir Valley Council"]


def test_values_never_merge_with_names():
    text = "France 24 said 24 people and France agreed."
    raw = [RawMention(7, 9, "24", "DATE"), RawMention(15, 17, "24", "CARDINAL"), RawMention(0, 6, "France", "GPE")]
    raw.append(RawMention(text.rindex("France"), text.rindex("France") + 6, "France", "GPE"))
    entities = group_mentions(raw)
    assert sorted((e.name, e.label) for e in entities) == [("24", "CARDINAL"), ("24", "DATE"), ("France", "GPE")]


def test_canonical_name_is_the_fullest_form_and_ids_follow_mention_count():
    text = "Obama spoke. Barack Obama left. Obama returned. Kabul fell. Kabul"
    raw = mentions_of(
        text, ("Obama", "PERSON"), ("Barack Obama", "PERSON"), ("Obama", "PERSON"), ("Kabul", "GPE"), ("Kabul", "GPE")
    )
    entities = group_mentions(raw)
    assert [(e.id, e.name) for e in entities] == [("e1", "Barack Obama"), ("e2", "Kabul")]
    assert [m.start for m in entities[0].mentions] == sorted(m.start for m in entities[0].mentions)


def test_acronym_defined_in_brackets_joins_its_long_form():
    text = "The Islamic State (IS) claimed it. IS fighters fled."
    raw = mentions_of(text, ("The Islamic State", "ORG"))
    entities = group_mentions(raw, text)
    assert len(entities) == 1
    assert entities[0].name == "Islamic State"
    assert entities[0].aliases == ("IS", "Islamic State")
    assert len(entities[0].mentions) == 3
    assert spans_ok(text, entities)


def test_an_abbreviation_the_text_spells_out_without_brackets_joins_its_long_form():
    text = "The Provincial Housing Commissioner spoke first. Later the PHC said rents would rise. The PHC left."
    raw = mentions_of(text, ("PHC", "ORG"), ("PHC", "ORG"))
    entities = group_mentions(raw, text)
    assert [(e.name, e.aliases, len(e.mentions)) for e in entities] == [
        ("Provincial Housing Commissioner", ("PHC", "Provincial Housing Commissioner"), 3)
    ]
    assert spans_ok(text, entities)


def test_a_term_spelled_like_an_abbreviation_is_not_its_long_form():
    text = "Their Customer Acquisition Cost fell. The CAC board met."
    raw = mentions_of(text, ("CAC", "ORG"))
    assert [e.name for e in group_mentions(raw, text)] == ["CAC"]


def test_roles_are_kept_once_in_order_of_appearance():
    raw = [
        RawMention(0, 5, "Lavrov", "PERSON", roles=("foreign minister",)),
        RawMention(20, 26, "Lavrov", "PERSON", roles=("Foreign Minister", "diplomat")),
    ]
    assert group_mentions(raw)[0].roles == ("foreign minister", "diplomat")


# --- through spaCy ------------------------------------------------------------------------


def analyse(nlp, *paragraphs: str):
    from reader.nlp.parse import parse_paragraphs

    article = CleanArticle.from_paragraphs(None, list(paragraphs))
    return article.text, find_entities(article.text, parse_paragraphs(article, nlp))


def test_pipeline_appositive_gives_a_role(nlp):
    text, entities = analyse(nlp, "John Kirby, a spokesman for the Pentagon, said the talks would continue.")
    assert spans_ok(text, entities)
    assert "spokesman for the Pentagon" in by_name(entities, "John Kirby").roles


def test_pipeline_title_before_name_is_a_role(nlp):
    text, entities = analyse(nlp, "Russia's Foreign Minister Sergei Lavrov said on Monday that talks would go on.")
    lavrov = by_name(entities, "Sergei Lavrov")
    assert any("Foreign Minister" in role for role in lavrov.roles)
    assert "Minister" not in lavrov.name


def test_pipeline_courtesy_title_is_not_part_of_the_name(nlp):
    text, entities = analyse(nlp, "Mr Smith said the plan would work.", "Later Smith resigned.")
    smith = by_name(entities, "Smith")
    assert len(smith.mentions) == 2 and smith.roles == ()


def test_pipeline_offsets_point_into_the_body_across_paragraphs(nlp):
    text, entities = analyse(nlp, "Angela Merkel visited Paris.", "Merkel then flew to Berlin on Tuesday.")
    assert spans_ok(text, entities)
    assert len(by_name(entities, "Angela Merkel").mentions) == 2


# --- the sample article -------------------------------------------------------------------


def sample_article(path: Path) -> CleanArticle:
    """The sample body by hand: no title, no "Advertisement"/"ALSO READ" lines, lead once."""
    lines = path.read_text(encoding="utf-8").splitlines()
    paragraphs: list[str] = []
    for line in lines[1:]:
        line = line.strip()
        if not line or line.startswith("Advertisement") or line.startswith("ALSO READ") or line in paragraphs:
            continue
        paragraphs.append(line)
    return CleanArticle.from_paragraphs(lines[0], paragraphs)


@pytest.fixture(scope="module")
def sample_entities(nlp, sample_path):
    from reader.nlp.parse import parse_paragraphs

    article = sample_article(sample_path)
    return article.text, find_entities(article.text, parse_paragraphs(article, nlp))


def test_sample_people_are_grouped(sample_entities):
    text, entities = sample_entities
    assert spans_ok(text, entities)
    lavrov = by_name(entities, "Sergei Lavrov")
    assert lavrov.label == "PERSON" and {"Sergei Lavrov", "Lavrov"} <= set(lavrov.aliases)
    saleh = by_name(entities, "Amrullah Saleh")
    every_saleh = [i for i in range(len(text)) if text.startswith("Saleh", i)]
    assert sorted(m.start + m.text.find("Saleh") for m in saleh.mentions) == every_saleh
    assert all(m.text in ("Saleh", "Amrullah Saleh") for m in saleh.mentions)
    assert "Ghani" in by_name(entities, "Ashraf Ghani").aliases
    by_name(entities, "Dmitry Zhirnov")
    son, father = by_name(entities, "Ahmad Massoud"), by_name(entities, "Ahmad Shah Massoud")
    assert son.id != father.id
    assert not [e.name for e in entities if e.name.lower().startswith("the ") or e.name.endswith(("'s", "’s"))]


def test_sample_roles(sample_entities):
    _, entities = sample_entities
    assert any("Foreign Minister" in role for role in by_name(entities, "Sergei Lavrov").roles)
    assert any("Ambassador" in role for role in by_name(entities, "Dmitry Zhirnov").roles)


def test_sample_places_are_one_entity_each(sample_entities):
    text, entities = sample_entities
    valley = by_name(entities, "Panjshir Valley")
    assert valley.label in ("GPE", "LOC") and len(valley.mentions) >= 6
    # "Panjshir" alone is the valley; the river is another place
    every_bare = [m.start() for m in re.finditer(r"Panjshir(?! Valley| River)", text)]
    assert every_bare and {m.start for m in valley.mentions} >= set(every_bare)
    assert "Panjshir" not in {e.name for e in entities}
    assert by_name(entities, "Panjshir River").id != valley.id


def test_sample_has_no_junk_entities(sample_entities):
    _, entities = sample_entities
    labels = {e.name: e.label for e in entities}
    assert labels.get("Solovyev Live") != "PERSON"
    assert "Defence" not in labels and "anti-Taliban" not in labels
    assert all(e.name[:1].isupper() for e in entities if group_of(e.label).key != "number")


def test_surname_the_recogniser_missed_is_found_but_not_inside_other_names():
    text = "Amrullah Saleh spoke. Saleh has declared himself president. Saleh Mohammed disagreed."
    entities = group_mentions(mentions_of(text, ("Amrullah Saleh", "PERSON")), text)
    saleh = by_name(entities, "Amrullah Saleh")
    assert [m.start for m in saleh.mentions] == [0, text.index("Saleh has")]


def test_lowercase_and_shouted_forms():
    text = "WASHINGTON -- In Washington, Washington said us."
    raw = mentions_of(text, ("WASHINGTON", "GPE"), ("Washington", "GPE"), ("Washington", "GPE"), ("us", "GPE"))
    entities = group_mentions(raw)
    assert [(e.name, len(e.mentions)) for e in entities] == [("Washington", 3)]


def test_an_organisations_name_the_recogniser_missed_is_still_a_mention_of_it():
    text = "Harbourline cut its fares. In a statement, Harbourline said a Harbourline study agreed."
    entities = group_mentions(mentions_of(text, ("Harbourline", "ORG")), text)
    assert [m.start for m in by_name(entities, "Harbourline").mentions] == [
        m.start() for m in re.finditer("Harbourline", text)
    ]


def test_an_organisations_name_the_text_also_writes_in_lower_case_is_left_to_the_recogniser():
    text = "Shares of Apple rose. Each visitor got an apple. Later, Apple said sales were up."
    entities = group_mentions(mentions_of(text, ("Apple", "ORG")), text)
    assert len(by_name(entities, "Apple").mentions) == 1


def test_a_possessive_written_with_an_opening_curly_mark_is_trimmed():
    text = "Senate Minority Leader Chuck Schumer\u2018s flip phone rang. Schumer answered."
    raw = mentions_of(text, ("Chuck Schumer\u2018s", "PERSON"), ("Schumer", "PERSON"))
    assert [(e.name, len(e.mentions)) for e in group_mentions(raw, text)] == [("Chuck Schumer", 2)]


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Jingyi Pan of IG", "Jingyi Pan"),
        ("Maria Lopez of the Red Cross", "Maria Lopez"),
        ("Joseph of Arimathea", "Joseph of Arimathea"),
        # a title's own "of" is not where the person works (the title is not split off here either)
        ("Prime Minister of Canada Justin Trudeau", "Prime Minister of Canada Justin Trudeau"),
    ],
)
def test_a_full_name_running_on_into_where_they_work_is_the_name(surface, name):
    assert tidy_mention(RawMention(0, len(surface), surface, "PERSON")).text == name


def test_a_surname_the_article_uses_takes_the_full_name_a_quote_gives():
    text = 'Cooper will moderate. Trump said: "I\'m not okay with Anderson Cooper." Cooper declined to comment.'
    raw = mentions_of(text, ("Cooper", "PERSON"), ("Anderson Cooper", "PERSON"), ("Cooper", "PERSON"))
    assert [(e.name, len(e.mentions)) for e in group_mentions(raw, text)] == [("Anderson Cooper", 3)]


def test_an_epithet_in_a_quote_is_not_the_name_when_the_article_gives_the_full_name():
    text = 'Hillary Clinton spoke first. Trump said: "Crooked Hillary Clinton will lose." Clinton smiled.'
    raw = mentions_of(text, ("Hillary Clinton", "PERSON"), ("Crooked Hillary Clinton", "PERSON"), ("Clinton", "PERSON"))
    assert group_mentions(raw, text)[0].name == "Hillary Clinton"


def test_pipeline_title_after_a_dateline_is_a_role(nlp):
    text, entities = analyse(
        nlp, "TOLEDO, Ohio, May 12 (AP) — Former Governor Walter Brandt opened a food bank in the city on Monday."
    )
    assert "Former Governor" in by_name(entities, "Walter Brandt").roles


@pytest.mark.parametrize("title", ["Sgt.", "Cst.", "Coun.", "Insp.", "Supt."])
def test_pipeline_an_abbreviated_title_stays_with_its_name(nlp, title):
    # spaCy's tokenizer splits "Sgt." from its full stop and ends the sentence there
    text, entities = analyse(nlp, f"“The road was icy,” said {title} Jeff Dillon of the county police.")
    assert title in by_name(entities, "Jeff Dillon").roles


def test_pipeline_a_name_ending_in_a_company_word_is_an_organisation(nlp):
    # the recogniser tags "Irving Oil" PERSON; no person's name ends in "Oil"
    text, entities = analyse(nlp, "Irving Oil plans to expand its Saint John refinery.")
    assert by_name(entities, "Irving Oil").label == "ORG"


def test_pipeline_titles_of_two_people_named_together_are_each_ones_role(nlp):
    # the parser hangs "Health Minister" on Morneau; the words still stand right before Taylor's name
    text, entities = analyse(
        nlp, "Health Minister Ginette Petitpas Taylor and Finance Minister Bill Morneau announced the funding."
    )
    assert by_name(entities, "Ginette Petitpas Taylor").roles == ("Health Minister",)
    assert by_name(entities, "Bill Morneau").roles == ("Finance Minister",)


def test_pipeline_a_title_after_a_comma_before_a_name_is_a_role(nlp):
    text, entities = analyse(
        nlp, "Justin Trudeau spoke about his father, former prime minister Pierre Trudeau, at the event."
    )
    assert by_name(entities, "Pierre Trudeau").roles == ("former prime minister",)


def test_pipeline_a_hyphenated_office_ending_in_a_plural_is_one_persons_role(nlp):
    text, entities = analyse(nlp, "Kevin Vickers, the former sergeant-at-arms, met reporters in Ottawa.")
    assert by_name(entities, "Kevin Vickers").roles == ("former sergeant-at-arms",)


def test_pipeline_a_place_and_a_number_that_report_together_are_a_channel(nlp):
    text, entities = analyse(nlp, "Norway 12 reported that the ferry was late.", "In Norway 12 people were hurt.")
    assert spans_ok(text, entities)
    assert [(e.name, e.label) for e in entities if e.label in ("ORG", "GPE")] == [
        ("Norway 12", "ORG"),
        ("Norway", "GPE"),
    ]
