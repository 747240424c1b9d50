"""People as a reader names them: family members sharing a surname, first names alone, names in
capitals, through the real pipeline on short made-up paragraphs."""

from __future__ import annotations

import pytest

from reader.nlp.entities import find_entities
from reader.nlp.parse import parse_paragraphs
from tests.nlp.test_quotes import _article


def _people(nlp, paragraphs: list[str]) -> dict[str, list[str]]:
    article = _article(paragraphs)
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    return {e.name: [m.text for m in e.mentions] for e in entities if e.label == "PERSON"}


def test_family_members_sharing_a_surname_stay_apart_by_their_titles(nlp):
    people = _people(
        nlp,
        [
            "Barack Obama and Michelle Obama visited Chicago on Monday.",
            "Mr. Obama spoke first. Mrs. Obama followed him on stage.",
            "Later Mrs. Obama met students.",
        ],
    )
    assert people["Barack Obama"] == ["Barack Obama", "Obama"]
    assert people["Michelle Obama"] == ["Michelle Obama", "Obama", "Obama"]


def test_first_names_decide_between_relatives(nlp):
    people = _people(
        nlp,
        ["Bill Clinton and Hillary Clinton arrived together.", "Hillary said the campaign was strong. Bill nodded."],
    )
    assert "Hillary" in people["Hillary Clinton"] and "Bill" in people["Bill Clinton"]


def test_a_first_name_alone_is_the_person_it_starts(nlp):
    people = _people(nlp, ["Jayme Closs was found alive on Thursday.", "Jayme had been missing for three months."])
    assert people["Jayme Closs"] == ["Jayme Closs", "Jayme"]


def test_a_name_in_capitals_in_a_photo_credit_is_the_person(nlp):
    people = _people(
        nlp,
        [
            "Prime Minister Justin Trudeau met the premiers on Friday.",
            "Photo by CHAD HIPOLITO / THE CANADIAN PRESS",
            "Chad Hipolito took the photograph.",
        ],
    )
    assert people["Chad Hipolito"] == ["CHAD HIPOLITO", "Chad Hipolito"]


def test_a_surname_in_capitals_in_a_transcript_is_the_person_named_in_full(nlp):
    people = _people(
        nlp,
        [
            "Senator Maria Kohls spoke to the host on Sunday.",
            "HOST: Will you run again?",
            "KOHLS: We have not decided. Kohls said she would talk to her family first.",
        ],
    )
    assert "Kohls" not in people
    assert people["Maria Kohls"].count("KOHLS") == 1


def test_an_abbreviation_in_capitals_is_not_taken_for_a_surname(nlp):
    people = _people(
        nlp,
        ["Chris Nato met officials in Brussels.", "NATO said the meeting was useful, and NATO will meet again."],
    )
    assert "NATO" not in people.get("Chris Nato", [])


def test_a_surname_goes_on_with_the_relative_the_sentence_was_about(nlp):
    people = _people(
        nlp,
        [
            "Trudeau remembers his father",
            "Justin Trudeau spoke about his father, former prime minister Pierre Trudeau, at the event.",
            "“He taught me to listen,” Trudeau said.",
        ],
    )
    assert people["Justin Trudeau"] == ["Trudeau", "Justin Trudeau", "Trudeau"]
    assert people["Pierre Trudeau"] == ["Pierre Trudeau"]


def _places(nlp, paragraphs: list[str]) -> dict[str, str]:
    article = _article(paragraphs)
    return {e.name: e.label for e in find_entities(article.text, parse_paragraphs(article, nlp))}


def test_a_dateline_in_capitals_is_a_place_in_its_proper_form(nlp):
    names = _places(
        nlp,
        [
            "ST. JOHN'S, N.L. — The harbour authority says the ferry will sail again on Thursday.",
            "HALIFAX — Crews restored power to most homes by Sunday night.",
            "BRANDON, Man., Oct. 3 (CP) — The river crested overnight.",
        ],
    )
    assert names["St. John's"] == "GPE" and names["Halifax"] == "GPE" and names["Brandon"] == "GPE"
    assert not {"HALIFAX", "ST", "JOHN", "St"} & set(names)


