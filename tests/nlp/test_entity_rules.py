"""One test per grouping and junk rule, fed with spans on short texts written for the test (no
dependence on how the model tags them), then the sample article through the real pipeline."""

from __future__ import annotations

import re

import pytest

from reader.nlp.entities.aliases import group_key
from reader.nlp.entities.grouping import group_mentions
from reader.nlp.entities.mentions import RawMention, split_at_dashes, tidy_mention
from reader.nlp.entities.names import name_key
from reader.nlp.labels import LABEL_GROUPS, group_of
from tests.nlp.test_entities import by_name, mentions_of, spans_ok


def names(entities) -> list[tuple[str, int]]:
    return sorted((e.name, len(e.mentions)) for e in entities)


def tidy(surface: str, label: str, prefix: str = "") -> RawMention | None:
    return tidy_mention(RawMention(10, 10 + len(surface), surface, label, prefix))


# --- span tidying -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "name", "role"),
    [
        ("MLA Ravi Kahlon", "Ravi Kahlon", "MLA"),
        ("Coun. Linda Holt", "Linda Holt", "Coun."),
        ("Local MLA Ravi Kahlon", "Ravi Kahlon", "Local MLA"),  # a word before the office
    ],
)
def test_a_title_and_a_full_name_tagged_as_an_organisation_is_that_person(surface, name, role):
    tidied = tidy(surface, "ORG")
    assert (tidied.text, tidied.label, tidied.roles) == (name, "PERSON", (role,))


@pytest.mark.parametrize("surface", ["Premier League", "Minister Foods Inc"])
def test_a_title_before_no_first_name_keeps_an_organisation(surface):
    assert tidy(surface, "ORG").label == "ORG"


@pytest.mark.parametrize("surface", ["MLA", "Coun.", "MPP"])
def test_a_title_alone_tagged_as_a_person_is_no_one(surface):
    assert tidy(surface, "PERSON") is None


@pytest.mark.parametrize(
    ("surface", "label", "name"),
    [
        ("federal Securities and Exchange Commission", "ORG", "Securities and Exchange Commission"),
        ("E.U. nations", "ORG", "E.U."),
        ("a Nobel Peace Prize", "WORK_OF_ART", "Nobel Peace Prize"),
        ("anti-Taliban", "ORG", "Taliban"),
        ("post-World War II", "EVENT", "World War II"),
        ("al-Qaeda", "ORG", "al-Qaeda"),
        ("Nicolas Jarry 6-4", "PERSON", "Nicolas Jarry"),
        ("Noor Haddad says", "PERSON", "Noor Haddad"),
        ("Haddad shares", "PERSON", "Haddad"),
        ("a decade earlier", "DATE", "a decade earlier"),
        ("mid-September", "DATE", "mid-September"),
    ],
)
def test_a_span_is_cut_to_the_name_it_holds(surface, label, name):
    mention = tidy(surface, label)
    assert mention.text == name
    assert mention.end - mention.start == len(name)
    assert surface[mention.start - 10 : mention.end - 10] == name


def test_markup_in_a_span_is_not_a_name():
    assert tidy('tweet_id="7782">The blue arrow', "WORK_OF_ART") is None
    assert tidy("@JohnMelloy", "PERSON") is None


def test_a_name_introduced_as_a_channel_or_show_is_not_a_person():
    channel = tidy("Solovyev Live", "PERSON", prefix="YouTube channel")
    assert (channel.label, channel.roles) == ("ORG", ())
    assert tidy("Politicking", "PERSON", prefix="show").label == "WORK_OF_ART"
    assert tidy("Dmitry Zhirnov", "PERSON", prefix="Ambassador").label == "PERSON"


def test_a_spaced_dash_splits_a_span_in_two():
    text = "The officer who shot Scott - Brentley Vinson - was on leave."
    start = text.index("Scott")
    raw = RawMention(start, start + len("Scott - Brentley Vinson"), "Scott - Brentley Vinson", "PERSON")
    parts = split_at_dashes(raw)
    assert [p.text for p in parts] == ["Scott", "Brentley Vinson"]
    assert all(text[p.start : p.end] == p.text for p in parts)
    assert split_at_dashes(RawMention(0, 9, "Jean-Marc", "PERSON"))[0].text == "Jean-Marc"


