"""Who a speaker phrase stands for: descriptions, statements, pronouns, through the real pipeline on
short made-up paragraphs with entities given by hand."""

from __future__ import annotations

import pytest

from reader.nlp.entities import find_entities
from reader.nlp.parse import parse_paragraphs
from reader.nlp.quotes.roles import org_kind_fits
from reader.nlp.quotes.speakers import (
    Candidate,
    SpeakerContext,
    fits_modifiers,
    latest_organisation,
    resolve_description,
    resolve_pronoun,
)
from reader.nlp.types import Entity, TextSpan
from tests.nlp.test_quotes import _article, entity, quotes_of


def _said(nlp, paragraphs, entities):
    return [(q.text, q.speaker) for q in quotes_of(nlp, paragraphs, entities, kind=None)[1]]


def test_a_description_of_an_organisation_is_the_organisation_the_article_introduced(nlp):
    paragraphs = [
        "Harbourline runs the buses and trains of the region.",
        "The agency said it has not studied a new bridge.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")])
    assert quotes == [("it has not studied a new bridge", "Harbourline")]


def test_a_statement_is_by_its_author(nlp):
    paragraphs = [
        "Northwind Power restored most lines on Sunday.",
        "A statement said crews would work through the night.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", "Northwind Power", "ORG", "Northwind Power")])
    assert quotes == [("crews would work through the night", "Northwind Power")]


def _person(name: str, role: str) -> tuple[Entity, tuple[str, ...]]:
    return Entity(id=name, name=name, label="PERSON", aliases=(name,), mentions=()), (role,)


def test_a_description_respects_its_modifiers():
    leader, leader_roles = _person("Ann Lee", "President")
    context = SpeakerContext(
        paragraph=1, sentence=3, previous_entity=None, previous_paragraph=None, previous_pronoun=None
    )
    candidates = [Candidate(leader, 0, 0, 0, 3.0)]
    roles = {leader.id: leader_roles}
    assert resolve_description("leader", candidates, roles, context) is leader
    assert resolve_description("leader", candidates, roles, context, ["band"]) is None  # the band leader
    assert fits_modifiers(["deputy"], "Deputy Minister of Health") and not fits_modifiers(["deputy"], "Minister")


def test_a_pronoun_with_nobody_fitting_nearby_is_the_last_speaker():
    speaker = Entity(id="e1", name="Doug Hart", label="PERSON", aliases=("Doug Hart",), mentions=())
    context = SpeakerContext(
        paragraph=9, sentence=30, previous_entity=speaker, previous_paragraph=2, previous_pronoun=None
    )
    far = [Candidate(speaker, 0, 1, 2, 3.0)]
    assert resolve_pronoun("he", far, context, {"e1": "m"}) is speaker
    assert resolve_pronoun("she", far, context, {"e1": "m"}) is None  # never the nearest man for "she"


def test_the_latest_organisation_is_looked_for_only_a_few_paragraphs_back():
    org = Entity(id="o1", name="Harbourline", label="ORG", aliases=("Harbourline",), mentions=())
    near = SpeakerContext(paragraph=2, sentence=5, previous_entity=None, previous_paragraph=None, previous_pronoun=None)
    far = SpeakerContext(
        paragraph=20, sentence=50, previous_entity=None, previous_paragraph=None, previous_pronoun=None
    )
    candidates = [Candidate(org, 0, 0, 0, 3.0)]
    assert latest_organisation(candidates, near) is org
    assert latest_organisation(candidates, far) is None


def test_a_description_a_name_owns_is_not_the_latest_organisation(nlp):
    paragraphs = [
        "Harbourline runs the buses and trains of the region.",
        "The Trump campaign said it would appeal the ruling.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")])
    assert all(speaker != "Harbourline" for _, speaker in quotes)


def test_a_description_a_country_owns_in_the_possessive_is_not_the_latest_organisation(nlp):
    paragraphs = [
        "The Harbour Authority runs the new port and its two ferry terminals.",
        "Norway's trade ministry said it viewed the delay as a breach of the treaty.",
    ]
    quotes = _said(
        nlp,
        paragraphs,
        lambda body: [
            entity(body, "o1", "Harbour Authority", "ORG", "The Harbour Authority"),
            entity(body, "g1", "Norway", "GPE", "Norway"),
        ],
    )
    assert quotes == [("it viewed the delay as a breach of the treaty", "Norway's trade ministry")]


def test_said_again_after_and_is_said_by_the_first_speaker_not_the_reported_subject(nlp):
    paragraphs = [
        "The Harbour Authority said the plan breached the treaty and said it would raise costs for shippers.",
    ]
    quotes = _said(
        nlp, paragraphs, lambda body: [entity(body, "o1", "Harbour Authority", "ORG", "The Harbour Authority")]
    )
    assert ("it would raise costs for shippers", "Harbour Authority") in quotes
    assert all(speaker == "Harbour Authority" for _, speaker in quotes)


def test_this_company_after_a_nameless_company_is_that_one_not_the_latest_named(nlp):
    paragraphs = [
        "Harbourline sells ferry tickets online.",
        "A reader wrote to us after she hired another company to fix her roof. "
        "This company told her the repair would cost twice the estimate.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")])
    assert ("the repair would cost twice the estimate", "This company") in quotes


def test_it_after_a_document_goes_on_with_the_document_not_the_organisation_before(nlp):
    paragraphs = [
        "Harbourline runs the ferries between the islands.",
        "“Crossings were late on one day in three,” says the audit.",
        "It adds: “Most delays came from repairs that had been put off.”",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")])
    assert quotes == [
        ("Crossings were late on one day in three", "the audit"),
        ("Most delays came from repairs that had been put off.", "the audit"),
    ]


@pytest.mark.parametrize("pronoun", ["he or she", "she or he", "he/she"])
def test_he_or_she_is_anyone_not_the_last_person_named(nlp, pronoun):
    paragraphs = [
        "Counsellor Dana Reyes has read thousands of college applications.",
        f"The question {pronoun} keeps asking students is: “What makes you curious?”",
    ]
    quotes = quotes_of(
        nlp, paragraphs, lambda body: [entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes")], kind=None
    )[1]
    assert quotes
    assert all(q.speaker != "Dana Reyes" and q.confidence == "low" for q in quotes), quotes


@pytest.mark.parametrize(
    ("named", "noun"),
    [
        ("Halifax Regional Police", "The force"),
        ("Nova Scotia Utility and Review Board", "The watchdog"),
        ("Dalhousie University", "The school"),
        ("Sipekne'katik First Nation", "The nation"),
        ("Canada Post", "The Crown corporation"),
    ],
)
def test_a_description_of_a_kind_of_body_is_the_body_of_that_kind_named_before(nlp, named, noun):
    paragraphs = [f"{named} met the families on Sunday.", f"{noun} said it would answer every letter."]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", named, "ORG", named)])
    assert quotes == [("it would answer every letter", named)]


def test_a_watchdog_is_no_company(nlp):
    paragraphs = ["Harbourline raised its fares on Sunday.", "The watchdog said it would look at the increase."]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")])
    assert quotes == [("it would look at the increase", "The watchdog")]


def test_the_officer_is_the_police_corporal_named_before(nlp):
    paragraphs = ["RCMP Cpl. Dana Reyes said the driver was 19. The officer said speed was a factor."]
    people = lambda body: [entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes", roles=("RCMP Cpl.",))]  # noqa: E731
    assert ("speed was a factor", "Dana Reyes") in _said(nlp, paragraphs, people)


def test_the_teen_is_the_young_person_the_story_follows(nlp):
    paragraphs = ["Tyler Brown, 17, scored twice on Saturday.", "The teen said he was proud of his team."]
    people = lambda body: [entity(body, "p1", "Tyler Brown", "PERSON", "Tyler Brown")]  # noqa: E731
    assert _said(nlp, paragraphs, people) == [("he was proud of his team", "Tyler Brown")]


def test_an_organisation_noun_is_never_the_person_whose_role_holds_it(nlp):
    paragraphs = [
        "Dana Reyes, the chief executive of the company, toured the flooded substation with Acme Power crews.",
        '"We are working around the clock," the company said.',
    ]
    quotes = _said(
        nlp,
        paragraphs,
        lambda body: [
            entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes", roles=("chief executive of the company",)),
            entity(body, "o1", "Acme Power", "ORG", "Acme Power"),
        ],
    )
    assert quotes == [("We are working around the clock", "Acme Power")]


def test_a_plural_description_is_not_one_person(nlp):
    paragraphs = [
        "President Maria Lund met the negotiators on Monday.",
        '"The talks went well," the officials said after the meeting.',
    ]
    quotes = _said(
        nlp, paragraphs, lambda body: [entity(body, "p1", "Maria Lund", "PERSON", "Maria Lund", roles=("President",))]
    )
    assert [speaker for _, speaker in quotes] == ["the officials"]


def test_a_nameless_person_the_article_brought_in_stays_nameless(nlp):
    paragraphs = [
        "A justice official said the request was under review.",
        "Justice Minister David Lametti declined to comment on the case.",
        '"It is likely to take months," the official said.',
    ]
    people = lambda body: [  # noqa: E731
        entity(body, "p1", "David Lametti", "PERSON", "David Lametti", roles=("Justice Minister",))
    ]
    quotes = _said(nlp, paragraphs, people)
    assert ("It is likely to take months", "the official") in quotes


def test_a_title_before_a_name_brings_in_no_nameless_person(nlp):
    # "an explosion that Mayor Ruth Vance …" is no "a mayor": the mayor is Vance
    paragraphs = [
        "Nine people were hurt in a blast that Mayor Ruth Vance described as deliberate.",
        "At a news conference, the mayor said it was too early to know who was behind it.",
    ]
    people = lambda body: [entity(body, "p1", "Ruth Vance", "PERSON", "Ruth Vance", roles=("Mayor",))]  # noqa: E731
    quotes = _said(nlp, paragraphs, people)
    assert ("it was too early to know who was behind it", "Ruth Vance") in quotes


def test_a_description_far_from_any_name_is_the_articles_main_organisation(nlp):
    paragraphs = [
        "Northwind Power said the storm cut power to 40,000 homes. Northwind Power crews were out all night.",
        "Northwind Power asked people to stay away from fallen lines.",
        "In the town, shops stayed closed and schools sent pupils home early.",
        "Residents shared generators and cooked on camping stoves.",
        "The library opened its doors as a warming centre for the evening.",
        "The utility said most homes would have power again by Friday.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", "Northwind Power", "ORG", "Northwind Power")])
    assert ("most homes would have power again by Friday", "Northwind Power") in quotes


def test_a_person_described_first_is_the_person_named_next(nlp):
    paragraphs = [
        "A Halifax school board spokeswoman says the gym roof will be fixed before the spring term.",
        "Maria Lopez said the repairs would cost about $40,000.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Maria Lopez", "PERSON", "Maria Lopez")])
    assert ("the gym roof will be fixed before the spring term", "Maria Lopez") in quotes


def test_an_unnamed_source_is_not_the_person_named_next(nlp):
    paragraphs = [
        "A person familiar with the talks said the minister would resign on Friday.",
        "Maria Lopez said she had not been told of any change.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Maria Lopez", "PERSON", "Maria Lopez")])
    speakers = {text: speaker for text, speaker in quotes}
    assert speakers["the minister would resign on Friday"] != "Maria Lopez"


@pytest.mark.parametrize("article", ["A", "One"])
def test_a_person_brought_in_without_a_name_is_the_one_named_next(nlp, article):
    paragraphs = [
        f"{article} former director indicated on Friday that she would gladly return to the board. "
        "Ana Ruiz told the Gazette she left the board last winter.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Ana Ruiz", "PERSON", "Ana Ruiz")])
    assert ("that she would gladly return to the board", "Ana Ruiz") in quotes


def test_a_described_person_whose_role_does_not_fit_is_not_the_person_named_next(nlp):
    paragraphs = [
        "A spokeswoman for the council said the road would reopen on Monday.",
        "Mayor Tom Reyes said he was pleased with the work.",
    ]
    people = lambda body: [entity(body, "p1", "Tom Reyes", "PERSON", "Tom Reyes", roles=("Mayor",))]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, people))
    assert speakers["the road would reopen on Monday"] != "Tom Reyes"