def test_a_dateline_with_a_date_names_a_place_the_story_names_again(nlp):
    names = _places(
        nlp,
        [
            "BOGURA, Nov 14, 2025 (BSS) - Potato growers expect a record harvest this season.",
            "Farmers in Bogura said prices were fair.",
            "Bogura, a hub of potato growing, ships most of its crop by road.",
        ],
    )
    assert names["Bogura"] == "GPE"


def test_a_flag_before_a_dash_is_no_place(nlp):
    names = _places(nlp, ["BREAKING — Crews restored power to most homes by Sunday night."])
    assert not any(name.lower() == "breaking" for name in names)


def test_a_region_written_short_after_a_place_is_that_region(nlp):
    names = _places(
        nlp,
        [
            "Dr. Amir Patel, a pharmacist in Mississauga, Ont., said he has taken dozens of calls.",
            "Ontario has more than 4,000 pharmacies.",
        ],
    )
    assert names["Ontario"] == "GPE"
    assert not {"Ont", "Ont."} & set(names)


def _roles(nlp, paragraphs: list[str]) -> dict[str, tuple[str, ...]]:
    article = _article(paragraphs)
    return {e.name: e.roles for e in find_entities(article.text, parse_paragraphs(article, nlp)) if e.label == "PERSON"}


@pytest.mark.parametrize("place", ["Port Hawkes", "Saint Martin", "Sainte Marie"])
def test_a_name_after_a_place_and_an_office_is_the_person_holding_it(nlp, place):
    # the recogniser tags these as an organisation, or runs the place and the office into the name
    roles = _roles(nlp, [f"{place} Mayor Lucie Ouellet said the plant will hire 300 people."])
    assert "Lucie Ouellet" in roles and any("Mayor" in role for role in roles["Lucie Ouellet"])
    assert not any("Mayor" in name for name in roles)


def test_a_surname_goes_to_the_person_not_the_business_named_for_her(nlp):
    article = _article(
        [
            "Claire Benoit opened Café Benoit on Water Street in 2015.",
            "Café Benoit now seats 40, and Café Benoit ships its pastries across the province.",
            '"We bake everything by hand," Benoit said.',
        ]
    )
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    owner = next(e for e in entities if e.name == "Claire Benoit")
    assert owner.label == "PERSON" and "Benoit" in [m.text for m in owner.mentions]


def test_a_department_named_x_and_y_canada_is_one_organisation(nlp):
    names = _places(nlp, ["The band wrote to Fisheries and Oceans Canada twice this year, and waited for an answer."])
    assert names.get("Fisheries and Oceans Canada") == "ORG"
    assert "Fisheries" not in names and "Oceans Canada" not in names


def test_a_first_name_given_as_a_relative_of_another_family_stays_apart(nlp):
    people = _people(
        nlp,
        [
            "Fire chief Daniel Okoro said the blaze was out by noon.",
            "Marchetti's brother, Daniel, said the family had lost everything.",
        ],
    )
    assert people["Daniel Okoro"] == ["Daniel Okoro"]


def test_a_full_name_after_a_lowercase_office_is_a_person(nlp):
    # the recogniser tags "Julia MacRae" here as an organisation
    people = _people(nlp, ["Surrey Teachers' Association president Julia MacRae said the portables are a stopgap."])
    assert "Julia MacRae" in people


def test_a_place_written_before_its_mayor_is_a_place(nlp):
    # the recogniser tags "Moncton" here as a person
    names = _places(nlp, ["Moncton Mayor Dawn Arnold said she was disappointed with the decision."])
    assert names.get("Moncton") == "GPE" and names.get("Dawn Arnold") == "PERSON"


@pytest.mark.parametrize("name", ["Maxton Rudd", "Sterling Vance"])
def test_a_full_name_tagged_an_organisation_is_the_person_its_surname_names(nlp, name):
    surname = name.split()[1]
    people = _people(
        nlp,
        [
            f"{name}, who represents the landlord, said the tenant had missed three payments.",
            f"“The matter is closed,” {surname} said.",
        ],
    )
    assert people[name] == [name, surname]