def test_a_photo_credit_splits_at_its_spaced_slash_into_a_person_and_an_agency():
    parts = split_at_dashes(RawMention(0, 26, "Dana Holt / Harbour Images", "PERSON"))
    assert [p.text for p in parts] == ["Dana Holt", "Harbour Images"]
    assert [tidy_mention(p).label for p in parts] == ["PERSON", "ORG"]
    assert split_at_dashes(RawMention(0, 7, "AC/DC", "ORG"))[0].text == "AC/DC"  # a slash inside a name stays


def test_ordinals_compare_as_words():
    assert name_key("5th Amendment") == name_key("Fifth Amendment")


# --- junk only the context shows ------------------------------------------------------------


def test_department_words_inside_titles_are_dropped():
    text = "Secretary of State Anna Berg met the former Defence Minister Tom Hale and the President of France."
    raw = mentions_of(
        text,
        ("State", "ORG"),
        ("Anna Berg", "PERSON"),
        ("Defence", "ORG"),
        ("Tom Hale", "PERSON"),
        ("France", "GPE"),
    )
    assert names(group_mentions(raw, text)) == [("Anna Berg", 1), ("France", 1), ("Tom Hale", 1)]


def test_a_common_word_opening_a_sentence_is_not_a_name():
    text = "The bank paid. Bank executives were not charged. The full House voted. House members left."
    raw = mentions_of(text, ("Bank", "ORG"), ("House", "ORG"), ("House", "ORG"))
    assert names(group_mentions(raw, text)) == [("House", 2)]


def test_headline_words_written_in_lowercase_elsewhere_are_not_names():
    text = (
        "Clinton Breaks With Party Over Visa Program Plans\n\n"
        "Hillary Clinton said the visa program needs work. Clinton spoke on Friday."
    )
    raw = mentions_of(
        text,
        ("Clinton Breaks", "PERSON"),
        ("Visa Program", "ORG"),
        ("Hillary Clinton", "PERSON"),
        ("Clinton", "PERSON"),
    )
    entities = group_mentions(raw, text)
    assert names(entities) == [("Hillary Clinton", 3)]
    assert by_name(entities, "Hillary Clinton").mentions[0].text == "Clinton"
    assert spans_ok(text, entities)


def test_a_possessive_inside_a_span_splits_off_the_person():
    text = "Bryan Pagliano stayed away. A judge weighed Pagliano's Fifth Amendment claims."
    raw = mentions_of(text, ("Bryan Pagliano", "PERSON"), ("Pagliano's Fifth Amendment", "LAW"))
    entities = group_mentions(raw, text)
    assert names(entities) == [("Bryan Pagliano", 2), ("Fifth Amendment", 1)]
    assert by_name(entities, "Fifth Amendment").label == "LAW"
    assert spans_ok(text, entities)


# --- short names of things named in full ------------------------------------------------------


def test_capital_abbreviation_joins_the_name_it_spells_without_brackets():
    text = "The Consumer Financial Protection Bureau acted. The CFPB was created in 2010 by the U.S. and the United States."
    raw = mentions_of(
        text,
        ("Consumer Financial Protection Bureau", "ORG"),
        ("CFPB", "ORG"),
        ("U.S.", "GPE"),
        ("United States", "GPE"),
    )
    assert names(group_mentions(raw, text)) == [("Consumer Financial Protection Bureau", 2), ("United States", 2)]


def test_abbreviation_spelling_every_word():
    text = "Voice of America broadcasts. The VOA director spoke."
    raw = mentions_of(text, ("Voice of America", "ORG"), ("VOA", "ORG"))
    assert names(group_mentions(raw, text)) == [("Voice of America", 2)]