def test_a_description_only_a_person_can_be_is_the_person_the_story_follows(nlp):
    paragraphs = [
        "Tom Reyes opened his bakery on Quinpool Road in 1998 and still starts the ovens himself.",
        '"We bake at four in the morning, every morning," said the cheerful businessman.',
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Tom Reyes", "PERSON", "Tom Reyes")])
    assert quotes == [("We bake at four in the morning, every morning", "Tom Reyes")]


@pytest.mark.parametrize("noun", ["retired teacher", "nurse", "volunteer"])
def test_an_occupation_only_a_person_has_is_the_person_the_story_follows(nlp, noun):
    paragraphs = [
        "Tom Reyes said he had called the city about the flooding twice.",
        f"The {noun} said crews came once and left without checking the basement.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Tom Reyes", "PERSON", "Tom Reyes")])
    assert quotes[-1] == ("crews came once and left without checking the basement", "Tom Reyes")


def test_a_party_member_described_by_state_is_the_person_the_story_follows(nlp):
    paragraphs = [
        'Senator Ruth Vance said the bill would pass. "We have the votes," the Ohio Republican said.',
        "The Republicans said they would vote on Friday.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Ruth Vance", "PERSON", "Ruth Vance"),
        entity(body, "n1", "Republicans", "NORP", "Republican", "Republicans"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["We have the votes"] == "Ruth Vance"
    assert speakers["they would vote on Friday"] == "Republicans"  # the party's members, not one person


def test_a_parent_of_so_many_children_is_the_person_the_story_follows(nlp):
    paragraphs = [
        "Rita Dunn has run the corner store on Bay Road since 1990.",
        "The mother of three said the new bypass has cut her sales in half.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Rita Dunn", "PERSON", "Rita Dunn")])
    assert quotes == [("the new bypass has cut her sales in half", "Rita Dunn")]


def test_a_relative_of_someone_is_not_the_person_the_story_follows(nlp):
    paragraphs = [
        "Rita Dunn has run the corner store on Bay Road since 1990.",
        "The mother of the driver said the new bypass was dangerous.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Rita Dunn", "PERSON", "Rita Dunn")])
    assert "Rita Dunn" not in {speaker for _, speaker in quotes}


def test_an_occupation_a_company_may_have_stays_as_written(nlp):
    paragraphs = [
        "Tom Reyes said he had called the city about the flooding twice.",
        "The developer said crews came once and left without checking the basement.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Tom Reyes", "PERSON", "Tom Reyes")])
    assert quotes[-1] == ("crews came once and left without checking the basement", "The developer")


def test_a_document_or_a_relative_is_not_the_person_the_story_follows(nlp):
    paragraphs = [
        "Tom Reyes opened his bakery on Quinpool Road in 1998.",
        '"He never took a day off," said the father.',
        "The report said the bakery had passed every inspection.",
        "Tom Reyes spoke at the council meeting on Monday.",
        "The transcript shows the council agreed to extend the bakery's lease.",
        "A 2014 study found that most bakeries close within five years.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Tom Reyes", "PERSON", "Tom Reyes")])
    assert "Tom Reyes" not in {speaker for _, speaker in quotes}


def test_the_company_is_the_organisation_just_named_not_the_one_named_most(nlp):
    paragraphs = [
        "Northwind Power shares rose after Northwind Power beat forecasts, and Northwind Power raised its dividend.",
        "Harbourline rallied 6 per cent on Tuesday. The company said its profit would be stronger than expected.",
    ]
    organisations = lambda body: [  # noqa: E731
        entity(body, "o1", "Northwind Power", "ORG", "Northwind Power"),
        entity(body, "o2", "Harbourline", "ORG", "Harbourline"),
    ]
    quotes = _said(nlp, paragraphs, organisations)
    assert ("its profit would be stronger than expected", "Harbourline") in quotes


def test_a_place_in_a_description_does_not_make_it_someone_elses(nlp):
    paragraphs = [
        "Tom Reyes opened his bakery on Quinpool Road in 1998 and still starts the ovens himself.",
        '"Bread does not wait for anyone," says the cheerful Halifax resident, who learned to bake in Lyon.',
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Tom Reyes", "PERSON", "Tom Reyes")])
    assert quotes == [("Bread does not wait for anyone", "Tom Reyes")]


def test_an_epithet_speaking_in_the_first_person_is_the_person_the_story_follows(nlp):
    # "maverick" is no role or person's noun the code knows; the quote's "I" and "my" say a person
    # speaks, and the report and quote that share the phrase go with it
    paragraphs = [
        "Nadia Osei paints murals on the walls of closed factories along the river.",
        '"My work is never finished," says the paint-spattered maverick, noting that I rarely sleep. '
        '"I start again every spring."',
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Nadia Osei", "PERSON", "Nadia Osei")])
    assert quotes and all(speaker == "Nadia Osei" for _, speaker in quotes)


@pytest.mark.parametrize(
    "said",
    [
        '"The walls are never finished," says the paint-spattered maverick.',  # nothing says a person
        '"I am a language model," says the friendly chatbot.',  # a machine says "I" too
    ],
)
def test_an_unknown_description_with_no_person_speaking_stays_as_written(nlp, said):
    paragraphs = ["Nadia Osei paints murals on the walls of closed factories along the river.", said]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Nadia Osei", "PERSON", "Nadia Osei")])
    assert quotes and all(speaker != "Nadia Osei" for _, speaker in quotes)


def _family(body):
    return [
        entity(body, "p1", "Daniel Ortiz", "PERSON", "Daniel Ortiz", "Ortiz"),
        entity(body, "p2", "Rosa", "PERSON", "Rosa", roles=("Ortiz's mother",)),
    ]


def test_his_mother_is_the_relative_the_article_named_as_his(nlp):
    paragraphs = [
        "Ortiz's mother, Rosa, says her son learned to fix boats before he could read.",
        "Daniel Ortiz later moved to Halifax. His mother said he never missed a Sunday call.",
    ]
    quotes = _said(nlp, paragraphs, _family)
    assert ("he never missed a Sunday call", "Rosa") in quotes


def test_his_father_is_as_written_when_the_article_named_no_father(nlp):
    paragraphs = [
        "Ortiz's mother, Rosa, says her son learned to fix boats before he could read.",
        "Daniel Ortiz later moved to Halifax. His father said he never missed a Sunday call.",
    ]
    quotes = _said(nlp, paragraphs, _family)
    assert ("he never missed a Sunday call", "His father") in quotes


def test_the_mother_far_from_the_named_one_is_someone_elses(nlp):
    # a relative is someone's: "the mother" four paragraphs on, after another family's story, is not Rosa
    paragraphs = [
        "Ortiz's mother, Rosa, says her son learned to fix boats before he could read.",
        "Daniel Ortiz later moved to Halifax, where he repairs ferries.",
        "The storm also destroyed the harbour's fish market.",
        "At the shelter, the family of a missing deckhand waited for news.",
        '"Bring him home," the mother said, holding a photograph.',
    ]
    quotes = _said(nlp, paragraphs, _family)
    assert ("Bring him home", "Rosa") not in quotes and quotes


def test_an_owners_word_in_a_role_says_nothing_of_the_holders_gender(nlp):
    # a "King's Bench Justice" is no king: "she" goes on with the judge
    paragraphs = [
        "King's Bench Justice Anna Price sentenced Lee Brandt on Friday.",
        "The judge said the crash was avoidable. She said the drinking was an aggravating factor.",
    ]
    people = lambda body: [  # noqa: E731
        entity(body, "p1", "Anna Price", "PERSON", "Anna Price", roles=("King's Bench Justice",)),
        entity(body, "p2", "Lee Brandt", "PERSON", "Lee Brandt"),
    ]
    quotes = _said(nlp, paragraphs, people)
    assert ("the drinking was an aggravating factor", "Anna Price") in quotes


def test_a_description_saying_no_gender_is_the_person_the_paragraph_before_brought_in(nlp):
    paragraphs = [
        '"We are cautiously optimistic," said fire information officer Jenna Morrow.',
        "Walter Gies, a retired logger who has lived outside Falkland for 38 years, was among the first to drive back.",
        '"The house is standing, the barn is standing," the 71-year-old said.',
    ]
    people = lambda body: [  # noqa: E731
        entity(body, "p1", "Jenna Morrow", "PERSON", "Jenna Morrow", roles=("fire information officer",)),
        entity(body, "p2", "Walter Gies", "PERSON", "Walter Gies"),
    ]
    quotes = _said(nlp, paragraphs, people)
    assert ("The house is standing, the barn is standing", "Walter Gies") in quotes


def test_a_description_first_set_beside_a_name_is_that_person_not_a_nameless_one(nlp):
    # "Ana Roe, a retired teacher" names the teacher: "the retired teacher" is Ana Roe
    paragraphs = [
        "Ana Roe, a retired teacher who has lived on the street for 31 years, said the tower is too tall.",
        '"Nobody here is against housing," the retired teacher said.',
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Ana Roe", "PERSON", "Ana Roe")])
    assert ("Nobody here is against housing", "Ana Roe") in quotes


def _street(body):
    return [entity(body, "p1", "Laura Stein", "PERSON", "Laura Stein")]


def test_she_opening_the_next_paragraph_goes_on_with_a_nameless_woman_who_spoke(nlp):
    # "said she woke up" tells the neighbour is a woman; the quote opening the next paragraph is hers
    paragraphs = [
        "Fire crews were called to the home of Laura Stein on Elm Street shortly after 2 a.m.",
        "A neighbour who lives across the street said she woke up to the sound of windows breaking.",
        '"I just saw orange. The whole front of the house was orange," she said.',
    ]
    quotes = _said(nlp, paragraphs, _street)
    assert ("I just saw orange. The whole front of the house was orange", "A neighbour") in quotes


def test_he_opening_the_next_paragraph_after_a_nameless_one_of_no_gender_is_not_them(nlp):
    paragraphs = [
        "Fire crews were called to the home of Laura Stein on Elm Street shortly after 2 a.m.",
        "A neighbour who lives across the street said the fire spread quickly.",
        '"I just saw orange," she said.',
    ]
    quotes = _said(nlp, paragraphs, _street)
    assert ("I just saw orange", "A neighbour") not in quotes


def test_a_nameless_spokesperson_is_not_someone_the_next_paragraph_describes_afresh(nlp):
    paragraphs = [
        "The Ministry of Education said it raised the board's funding. A ministry spokesperson said the "
        "minister would not comment.",
        "Karina Vos, whose son is in Grade 4, said she is worried about a strike.",
    ]
    people = lambda body: [  # noqa: E731
        entity(body, "o1", "Ministry of Education", "ORG", "Ministry of Education"),
        entity(body, "p1", "Karina Vos", "PERSON", "Karina Vos"),
    ]
    quotes = _said(nlp, paragraphs, people)
    assert ("the minister would not comment", "Karina Vos") not in quotes


def test_a_nameless_one_brought_in_before_a_named_holder_of_the_role_is_not_the_later_description(nlp):
    paragraphs = [
        "Police said a patrol officer spotted two men carrying a cash register out of a cafe.",
        '"We hope these arrests bring some relief," said Const. Dana Reyes. The officer said the pair '
        "are suspected in 17 break-ins.",
    ]
    people = lambda body: [entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes", roles=("Const.",))]  # noqa: E731
    quotes = _said(nlp, paragraphs, people)
    assert ("the pair are suspected in 17 break-ins", "Dana Reyes") in quotes


def test_a_place_written_into_a_description_is_not_its_owner(nlp):
    paragraphs = [
        "Northwind Metals Inc. says it will close its gold mine near Snow Lake next year.",
        "In a news release, the Vancouver-based company said the mine had reached the end of its life.",
    ]
    companies = lambda body: [entity(body, "o1", "Northwind Metals", "ORG", "Northwind Metals")]  # noqa: E731
    quotes = _said(nlp, paragraphs, companies)
    assert ("the mine had reached the end of its life", "Northwind Metals") in quotes


@pytest.mark.parametrize(
    "report",
    [
        "A witness who was eating inside said he heard four or five shots.",  # "witness" is no "-ness" noun
        "A worker who has been at the mill for 20 years, and who spoke on condition of anonymity because he "
        "feared losing his job, said morale was low.",
    ],
)
def test_he_opening_the_next_paragraph_goes_on_with_a_nameless_man_the_text_calls_he(nlp, report):
    paragraphs = [
        "Cpl. Dan Rhee said officers were called to the restaurant at about 9:40 p.m.",
        report,
        '"Everyone just dropped to the floor," he said.',
    ]
    people = lambda body: [entity(body, "p1", "Dan Rhee", "PERSON", "Dan Rhee", roles=("Cpl.",))]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, people))
    assert speakers["Everyone just dropped to the floor"] in ("A witness", "A worker")


def test_a_nameless_witness_is_not_the_accused_the_next_paragraph_brings_in_with_an_age(nlp):
    paragraphs = [
        "A witness told a Toronto jury Monday that she saw a man push another man onto the tracks.",
        "Gareth Mullins, 36, has pleaded not guilty to manslaughter.",
    ]
    people = lambda body: [entity(body, "p1", "Gareth Mullins", "PERSON", "Gareth Mullins")]  # noqa: E731
    quotes = _said(nlp, paragraphs, people)
    assert quotes and all(speaker != "Gareth Mullins" for _, speaker in quotes)


def test_a_first_name_outweighs_one_pronoun_in_the_sentence_that_may_be_someone_elses(nlp):
    # "suggested she had been standing …" is about the witness: Simon Roe's first name says a man
    paragraphs = [
        "Under cross-examination, defence lawyer Simon Roe suggested she had been standing too far away to "
        "see clearly. She said she was certain of what she saw.",
    ]
    people = lambda body: [  # noqa: E731
        entity(body, "p1", "Simon Roe", "PERSON", "Simon Roe", roles=("defence lawyer",))
    ]
    speakers = dict(_said(nlp, paragraphs, people))
    assert speakers.get("she was certain of what she saw") != "Simon Roe"


def test_the_department_far_from_any_name_is_the_one_it_stood_for_before(nlp):
    paragraphs = [
        "Fisheries and Oceans Canada is cutting the herring quota in half.",
        "In a notice released Friday, the department said the catch would fall to 2,400 tonnes.",
        "Harvesters in Tofino said the cut came without warning.",
        "Some boats will not leave the harbour this spring.",
        "Fuel and crew costs have doubled since 2021.",
        "The department said it would review the quota next year.",
    ]
    bodies = lambda body: [  # noqa: E731
        entity(body, "o1", "Fisheries and Oceans Canada", "ORG", "Fisheries and Oceans Canada")
    ]
    quotes = _said(nlp, paragraphs, bodies)
    assert ("it would review the quota next year", "Fisheries and Oceans Canada") in quotes


def test_police_are_the_one_force_the_article_names_by_its_initials(nlp):
    paragraphs = [
        "Canmore RCMP said the hiker was found alive on Sunday.",
        "Police said more than 40 volunteers took part in the search.",
    ]
    forces = lambda body: [entity(body, "o1", "RCMP", "ORG", "RCMP")]  # noqa: E731
    quotes = _said(nlp, paragraphs, forces)
    assert ("more than 40 volunteers took part in the search", "RCMP") in quotes


def test_a_quote_opening_its_paragraph_is_by_the_person_the_last_sentence_was_about(nlp):
    paragraphs = [
        "Terry Chapman was diagnosed with Crohn's disease at the age of 25.",
        "“My condition is getting worse, but I still coach every week.”",
    ]
    people = lambda body: [entity(body, "p1", "Terry Chapman", "PERSON", "Terry Chapman")]  # noqa: E731
    quotes = quotes_of(nlp, paragraphs, people)[1]
    assert [(q.speaker, q.confidence) for q in quotes] == [("Terry Chapman", "high")]


def test_a_quote_opening_its_paragraph_after_a_sentence_about_no_person_has_no_speaker(nlp):
    paragraphs = [
        "The ambulance station was seven minutes away from the house.",
        "“Nobody came for forty minutes.”",
    ]
    quotes = quotes_of(nlp, paragraphs, lambda body: [])[1]
    assert [q.speaker for q in quotes] == [None]


def test_she_after_an_organisations_statement_is_the_woman_quoted_before(nlp):
    paragraphs = [
        "“I try to be gentle with myself,” Dana Reyes said.",
        "What's next",
        "Reyes is planning a youth summit for the spring. The Youth Council stated in July it opposed "
        "the Kinder Morgan pipeline.",
        "“This land is who we are,” she said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes", "Reyes"),
        entity(body, "o1", "Youth Council", "ORG", "Youth Council"),
        entity(body, "p2", "Kinder Morgan", "PERSON", "Kinder Morgan"),
    ]
    quotes = _said(nlp, paragraphs, found)
    assert ("This land is who we are", "Dana Reyes") in quotes


def test_he_after_an_organisation_is_not_the_man_quoted_before_once_another_man_took_over(nlp):
    paragraphs = [
        "“We will rebuild the bridge,” Tom Reyes said.",
        "The Roads Agency said in a statement that the work would start in May.",
        "Sam Okafor spent the morning at the site.",
        "“Nobody asked us,” he said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Tom Reyes", "PERSON", "Tom Reyes"),
        entity(body, "o1", "Roads Agency", "ORG", "Roads Agency"),
        entity(body, "p2", "Sam Okafor", "PERSON", "Sam Okafor"),
    ]
    quotes = _said(nlp, paragraphs, found)
    assert ("Nobody asked us", "Sam Okafor") in quotes