def _mentions(nlp, paragraphs: list[str]) -> dict[str, list[str]]:
    article = _article(paragraphs)
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    return {e.name: [m.text for m in e.mentions] for e in entities}


def test_a_name_found_once_is_found_wherever_it_is_written_again(nlp):
    found = _mentions(
        nlp,
        [
            "The label that owns her first albums, Silver Fern Records, says she may perform them.",
            "Last week she accused Silver Fern Records of blocking the show. Then Silver Fern Records denied it.",
            "Silver Fern Records's lawyers said nothing more.",
        ],
    )
    assert found["Silver Fern Records"] == ["Silver Fern Records"] * 4


def test_a_known_name_inside_a_longer_capitalised_name_is_not_taken(nlp):
    found = _mentions(nlp, ["Anna Berg moved to New York in May.", "She now writes for the New York Ledger Weekly."])
    assert found.get("New York", []) == ["New York"]


@pytest.mark.parametrize("name", ["Rick Dalton Productions", "Tom Fenwick Entertainment"])
def test_a_production_company_named_for_a_person_is_no_person(nlp, name):
    sentence = f"The company that runs the gala, {name}, denied that a deal had been reached."
    assert name not in _people(nlp, [sentence])


def test_a_country_written_short_in_capitals_keeps_its_capitals(nlp):
    places = _places(nlp, ["A row involving a singer and two big-name US politicians is coming to an end."])
    assert "US" in places and "Us" not in places


def test_a_surname_tagged_a_place_is_the_person_when_never_written_as_a_place(nlp):
    people = _people(
        nlp,
        [
            "Prime Minister Narendra Modi pledged that his country would double its solar output.",
            "However, Modi did not commit to any cuts.",
        ],
    )
    assert people["Narendra Modi"] == ["Narendra Modi", "Modi"]


def test_a_surname_written_as_a_place_stays_a_place(nlp):
    people = _people(
        nlp,
        ["George Washington crossed the river in 1776.", "Today the river runs past Washington, in Washington state."],
    )
    assert people["George Washington"] == ["George Washington"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The province's labour minister, Nolan Young, said he is watching the strike.",
        "Nolan Young, the labour minister, said he is watching the strike.",
    ],
)
def test_a_name_set_beside_an_office_is_a_person(nlp, sentence):
    assert "Nolan Young" in _people(nlp, [sentence])


def test_a_name_set_beside_a_noun_only_a_person_is_is_a_person_and_so_is_its_surname(nlp):
    people = _people(
        nlp,
        [
            "Avery Holt, a registered dietitian from Manitoba, explains that a slow start helps most runners.",
            "Holt adds that water matters as much as food.",
        ],
    )
    assert people["Avery Holt"] == ["Avery Holt", "Holt"]


def test_a_union_local_keeps_its_number(nlp):
    found = _mentions(
        nlp, ["Talks between the city and the Amalgamated Transit Union Local 508 broke down on Thursday."]
    )
    assert "Amalgamated Transit Union Local 508" in found


def test_a_company_named_short_after_its_full_name_is_that_company(nlp):
    found = _mentions(
        nlp,
        [
            "The company behind the plan, Northway Aggregates, says its studies show no risk to groundwater.",
            "In a written statement, Northway said it has met every provincial standard.",
        ],
    )
    assert found["Northway Aggregates"] == ["Northway Aggregates", "Northway"]


def test_a_name_after_a_noun_only_a_person_is_is_a_person(nlp):
    sentence = "Industry analyst Perry Caicco said the numbers look large but margins remain thin."
    assert "Perry Caicco" in _people(nlp, [sentence])


def test_a_place_and_a_common_word_name_an_organisation_not_a_person(nlp):
    found = _places(
        nlp,
        [
            "HIGH LEVEL, Alta. — A wildfire pushed to within eight kilometres of the town on Sunday.",
            "Alberta Wildfire said the fire had grown to more than 20,000 hectares.",
        ],
    )
    assert found.get("Alberta Wildfire") == "ORG"


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("A row involving Maya Lund, her former record label and a couple of politicians is ending.", ()),
        ("Jane Morrow, a lawyer and activist, said the rules were unfair.", ("lawyer and activist",)),
        ("Image caption Maya Lund's seventh album, Lover, is the only one she owns.", ()),  # a page's label
    ],
)
def test_a_list_after_a_name_is_no_role_but_a_coordinated_role_is(nlp, sentence, roles):
    name = "Jane Morrow" if "Jane" in sentence else "Maya Lund"
    assert _roles(nlp, [sentence])[name] == roles