def test_abbreviation_that_fits_two_names_stays_apart():
    text = "The Democratic National Committee and the Defense Nuclear Council met. The DNC spoke."
    raw = mentions_of(
        text, ("Democratic National Committee", "ORG"), ("Defense Nuclear Council", "ORG"), ("DNC", "ORG")
    )
    assert ("DNC", 1) in names(group_mentions(raw, text))


def test_place_without_its_head_word_joins_the_longer_place():
    text = "The Panjshir Valley holds out. Leaders in Panjshir talk. Panjshir Valley is green. The Panjshir River runs."
    raw = mentions_of(
        text,
        ("Panjshir Valley", "LOC"),
        ("Panjshir", "ORG"),
        ("Panjshir Valley", "LOC"),
        ("Panjshir River", "LOC"),
    )
    entities = group_mentions(raw, text)
    assert names(entities) == [("Panjshir River", 1), ("Panjshir Valley", 3)]
    assert by_name(entities, "Panjshir Valley").label == "LOC"


def test_place_with_a_leading_head_word():
    text = "Climbers left Mount Kenya. Kenya's slopes were icy."
    raw = mentions_of(text, ("Mount Kenya", "LOC"), ("Kenya", "GPE"))
    assert names(group_mentions(raw, text)) == [("Mount Kenya", 2)]


def test_a_person_is_not_a_place_short_form():
    text = "Jordan Valley farms. Jordan said so."
    raw = mentions_of(text, ("Jordan Valley", "LOC"), ("Jordan", "PERSON"))
    assert names(group_mentions(raw, text)) == [("Jordan", 1), ("Jordan Valley", 1)]


def test_department_named_by_its_subject_joins_the_department():
    text = "The Justice Department declined. Justice delivered. The Department of Homeland Security and Homeland Security staff."
    raw = mentions_of(
        text,
        ("Justice Department", "ORG"),
        ("Justice", "ORG"),
        ("Department of Homeland Security", "ORG"),
        ("Homeland Security", "ORG"),
    )
    assert names(group_mentions(raw, text)) == [("Department of Homeland Security", 2), ("Justice Department", 2)]


def test_group_forms_compare_without_plural_and_adjective_endings():
    assert group_key("democrats") == group_key("democratic") == group_key("democrat")
    assert group_key("swiss") == "swiss"
    text = "Democrats objected. A Democratic senator and a Democrat agreed. Republicans did not."
    raw = mentions_of(
        text, ("Democrats", "NORP"), ("Democratic", "NORP"), ("Democrat", "NORP"), ("Republicans", "NORP")
    )
    assert [len(e.mentions) for e in group_mentions(raw, text)] == [3, 1]


# --- people ---------------------------------------------------------------------------------


def test_an_abbreviation_is_never_a_short_form_of_a_person():
    text = "Kim Jong Un tested a bomb. The U.N. condemned it. Kim did not listen."
    raw = mentions_of(text, ("Kim Jong Un", "PERSON"), ("U.N.", "PERSON"), ("Kim", "PERSON"))
    entities = group_mentions(raw, text)
    assert len(by_name(entities, "Kim Jong Un").mentions) == 2
    assert by_name(entities, "U.N.").mentions[0].text == "U.N."


def test_last_words_of_a_full_name_are_a_short_form_but_first_words_are_not():
    text = "Aung San Suu Kyi met Bill de Blasio. Suu Kyi is the daughter of Aung San. De Blasio smiled."
    raw = mentions_of(
        text,
        ("Aung San Suu Kyi", "PERSON"),
        ("Bill de Blasio", "PERSON"),
        ("Suu Kyi", "PERSON"),
        ("Aung San", "PERSON"),
        ("De Blasio", "ORG"),
    )
    entities = group_mentions(raw, text)
    assert names(entities) == [("Aung San", 1), ("Aung San Suu Kyi", 2), ("Bill de Blasio", 2)]