def test_a_name_modifying_a_thing_is_not_who_a_pronoun_stands_for(nlp):
    paragraphs = [
        "Dana Reyes leads the residents' association.",
        "The board rejected the Kinder Morgan plan on Monday.",
        "“We will appeal,” she said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes"),
        entity(body, "p2", "Kinder Morgan", "PERSON", "Kinder Morgan"),
    ]
    assert dict(_said(nlp, paragraphs, found))["We will appeal"] == "Dana Reyes"


def test_a_quote_opening_a_sentence_inside_a_paragraph_is_by_the_person_just_written_about(nlp):
    paragraphs = [
        "The vote passed easily. Mr. Pete Fry describes himself as the most left-leaning member of council. "
        "“Why would I pander to the millionaires club?”",
    ]
    people = lambda body: [entity(body, "p1", "Pete Fry", "PERSON", "Pete Fry")]  # noqa: E731
    quotes = quotes_of(nlp, paragraphs, people)[1]
    assert [(q.speaker, q.confidence) for q in quotes] == [("Pete Fry", "high")]


def test_a_quote_after_a_colon_is_by_the_subject_of_its_sentence(nlp):
    paragraphs = [
        "In December, Elon Musk again took to Twitter with this: “Chairman is an honorific, not an executive role.”",
    ]
    people = lambda body: [entity(body, "p1", "Elon Musk", "PERSON", "Elon Musk")]  # noqa: E731
    quotes = quotes_of(nlp, paragraphs, people)[1]
    assert [q.speaker for q in quotes] == ["Elon Musk"]


def test_a_quote_opening_a_sentence_after_one_about_an_organisation_has_no_speaker(nlp):
    paragraphs = [
        "Dana Reyes visited the site in May. The Roads Agency closed the bridge for repairs in June. "
        "“Nobody came for forty minutes.”",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes"),
        entity(body, "o1", "Roads Agency", "ORG", "Roads Agency"),
    ]
    quotes = quotes_of(nlp, paragraphs, found)[1]
    assert [q.speaker for q in quotes] == [None]


def test_a_statement_right_after_someone_spoke_is_theirs(nlp):
    # the recogniser often tags a small organisation's name as a person: the statement is still theirs
    paragraphs = [
        "Harbourline said the strike ended on Monday. The aid group Gatsby said its director was among those "
        "hurt. A statement said the group was shocked by the attack.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "Harbourline", "ORG", "Harbourline"),
        entity(body, "p1", "Gatsby", "PERSON", "Gatsby"),
    ]
    assert dict(_said(nlp, paragraphs, found))["the group was shocked by the attack"] == "Gatsby"