def test_a_department_of_x_is_the_x_department(nlp):
    found = _mentions(
        nlp,
        [
            "The Department of Justice opened an inquiry on Monday.",
            "A Justice Department spokesperson declined to comment.",
        ],
    )
    assert sorted(found["Department of Justice"]) == ["Department of Justice", "Justice Department"]


def test_a_full_name_the_recogniser_missed_is_found_by_its_first_name_and_takes_the_surname(nlp):
    people = _people(
        nlp,
        [
            "HALIFAX, N.S. — Hours before Brent Kowalczyk’s two-goal performance Tuesday, Moose coach Dana Reid "
            "expressed confidence in the veteran winger, saying he always finds a way to score.",
            "“It comes in waves,” Kowalczyk said after the game.",
        ],
    )
    assert people["Brent Kowalczyk"] == ["Brent Kowalczyk", "Kowalczyk"]
    assert "Kowalczyk" not in people


def test_a_first_name_before_a_surname_that_is_another_persons_is_left_alone(nlp):
    # "Paris" is no first name in the list, and "George" before a surname nobody holds alone finds nothing
    people = _people(nlp, ["Hilton spoke first.", "Later, Paris Hilton and George Street were on the same panel."])
    assert "George Street" not in people


@pytest.mark.parametrize("place, region", [("Hamilton", "Ontario"), ("Madison", "Wis.")])
def test_a_name_written_once_before_a_region_is_a_place_not_a_person(nlp, place: str, region: str):
    paragraphs = [
        f"She finished her degree at Queen's University in {place}, {region}.",
        f"For four years she lived in {place} with her aunt, who ran a bakery near the harbour.",
    ]
    assert place not in _people(nlp, paragraphs)


def test_a_name_used_as_a_products_is_no_person(nlp):
    paragraphs = [
        "Chevrolet will sell the Bolt again next year. The Bolt is the cheapest electric car in America.",
        "Our tester Dana Wells drove the 2027 Chevrolet Bolt for a week. The Clintons rented one too.",
    ]
    article = _article(paragraphs)
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    labels = {e.name: e.label for e in entities}
    assert labels["Bolt"] == "PRODUCT"
    assert labels["Dana Wells"] == "PERSON" and labels["Clintons"] == "PERSON"


def test_a_name_after_a_chair_is_a_person_whatever_the_recogniser_tagged(nlp):
    from spacy.tokens import Span

    from reader.nlp.entities.extract import raw_mentions
    from reader.nlp.parse import ParsedParagraph

    doc = nlp("Jobs will go this week, said the group’s executive chair Hugo Cantrell in an email to staff.")
    start = next(token.i for token in doc if token.text == "Hugo")
    doc.ents = [Span(doc, start, start + 2, label="ORG")]  # as the recogniser tags some names
    assert [(m.text, m.label) for m in raw_mentions([ParsedParagraph(0, doc)])] == [("Hugo Cantrell", "PERSON")]


def test_a_nationality_word_is_no_surname_of_a_person_tagged_once(nlp):
    paragraphs = [
        "Our tester Nora French tried twelve kettles this winter.",
        "A French kettle is not a French press, and French presses need coarse coffee.",
        "Most French cafés serve espresso, and the French drink little filter coffee.",
    ]
    people = _people(nlp, paragraphs)
    assert people["Nora French"] == ["Nora French"]


def test_a_surname_read_as_a_people_is_a_person_when_it_speaks(nlp):
    paragraphs = [
        "Talar Kazanjian runs the careers program at the college.",
        "Kazanjian said most students find work within a year.",
        "Kazanjian added that employers want writers.",
    ]
    people = _people(nlp, paragraphs)
    assert any(name.endswith("Kazanjian") and len(mentions) >= 2 for name, mentions in people.items())