def test_a_surname_joins_with_every_mention_whatever_the_majority_label():
    text = "Don Fowler spoke. Fowler said. Fowler noted. Fowler argued. Fowler agreed."
    raw = mentions_of(
        text,
        ("Don Fowler", "PERSON"),
        ("Fowler", "PERSON"),
        ("Fowler", "ORG"),
        ("Fowler", "ORG"),
        ("Fowler", "ORG"),
    )
    entities = group_mentions(raw, text)
    assert [(e.name, e.label, len(e.mentions)) for e in entities] == [("Don Fowler", "PERSON", 5)]


# --- label groups ----------------------------------------------------------------------------


def test_label_groups_are_the_ones_the_sidebar_shows():
    assert [g.key for g in LABEL_GROUPS] == ["person", "org", "place", "group", "other", "number"]
    assert group_of("DATE").key == group_of("CARDINAL").key == "number"
    assert group_of("LOC").key == group_of("FAC").key == "place"
    assert group_of("NORP").key == "group" and group_of("CUSTOM").key == "other"


# --- later rules ------------------------------------------------------------------------------


def test_a_nickname_quote_left_open_ends_the_name():
    assert tidy('Robert C. "Bobby', "PERSON") is None  # "Robert C." is not a name either
    assert tidy('Marcia "Cia', "PERSON").text == "Marcia"


@pytest.mark.parametrize(
    ("surface", "label"),
    [
        ("John Birch Society", "ORG"),
        ("Compliant Fuels", "ORG"),
        ("Midway Atoll", "LOC"),
        ("Sergei Lavrov", "PERSON"),
        ("Atelier Moreau", "ORG"),  # a business named for its owner
        ("Café Benoit", "ORG"),
    ],
)
def test_a_person_span_ending_in_an_organisation_or_place_word_is_relabelled(surface, label):
    assert tidy(surface, "PERSON").label == label


@pytest.mark.parametrize(
    ("surface", "label", "name", "kind"),
    [
        ("Lakeview Mayor", "PERSON", "Lakeview", "GPE"),  # "Lakeview Mayor Ann Roy", tagged as a person
        ("Manitoba Premier", "ORG", "Manitoba", "GPE"),
        ("Curling Canada President", "PERSON", "Curling Canada", "ORG"),
        ("Office of the President", "ORG", "Office of the President", "ORG"),
        ("John Major", "PERSON", "John Major", "PERSON"),  # a surname that is an office too
    ],
)
def test_an_office_ending_a_span_leaves_what_it_is_of(surface, label, name, kind):
    mention = tidy(surface, label)
    assert (mention.text, mention.label) == (name, kind)


@pytest.mark.parametrize("surface", ["Prime Minister", "Finance Minister"])
def test_an_office_alone_is_no_name(surface):
    assert tidy(surface, "PERSON") is None


@pytest.mark.parametrize("label", ["WORK_OF_ART", "PERSON", "ORG"])
def test_a_union_local_is_an_organisation(label):
    assert tidy("Transit Workers Local 1140", label).label == "ORG"


def test_middle_initials_and_suffixes_do_not_make_another_person():
    text = "Joseph R. Biden Jr. spoke. Joseph Biden left. Loretta E. Lynch and Loretta Lynch."
    raw = mentions_of(
        text,
        ("Joseph R. Biden Jr.", "PERSON"),
        ("Joseph Biden", "PERSON"),
        ("Loretta E. Lynch", "PERSON"),
        ("Loretta Lynch", "PERSON"),
    )
    entities = group_mentions(raw, text)
    assert names(entities) == [("Joseph R. Biden Jr.", 2), ("Loretta E. Lynch", 2)]


def test_a_headline_person_span_is_cut_to_the_name_used_in_the_body():
    text = "Black Lawmakers Rip Donald Trump As A Fraud\n\nDonald Trump answered them on Friday."
    raw = mentions_of(text, ("Rip Donald Trump", "PERSON"), ("Donald Trump", "PERSON"))
    entities = group_mentions(raw, text)
    assert names(entities) == [("Donald Trump", 2)]
    assert spans_ok(text, entities)