def test_a_statement_from_or_by_someone_is_theirs(nlp):
    paragraphs = [
        "Workers at a second cafe have voted to join a union.",
        "A release sent to media from Harbourline late Friday said most of the workers voted yes.",
        "A statement e-mailed to the paper by Dana Reyes, who joined the board last month, said the station "
        "would respect the order.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "Harbourline", "ORG", "Harbourline"),
        entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["most of the workers voted yes"] == "Harbourline"
    assert speakers["the station would respect the order"] == "Dana Reyes"


def test_he_goes_on_with_a_titled_speaker_the_recogniser_took_for_an_organisation(nlp):
    paragraphs = [
        "“The situation was challenging,” RCMP officer Eric Stubbs said.",
        "But Hereditary Chief Na'moks said he did not consider those actions to be threatening.",
        "“When you are passively there, I don't think there's any aggression there,” he said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Eric Stubbs", "PERSON", "Eric Stubbs"),
        entity(body, "o1", "Hereditary Chief Na'moks", "ORG", "Hereditary Chief Na'moks"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["When you are passively there, I don't think there's any aggression there"] == (
        "Hereditary Chief Na'moks"
    )


def test_he_does_not_go_on_with_an_organisation_whose_name_holds_a_title_word(nlp):
    paragraphs = [
        "“We need the pipeline,” Eric Stubbs said.",
        "The Youth Council said it opposed the pipeline.",
        "“This land is who we are,” he said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Eric Stubbs", "PERSON", "Eric Stubbs"),
        entity(body, "o1", "Youth Council", "ORG", "Youth Council"),
    ]
    assert dict(_said(nlp, paragraphs, found))["This land is who we are"] == "Eric Stubbs"


def test_they_after_two_people_named_together_is_both_of_them(nlp):
    paragraphs = [
        "Cafe owners Ana Ruiz and Tom Reyes said in a statement that they respect the vote.",
        "“Our priority is a respectful and healthy workplace,” they said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Ana Ruiz", "PERSON", "Ana Ruiz"),
        entity(body, "p2", "Tom Reyes", "PERSON", "Tom Reyes"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["Our priority is a respectful and healthy workplace"] == "Ana Ruiz and Tom Reyes"


def test_a_statement_two_people_made_is_filed_under_both_full_names(nlp):
    paragraphs = [
        "Senators Maria Ortiz and Paul Hendry wrote to the agency in March.",
        "Ms. Ortiz and Mr. Hendry said the rules had been bent for years.",
        "“We want answers,” they said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Maria Ortiz", "PERSON", "Maria Ortiz", "Ortiz"),
        entity(body, "p2", "Paul Hendry", "PERSON", "Paul Hendry", "Hendry"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["the rules had been bent for years"] == "Maria Ortiz and Paul Hendry"
    assert speakers["We want answers"] == "Maria Ortiz and Paul Hendry"


def test_a_name_joined_to_a_description_is_not_two_speakers(nlp):
    paragraphs = ["Maria Ortiz and the city council said the rink would close in May."]
    found = lambda body: [entity(body, "p1", "Maria Ortiz", "PERSON", "Maria Ortiz")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found)) == {"the rink would close in May": "Maria Ortiz"}


def test_they_after_two_people_is_not_them_once_an_organisation_took_over(nlp):
    paragraphs = [
        "Ana Ruiz and Tom Reyes said in a statement that they respect the vote.",
        "The union welcomed the result on Friday.",
        "“We will bargain in good faith,” they said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Ana Ruiz", "PERSON", "Ana Ruiz"),
        entity(body, "p2", "Tom Reyes", "PERSON", "Tom Reyes"),
        entity(body, "o1", "union", "ORG", "union"),
    ]
    assert dict(_said(nlp, paragraphs, found))["We will bargain in good faith"] != "Ana Ruiz and Tom Reyes"


def test_he_goes_on_with_a_name_no_entity_holds(nlp):
    paragraphs = [
        "“We have to be ready,” Eric Stubbs said.",
        "But Na'moks said the camp was not ready to talk.",
        "“I believe there has to be trust built,” he said.",
    ]
    found = lambda body: [entity(body, "p1", "Eric Stubbs", "PERSON", "Eric Stubbs")]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["I believe there has to be trust built"] == "Na'moks"


def test_he_does_not_go_on_with_a_name_no_entity_holds_once_another_person_took_over(nlp):
    paragraphs = [
        "But Na'moks said the camp was not ready to talk.",
        "Eric Stubbs visited the camp on Monday.",
        "“We will keep a presence there,” he said.",
    ]
    found = lambda body: [entity(body, "p1", "Eric Stubbs", "PERSON", "Eric Stubbs")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["We will keep a presence there"] == "Eric Stubbs"


def test_a_relatives_name_in_apposition_is_the_speaker_whatever_the_recogniser_took_it_for(nlp):
    # the recogniser tags "Darrin" here as a place
    paragraphs = [
        "“If Alfonso wasn’t publishing local comics, I don’t think Xander would be drawing,” says Wise’s dad, Darrin."
    ]
    quotes = _said(nlp, paragraphs, lambda body: [])
    assert [speaker for _, speaker in quotes] == ["Darrin"]


def test_they_is_the_group_the_sentence_before_was_about(nlp):
    paragraphs = [
        "Northwind Power restored most lines by Sunday.",
        "Investigators described the fire as deliberate and said it started in a shed. They said nobody was hurt.",
        "Eleven towns led by Port Lowell and two farm groups are suing Northwind Power over the outage.",
        "They argue that the utility ignored warnings about its lines.",
    ]
    found = lambda body: [entity(body, "o1", "Northwind Power", "ORG", "Northwind Power")]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["nobody was hurt"] == "Investigators"
    assert speakers["that the utility ignored warnings about its lines"].startswith("Eleven towns")


def test_they_is_a_group_of_people_the_sentence_before_was_about(nlp):
    paragraphs = [
        "Northwind Power restored most lines by Sunday.",
        "A coalition of farmers met in Brandon on Monday. They said the new rules would ruin them.",
    ]
    found = lambda body: [entity(body, "o1", "Northwind Power", "ORG", "Northwind Power")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["the new rules would ruin them"] == "A coalition of farmers"


def test_they_with_no_group_near_enough_stays_as_written(nlp):
    paragraphs = [
        "Harbourline opened a new depot in the spring. The mayor visited the site in May.",
        "Crowds gathered at the rally on Saturday. The speeches ran for an hour.",
        "“We will run a positive campaign,” they said.",
    ]
    found = lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["We will run a positive campaign"] == "they"


def test_the_city_is_the_city_the_article_names_as_one(nlp):
    paragraphs = [
        "The City of Surrey approved its budget on Monday. Langley City will vote next week.",
        "The City of Surrey plans to close two rinks.",
        "City staff confirmed there are no plans to keep both rinks open.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "g1", "City of Surrey", "GPE", "City of Surrey"),
        entity(body, "g2", "Langley City", "GPE", "Langley City"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["there are no plans to keep both rinks open"] == "City of Surrey"


@pytest.mark.parametrize(
    ("place", "label", "noun"),
    [
        ("Municipality of Clare", "GPE", "The municipality"),
        ("Kings County", "ORG", "The county"),
        ("Town of Aylmer", "GPE", "Town staff"),
    ],
)
def test_the_municipality_or_the_county_is_the_one_the_article_names_as_one(nlp, place, label, noun):
    paragraphs = [f"The {place} will spend $2 million on its wharf.", f"{noun} said the work will begin in May."]
    found = lambda body: [entity(body, "g1", place, label, place)]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["the work will begin in May"] == place


@pytest.mark.parametrize(
    ("phrase", "speaker"), [("Company officials", "Harbourline"), ("Team members", "Team members")]
)
def test_officials_of_an_organisation_noun_are_the_organisation_it_stands_for(nlp, phrase, speaker):
    paragraphs = ["Harbourline has closed its ferry terminal in Digby.", f"{phrase} said the closure is permanent."]
    found = lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["the closure is permanent"] == speaker


def test_the_city_is_nobody_when_two_cities_are_named_as_often(nlp):
    paragraphs = [
        "The City of Surrey and Langley City approved their budgets on Monday.",
        "The city said the rinks would stay open.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "g1", "City of Surrey", "GPE", "City of Surrey"),
        entity(body, "g2", "Langley City", "GPE", "Langley City"),
    ]
    assert dict(_said(nlp, paragraphs, found))["the rinks would stay open"] == "The city"


@pytest.mark.parametrize(
    ("paragraphs", "force", "expected"),
    [
        (
            [
                "Lakeview Regional Police closed the bridge after a truck struck its railing.",
                "Police said the driver was not hurt. The police said the bridge would reopen on Friday.",
            ],
            "Lakeview Regional Police",
            {
                "the driver was not hurt": "Lakeview Regional Police",
                "the bridge would reopen on Friday": "Lakeview Regional Police",
            },
        ),
        (  # a place's police is that place's force, not another's
            [
                "Lakeview police said the driver was not hurt. Brookfield police said the road was closed.",
                "The Lakeview Police Service will review the crash.",
            ],
            "Lakeview Police Service",
            {"the driver was not hurt": "Lakeview Police Service", "the road was closed": "Brookfield police"},
        ),
    ],
)
def test_police_is_the_force_the_article_names(nlp, paragraphs, force, expected):
    found = lambda body: [entity(body, "o1", force, "ORG", force)]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, found))
    assert {words: speakers[words] for words in expected} == expected


def test_police_stays_as_written_when_the_article_names_no_force(nlp):
    paragraphs = [
        "A truck struck the railing of the Lakeview bridge on Tuesday.",
        "Police said the driver was not hurt.",
    ]
    found = lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["the driver was not hurt"] == "Police"


@pytest.mark.parametrize(
    ("modifiers", "role", "noun", "fits"),
    [
        ([], "Vice President", "president", False),  # "the president" is not the vice president
        (["vice"], "Vice President", "president", True),
        ([], "Lieutenant Governor", "governor", False),
        ([], "former President", "president", True),
        (["democratic"], "Republican presidential nominee", "nominee", False),
        (["gop"], "Republican presidential nominee", "nominee", True),
        (["democratic"], "Massachusetts Sen.", "senator", True),  # the role names no party: no contradiction
    ],
)
def test_a_description_fits_a_role_of_its_rank_and_party(modifiers, role, noun, fits):
    assert fits_modifiers(modifiers, role, noun) is fits


def test_a_description_does_not_go_on_with_the_previous_speaker_of_another_party(nlp):
    paragraphs = [
        "Donald Trump, the Republican presidential nominee, said the debate was rigged.",
        "The Democratic presidential nominee said every child should have a good school.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Donald Trump", "PERSON", "Donald Trump", roles=("Republican presidential nominee",))
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["every child should have a good school"] != "Donald Trump"


@pytest.mark.parametrize(
    ("noun", "name", "fits"),
    [
        ("union", "West Virginia Department of Environmental Protection", False),
        ("agency", "Congressional Budget Office", True),
        ("agency", "Department of Veterans Affairs", True),
        ("company", "Northwind Power", True),
        ("union", "United Steelworkers Union", True),
        ("company", "University of Toronto", False),
        ("agency", "Harbourline", True),  # agencies and companies are often named without a kind word
        ("union", "Harbourline", False),  # a union's name says it is one
        ("board", "Harbourline", False),
        ("union", "Coal Workers Federation", True),
        ("union", "Marsh & Pell", False),  # "&": a firm
        ("company", "Marsh & Pell", True),
        ("union", "Transit Workers Local 1140", True),  # a union's branch
        ("company", "Transit Workers Local 1140", False),
        ("ministry", "Clean Plates Strategy", False),  # a document the recogniser tagged ORG
        ("agency", "Northern Housing Plan", False),
        ("union", "Harbour Hiking Club", False),  # a club is no union, though both are associations
        ("union", "Lakeview Teachers' Association", True),
        ("district", "Lakeview School District", True),  # a school district's name says it is one
        ("district", "Harbourline", False),
        ("utility", "Environment and Climate Change Canada", False),  # a department named for its portfolio
        ("department", "Health Canada", True),
        ("company", "Canada Post", True),
    ],
)
def test_an_organisation_noun_stands_for_an_organisation_of_its_kind(noun, name, fits):
    assert org_kind_fits(noun, name) is fits


def test_a_ministry_is_not_the_document_it_wrote(nlp):
    paragraphs = [
        "Food Canada released new advice for families on Monday.",
        "In its Clean Plates Strategy, the ministry says families should cook at home more often.",
    ]

    def found(body):
        return [
            entity(body, "o1", "Food Canada", "ORG", "Food Canada"),
            entity(body, "o2", "Clean Plates Strategy", "ORG", "Clean Plates Strategy"),
        ]

    assert _said(nlp, paragraphs, found) == [("families should cook at home more often", "Food Canada")]


def test_the_union_is_not_the_department_named_last(nlp):
    paragraphs = [
        "The Coal Workers Federation represents 12,000 miners in the region.",
        "The Department of Environmental Protection filed a brief at the hearing.",
        "The company took steps to improve its chances in court, the union said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "Coal Workers Federation", "ORG", "Coal Workers Federation"),
        entity(body, "o2", "Department of Environmental Protection", "ORG", "Department of Environmental Protection"),
    ]
    speakers = {speaker for _, speaker in _said(nlp, paragraphs, found)}
    assert "Department of Environmental Protection" not in speakers


def test_the_union_is_no_organisation_whose_name_says_nothing_of_its_kind(nlp):
    paragraphs = [
        "Marsh & Pell represents the state in the bankruptcy case.",
        "The mine owner moved the case to another court, the union said.",
    ]
    found = lambda body: [entity(body, "o1", "Marsh & Pell", "ORG", "Marsh & Pell")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found)) == {"The mine owner moved the case to another court": "the union"}


def test_a_role_nobody_holds_of_someone_the_text_says_is_a_person_is_the_person_followed(nlp):
    paragraphs = [
        "I'm talking about Alfonso Espinos, who was born in Mexico and came north to fulfil his dreams.",
        "“We dedicate ourselves to local creators,” says the 39-year-old founder of Studiocomix Press.",
    ]
    found = lambda body: [entity(body, "p1", "Alfonso Espinos", "PERSON", "Alfonso Espinos")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["We dedicate ourselves to local creators"] == "Alfonso Espinos"


def test_a_role_someone_else_holds_is_not_the_person_followed(nlp):
    paragraphs = [
        "Dana Reyes founded Harbourline Press in 2001. Tom Okafor joined her in 2010.",
        "“We print everything,” says the 39-year-old founder.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Dana Reyes", "PERSON", "Dana Reyes", roles=("founder of Harbourline Press",)),
        entity(body, "p2", "Tom Okafor", "PERSON", "Tom Okafor"),
    ]
    assert dict(_said(nlp, paragraphs, found))["We print everything"] == "Dana Reyes"


def test_a_title_past_the_speakers_own_clause_is_not_the_speakers_name(nlp):
    # the parser hangs "The Silent Agent" on "teacher" as an appositive, across the "who" clause
    paragraphs = [
        "Tom Hale writes every morning before breakfast.",
        "“It takes years to learn,” says the retired Moncton teacher, who sold 70 copies of his spy thriller"
        " Red Harbour: The Silent Agent, inspired by the films Jaws and Shane.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Tom Hale", "PERSON", "Tom Hale"),
        entity(body, "p2", "Silent Agent", "PERSON", "The Silent Agent"),
    ]
    quotes = quotes_of(nlp, paragraphs, found)[1]
    assert [(q.speaker_mention.text, q.speaker) for q in quotes] == [("the retired Moncton teacher", "Tom Hale")]


def test_the_letter_is_its_senders_not_its_addressees(nlp):
    paragraphs = ["Ana Ruiz sent a letter to Harbourline on Monday. “We expect answers by Friday,” the letter said."]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Ana Ruiz", "PERSON", "Ana Ruiz"),
        entity(body, "o1", "Harbourline", "ORG", "Harbourline"),
    ]
    assert dict(_said(nlp, paragraphs, found))["We expect answers by Friday"] == "Ana Ruiz"


