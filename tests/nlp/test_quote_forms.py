"""How direct quotes are written: across paragraphs, nested, inverted, interrupted by titles, and marks
that never close. Real spaCy pipeline, short made-up paragraphs."""

from __future__ import annotations

from spacy.tokens import Doc

from reader.nlp.quotes.cues import attribution_for
from tests.nlp.test_quotes import entity, quotes_of


def test_multi_paragraph_quote_keeps_its_speaker_in_the_next_paragraph(nlp):
    paragraphs = [
        'The engineer said: "The first part of the plan is simple. We build the road before winter.',
        '"The second part is harder. We need the money from the state."',
        "Traffic was heavy all day.",
    ]
    text, quotes = quotes_of(nlp, paragraphs)
    assert [q.text for q in quotes] == [
        "The first part of the plan is simple. We build the road before winter.",
        "The second part is harder. We need the money from the state.",
    ]
    assert [q.speaker for q in quotes] == ["The engineer", "The engineer"]
    assert quotes[1].end < text.index("Traffic")


def test_multi_paragraph_quote_attributed_at_its_end_gives_the_speaker_back(nlp):
    paragraphs = [
        '"The first part of the plan is simple. We build the road before winter.',
        '"The second part is harder," the engineer said.',
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert len(quotes) == 2
    assert [q.speaker for q in quotes] == ["the engineer", "the engineer"]
    assert quotes[0].cue is None and quotes[1].cue.text == "said"


def test_inverted_cue_with_a_name_and_with_a_description(nlp):
    def ents(text):
        return (entity(text, "e1", "Sergei Lavrov", "PERSON", "Sergei Lavrov", "Lavrov", roles=("Foreign Minister",)),)

    paragraphs = [
        "Foreign Minister Sergei Lavrov arrived in Geneva.",
        '"It is over," said Lavrov.',
        '"Nothing has changed in our position," said the minister.',
    ]
    _, quotes = quotes_of(nlp, paragraphs, ents)
    assert [q.speaker_mention.text for q in quotes] == ["Lavrov", "the minister"]
    assert [q.speaker for q in quotes] == ["Sergei Lavrov", "Sergei Lavrov"]
    assert all(q.cue.text == "said" for q in quotes)


def test_single_marks_inside_double_marks_are_part_of_the_quote(nlp):
    _, quotes = quotes_of(nlp, ["“She told me ‘never again’ and left,” Smith said."])
    assert [q.text for q in quotes] == ["She told me ‘never again’ and left"]
    assert quotes[0].speaker == "Smith"


def test_later_quote_in_the_same_paragraph_keeps_the_speaker(nlp):
    _, quotes = quotes_of(
        nlp, ['"We will win this race," Tom Reed said on Monday. He smiled at the crowd. "Nobody can stop us now."']
    )
    assert [q.text for q in quotes] == ["We will win this race", "Nobody can stop us now."]
    assert [q.speaker for q in quotes] == ["Tom Reed", "Tom Reed"]


def test_a_quoted_title_or_nickname_in_the_attribution_does_not_hide_the_cue(nlp):
    _, quotes = quotes_of(
        nlp,
        [
            '"We will win," Jane Roe said on "Morning Report." "The polls agree with us."',
            '"This is a big year for our town!" the mayor\'s niece, Dana "Dee" Price, shouted to the crowd.',
        ],
    )
    assert [q.text for q in quotes] == ["We will win", "The polls agree with us.", "This is a big year for our town!"]
    assert [q.speaker for q in quotes][:2] == ["Jane Roe", "Jane Roe"]
    assert quotes[2].cue.text == "shouted" and quotes[2].speaker is not None


def test_a_programme_named_after_a_network_is_no_quote(nlp):
    _, quotes = quotes_of(
        nlp,
        ["“We will not sign this deal,” Senator Ray Okoro said on NBS’ “Morning Report.” “Not this week.”"],
        kind=None,
    )
    assert [q.text for q in quotes] == ["We will not sign this deal", "Not this week."]


def test_a_document_can_speak(nlp):
    _, quotes = quotes_of(nlp, ['"Our schools offer hope to every family," the letter reads.'])
    assert quotes[0].cue.text == "reads" and quotes[0].speaker == "the letter"


def test_unbalanced_mark_never_runs_past_its_paragraph(nlp):
    paragraphs = [
        'The mayor said "the road will open and then walked away.',
        "Traffic was heavy all day.",
        "Crews worked through the night.",
    ]
    text, quotes = quotes_of(nlp, paragraphs, kind=None)
    assert quotes and all(q.end <= text.index("Traffic") for q in quotes)
    assert not any(q.kind == "direct" for q in quotes)


def test_quote_marks_with_nobody_speaking_are_not_quotes(nlp):
    paragraphs = [
        'Critics mocked the "historic breakthrough" at the summit.',
        'The band played "Born in the USA" twice.',
        'Residents call the old mill "the castle" and avoid it at night.',
    ]
    _, quotes = quotes_of(nlp, paragraphs, kind=None)
    assert [q.kind for q in quotes if q.kind == "direct"] == []


def test_dash_attribution_names_the_person_without_the_dash(nlp):
    _, quotes = quotes_of(
        nlp, ["“Our town deserves better roads. The bridge is falling apart and nobody cares.” ― Jacklyn Ashley"]
    )
    assert [(q.speaker_mention.text, q.cue) for q in quotes] == [("Jacklyn Ashley", None)]


def test_lines_of_dash_attributed_quotes_each_keep_their_own_name(nlp):
    paragraph = (
        "“Our town deserves better roads. Nobody fixes them.” ― Jacklyn Ashley\n"
        "“The schools need more teachers. We have waited for years.”― Carla Sanchez"
    )
    _, quotes = quotes_of(nlp, [paragraph])
    assert [q.speaker for q in quotes] == ["Jacklyn Ashley", "Carla Sanchez"]


def test_speaker_with_an_appositive_between_quote_and_cue(nlp):
    _, quotes = quotes_of(
        nlp,
        [
            "“There is a severe gap between this office and frankly the mayor and our police,” Jones, a top "
            "city adviser, said Friday morning on WXYZ Radio’s “Ask the City.”"
        ],
    )
    assert [(q.speaker_mention.text, q.cue.text) for q in quotes] == [("Jones", "said")]


def test_sentence_opening_with_said_and_a_name(nlp):
    _, quotes = quotes_of(nlp, ["Experts disagree. Said Ellis: “I don’t get the sense she cares about tax reform.”"])
    assert [(q.speaker_mention.text, q.cue.text) for q in quotes] == [("Ellis", "Said")]


def _misparsed_inverted_cue(nlp):
    """'“It grips well,” said boot tester Ana Ruiz.' as the parser sometimes reads it: "tester" a verb
    whose subject is "boot" and whose object is the name, the clause hung on "said" (seen on a real page)."""
    from spacy.tokens import Doc

    words = ["“", "It", "grips", "well", ",", "”", "said", "boot", "tester", "Ana", "Ruiz", "."]
    spaces = [False, True, True, False, False, True, True, True, True, True, False, False]
    heads = [6, 2, 6, 2, 6, 6, 6, 8, 6, 10, 8, 6]
    deps = [
        "punct",
        "nsubj",
        "ccomp",
        "advmod",
        "punct",
        "punct",
        "ROOT",
        "nsubj",
        "ccomp",
        "compound",
        "dobj",
        "punct",
    ]
    pos = ["PUNCT", "PRON", "VERB", "ADV", "PUNCT", "PUNCT", "VERB", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"]
    tags = ["``", "PRP", "VBZ", "RB", ",", "''", "VBD", "NN", "VBP", "NNP", "NNP", "."]
    lemmas = ["“", "it", "grip", "well", ",", "”", "say", "boot", "test", "Ana", "Ruiz", "."]
    ents = ["O"] * 9 + ["B-PERSON", "I-PERSON", "O"]
    return Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents
    )


def test_the_name_right_after_an_inverted_cue_is_the_speaker_when_its_title_was_taken_for_a_verb(nlp):
    from reader.nlp.quotes.cues import attribution_for

    doc = _misparsed_inverted_cue(nlp)
    attribution = attribution_for(doc, doc[6], after_quote=True, quoted=frozenset(range(1, 5)))
    assert doc[attribution.speaker_start : attribution.speaker_end].text == "Ana Ruiz"


def test_the_words_after_an_inverted_cue_are_not_reported_speech(nlp):
    from reader.nlp.quotes.reported import find_reported_speech

    doc = _misparsed_inverted_cue(nlp)
    assert find_reported_speech(doc, [(0, doc[5].idx)]) == []


def test_a_quote_after_one_of_a_group_named_with_a_colon_is_that_persons(nlp):
    _, quotes = quotes_of(
        nlp,
        [
            "Most riders liked the new saddle, including club rider Jo Malkin: “I forgot I was sitting on it.”",
            "Others agreed with her, among them the coach Ray Dunn: “We trained on it all winter.”",
        ],
    )
    assert [q.speaker_mention.text for q in quotes] == ["Jo Malkin", "Ray Dunn"]
    assert all(q.confidence == "high" for q in quotes)


def test_a_term_quoted_in_the_same_straight_marks_stays_inside_the_quote(nlp):
    paragraphs = [
        '"Ferries used to be a "lifeline service" for the islands. Now they run twice a week," said Dana Pike.',
        '"Fares are charged per "leg" of the trip," she said. The council said "it will review and then left.',
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert [(q.text, q.speaker) for q in quotes] == [
        ('Ferries used to be a "lifeline service" for the islands. Now they run twice a week', "Dana Pike"),
        ('Fares are charged per "leg" of the trip', "Dana Pike"),
    ]


def _two_subjects_for_one_verb(nlp, middle: list[str]):
    """'<Ana admires> Tom Reyes <middle> the coaches knew they must win.', parsed (as the parser does
    with such sentences) with both "Reyes" and "coaches" as subjects of "knew"."""
    from spacy.tokens import Doc

    words = ["Ana", "admires", "Tom", "Reyes", *middle, "the", "coaches", "knew", "they", "must", "win", "."]
    n = len(middle)
    knew = 6 + n
    heads = [1, 3, 3, knew, *([3] * n), 5 + n, knew, knew, knew + 3, knew + 3, knew, knew]
    deps = ["compound", "compound", "compound", "nsubj", *(["punct"] * n), "det", "nsubj", "ROOT", "nsubj", "aux"]
    deps += ["ccomp", "punct"]
    middle_pos = ["PUNCT" if w == "," else ("CCONJ" if w in ("and", "but") else "ADV") for w in middle]
    middle_deps = ["punct" if w == "," else ("cc" if w in ("and", "but") else "advmod") for w in middle]
    deps[4 : 4 + n] = middle_deps
    pos = ["PROPN", "VERB", "PROPN", "PROPN", *middle_pos, "DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    tags = ["NNP", "VBZ", "NNP", "NNP", *[{"PUNCT": ",", "CCONJ": "CC", "ADV": "RB"}[p] for p in middle_pos]]
    tags += ["DT", "NNS", "VBD", "PRP", "MD", "VB", "."]
    lemmas = ["Ana", "admire", "Tom", "Reyes", *middle, "the", "coach", "know", "they", "must", "win", "."]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas), knew


def test_of_two_subjects_the_parser_gave_one_verb_the_one_in_its_own_clause_speaks(nlp):
    from reader.nlp.quotes.cues import attribution_for

    doc, knew = _two_subjects_for_one_verb(nlp, [",", "and", "so"])
    attribution = attribution_for(doc, doc[knew], after_quote=False, quoted=frozenset())
    assert doc[attribution.speaker_start : attribution.speaker_end].text == "the coaches"
    doc, knew = _two_subjects_for_one_verb(nlp, ["and"])  # no comma: one pair of subjects, the first kept
    attribution = attribution_for(doc, doc[knew], after_quote=False, quoted=frozenset())
    assert doc[attribution.speaker_head].text == "Reyes"


def test_shares_after_a_quote_and_a_name_is_a_speech_verb_even_when_tagged_a_noun(nlp):
    paragraphs = [
        "“The roof paid for itself in six years,” Ana Ruiz shares. “We would do it again.”",
        "“It was the cheapest part,” Tom Reyes shares, pointing at the inverter.",
        "Traders dumped Northwind shares. “We see more risk,” one analyst said.",
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert [(q.text, q.speaker_mention.text) for q in quotes] == [
        ("The roof paid for itself in six years", "Ana Ruiz"),
        ("We would do it again.", "Ana Ruiz"),
        ("It was the cheapest part", "Tom Reyes"),
        ("We see more risk", "one analyst"),
    ]


def test_a_pull_quote_is_the_speaker_of_the_words_it_repeats(nlp):
    paragraphs = [
        "“Ask three firms.”",  # too short to tell a pull quote from a line of its own
        "Installers quote very different prices for the same panels.",
        "“Small roofs can still pay for themselves within a decade.”",
        "Most buyers never compare the offers.",
        "“Small roofs can still pay for themselves within a decade,” Ana Ruiz says. “Ask three firms.”",
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert [(q.speaker, q.confidence) for q in quotes] == [
        (None, "low"),
        ("Ana Ruiz", "high"),
        ("Ana Ruiz", "high"),
        ("Ana Ruiz", "high"),
    ]


def test_words_the_reader_is_told_they_say_are_only_possible(nlp):
    paragraphs = ["In every listing you are in effect telling the shop: “This is the size, and this is the price.”"]
    _, quotes = quotes_of(nlp, paragraphs)
    assert [(q.speaker, q.confidence) for q in quotes] == [("you", "low")]


def test_a_quote_after_a_possible_report_goes_on_with_the_sure_speaker_before_it(nlp):
    paragraphs = [
        "The agency wants a station in orbit.",
        "“I see no role for the station,” Tom Reyes said, although it could later support flights to Mars. "
        "“There is no case for it now.”",
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    assert [(q.text, q.speaker, q.confidence) for q in quotes if q.kind == "direct"] == [
        ("I see no role for the station", "Tom Reyes", "high"),
        ("There is no case for it now.", "Tom Reyes", "high"),
    ]


def test_a_pull_quote_without_marks_and_with_a_credit_is_the_speakers_quote_again(nlp):
    paragraphs = [
        "“The ferry is the only way off the island for most of us,” said councillor Mia Holt.",
        "The service was cut to two sailings a day in March.",
        "The ferry is the only way off the island for most of us. Mia Holt, island councillor",
        "The ferry is the only way off the island for most of us, the report said in its summary.",
        "The ferry is the only way off the island for most of us. Few would disagree.",
    ]
    _, quotes = quotes_of(nlp, paragraphs)
    pulled = [q for q in quotes if q.kind == "direct" and q.speaker_mention is None]
    assert [(q.text, q.speaker, q.confidence) for q in pulled] == [
        ("The ferry is the only way off the island for most of us", "Mia Holt", "high")
    ]  # not the last two paragraphs: what follows the words there is a sentence, not a credit
    assert [q.id for q in quotes] == [f"q{n}" for n in range(1, len(quotes) + 1)]


def test_the_first_piece_of_a_hyphenated_title_is_no_speaker(nlp):
    _, quotes = quotes_of(
        nlp, ["“We need fewer cars in the centre,” said co-author Ana Ruiz, a planner at the institute."]
    )
    assert [(q.text, q.speaker_mention.text) for q in quotes] == [("We need fewer cars in the centre", "Ana Ruiz")]


def test_an_entity_the_recogniser_ran_over_the_cue_stops_at_the_cue(nlp):
    # The recogniser sometimes takes a name and the verb after it for one title ("Teresa Nielsen
    # Hayden explained" as WORK_OF_ART, on a page of the cleaning set); the tags are given here.
    words = ["“", "We", "ran", "out", "of", "money", ",", "”", "Ana", "Maria", "Ruiz", "explained", "."]
    heads = [11, 2, 11, 2, 3, 4, 11, 11, 10, 10, 11, 11, 11]
    deps = ["punct", "nsubj", "ccomp", "prt", "prep", "pobj", "punct", "punct"]
    deps += ["compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "ADP", "ADP", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    lemmas = ["“", "we", "run", "out", "of", "money", ",", "”", "Ana", "Maria", "Ruiz", "explain", "."]
    ents = ["O"] * 8 + ["B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "O"]
    spaces = [False, True, True, True, True, False, False, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, heads=heads, deps=deps, ents=ents)
    attribution = attribution_for(doc, doc[11], after_quote=True, quoted=frozenset(range(8)))
    assert doc[attribution.speaker_start : attribution.speaker_end].text == "Ana Maria Ruiz"