def test_a_headline_full_name_is_kept_when_the_body_uses_only_the_surname():
    text = "Hillary Clinton Goes After Her Rival Tonight\n\nClinton spoke first. Clinton spoke again."
    raw = mentions_of(text, ("Hillary Clinton", "PERSON"), ("Clinton", "PERSON"), ("Clinton", "PERSON"))
    assert names(group_mentions(raw, text)) == [("Hillary Clinton", 3)]


def test_a_longer_name_ending_in_a_persons_name_is_that_person():
    text = "President Enrique Peña Nieto met him. Peña Nieto later regretted it."
    raw = mentions_of(text, ("Enrique Peña Nieto", "ORG"), ("Peña Nieto", "PERSON"))
    entities = group_mentions(raw, text)
    assert [(e.name, e.label, len(e.mentions)) for e in entities] == [("Enrique Peña Nieto", "PERSON", 2)]


def test_outside_its_paragraph_a_surname_means_the_person_introduced_first():
    text = (
        "Donald Trump proposed a plan. Trump said it was fair.\n\n"
        "Ivanka Trump designed it. Trump, she said, agreed.\n\n"
        "The Trump campaign defended the plan."
    )
    raw = mentions_of(
        text,
        ("Donald Trump", "PERSON"),
        ("Trump", "PERSON"),
        ("Ivanka Trump", "PERSON"),
        ("Trump", "PERSON"),
        ("Trump", "PERSON"),
    )
    entities = group_mentions(raw, text)
    donald, ivanka = by_name(entities, "Donald Trump"), by_name(entities, "Ivanka Trump")
    assert [m.start for m in donald.mentions] == [0, text.index("Trump said"), text.rindex("Trump")]
    assert [m.start for m in ivanka.mentions] == [text.index("Ivanka"), text.index("Trump, she")]


def test_a_name_used_only_inside_a_quotation_is_not_the_canonical_one():
    text = 'Hillary Clinton spoke. Trump said: "Crooked Hillary Clinton lied." Clinton laughed.'
    raw = mentions_of(text, ("Hillary Clinton", "PERSON"), ("Crooked Hillary Clinton", "PERSON"), ("Clinton", "PERSON"))
    assert names(group_mentions(raw, text)) == [("Hillary Clinton", 3)]


def test_quotation_marks_of_both_styles_count_together():
    from reader.nlp.entities.layout import Layout

    text = 'She sorted "work-related\u201d mail from \u201cpersonal\u201d mail for Heather Samuelson.'
    layout = Layout(text)
    assert not layout.in_quotation(text.index("Heather"))
    assert layout.in_quotation(text.index("personal"))


def test_the_body_not_the_headline_decides_who_a_surname_means():
    text = (
        "Hold Melania Trump To Her Husband's Standards\n\n"
        "Donald Trump said Melania Trump would talk.\n\n"
        "Still, the letters argue, Trump demands accountability."
    )
    raw = mentions_of(
        text, ("Melania Trump", "PERSON"), ("Donald Trump", "PERSON"), ("Melania Trump", "PERSON"), ("Trump", "PERSON")
    )
    raw[-1] = RawMention(text.rindex("Trump"), text.rindex("Trump") + 5, "Trump", "PERSON")
    entities = group_mentions(raw, text)
    # outside the paragraphs naming them, "Trump" is the person the body introduced first
    assert text.rindex("Trump") in {m.start for m in by_name(entities, "Donald Trump").mentions}
    assert len(by_name(entities, "Melania Trump").mentions) == 2


def test_a_surname_opening_a_sentence_continues_the_person_named_just_before():
    text = (
        "Gary Johnson is running.\n\n"
        "Officials met on Friday.\n\n"
        "Jeh Johnson says hackers are busy.\n\n"
        "Johnson tells reporters more.\n\n"
        "Experts agree with Johnson on that."
    )
    raw = mentions_of(
        text, ("Gary Johnson", "PERSON"), ("Jeh Johnson", "PERSON"), ("Johnson", "PERSON"), ("Johnson", "PERSON")
    )
    entities = group_mentions(raw, text)
    assert [m.text for m in by_name(entities, "Jeh Johnson").mentions] == ["Jeh Johnson", "Johnson"]
    assert [m.start for m in by_name(entities, "Gary Johnson").mentions] == [0, text.rindex("Johnson")]