def test_a_role_has_no_subordinating_word_before_it(nlp):
    paragraphs = [
        "Among the issues the auditor is examining is whether Harbourline’s founder and former CEO, Dana Pike, "
        "indulged in self-dealing to enrich himself."
    ]
    assert _roles(nlp, paragraphs)["Dana Pike"] == ("Harbourline’s founder and former CEO",)


def _raw_after_misreading(nlp, sentence: str, name: str, label: str) -> list[tuple[str, str]]:
    """The raw mentions of `sentence` when the recogniser tags `name` (and nothing else) `label`."""
    from spacy.tokens import Span

    from reader.nlp.entities.extract import raw_mentions
    from reader.nlp.parse import ParsedParagraph

    doc = nlp(sentence)
    words = name.split()
    start = next(t.i for t in doc if t.text == words[0] and doc[t.i : t.i + len(words)].text == name)
    doc.ents = [Span(doc, start, start + len(words), label=label)]
    return [(m.text, m.label) for m in raw_mentions([ParsedParagraph(0, doc)])]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The judge sentenced Corey Lindahl, 34, who pleaded guilty in March.", "Corey Lindahl"),
        ("Lindahl, 34, did not look up when the sentence was read.", "Lindahl"),
    ],
)
def test_a_name_followed_by_an_age_is_a_person_whatever_the_recogniser_tagged(nlp, sentence, name):
    assert _raw_after_misreading(nlp, sentence, name, "ORG") == [(name, "PERSON")]


def test_a_name_followed_by_a_year_keeps_its_label(nlp):
    found = _raw_after_misreading(nlp, "The festival moved to Regina, 2019, after the flood.", "Regina", "ORG")
    assert found == [("Regina", "ORG")]


def test_one_name_set_beside_a_relative_is_a_person_whatever_the_recogniser_tagged(nlp):
    found = _raw_after_misreading(nlp, "Lindahl's mother, Ruth, wept as the verdict was read.", "Ruth", "ORG")
    assert found == [("Ruth", "PERSON")]


def test_a_portfolio_word_before_a_place_makes_a_department(nlp):
    found = _raw_after_misreading(nlp, "Environment Canada said more snow could fall overnight.", "Canada", "GPE")
    assert found == [("Environment Canada", "ORG")]


def test_a_place_after_a_word_of_no_portfolio_stays_a_place(nlp):
    found = _raw_after_misreading(nlp, "Flights across Atlantic Canada were cancelled overnight.", "Canada", "GPE")
    assert found == [("Canada", "GPE")]


def test_a_first_name_and_surname_followed_by_who_is_a_person_whatever_the_recogniser_tagged(nlp):
    found = _raw_after_misreading(
        nlp, "Daniel Lindahl, who runs 200 head of cattle near Swift Current, sold 60 cows.", "Daniel Lindahl", "ORG"
    )
    assert found == [("Daniel Lindahl", "PERSON")]


def test_a_team_followed_by_who_stays_a_team(nlp):
    found = _raw_after_misreading(
        nlp, "The Halifax Mooseheads, who won on Friday, play again tonight.", "Halifax Mooseheads", "ORG"
    )
    assert found == [("Halifax Mooseheads", "ORG")]


def test_a_first_name_and_a_surname_tagged_apart_are_one_person(nlp):
    from spacy.tokens import Span

    from reader.nlp.entities.extract import raw_mentions
    from reader.nlp.parse import ParsedParagraph

    doc = nlp("For 12 years, Yolanda Arsenault caught the bus at the corner.")
    first = next(t.i for t in doc if t.text == "Yolanda")
    doc.ents = [Span(doc, first, first + 1, label="ORG"), Span(doc, first + 1, first + 2, label="PERSON")]
    assert [(m.text, m.label) for m in raw_mentions([ParsedParagraph(0, doc)])] == [("Yolanda Arsenault", "PERSON")]


def test_a_first_name_and_a_surname_tagged_as_an_organisation_is_a_person(nlp):
    found = _raw_after_misreading(nlp, "The man behind the wheel was Clarence LeBlanc.", "Clarence LeBlanc", "ORG")
    assert found == [("Clarence LeBlanc", "PERSON")]


