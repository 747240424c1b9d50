"""How sure a reported attribution is a statement, from how its content hangs on the verb.

"X said that …" is a statement; "X plans to …", "X asked Y to …", "X asked whether …", "X cited
privacy concerns", "X believes …" and "a survey found …" are not, and are kept at most as possible
attributions (`Quote.confidence` "low"). Pure rules over lemmas and a few parse facts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.nlp.quotes.cues import SPEECH_LEMMAS, Attribution
from reader.nlp.quotes.roles import ORG_NOUNS, can_speak
from reader.text.boilerplate import RELATED_LINK, classify

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

# Verbs whose clause is a request or a question put to someone, not a statement ("asked that the
# vote wait", "demanded it repeal the tax", "urged that …").
_REQUEST_LEMMAS = frozenset({"ask", "demand", "urge", "request", "beg", "plead", "order", "instruct", "encourage"})
# Words that open an embedded question ("asked whether …", "wondered how …", "did not say when …").
_QUESTION_WORDS = frozenset({"whether", "if", "who", "whom", "whose", "what", "which", "when", "where", "why", "how"})
# Documents and figures: "a survey found that …", "according to city records" attribute a finding to
# no person; the row is kept, marked as less sure.
_DOCUMENT_NOUNS = frozenset(
    """
    study studies report reports survey surveys poll polls chart charts graph data document documents record
    records figure figures number numbers statistic statistics research analysis table map filing filings
    email emails memo letter letters paper papers estimate estimates projection projections model review
    audit investigation census index evidence footage video image photo
    theory theories rumour rumours rumor rumors speculation claim claims allegation allegations
    fact facts finding findings result results analyses experiment experiments trial trials observation
    observations resolution resolutions
    """.split()
)
# Things on display whose words are quoted as they read, not said: "signs reading “Build pipelines”".
_DISPLAYS = frozenset("sign signs banner banners placard placards poster posters slogan slogans billboard".split())


def frame_confidence(lemma: str, frame: str) -> str:
    """How sure a verb's frame makes a report a statement: "high" or "low".

    `frame` is how the content hangs on the verb: "clause" (said that …), "question" (asked whether …),
    "infinitive" (plans to …), "object" (cited privacy concerns), "naming" (called it "…"), "aside"
    (…, he said, …). A plan, a promise, a request, a question asked about or a thing cited is not
    something said, nor is a belief or a finding ("thinks", "found"): all of them stay possible
    attributions (PolNeAR counts them), never rows a reader takes for a statement.
    """
    if frame in ("question", "infinitive", "object", "naming") or lemma in _REQUEST_LEMMAS:
        return "low"
    return "high" if lemma in SPEECH_LEMMAS else "low"


def is_question(doc: Doc, complement: Token, first: int) -> bool:
    """An embedded question: the clause opens with "whether", "if" or a wh-word ("asked whether he
    was overstating the debt", "wondered how it works")."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in complement.children):
        return True
    opener = doc[first]
    if opener.lower_ not in _QUESTION_WORDS or opener.tag_ not in ("WDT", "WP", "WP$", "WRB", "IN"):
        return False
    # "said when Liberals dismiss the concerns, he is insulting Canadians", "said if talks fail, she will
    # quit": the word opens a clause set before the statement's own verb, not a question
    fronted = opener.head
    return not (fronted.dep_ == "advcl" and fronted.head.i == complement.i and fronted.i < complement.i)


def names_a_source(doc: Doc, attribution: Attribution) -> bool:
    """A speaker phrase that names someone, not a document, a figure or a claim going round ("a
    survey", "city records", "theories suggesting …"), nor a share of those polled ("51 percent
    say …")."""
    if attribution.speaker_head is None:
        return False
    token = doc[attribution.speaker_head]
    per_cent = token.lower_ == "cent" and token.i > 0 and doc[token.i - 1].lower_ == "per"
    if token.ent_type_ in ("PERCENT", "CARDINAL") or token.like_num or token.lower_ in ("percent", "%") or per_cent:
        return False  # "Fifty-one percent say …", "44 per cent of Americans say …": a poll's finding
    head = token.lower_
    return head not in _DOCUMENT_NOUNS and head not in _DISPLAYS


def speaks_as_evidence(lemma: str, doc: Doc, attribution: Attribution) -> bool:
    """A verb of showing ("suggest", "indicate", "reveal", "confirm") whose subject is no one who
    could speak: "The dearth of studies indicates that …", "Linear models indicated …", "your budget
    indicates …". What a thing shows is no statement; what a person or a body indicates is."""
    if lemma not in _EVIDENCE_LEMMAS or attribution.speaker_head is None:
        return False
    token = doc[attribution.speaker_head]
    return not (
        token.pos_ == "PROPN"
        or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or token.lower_ in ("he", "she", "they", "we", "i", "who")
        or can_speak(token.lemma_.lower())
        or token.lemma_.lower() in ORG_NOUNS
    )


# Verbs a thing does as well as a person: what it shows, a person would state.
_EVIDENCE_LEMMAS = frozenset({"suggest", "indicate", "reveal", "confirm", "hint", "show"})


def is_a_display(head: str) -> bool:
    """A speaker's head noun that is a thing on display, whose quoted words are what it reads, not
    what anyone said ("signs reading “Build pipelines”")."""
    return head.lower() in _DISPLAYS


def is_link_label(tokens: Sequence[Token]) -> bool:
    """A link or section label in capitals ("READ MORE", "READ MORE: Budget won't balance"), not speech."""
    lead = 0
    while lead < len(tokens) and tokens[lead].text.isupper() and len(tokens[lead].text) > 1:
        lead += 1
    if all(t.is_punct for t in tokens[lead:]):
        return lead >= 2
    return lead >= 2 and tokens[lead].text == ":"


# A photo credit closing a caption, after its last sentence: "(Adrian Wyld/Canadian Press)",
# "Quyen Cheng/THE CANADIAN PRESS", "( Dreamstime )".
_CREDIT_AFTER_SENTENCE = re.compile(
    r"[.!?][\"”’']?\s*(?:\(\s*[^().!?]{1,60}\)|[A-Z][\w .'’-]{1,40}/[A-Z][\w .&'’-]{1,40})\s*$"
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’')\]]*\s*$|[\"”]\s*$")
_HEADING_WORDS = 12


def paragraph_role(text: str) -> str | None:
    """What a paragraph is besides the story's prose: "link" (another story's headline: "READ MORE:
    Trudeau says …", "WATCH: …"), "caption" (ends in a photo credit), "heading" (a short line with
    no sentence end: "Common belief says warming Arctic to blame"), or None. A link reports nothing
    said in this article; a caption or heading sums up the story, so what it reports is at most a
    possible attribution. This holds with cleaning off too, where such lines stay in the text."""
    if classify(text) == RELATED_LINK:
        return "link"
    if _CREDIT_AFTER_SENTENCE.search(text):
        return "caption"
    if len(text.split()) <= _HEADING_WORDS and not _SENTENCE_END.search(text):
        return "heading"
    return None