def test_a_name_the_recogniser_cut_in_two_is_made_whole():
    text = "Ivanka Trump spoke. Later Ivanka Trump wrote. The campaign credited Ivanka Trump with it."
    first, second, third = (i for i in range(len(text)) if text.startswith("Ivanka", i))
    raw = [
        RawMention(first, first + 12, "Ivanka Trump", "PERSON"),
        RawMention(second, second + 6, "Ivanka", "PRODUCT"),
        RawMention(second + 7, second + 12, "Trump", "PERSON"),
        RawMention(third + 7, third + 12, "Trump", "ORG"),
    ]
    entities = group_mentions(raw, text)
    assert [(e.name, [m.text for m in e.mentions]) for e in entities] == [("Ivanka Trump", ["Ivanka Trump"] * 3)]
    assert spans_ok(text, entities)


def test_a_city_named_after_its_country_is_another_place():
    text = "Mexico exports cars. They met in Mexico City. Mexico agreed."
    raw = mentions_of(text, ("Mexico", "GPE"), ("Mexico City", "GPE"), ("Mexico", "GPE"))
    assert names(group_mentions(raw, text)) == [("Mexico", 2), ("Mexico City", 1)]


def test_a_title_ending_in_a_persons_name_is_not_that_person_when_its_first_word_is_common():
    text = "Her new book, The New Jim Crow, covers Jim Crow laws. Jim Crow ended."
    raw = mentions_of(text, ("New Jim Crow", "WORK_OF_ART"), ("Jim Crow", "PERSON"), ("Jim Crow", "PERSON"))
    assert names(group_mentions(raw, text)) == [("Jim Crow", 2), ("New Jim Crow", 1)]


def test_a_group_is_named_by_its_plural():
    text = "A Republican objected. Republicans left. The Republican plan failed."
    raw = mentions_of(text, ("Republican", "NORP"), ("Republicans", "NORP"), ("Republican", "NORP"))
    assert names(group_mentions(raw, text)) == [("Republicans", 3)]


def test_function_words_do_not_begin_a_name(nlp):
    from spacy.tokens import Doc

    from reader.nlp.entities.extract import _without_leading_function_words

    doc = Doc(nlp.vocab, words=["Beyond", "Trump", "'s", "money"], pos=["ADP", "PROPN", "PART", "NOUN"])
    assert _without_leading_function_words(doc[0:2]).text == "Trump"
    names_doc = Doc(nlp.vocab, words=["Hillary", "Clinton"], pos=["PROPN", "PROPN"])
    assert _without_leading_function_words(names_doc[0:2]).text == "Hillary Clinton"


# --- roles (on hand-built parses, so no model tagging is involved) -----------------------------


def built_doc(nlp, words, pos, tags):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, pos=pos, tags=tags)


def test_a_role_describes_one_person_by_an_office_or_a_noun(nlp):
    from reader.nlp.entities.roles import _describes

    doc = built_doc(nlp, ["two", "Vermont", "developers"], ["NUM", "PROPN", "NOUN"], ["CD", "NNP", "NNS"])
    assert not _describes(list(doc))  # a person is one
    doc = built_doc(nlp, ["House"], ["PROPN"], ["NNP"])
    assert not _describes(list(doc))  # a word that only qualifies an office
    doc = built_doc(nlp, ["Foreign", "Minister"], ["PROPN", "PROPN"], ["NNP", "NNP"])
    assert _describes(list(doc))
    doc = built_doc(nlp, ["another", "critic"], ["DET", "NOUN"], ["DT", "NN"])
    assert _describes(list(doc))