def test_a_brand_after_an_article_stays_an_organisation(nlp):
    found = _raw_after_misreading(nlp, "She bought the Ralph Lauren jacket on sale.", "Ralph Lauren", "ORG")
    assert found == [("Ralph Lauren", "ORG")]


def test_a_description_the_parser_read_as_a_second_subject_is_the_names_role(nlp):
    # the model hangs "surgeon" on "said" beside the name, not on the name
    roles = _roles(
        nlp, ["Dr. Hamid Farouk, the transplant surgeon who performed both operations, said donors are rare."]
    )
    assert any("transplant surgeon" in role for role in roles["Hamid Farouk"])


def test_a_whose_clause_after_a_name_is_no_role(nlp):
    roles = _roles(nlp, ["Erin Hastings, whose six-month-old son is too young to be vaccinated, said she stays home."])
    assert not any("son" in role for role in roles.get("Erin Hastings", ()))


@pytest.mark.parametrize(
    ("opening", "full", "surname"),
    [
        # the recogniser's cuts: "Thomas" | “ | "Tommy” Boudreau", "Angus" | “ | "Gus” MacNeil" (ORG)
        (
            "Every Sunday for the past 30 years, Thomas “Tommy” Boudreau has opened the church hall in Cheticamp.",
            "Thomas “Tommy” Boudreau",
            "Boudreau",
        ),
        (
            "Every Saturday night for the past 50 years, Angus “Gus” MacNeil has played the pipes at the legion.",
            "Angus “Gus” MacNeil",
            "MacNeil",
        ),
    ],
)
def test_a_name_with_a_quoted_nickname_is_one_person(nlp, opening, full, surname):
    people = _people(nlp, [opening, f"“It keeps me young,” {surname} said."])
    assert people[full] == [full, surname]


def test_a_word_of_a_hyphenated_surname_alone_is_not_that_person(nlp):
    people = _people(
        nlp,
        [
            "For 40 years, Walter Doucette has played the fiddle at the legion on Saturday nights.",
            "His daughter, Anne Doucette-Rankin, plays piano beside him.",
            "“He never misses a night,” she said. Doucette laughed.",
        ],
    )
    assert people["Walter Doucette"] == ["Walter Doucette", "Doucette"]
    assert people["Anne Doucette-Rankin"] == ["Anne Doucette-Rankin"]


def test_a_first_and_last_name_in_the_possessive_tagged_as_an_organisation_is_a_person(nlp):
    # the recogniser's span holds the "'s" ("Eli Strongbow's" ORG)
    from spacy.tokens import Span

    from reader.nlp.entities.extract import raw_mentions
    from reader.nlp.parse import ParsedParagraph

    doc = nlp("On the coldest nights, Eli Strongbow's father would flood the backyard rink.")
    start = next(t.i for t in doc if t.text == "Eli")
    doc.ents = [Span(doc, start, start + 3, label="ORG")]
    assert [(m.text, m.label) for m in raw_mentions([ParsedParagraph(0, doc)])] == [("Eli Strongbow's", "PERSON")]


def test_a_dateline_place_with_a_titles_word_is_a_place_and_its_team_no_person(nlp):
    article = _article(
        [
            "PRINCE GEORGE, B.C. — The Prince George Timberwolves won 3-2 on Saturday night.",
            "Prince George leads the best-of-seven series three games to one.",
        ]
    )
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    labels = {e.name: e.label for e in entities}
    assert labels.get("Prince George") == "GPE"
    assert not any(e.label == "PERSON" for e in entities), [(e.name, e.label) for e in entities]