def test_a_letter_a_nameless_group_sent_stays_the_letter(nlp):
    paragraphs = [
        "A group of parents sent a letter to the Harbourline board asking it to think again.",
        "“Our children are thriving,” the letter reads.",
    ]
    found = lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["Our children are thriving"] == "the letter"


@pytest.mark.parametrize(
    ("introduced", "role", "description"),
    [
        ("Halifax MP Dana Pruitt", "Halifax MP", "the MP"),
        ("NDP MLA Dana Pruitt", "NDP MLA", "the MLA"),
        ("Coun. Dana Pruitt", "Coun.", "the councillor"),
        ("Crown attorney Dana Pruitt", "Crown attorney", "the prosecutor"),
        ("Cst. Dana Pruitt", "Cst.", "the officer"),
    ],
)
def test_an_office_written_short_or_in_capitals_is_the_person_holding_it(nlp, introduced, role, description):
    paragraphs = [f"{introduced} spoke to reporters on Monday.", f"“We are not done,” {description} said."]
    found = lambda body: [entity(body, "p1", "Dana Pruitt", "PERSON", "Dana Pruitt", roles=(role,))]  # noqa: E731
    assert dict(_said(nlp, paragraphs, found))["We are not done"] == "Dana Pruitt"


def test_a_name_ending_in_post_is_no_unsigned_post(nlp):
    paragraphs = ["Parks Canada said the trail was closed.", "Canada Post said deliveries would resume on Monday."]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "Parks Canada", "ORG", "Parks Canada"),
        entity(body, "o2", "Canada Post", "ORG", "Canada Post"),
    ]
    assert dict(_said(nlp, paragraphs, found))["deliveries would resume on Monday"] == "Canada Post"


def test_an_age_is_the_person_the_text_gave_that_age(nlp):
    paragraphs = [
        "Mary Benoit, 34, and her neighbour Tom Hale, 52, were charged with fraud on Tuesday.",
        "Hale declined to comment outside court.",
        "“I did nothing wrong,” the 34-year-old said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Mary Benoit", "PERSON", "Mary Benoit"),
        entity(body, "p2", "Tom Hale", "PERSON", "Tom Hale", "Hale"),
        entity(body, "d1", "34-year-old", "DATE", "34-year-old"),
    ]
    quotes = quotes_of(nlp, paragraphs, found)[1]
    assert [(q.speaker_mention.text, q.speaker) for q in quotes] == [("the 34-year-old", "Mary Benoit")]


def test_an_age_nobody_was_given_is_not_someone_of_another_age(nlp):
    # the parser reads "old" as a modifier of "said"; the speaker is still "the 29-year-old"
    paragraphs = ["Police charged Tom Hale, 52, on Friday.", "“It was a misunderstanding,” the 29-year-old said."]
    found = lambda body: [entity(body, "p1", "Tom Hale", "PERSON", "Tom Hale")]  # noqa: E731
    quotes = quotes_of(nlp, paragraphs, found)[1]
    assert [(q.speaker_mention.text, q.speaker) for q in quotes] == [("the 29-year-old", "the 29-year-old")]


def test_a_name_no_entity_holds_is_one_speaker_with_or_without_its_title(nlp):
    paragraphs = [
        "Chief Tl'aks said the hereditary chiefs would not back down.",
        "“We will stand firm,” Tl'aks said.",
        "“We are done,” said the National Post.",
    ]
    assert [speaker for _, speaker in _said(nlp, paragraphs, None)] == ["Tl'aks", "Tl'aks", "the National Post"]


def test_the_company_is_the_unrecognised_name_the_sentence_before_was_about(nlp):
    paragraphs = [
        "Harbourline paid for the new ferry terminal.",
        "Brightwater Energy plans to expand its refinery. The company said the work would create 300 jobs.",
        "Tide maker Procter & Gamble rallied. The company said its profit would rise.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "Harbourline", "ORG", "Harbourline"),
        entity(body, "o2", "Procter & Gamble", "ORG", "Procter & Gamble"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["the work would create 300 jobs"] == "Brightwater Energy"
    assert speakers["its profit would rise"] == "Procter & Gamble"


def test_she_right_after_a_person_described_but_never_named_is_that_person(nlp):
    paragraphs = [
        "Maria Lund, the police spokesperson, said the victim was 24.",
        "The victim's mother said her son was a good kid. “He did not deserve this,” she said.",
        "“We want answers,” she said.",
    ]
    found = lambda body: [entity(body, "p1", "Maria Lund", "PERSON", "Maria Lund")]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["He did not deserve this"] == "The victim's mother"
    # a new paragraph's "she" is not taken for her: it may as well be the story's subject
    assert speakers["We want answers"] != "The victim's mother"


def test_a_place_in_a_description_picks_the_role_holder_of_that_place(nlp):
    paragraphs = [
        "Ontario Premier Dana Ford and Alberta Premier Jim Kerr met in Calgary on Monday.",
        "“We are united,” the Ontario premier said. “Ottawa is not listening,” the Alberta premier said.",
        "Harbourline chief executive Tobi Lane said the company would hire 1,000 people.",
        "The CEO said the jobs would be in Ottawa.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Dana Ford", "PERSON", "Dana Ford", roles=("Ontario Premier",)),
        entity(body, "p2", "Jim Kerr", "PERSON", "Jim Kerr", roles=("Alberta Premier",)),
        entity(body, "p3", "Tobi Lane", "PERSON", "Tobi Lane", roles=("Harbourline chief executive",)),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["We are united"] == "Dana Ford"
    assert speakers["Ottawa is not listening"] == "Jim Kerr"
    assert speakers["the jobs would be in Ottawa"] == "Tobi Lane"


def test_a_hyphenated_office_is_the_person_holding_it(nlp):
    paragraphs = [
        "Kevin Vickers met reporters in Ottawa.",
        "The former sergeant-at-arms of the House of Commons says he is considering a run.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Kevin Vickers", "PERSON", "Kevin Vickers", roles=("former sergeant-at-arms",))
    ]
    assert dict(_said(nlp, paragraphs, found))["he is considering a run"] == "Kevin Vickers"


@pytest.mark.parametrize(
    ("sentence", "named", "label"),
    [
        ("The French foreign ministry said it regrets the decision.", "French", "NORP"),
        ("Moscow's foreign ministry said it regrets the decision.", "Moscow", "GPE"),
        ("The United Nations High Commissioner said the camp was full.", "United Nations", "ORG"),
    ],
)
def test_an_office_or_ministry_of_a_named_place_or_body_is_not_that_place_or_body(nlp, sentence, named, label):
    quotes = _said(nlp, [sentence], lambda body: [entity(body, "x1", named, label, named)])
    assert len(quotes) == 1 and quotes[0][1] != named
    assert quotes[0][1].lower().startswith(("the ", "moscow's"))


def test_the_statement_is_the_one_the_previous_speaker_gave(nlp):
    paragraphs = [
        "Crews from Harbour Hydro worked through the night to restore power.",
        "Two soldiers were killed when their truck rolled over, the military said in a statement.",
        "“The cause of the crash is under investigation,” the statement said.",
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", "Harbour Hydro", "ORG", "Harbour Hydro")])
    assert [speaker for _, speaker in quotes] == ["the military", "the military"]


def test_the_agency_is_the_one_whose_name_says_agency_in_its_paragraph(nlp):
    paragraphs = [
        "Channel 9 News reached out to the Department of Highways for comment. In a response, the agency said"
        " the contractor is under investigation."
    ]

    def found(body):
        return [
            entity(body, "o1", "Channel 9 News", "ORG", "Channel 9 News"),
            entity(body, "o2", "Department of Highways", "ORG", "Department of Highways"),
        ]

    assert [speaker for _, speaker in _said(nlp, paragraphs, found)] == ["Department of Highways"]


def test_a_party_named_after_its_province_is_the_party_not_the_province(nlp):
    paragraphs = ["NDP critic Rachel Singh spoke first.", "The B.C. NDP said the contract raises questions."]

    def found(body):
        first = body.index("NDP")  # the recogniser tagged only the first "NDP"
        ndp = Entity("o1", "NDP", "ORG", ("NDP",), (TextSpan(first, first + 3, "NDP"),))
        return [ndp, entity(body, "g1", "British Columbia", "GPE", "B.C.")]

    assert [speaker for _, speaker in _said(nlp, paragraphs, found)] == ["NDP"]


def test_a_body_based_in_a_place_is_not_the_place(nlp):
    quotes = _said(
        nlp,
        ["Calgary-based Prairie Sky Foods said the recall covers three products."],
        lambda body: [entity(body, "g1", "Calgary", "GPE", "Calgary")],
    )
    assert len(quotes) == 1 and quotes[0][1].endswith("Prairie Sky Foods")


_ONE_SENTENCE_SPEAKERS = [
    # a name set off by commas after a description
    ("The agency, Harbourline, said it has not studied a new bridge.", "Harbourline", "ORG", "Harbourline"),
    (
        "The company that runs the ferries, Harbourline, says the service will resume.",
        "Harbourline",
        "ORG",
        "Harbourline",
    ),
    # what a person said aloud
    ("Anna Berg's earlier testimony concluded that the bridge was safe.", "Anna Berg", "PERSON", "Anna Berg"),
    ("Anna Berg's remarks suggested that the bridge was safe.", "Anna Berg", "PERSON", "Anna Berg"),
    # who issued a statement saying something
    (
        "Harbour Hydro later issued a statement saying the outage was caused by a storm.",
        "Harbour Hydro",
        "ORG",
        "Harbour Hydro",
    ),
    ("The union sent a letter to members saying the vote would go ahead.", "Harbour Hydro", "ORG", "The union"),
]


@pytest.mark.parametrize(("sentence", "name", "label", "speaker"), _ONE_SENTENCE_SPEAKERS)
def test_who_a_one_sentence_speaker_phrase_stands_for(nlp, sentence, name, label, speaker):
    quotes = _said(nlp, [sentence], lambda body: [entity(body, "x1", name, label, name)])
    assert [who for _, who in quotes] == [speaker]


def test_she_is_the_woman_the_paragraph_is_about_though_a_he_near_her_name_was_someone_elses(nlp):
    """The "he" after her name is the nephew's (a name the recogniser missed owns the sentence, or she
    is one of two), and the "he" inside a quote is whoever the quote speaks of: none makes her a man."""
    paragraphs = [
        "Ada Vance says that Ford’s family never liked the books he wrote.",
        "Vance and Ford’s friends wanted a say in what happened to his papers, but nothing came of it.",
        "Vance once told a reporter that “he cashed every cheque I sent him.”",
        "A cheerful woman in her 70s, Ada Vance lives in a care home in Dayton. She spoke warmly of her late "
        "nephew. She gave me an address for his sister, Ruth Cole. “I cannot believe Ruth would keep his "
        "books from readers,” she said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Ada Vance", "PERSON", "Ada Vance", "Vance"),
        entity(body, "p2", "Ruth Cole", "PERSON", "Ruth Cole", "Ruth", roles=("sister",)),
    ]
    quotes = _said(nlp, paragraphs, found)
    assert ("I cannot believe Ruth would keep his books from readers", "Ada Vance") in quotes


def test_she_is_the_woman_just_named_not_the_man_quoted_before_when_their_first_names_say_so(nlp):
    paragraphs = [
        "“The garden was her idea,” said Neil Brandt, the head gardener.",
        "When Brandt visited his old teacher Teresa Vale at her cottage, he brought seeds. “He never came "
        "empty-handed,” she recalled.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Neil Brandt", "PERSON", "Neil Brandt", "Brandt"),
        entity(body, "p2", "Teresa Vale", "PERSON", "Teresa Vale"),
    ]
    quotes = _said(nlp, paragraphs, found)
    assert ("He never came empty-handed", "Teresa Vale") in quotes


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Teresa Nielsen Hayden", "f"),
        ("Neil Brandt", "m"),
        ("Avery Holt", None),  # given to boys and girls alike
        ("Lu Kang", None),  # a family name written first
        ("Neil", None),  # one word may be a surname
    ],
)
def test_a_first_name_hints_at_a_persons_sex_only_when_it_nearly_always_has_one(name, sex):
    from reader.nlp.quotes.context import first_name_sex

    assert first_name_sex(name) == sex