def test_a_role_must_run_into_the_name_or_be_set_off_by_a_comma(nlp):
    from reader.nlp.entities.roles import _touches

    words = ["Editor", "'s", "note", ":", "Donald", "Trump", "spoke"]
    doc = built_doc(nlp, words, ["NOUN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB"], ["NN"] * 7)
    assert not _touches(doc[2], doc[4:6])
    words = ["the", "first", "lady", ",", "Michelle", "Obama", "spoke"]
    doc = built_doc(nlp, words, ["DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB"], ["NN"] * 7)
    assert _touches(doc[2], doc[4:6])
    words = ["the", "minister", ",", "Mr.", "Guajardo", "said"]
    doc = built_doc(nlp, words, ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB"], ["NN"] * 6)
    assert _touches(doc[1], doc[4:5])


def test_grouping_stays_fast_on_a_long_article():
    import re
    import time

    para = 'Donald Trump met Ivanka Trump in "New York". Trump said Clinton and the U.N. agreed near Panjshir.'
    text = "\n\n".join([para] * 1000)
    labels = {"New York": "GPE", "Panjshir": "GPE", "U.N.": "ORG"}
    raw = [
        RawMention(m.start(), m.end(), m.group(), labels.get(m.group(), "PERSON"))
        for m in re.finditer(r"Donald Trump|Ivanka Trump|Trump|Clinton|U\.N\.|Panjshir|New York", text)
    ]
    started = time.perf_counter()
    entities = group_mentions(raw, text)
    assert time.perf_counter() - started < 5  # about 0.4 s: nothing quadratic in the mentions
    assert sum(len(e.mentions) for e in entities) == len(raw)


def test_a_person_called_by_title_before_a_namesake_is_introduced_stays_apart():
    text = (
        "President Obama spoke in Ohio. Obama praised the crowd.\n\n"
        "The campaign will use the first lady, Michelle Obama, in Florida.\n\n"
        "Aides said Obama would travel next week."
    )
    raw = mentions_of(text, ("Obama", "PERSON"), ("Obama", "PERSON"), ("Michelle Obama", "PERSON"), ("Obama", "PERSON"))
    raw[0] = RawMention(text.index("Obama"), text.index("Obama") + 5, "Obama", "PERSON", roles=("President",))
    entities = group_mentions(raw, text)
    president, michelle = by_name(entities, "Obama"), by_name(entities, "Michelle Obama")
    assert [m.start for m in president.mentions] == [10, text.index("Obama praised"), text.rindex("Obama")]
    assert [m.text for m in michelle.mentions] == ["Michelle Obama"]


def test_the_dot_of_a_courtesy_title_or_an_initial_ends_no_sentence():
    from reader.nlp.entities.layout import starts_sentence

    text = "He left. Obama said that Mr. Obama and John F. Kennedy met."
    assert starts_sentence(text, 0) and starts_sentence(text, text.index("Obama"))
    assert not starts_sentence(text, text.index("Obama", 20))
    assert not starts_sentence(text, text.index("Kennedy"))


def test_a_persons_role_on_one_use_of_a_place_is_not_the_places():
    text = "Smog over Harlow again. Harlow schools shut. Officials in Harlow met. The law that helps choke Harlow."
    spans = [
        RawMention(m.start(), m.end(), "Harlow", "GPE") for m in re.finditer("Harlow", text[: text.index("The law")])
    ]
    last = text.rindex("Harlow")
    spans.append(RawMention(last, last + 6, "Harlow", "PERSON", roles=("choke",)))
    (place,) = group_mentions(spans, text)
    assert place.label == "GPE" and place.roles == ()


def test_a_lowercase_office_inside_a_span_tagged_as_a_person_is_the_names_role():
    # "said Borealis spokesperson Kevin Ashdown", tagged as one person
    tidied = tidy("Borealis spokesperson Kevin Ashdown", "PERSON")
    assert (tidied.text, tidied.label, tidied.roles) == ("Kevin Ashdown", "PERSON", ("Borealis spokesperson",))


@pytest.mark.parametrize("surface", ["Tidewater Air", "Nanaimo RCMP", "Halifax Regional Police"])
def test_a_name_ending_in_an_airline_or_police_word_is_an_organisation_whatever_the_recogniser_tagged(surface):
    assert tidy(surface, "PERSON").label == "ORG"