@pytest.mark.parametrize(
    ("opening", "introduced"),
    [
        (  # by the relative the article brings him in as
            "Tom MacNab has farmed potatoes near Kensington for 44 years.",
            "His son, Kyle MacNab, who runs the packing shed, said the family had 90 acres left to dig.",
        ),
        (  # by their ages
            "Tom MacNab, 68, has farmed potatoes near Kensington for 44 years.",
            "Kyle MacNab, 31, who runs the packing shed, said the family had 90 acres left to dig.",
        ),
    ],
)
def test_the_elder_and_the_younger_of_a_family_are_told_apart(nlp, opening, introduced):
    people = _people(
        nlp,
        [
            opening,
            introduced,
            "The elder MacNab said a hard frost would finish off the crop.",
            "Back at the farm, the younger MacNab said they would dig by headlamp.",
        ],
    )
    assert people["Tom MacNab"] == ["Tom MacNab", "MacNab"]
    assert people["Kyle MacNab"] == ["Kyle MacNab", "MacNab"]


def test_a_double_barrelled_surname_the_recogniser_cut_at_its_hyphen_is_the_person(nlp):
    # the recogniser reads "Sauvé" as a place and "MacKinnon" as an organisation
    people = _people(
        nlp,
        [
            "Head coach Glenn Sauvé-MacKinnon said the players had asked for an extra practice.",
            "Sauvé-MacKinnon said the team voted for a new captain in his second season.",
        ],
    )
    assert people["Glenn Sauvé-MacKinnon"] == ["Glenn Sauvé-MacKinnon", "Sauvé-MacKinnon"]


def test_the_younger_of_a_family_is_among_those_brought_in_by_then(nlp):
    people = _people(
        nlp,
        [
            "Angelo Rossi ran the diner on Elm Street for 48 years.",
            "“He knew every regular,” said his daughter, Anna Rossi, who worked the cash from the age of 12.",
            "“He never chased a debt,” the younger Rossi said.",
            "His son, Frank Rossi, a paramedic, said his father remembered everyone.",
        ],
    )
    assert people["Anna Rossi"] == ["Anna Rossi", "Rossi"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Property owner Quarry Point Developments wants to replace the warehouse with a hotel.",
        "Halvorsen Precision Components will lay off 430 workers in February.",
        "The landlord, Lakeshore Residential REIT, applied to raise rents above the guideline.",
    ],
)
def test_a_name_ending_in_a_companys_word_is_no_person(nlp, sentence):
    assert _people(nlp, [sentence]) == {}


def test_a_name_after_a_spokesperson_for_someone_holds_the_spokespersons_role(nlp):
    article = _article(["A spokesperson for the minister, Samir Haddad, said in an email that talks were productive."])
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    haddad = next(e for e in entities if e.name == "Samir Haddad")
    assert haddad.roles == ("spokesperson for the minister",)


def test_a_first_name_the_recogniser_left_out_of_a_persons_span_is_the_persons(nlp):
    # the recogniser tags only "Charron-Duval"; "Isabelle" went into the title before it
    people = _people(nlp, ["Bloc Québécois MP Isabelle Charron-Duval said Quebec aerospace firms had been shut out."])
    assert list(people) == ["Isabelle Charron-Duval"]


def test_a_verb_that_is_also_a_first_name_stays_out_of_the_name(nlp):
    # "Said" is a first name too; here it is the verb, and the recogniser tagged "Ellis" alone
    sentence = "The plan would make the code more complicated. Said Ellis: “I don’t get the sense she’s worried.”"
    assert _raw_after_misreading(nlp, sentence, "Ellis", "PERSON") == [("Ellis", "PERSON")]


@pytest.mark.parametrize(
    ("sentence", "name", "roles"),
    [
        (
            "Paul Girard, who owns a bicycle repair shop that flooded twice this spring, said the city was slow.",
            "Paul Girard",
            ("bicycle repair shop owner",),
        ),
        (
            "Ingrid Solberg, who has coached the Otters for a decade, said the loss stung.",
            "Ingrid Solberg",
            ("Otters coach",),
        ),
        # a share is no business she owns
        ("Ingrid Solberg, who owns 40 per cent of the shares, said she would vote no.", "Ingrid Solberg", ()),
    ],
)
def test_a_relative_clause_on_a_name_says_what_the_person_does(nlp, sentence, name, roles):
    article = _article([sentence])
    entities = find_entities(article.text, parse_paragraphs(article, nlp))
    assert next(e for e in entities if e.name == name).roles == roles