def test_they_goes_on_past_a_sentence_whose_subject_is_they_to_a_person_and_a_group_named_together(nlp):
    paragraphs = [
        "Northwind Power restored most lines by Sunday.",
        "Republican Gov. Ann Dwyer and leaders of the party-dominated Legislature have avoided direct "
        "criticism of nurses. They seem intent on not angering health workers. However, they said they do "
        "not expect to raise wages until at least 2027.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "Northwind Power", "ORG", "Northwind Power"),
        entity(body, "p1", "Ann Dwyer", "PERSON", "Ann Dwyer"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    said = "they do not expect to raise wages until at least 2027"
    assert speakers[said] == "Republican Gov. Ann Dwyer and leaders of the party-dominated Legislature"


def test_a_speaker_no_entity_holds_is_one_speaker_whether_it_opens_a_sentence_or_not(nlp):
    paragraphs = [
        "The night crew said the crane had been checked twice.",
        "Nobody was hurt, the night crew said.",
        "The day crew said nothing.",
    ]
    speakers = [speaker for _, speaker in _said(nlp, paragraphs, None)]
    assert speakers[:2] == ["the night crew", "the night crew"]


def test_a_quote_after_a_report_inside_someone_elses_sentence_is_that_sentences_subjects(nlp):
    paragraphs = [
        "“The bridge I built stood for fifty years,” Tom Rask, a retired engineer, responded. He then "
        "referred to Ana Berg’s earlier testimony that concluded there was only a 60 percent chance the "
        "new span would last. “I cannot disagree with it.”",
        "Mia Stone said the plan was sound. “We will build it next year.”",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Tom Rask", "PERSON", "Tom Rask"),
        entity(body, "p2", "Ana Berg", "PERSON", "Ana Berg"),
        entity(body, "p3", "Mia Stone", "PERSON", "Mia Stone"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["there was only a 60 percent chance the new span would last"] == "Ana Berg"  # her testimony
    assert speakers["I cannot disagree with it."] == "Tom Rask"
    assert speakers["We will build it next year."] == "Mia Stone"


def test_an_organisation_set_beside_a_noun_is_whom_that_noun_means_later(nlp):
    from reader.nlp.entities import find_entities
    from reader.nlp.parse import parse_paragraphs
    from reader.nlp.quotes import find_quotes
    from tests.nlp.test_quotes import _article

    article = _article(
        [
            "Cleaners at Harbourline offices were told on Friday that their jobs would move to an outside firm.",
            "The group, Harbour Workers Alliance, formed in October and wrote to the Harbourline board last week.",
            "The group said the new contracts cut pay by a fifth.",
        ]
    )
    parsed = parse_paragraphs(article, nlp)
    quotes = find_quotes(article.text, parsed, find_entities(article.text, parsed))
    said = {q.text: q.speaker for q in quotes}
    assert said["the new contracts cut pay by a fifth"] == "Harbour Workers Alliance"  # not Harbourline


def test_a_person_an_organisation_owns_is_not_the_organisation(nlp):
    paragraphs = [
        "Harbourline runs the ferries to the islands. Harbourline’s CEO told reporters that fares will rise.",
        "The Okafor family sued the ferry line. The Okafors' lawyer said the case was strong.",
    ]

    def people(text):
        return (
            entity(text, "e1", "Harbourline", "ORG", "Harbourline"),
            entity(text, "e2", "Okafor", "PERSON", "Okafor", "Okafors"),
        )

    _, quotes = quotes_of(nlp, paragraphs, people, kind=None)
    assert [(q.speaker, q.speaker_entity) for q in quotes] == [
        ("Harbourline’s CEO", None),
        ("The Okafors' lawyer", None),
    ]


def test_a_participle_after_what_a_speaker_reported_is_the_speakers(nlp):
    paragraphs = [
        "Reviewer Lena Ortiz suggested that the Comet should be a big success for its maker, saying, "
        "“All the signs point to the Comet selling out again.”"
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert [q.speaker for q in quotes] == ["Lena Ortiz"]


def test_a_person_of_a_village_is_the_speaker_not_the_village(nlp):
    paragraphs = [
        "Similarly, Rahima Begum of Kashipur village described the scheme as very helpful in raising her income."
    ]
    _, quotes = quotes_of(nlp, paragraphs, kind=None)
    assert [(q.speaker_mention.text, q.text) for q in quotes] == [
        ("Rahima Begum", "the scheme as very helpful in raising her income")
    ]


def test_an_office_defined_by_its_initials_is_no_company(nlp):
    paragraphs = [
        "The New York State Attorney General (NYAG) is examining Brightdesk Inc., according to two people familiar with the matter.",
        "The company, which is expected to cut staff this week, confirmed on Monday that it had been contacted by the NYAG.",
    ]
    article = _article(paragraphs)
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    office = next(e for e in entities if "NYAG" in e.aliases)
    assert office.name == "New York State Attorney General"
    _, quotes = quotes_of(nlp, paragraphs, lambda body: entities, kind=None)
    confirmed = next(q for q in quotes if q.text.startswith("that it had been contacted"))
    assert confirmed.speaker == "Brightdesk Inc."


def test_a_description_owned_by_a_name_is_no_other_organisation(nlp):
    paragraphs = [
        "The International Court of Justice heard the border case in May.",
        "The Andean Community's top court ruled that member states must label the goods.",
    ]

    def courts(text):
        return (
            entity(text, "e1", "International Court of Justice", "ORG", "International Court of Justice"),
            entity(text, "e2", "Andean Community", "ORG", "Andean Community"),
        )

    _, quotes = quotes_of(nlp, paragraphs, courts, kind=None)
    ruled = next(q for q in quotes if q.text.startswith("that member states"))
    assert ruled.speaker_entity is None


def test_a_surname_that_is_an_adverb_too_is_the_speaker(nlp):
    paragraphs = [
        "Ana Early runs the studio. Downloads are slow in rural towns, but Early still says the studio believes in "
        "streaming."
    ]
    _, quotes = quotes_of(nlp, paragraphs, kind=None)
    assert [(q.speaker_mention.text, q.text) for q in quotes] == [("Early", "the studio believes in streaming")]


def test_a_chain_of_titles_ends_with_the_speakers_name(nlp):
    paragraphs = [
        "“Tables should feel personal,” says Brightline Studio Founder and Lead Designer Noor Haddad.",
        "“We will appeal,” said Smith and Jones.",
    ]
    _, quotes = quotes_of(nlp, paragraphs, kind=None)
    assert [q.speaker_mention.text for q in quotes] == ["Noor Haddad", "Smith and Jones"]


def test_a_document_speaks_for_the_body_its_phrase_names(nlp):
    paragraphs = [
        "The Coastal Housing Board met on Tuesday to hear the tenants.",
        "The housing board ruling allowing the sale said the tenants had been told in time.",
        "The Harbour Transit report concluded that fares must rise next year.",
        "A new study found that outages cost small firms dearly.",
    ]
    entities = lambda body: [  # noqa: E731
        entity(body, "o1", "Coastal Housing Board", "ORG", "Coastal Housing Board"),
        entity(body, "o2", "Harbour Transit", "ORG", "Harbour Transit"),
    ]
    _, quotes = quotes_of(nlp, paragraphs, entities, kind=None)
    assert [(q.speaker_mention.text, q.speaker, q.text) for q in quotes] == [
        ("The housing board ruling", "Coastal Housing Board", "the tenants had been told in time"),
        ("The Harbour Transit report", "Harbour Transit", "that fares must rise next year"),
        ("A new study", "A new study", "that outages cost small firms dearly"),  # nobody issued it: not the last body
    ]


def test_a_study_by_a_titled_person_is_the_persons_not_her_schools(nlp):
    paragraphs = ["A 2019 study by Westfield College economist Maria Olsen found that rents rose faster than wages."]
    entities = lambda body: [  # noqa: E731
        entity(body, "o1", "Westfield College", "ORG", "Westfield College"),
        entity(body, "p1", "Maria Olsen", "PERSON", "Maria Olsen"),
    ]
    assert _said(nlp, paragraphs, entities) == [("that rents rose faster than wages", "Maria Olsen")]


def test_the_union_is_the_only_union_named_however_far_back(nlp):
    paragraphs = [
        "Bakers Local 77 filed for a vote at the Elm Street bakery on Friday.",
        *(f"Staff at the bakery worked shift {n} of the week without a break." for n in range(1, 7)),
        "Pay talks will start in March, according to the union's notice.",
    ]
    entities = lambda body: [entity(body, "o1", "Bakers Local 77", "ORG", "Bakers Local 77")]  # noqa: E731
    assert _said(nlp, paragraphs, entities) == [("Pay talks will start in March", "Bakers Local 77")]
    two = [paragraphs[0].replace(" on Friday", " and Drivers Local 12 backed it"), *paragraphs[1:]]
    entities = lambda body: [  # noqa: E731
        entity(body, "o1", "Bakers Local 77", "ORG", "Bakers Local 77"),
        entity(body, "o2", "Drivers Local 12", "ORG", "Drivers Local 12"),
    ]
    assert _said(nlp, two, entities) == [("Pay talks will start in March", "the union")]  # which one: not said


@pytest.mark.parametrize("office", ["commissioner", "chief-of-staff"])
def test_a_former_office_nobody_holds_is_the_person_the_story_follows(nlp, office):
    paragraphs = [
        "Dana Whitfield, who ran the port for a decade, is weighing a run for mayor.",
        f"The former {office} said Monday she would decide by spring.",
    ]
    entities = lambda body: [entity(body, "p1", "Dana Whitfield", "PERSON", "Dana Whitfield")]  # noqa: E731
    assert _said(nlp, paragraphs, entities) == [("she would decide by spring", "Dana Whitfield")]


def test_a_name_the_parser_joined_to_a_list_is_the_subject_of_the_verb_after_it(nlp):
    # the parser joins "Okafor" to "club" and leaves "suggested" without a subject of its own
    paragraphs = [
        "Two pupils met the principal and asked her about the rules for their club and Okafor suggested they could meet weekly."
    ]
    quotes = quotes_of(nlp, paragraphs, kind=None)[1]
    assert [(q.text, q.speaker_mention.text) for q in quotes if q.cue.text == "suggested"] == [
        ("they could meet weekly", "Okafor")
    ]


def test_it_is_no_people(nlp):
    paragraphs = ["Norwegian fishermen met in the harbour on Monday.", "“We expect progress,” it said."]
    entities = lambda body: [entity(body, "n1", "Norwegian", "NORP", "Norwegian")]  # noqa: E731
    assert _said(nlp, paragraphs, entities) == [("We expect progress", "it")]


def test_it_after_a_letter_is_the_letter_of_its_signers(nlp):
    harbourline = lambda body: [entity(body, "o1", "Harbourline", "ORG", "Harbourline")]  # noqa: E731
    signed = [
        "Harbourline runs the ferries of the bay.",
        "Forty residents signed a letter to the council on Monday.",
        "“The schedule fails us,” it said.",
    ]
    assert _said(nlp, signed, harbourline) == [("The schedule fails us", "it")]  # the residents' letter
    issued = [
        "Forty residents met in the hall.",
        "Harbourline issued a statement on Monday.",
        "“We will add a ferry,” it said.",
    ]
    assert _said(nlp, issued, harbourline) == [("We will add a ferry", "Harbourline")]


def test_a_pronoun_is_not_the_person_the_quote_names_in_full(nlp):
    paragraphs = [
        "Mary Roe trained for a year before the race.",
        "“It would have been easy for Mary Roe to coast, but she never did,” she said.",
        "“I never thought of coasting,” she said.",
    ]
    entities = lambda body: [entity(body, "p1", "Mary Roe", "PERSON", "Mary Roe")]  # noqa: E731
    assert [speaker for _, speaker in _said(nlp, paragraphs, entities)] == ["she", "Mary Roe"]


def test_a_channel_named_with_its_number_is_the_speaker_as_written_whole(nlp):
    _, quotes = quotes_of(nlp, ["Norway 12 reported that the ferry was late again."], kind=None)
    assert [(q.speaker_mention.text, q.text) for q in quotes] == [("Norway 12", "that the ferry was late again")]


def test_it_is_nothing_named_only_in_another_storys_headline(nlp):
    paragraphs = [
        "Two sailors were hurt when a ferry ran aground, the coast guard said in a statement.",
        "“The cause is under investigation,” the statement said.",
        "Meridian invites bids for a new terminal in the north",  # a link to another story
        "It said the names would be withheld for now.",
    ]
    entities = lambda body: [entity(body, "o1", "Meridian", "ORG", "Meridian")]  # noqa: E731
    assert _said(nlp, paragraphs, entities)[-1] == ("the names would be withheld for now", "It")


def test_the_company_in_a_lead_that_names_none_is_the_company_named_next(nlp):
    paragraphs = [
        "A Sudbury sawmill will cut 120 jobs in the spring after its largest buyer cancelled a contract, "
        "the company said Tuesday.",
        "Birchline Timber Products, which runs two shifts at the mill, said the cuts would start in April.",
    ]
    quotes = _said(
        nlp,
        paragraphs,
        lambda body: [entity(body, "o1", "Birchline Timber Products", "ORG", "Birchline Timber Products")],
    )
    assert quotes[0][1] == "Birchline Timber Products"


@pytest.mark.parametrize(
    ("named_next", "entities"),
    [
        # the next paragraph goes on with a person and names no organisation: the company stays as written
        (
            "Maria Lopez, who has worked at the mill for 20 years, said she was not surprised.",
            lambda body: [
                entity(body, "p1", "Maria Lopez", "PERSON", "Maria Lopez"),
                entity(body, "o1", "Birchline Timber Products", "ORG", "Birchline Timber Products"),
            ],
        ),
        # a union is no company
        (
            "United Steelworkers Local 2020, which represents the workers, said it would fight the cuts.",
            lambda body: [
                entity(body, "o1", "United Steelworkers Local 2020", "ORG", "United Steelworkers Local 2020")
            ],
        ),
    ],
)
def test_the_company_in_a_lead_is_not_whoever_comes_next(nlp, named_next, entities):
    paragraphs = [
        "A Sudbury sawmill will cut 120 jobs in the spring after its largest buyer cancelled a contract, "
        "the company said Tuesday.",
        named_next,
    ]
    quotes = _said(nlp, paragraphs, entities)
    assert quotes[0][1] == "the company"


def _couple(body):
    return [
        entity(body, "p1", "Irene Volk", "PERSON", "Irene Volk", "Volk"),
        entity(body, "p2", "Walt", "PERSON", "Walt", roles=("her husband",)),
        entity(body, "p3", "Dana Pruitt", "PERSON", "Dana Pruitt", "Pruitt"),
    ]


def test_her_husband_is_the_one_introduced_as_hers_when_she_was_the_same_woman(nlp):
    paragraphs = [
        "Fire crews under Dana Pruitt held the line overnight.",
        "At the arena, Irene Volk, 71, sat on a cot. She and her husband, Walt, left with ten minutes' notice.",
        "“We took the dog and the photo albums,” Volk said.",
        "Her husband said he had watched the smoke grow all afternoon.",
    ]
    quotes = _said(nlp, paragraphs, _couple)
    assert ("he had watched the smoke grow all afternoon", "Walt") in quotes


def test_her_husband_is_as_written_when_hers_stood_for_another_woman(nlp):
    # "her husband, Walt" was Irene Volk's; "Her husband" after Dana Pruitt's quote is Pruitt's
    paragraphs = [
        "At the arena, Irene Volk, 71, sat on a cot. She and her husband, Walt, left with ten minutes' notice.",
        "Fire crews under Dana Pruitt held the line overnight. “It was a long night,” Pruitt said.",
        "Her husband said she had not slept in two days.",
    ]
    quotes = _said(nlp, paragraphs, _couple)
    assert ("she had not slept in two days", "Her husband") in quotes


def _rink(body):
    return [
        entity(body, "p1", "Eli Strongbow", "PERSON", "Eli Strongbow", "Strongbow"),
        entity(body, "p2", "Donna Strongbow", "PERSON", "Donna Strongbow"),
        entity(body, "p3", "Brian Lacroix", "PERSON", "Brian Lacroix", "Lacroix"),
    ]


def test_a_person_noun_with_no_gender_takes_the_one_its_report_gives(nlp):
    # the mother was the last one talked about; "said he hopes" is the goalie's own hope
    paragraphs = [
        "Eli Strongbow was cut from his team at 15. Coach Brian Lacroix said he has rarely seen a goalie so calm.",
        "His mother, Donna Strongbow, said it was his grandmother who talked him out of quitting.",
        "The young goalie said he hopes kids from the reserve see themselves in him.",
    ]
    quotes = _said(nlp, paragraphs, _rink)
    assert ("he hopes kids from the reserve see themselves in him", "Eli Strongbow") in quotes


@pytest.mark.parametrize(
    "brought_in",
    [
        "Brian Lacroix said he has rarely seen a goalie so calm.",
        "Brian Lacroix has not coached a goalie as quick.",
    ],
)
def test_a_comparison_brings_in_no_nameless_person(nlp, brought_in):
    paragraphs = [
        brought_in,
        "Eli Strongbow stopped 40 shots on Friday night.",
        "The goalie said he wanted to win one for his grandmother.",
    ]
    quotes = _said(nlp, paragraphs, _rink)
    assert ("he wanted to win one for his grandmother", "Eli Strongbow") in quotes


def test_a_phrase_put_first_and_read_as_the_subject_gives_way_to_the_name_after_it(nlp):
    # the parser reads "Outside court" as the subject and the chair as its appositive
    paragraphs = [
        "Outside court, the pantry’s current board chair, Loretta Beaulieu, said the organization had "
        "rebuilt its finances with help from donors."
    ]
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "p1", "Loretta Beaulieu", "PERSON", "Loretta Beaulieu")])
    assert quotes == [("the organization had rebuilt its finances with help from donors", "Loretta Beaulieu")]


def test_a_department_the_recogniser_missed_is_the_agency_by_its_whole_name_and_no_utility(nlp):
    paragraphs = [
        "Hydro Ottawa said more than 90,000 customers were without power on Wednesday.",
        "Environment and Climate Change Canada issued a freezing rain warning, and the agency said 25 "
        "millimetres of ice had built up by dawn.",
        "The utility said crews from Quebec were on their way to help.",
    ]
    speakers = dict(_said(nlp, paragraphs, lambda body: [entity(body, "o1", "Hydro Ottawa", "ORG", "Hydro Ottawa")]))
    assert speakers["25 millimetres of ice had built up by dawn"] == "Environment and Climate Change Canada"
    assert speakers["crews from Quebec were on their way to help"] == "Hydro Ottawa"


def _line(body):
    return [
        entity(body, "p1", "Marc Dube", "PERSON", "Marc Dube", "Dube"),
        entity(body, "p2", "Theo Dube", "PERSON", "Theo Dube", roles=("19-year-old defenceman",)),
    ]


def test_a_player_given_another_position_is_not_the_position_described(nlp):
    paragraphs = [
        "Marc Dube has scored a lot of goals in 16 seasons. He said this one was special.",
        "His son, 19-year-old defenceman Theo Dube, picked up the assist on the play.",
        "“I saw him jump up into the play,” the veteran winger said.",
    ]
    speakers = dict(_said(nlp, paragraphs, _line))
    assert speakers["I saw him jump up into the play"] == "Marc Dube"


def test_the_company_in_a_lead_is_the_one_the_next_paragraph_names_as_its_source(nlp):
    paragraphs = [
        "A 29-year-old miner was killed Tuesday night at a nickel mine north of Sudbury, the company that "
        "operates the mine said Wednesday.",
        "The worker was Jesse Lalonde of Chelmsford, a father of two, according to Vermilion Nickel Corp.",
    ]
    quotes = _said(
        nlp,
        paragraphs,
        lambda body: [
            entity(body, "p1", "Jesse Lalonde", "PERSON", "Jesse Lalonde"),
            entity(body, "o1", "Vermilion Nickel Corp.", "ORG", "Vermilion Nickel Corp"),
        ],
    )
    assert quotes[0][1] == "Vermilion Nickel Corp."


def test_a_description_with_a_participles_phrase_gives_way_to_the_name_after_it(nlp):
    paragraphs = [
        "The union representing many of the province's educational assistants, the Ontario Education Support "
        "Workers' Federation, said the money would help."
    ]
    federation = "Ontario Education Support Workers' Federation"
    quotes = _said(nlp, paragraphs, lambda body: [entity(body, "o1", federation, "ORG", federation)])
    assert quotes == [("the money would help", federation)]


def _food_bank(body):
    return [
        entity(body, "p1", "Ted Kowal", "PERSON", "Ted Kowal", "Ted"),
        entity(body, "p2", "Marjorie Kowal", "PERSON", "Marjorie Kowal", "Marjorie"),
        entity(body, "p3", "Lisa Kowal", "PERSON", "Lisa Kowal", roles=("Their daughter",)),
    ]


def test_his_wife_is_the_woman_who_shares_his_surname_and_is_no_other_relative(nlp):
    paragraphs = [
        "For 30 years, Marjorie and Ted Kowal have opened the food bank on Tuesdays.",
        "Their daughter, Lisa Kowal, now a nurse in Sudbury, used to sort cans there.",
        "“Marjorie is the brains,” Ted Kowal said. “I'm the back.”",
        "His wife said that was not quite true.",
    ]
    speakers = dict(_said(nlp, paragraphs, _food_bank))
    assert speakers["that was not quite true"] == "Marjorie Kowal"


def test_what_an_inverted_cue_reports_names_none_of_its_speakers(nlp):
    paragraphs = [
        "OC Transpo said buses were running with delays on most routes. The O-Train Line 1 was operating "
        "normally, the agency said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "OC Transpo", "ORG", "OC Transpo"),
        entity(body, "o2", "O-Train Line 1", "ORG", "O-Train Line 1"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["The O-Train Line 1 was operating normally"] == "OC Transpo"


def test_a_participles_phrase_after_an_interrupting_cue_is_not_what_was_said(nlp):
    paragraphs = [
        "The BC Wildfire Service said the fire had doubled in size.",
        "Strong southwest winds pushed the fire across Highway 97D late Wednesday, the agency said, forcing crews "
        "working the eastern flank to pull back.",
    ]
    found = lambda body: [entity(body, "o1", "BC Wildfire Service", "ORG", "BC Wildfire Service")]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["Strong southwest winds pushed the fire across Highway 97D late Wednesday"] == "BC Wildfire Service"


def test_what_an_inverted_cue_reports_may_name_its_speaker_when_nothing_else_does(nlp):
    paragraphs = ["The Harbour Hawks have fired head coach Dan Roe after a 3-12 start, the team said Monday."]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "Harbour Hawks", "ORG", "Harbour Hawks"),
        entity(body, "p1", "Dan Roe", "PERSON", "Dan Roe"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["The Harbour Hawks have fired head coach Dan Roe after a 3-12 start"] == "Harbour Hawks"


def test_a_noun_after_another_determiner_is_no_nameless_one_brought_in(nlp):
    # "a penalty the judge called …": "a" belongs to "penalty", and no nameless judge came in
    paragraphs = [
        "A Winnipeg man was sentenced Thursday to nine years in prison, a penalty the judge called "
        "“the minimum this community can accept.”",
        "Justice Lorraine Achterberg said Fisk had made “a series of choices.”",
        "“He knew he was impaired,” the judge said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Lorraine Achterberg", "PERSON", "Lorraine Achterberg", roles=("Justice",))
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["He knew he was impaired"] == "Lorraine Achterberg"


def test_a_role_in_a_lead_is_the_person_named_with_it_next(nlp):
    paragraphs = [
        "Saskatchewan has reached a tentative deal with its physicians, the premier told reporters Wednesday.",
        "Premier Dana Whitford said the deal would go to a ratification vote next month.",
    ]
    found = lambda body: [entity(body, "p1", "Dana Whitford", "PERSON", "Dana Whitford", roles=("Premier",))]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["Saskatchewan has reached a tentative deal with its physicians"] == "Dana Whitford"


def test_a_role_in_a_lead_is_not_someone_named_next_with_another(nlp):
    paragraphs = [
        "Saskatchewan has reached a tentative deal with its physicians, the premier told reporters Wednesday.",
        "Health Minister Carla Benoit said the deal would go to a ratification vote next month.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Carla Benoit", "PERSON", "Carla Benoit", roles=("Health Minister",))
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["Saskatchewan has reached a tentative deal with its physicians"] == "the premier"


def _provinces(body):
    return [
        entity(body, "g1", "Manitoba", "GPE", "Manitoba"),
        entity(body, "g2", "Saskatchewan", "GPE", "Saskatchewan"),
        entity(body, "g3", "Winnipeg", "GPE", "Winnipeg"),
    ]


def test_the_province_is_the_province_the_article_names_most(nlp):
    paragraphs = [
        "Manitoba has raised its flood forecast for the Red River south of Winnipeg.",
        "Crews in Manitoba and Saskatchewan spent the weekend building dikes. Manitoba opened two shelters.",
        "The province said water levels were expected to peak on Friday.",
    ]
    speakers = dict(_said(nlp, paragraphs, _provinces))
    assert speakers["water levels were expected to peak on Friday"] == "Manitoba"


def test_the_province_is_the_one_its_own_paragraph_names(nlp):
    paragraphs = [
        "Manitoba has raised its flood forecast for the Red River south of Winnipeg. Manitoba opened two shelters.",
        "Advocates point to the 2011 flood in Saskatchewan, when the province said the dikes would hold.",
    ]
    speakers = dict(_said(nlp, paragraphs, _provinces))
    assert speakers["the dikes would hold"] == "Saskatchewan"


def test_the_province_is_the_province_the_recogniser_took_for_an_organisation(nlp):
    paragraphs = [
        "The river is expected to crest on Thursday, New Brunswick's Emergency Measures Organization said.",
        "The province said it had not asked the army for help.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "o1", "New Brunswick", "ORG", "New Brunswick"),
        entity(body, "o2", "Emergency Measures Organization", "ORG", "Emergency Measures Organization"),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["it had not asked the army for help"] == "New Brunswick"


def test_the_province_is_as_written_when_no_province_is_named(nlp):
    paragraphs = ["Winnipeg opened two shelters. The province said water levels would peak on Friday."]
    speakers = dict(_said(nlp, paragraphs, _provinces))
    assert speakers["water levels would peak on Friday"] == "The province"


def _strike(body):
    return [
        entity(body, "o1", "Coast Mountain Bus Company", "ORG", "Coast Mountain Bus Company"),
        entity(body, "o2", "Pacific Transit Workers' Union", "ORG", "Pacific Transit Workers' Union"),
    ]


def test_their_union_in_a_lead_is_the_union_named_next_past_the_company(nlp):
    paragraphs = [
        "Bus drivers in Metro Vancouver could walk off the job as early as Monday, their union said Friday, "
        "after talks with Coast Mountain Bus Company broke off.",
        "The Pacific Transit Workers' Union, Local 7, said the two sides remained far apart on wages.",
    ]
    speakers = dict(_said(nlp, paragraphs, _strike))
    assert speakers["Bus drivers in Metro Vancouver could walk off the job as early as Monday"] == (
        "Pacific Transit Workers' Union"
    )


def test_an_organisations_negotiators_speak_for_it(nlp):
    paragraphs = [
        "The Pacific Transit Workers' Union said the two sides remained far apart on wages.",
        "Coast Mountain Bus Company said it had offered raises of 12 per cent.",
        "Union negotiators said they would not go back without a new proposal on split shifts.",
    ]
    speakers = dict(_said(nlp, paragraphs, _strike))
    assert speakers["they would not go back without a new proposal on split shifts"] == "Pacific Transit Workers' Union"


def test_the_name_after_a_spokesperson_for_the_minister_is_the_spokespersons(nlp):
    paragraphs = [
        "Transport Minister Helen Drapeau did not confirm the figures. A spokesperson for the minister, Samir "
        "Haddad, said in an email that the talks had been productive.",
        "“The minister looks forward to an announcement,” the minister said.",
    ]
    found = lambda body: [  # noqa: E731
        entity(body, "p1", "Helen Drapeau", "PERSON", "Helen Drapeau", roles=("Transport Minister",)),
        entity(body, "p2", "Samir Haddad", "PERSON", "Samir Haddad", roles=("spokesperson for the minister",)),
    ]
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["that the talks had been productive"] == "Samir Haddad"
    assert speakers["The minister looks forward to an announcement"] == "Helen Drapeau"


def test_a_speaker_written_with_a_hyphen_is_the_name_beside_it(nlp):
    # the parser makes "co", "-" and "author" three subjects of "said"
    paragraphs = [
        "Her co-author, Dr. Isabelle Nakashima, said she hoped the findings would help fishers and regulators "
        "plan ahead."
    ]
    found = lambda body: [entity(body, "p1", "Isabelle Nakashima", "PERSON", "Isabelle Nakashima")]  # noqa: E731
    quotes = _said(nlp, paragraphs, found)
    assert quotes == [("she hoped the findings would help fishers and regulators plan ahead", "Isabelle Nakashima")]


def test_a_speaker_who_asked_not_to_be_named_is_nobody_the_article_names(nlp):
    paragraphs = [
        "His mother, Grace Okafor, said she knew something was wrong the moment he came out.",
        "The team's athletic therapist, who asked not to be named because she was not authorized to speak "
        "publicly, said that type of fracture usually takes about six weeks to heal.",
    ]
    found = lambda body: [entity(body, "p1", "Grace Okafor", "PERSON", "Grace Okafor", roles=("His mother",))]  # noqa: E731
    speakers = dict(_said(nlp, paragraphs, found))
    assert speakers["that type of fracture usually takes about six weeks to heal"] == "The team's athletic therapist"


def _calgary(body):
    return [entity(body, "g1", "Calgary", "GPE", "Calgary"), entity(body, "g2", "Alberta", "GPE", "Alberta")]


def test_city_staff_are_the_city_whose_council_the_article_names(nlp):
    paragraphs = [
        "Calgary city council voted Thursday to drop a proposed freeze on transit fares in Alberta's largest city.",
        "City staff said the freeze would leave a $14-million hole in the transit budget.",
    ]
    speakers = dict(_said(nlp, paragraphs, _calgary))
    assert speakers["the freeze would leave a $14-million hole in the transit budget"] == "Calgary"


def test_city_staff_are_as_written_when_no_citys_government_is_named(nlp):
    paragraphs = [
        "Transit riders in Calgary and across Alberta face higher fares this spring.",
        "City staff said the freeze would leave a $14-million hole in the transit budget.",
    ]
    speakers = dict(_said(nlp, paragraphs, _calgary))
    assert speakers["the freeze would leave a $14-million hole in the transit budget"] == "City staff"


def test_a_name_the_parser_made_a_second_subject_after_a_description_is_the_speaker(nlp):
    paragraphs = [
        "“They let the concrete crumble for a decade,” said the association’s co-chair, Fatima Nazari, who "
        "has lived in the building since 2009."
    ]
    found = lambda body: [entity(body, "p1", "Fatima Nazari", "PERSON", "Fatima Nazari")]  # noqa: E731
    assert _said(nlp, paragraphs, found) == [("They let the concrete crumble for a decade", "Fatima Nazari")]


def _found(nlp, paragraphs):
    article = _article(paragraphs)
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    return _said(nlp, paragraphs, lambda body: entities)


def test_the_owner_of_a_kind_of_business_is_the_person_who_owns_one(nlp):
    paragraphs = [
        "Const. Harj Bassi said two men had been charged with the break-ins.",
        "Paul Girard, who owns a bicycle repair shop on Queen Street, said he was relieved.",
        "“Three windows in one month,” the shop owner said. “Nobody should have to sweep up glass like that.”",
    ]
    speakers = dict(_found(nlp, paragraphs))
    assert speakers["Three windows in one month"] == "Paul Girard"


def test_the_doctor_or_the_physician_is_the_person_called_dr(nlp):
    paragraphs = [
        "Dr. Lena Kostova, chief of staff at Northern Lakes Hospital, welcomed the new wing.",
        "Mayor Tom Hurley said the town had waited 20 years.",
        "“A new building doesn’t help if nobody’s in it,” the physician said.",
    ]
    speakers = dict(_found(nlp, paragraphs))
    assert speakers["A new building doesn’t help if nobody’s in it"] == "Lena Kostova"


def test_a_nameless_one_described_by_a_who_clause_is_not_the_person_named_next(nlp):
    paragraphs = [
        "Supporters outnumbered opponents at the hearing on the Elm Street housing project.",
        "A retired teacher who lives two blocks from the site said she had never been prouder of the street.",
        "Mayor Daniel Fortier said council would listen to everyone.",
    ]
    speakers = dict(_found(nlp, paragraphs))
    assert speakers["she had never been prouder of the street"] == "A retired teacher"
    assert speakers["council would listen to everyone"] == "Daniel Fortier"


def test_a_nameless_one_who_asked_not_to_be_named_stays_nameless_past_words_on_them(nlp):
    paragraphs = [
        "The company’s president, Daniel Fortier, apologized to families on Tuesday.",
        "A father of two in Regina, who asked not to be named, said he had bought the gummies for months.",
    ]
    speakers = dict(_found(nlp, paragraphs))
    assert speakers["he had bought the gummies for months"] == "A father"  # as written, not the president


def test_a_spokesperson_is_not_the_next_person_brought_in_as_another_ones(nlp):
    paragraphs = [
        "Riders waited two hours on Monday after a signal failure on the line.",
        "A city spokesperson said there were no plans to offer refunds.",
        "Daniel Fortier, a spokesperson for the advocacy group Capital Commuters Coalition, said riders had run out "
        "of patience.",
    ]
    speakers = dict(_found(nlp, paragraphs))
    assert speakers["there were no plans to offer refunds"] == "A city spokesperson"


@pytest.mark.parametrize(
    "paragraph",
    [
        "“No one on this board took this lightly,” board chair Genevieve Lau said after the vote.",
        "Earlier Wednesday, forensic pathologist Dr. Genevieve Lau testified that the wound was fatal.",
    ],
)
def test_a_name_right_after_a_lowercase_title_is_the_speaker_not_the_title(nlp, paragraph):
    # the parser makes both "chair" (or "pathologist") and "Lau" subjects of the verb
    [(_, speaker)] = _found(nlp, [paragraph])
    assert speaker == "Genevieve Lau"


def test_she_after_a_nameless_relative_in_the_sentence_before_is_that_relative(nlp):
    paragraphs = [
        "Defence lawyer Claire Montpetit said her client had acted in self-defence.",
        "Phillips's mother, who has attended every day of the trial, left the courtroom in tears. Outside "
        "court, she said she wanted the whole truth.",
    ]
    speakers = dict(_found(nlp, paragraphs))
    assert speakers["she wanted the whole truth"] == "she"  # nobody named: not the lawyer


def test_she_after_his_wife_goes_on_with_the_wife_the_article_named(nlp):
    paragraphs = [
        "Ted Kowalczyk and his wife, Marjorie Kowalczyk, started the food bank in 1994.",
        "His wife said that was not quite true. She said Ted had spent years asking grocers for food.",
    ]
    speakers = dict(_found(nlp, paragraphs))
    assert speakers["Ted had spent years asking grocers for food"] == "Marjorie Kowalczyk"
