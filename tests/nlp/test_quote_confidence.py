"""How sure a quote is: a statement someone is said to have made is "high"; a plan, a promise, a
request, a question asked about, a noun phrase cited, a belief or a finding is at most "low"."""

from __future__ import annotations

import pytest

from reader.nlp.quotes.frames import frame_confidence, paragraph_role
from tests.nlp.test_quote_reported import reported


def _confidences(nlp, sentence: str) -> list[tuple[str, str]]:
    return [(q.text, q.confidence) for q in reported(nlp, [sentence])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria Lopez said that the port would reopen in May.",
        "The farmer told reporters the harvest had been poor.",
        "Officials denied that the dam had cracked.",
        "The talks have failed, the minister said.",
        "Ana Ruiz said when the council ignores the tenants, it insults the whole city.",  # no question
        "Tom Reed said if the talks fail, he will quit the board.",
        "The minister indicated that the bridge would reopen in May.",
        "Police can confirm that two people were hurt in the crash.",  # "can": stated, not supposed
        "The country indicated that it would leave the trade bloc.",
    ],
)
def test_a_speech_verb_and_its_clause_is_a_sure_statement(nlp, sentence):
    assert [confidence for _, confidence in _confidences(nlp, sentence)] == ["high"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor cited privacy concerns.", "privacy concerns"),  # a stance verb and its object
        ("The minister praised the new bridge design.", "the new bridge design"),
        ("Paul Stone plans to open a bakery in the spring.", "to open a bakery in the spring"),  # a plan
        ("The union vowed to strike until the mine reopens.", "to strike until the mine reopens"),  # a promise
        ("The council asked residents to conserve water.", "residents to conserve water"),  # a request
        ("Anna Berg asked whether the ferry would keep running.", "whether the ferry would keep running"),
        ("Tom Reed believes the market will recover next year.", "the market will recover next year"),
        ("A survey found that most drivers speed near schools.", "that most drivers speed near schools"),
        ("His death was clouded by wild theories suggesting he had been poisoned.", "he had been poisoned"),
        ("Rumours suggested the mayor would resign.", "the mayor would resign"),  # a claim going round
        ("Our findings suggest that the drug works in older patients.", "the drug works in older patients"),
        ("Those facts suggest that the river once ran further east.", "the river once ran further east"),
        ("The dearth of trials indicates that more research is needed.", "more research is needed"),  # a thing shows
        ("Your budget reveals that you spend too much on food.", "you spend too much on food"),
        ("Fifty-one percent say that the council should resign.", "the council should resign"),  # a poll's
        ("An overwhelming 70 per cent of residents say that the tax was wrong.", "the tax was wrong"),
    ],
)
def test_plans_requests_questions_and_cited_things_are_not_sure(nlp, sentence, content):
    found = _confidences(nlp, sentence)
    assert all(confidence == "low" for _, confidence in found), found
    assert all(content not in text or confidence == "low" for text, confidence in found)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor did not say that the plan was dead.", "the plan was dead"),  # denied
        ("Paul Stone never said the workers would lose their jobs.", "the workers would lose their jobs"),
        ("A union could say that the offer is too low.", "the offer is too low"),  # only supposed
        ("Critics might argue that the bridge costs too much.", "the bridge costs too much"),
        ("The council declined to confirm that the plan had failed.", "the plan had failed"),
        ("Makers of soap don't need to say that it has perfume in it.", "it has perfume in it"),
    ],
)
def test_a_speech_verb_denied_or_supposed_is_listed_but_not_sure(nlp, sentence, content):
    found = _confidences(nlp, sentence)
    assert any(content in text for text, _ in found), found  # kept, as a possible row
    assert all(confidence == "low" for _, confidence in found), found


def test_a_speech_verb_with_would_is_still_a_statement(nlp):
    found = _confidences(nlp, "The mayor would later say that the talks had been hard.")
    assert found == [("that the talks had been hard", "high")]


def test_what_an_event_suggests_is_not_a_statement(nlp):
    found = _confidences(
        nlp, "Shares of the airline fell six percent on Monday, suggesting that investors doubt the merger."
    )
    assert all(confidence == "low" for _, confidence in found), found


def test_a_suggestion_going_on_from_a_statement_is_the_speakers(nlp):
    found = _confidences(nlp, "The minister said prices would rise, suggesting that wages must follow.")
    assert ("that wages must follow", "high") in found, found


def test_frame_rules_without_a_parse():
    assert frame_confidence("say", "clause") == "high"
    assert frame_confidence("tell", "aside") == "high"
    assert frame_confidence("plan", "infinitive") == "low"
    assert frame_confidence("cite", "object") == "low"
    assert frame_confidence("ask", "clause") == "low"  # "asked that the vote wait": a request
    assert frame_confidence("believe", "clause") == "low"
    assert frame_confidence("say", "question") == "low"


def test_a_quote_in_marks_with_a_speaker_is_sure_and_one_with_nobody_is_not(nlp):
    nobody, said = reported(nlp, ['"Never again."', '"We will rebuild," the mayor said.'])
    assert (said.text, said.confidence) == ("We will rebuild", "high")
    assert (nobody.speaker, nobody.confidence) == (None, "low")


def test_a_link_label_in_capitals_is_not_what_someone_says(nlp):
    found = reported(nlp, ["The premier says READ MORE: Budget will not balance until 2040."])
    assert not any("READ MORE" in q.text for q in found)


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("READ MORE: Trudeau says the world is 'extremely disturbed' by the detentions", "link"),
        ("WATCH: Sanders says the talks are going on", "link"),
        ("Minister Dana Reyes said the benefits would end in May. (Adrian Wyld/Canadian Press)", "caption"),
        ("Coach Tom Reyes said the video was the nicest thing. Quyen Cheng/THE CANADIAN PRESS", "caption"),
        ("Common belief says warming Arctic to blame", "heading"),
        ("Maria Lopez said that the port would reopen in May.", None),
        ("“We will reopen the port,” said Maria Lopez (the harbour master).", None),
        ("Maria Lopez said the port would reopen in May, and the city agreed", None),
    ],
)
def test_what_a_paragraph_is_besides_prose(paragraph, role):
    assert paragraph_role(paragraph) == role


def test_another_storys_headline_reports_nothing_and_a_caption_is_at_most_possible(nlp):
    paragraphs = [
        "READ MORE: Trudeau says the world is 'extremely disturbed' by the detentions",
        "Minister Dana Reyes said the benefits would end in May. (Adrian Wyld/Canadian Press)",
        "Dana Reyes said the benefits would end in May.",
    ]
    assert [(q.text, q.confidence) for q in reported(nlp, paragraphs)] == [
        ("the benefits would end in May", "low"),
        ("the benefits would end in May", "high"),
    ]


def test_words_on_a_sign_are_what_it_reads_not_a_statement(nlp):
    paragraphs = [
        "About 100 people gathered with signs reading “Build pipelines” and “Quebec please separate,” police said."
    ]
    direct = [q for q in reported(nlp, paragraphs) if q.kind == "direct"]
    assert direct and all(q.confidence == "low" for q in direct)


@pytest.mark.parametrize(
    "sentence",
    [
        "As we explained last week, the course punishes long hitters.",
        "I argued in this column that the bridge would cost twice as much.",
    ],
)
def test_what_the_writer_says_of_their_own_is_not_a_sure_statement(nlp, sentence):
    assert {confidence for _, confidence in _confidences(nlp, sentence)} <= {"low"}
