"""Reported (indirect) and mixed speech in one parsed paragraph: `X said (that) …`, `according to X, …`.

Read from the dependency parse, not from marks: a reporting verb (by lemma) whose clausal complement
is what was said, or an `according to X` phrase attached to the rest of its sentence. The content
span is the complement clause (or the sentence without the attribution), so it holds the same words
a reader would underline. Content that contains a quoted stretch is "mixed" (`X said the plan was
"dead on arrival"`); content that is wholly a direct quote is left to the direct-quote finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.nlp.dateline import after_dateline
from reader.nlp.parse import sentences
from reader.nlp.quotes.cues import (
    DASHES,
    SPEECH_LEMMAS,
    STATEMENT_NOUNS,
    Attribution,
    according_to,
    attribution_for,
    in_a_title,
    is_imperative,
    noun_attribution,
)
from reader.nlp.quotes.find import is_a_title
from reader.nlp.quotes.frames import (
    frame_confidence,
    is_link_label,
    is_question,
    names_a_source,
    speaks_as_evidence,
)
from reader.nlp.quotes.marks import QUOTE_CHARS, balance_marks, closing_after
from reader.nlp.quotes.verbs import (
    ANY_LEMMA,
    NAMING_LEMMAS,
    OBJECT_LEMMAS,
    PREPOSITION_OBJECT,
    REPORTING_LEMMAS,
    REPORTING_WITH_THAT,
    TO_COMPLEMENT,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from spacy.tokens import Doc, Span, Token

_CONCESSIVE = frozenset({"although", "though", "while", "whereas"})
_ADDRESSEE = frozenset({"you", "yourself", "yourselves"})
# A relative clause is left in: "obstacles remain for applicants on welfare, who remain uncertain …"
# is what the advocates say, and news writers rarely tack their own comment on as one.
_ASIDE_DEPS = frozenset({"appos", "acl", "npadvmod"})
_COMPLEMENT_DEPS = frozenset({"ccomp"})
_SKIP_EDGE = frozenset({"punct", "cc", "conj"})
_EDGE_CHARS = frozenset(" \t\n\u00a0,.;:—–-") | QUOTE_CHARS
_MIN_CONTENT_WORDS = 2


@dataclass(frozen=True, slots=True)
class ReportedSpeech:
    """Paragraph-local reported speech: char offsets of the content, its kind and its attribution."""

    start: int
    end: int
    first_token: int  # the content's token range (inclusive), for sentence lookup
    last_token: int
    kind: str  # "indirect" or "mixed"
    attribution: Attribution
    confidence: str = "high"  # "high": someone is said to have stated it; "low": a belief, finding or position


def is_reporting_verb(token: Token) -> bool:
    """A verb that can report a clause (speech, thought or finding), used as a verb."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_LEMMAS


def find_reported_speech(
    doc: Doc, direct: Sequence[tuple[int, int]], speakers: Mapping[int, Attribution] | None = None
) -> list[ReportedSpeech]:
    """Indirect and mixed speech of one paragraph in text order. `direct` holds the paragraph char
    spans (marks included) of the direct quotes already found: cues inside them are the quoted
    person's words, and content lying inside one is that direct quote, not reported speech.
    `speakers` holds their attributions by closing mark: '“…,” she said, adding that …' is hers."""
    text = doc.text  # built from the tokens on each access: once per paragraph
    found: list[ReportedSpeech] = []
    taken: list[tuple[int, int]] = []
    for sentence in sentences(doc):
        cues = [token for token in sentence if _is_according(doc, token) or _may_report(token) or _holds_a_claim(token)]
        # The main clause's attribution first: in 'A said B asked C to D', A's report holds B's. A
        # channel's "reported" after the words it passes on: in '…, Zhirnov said, TASS reported' the
        # words are Zhirnov's; in 'TechCrunch reported that …' they are TechCrunch's.
        for token in sorted(cues, key=lambda cue: (_passes_on(cue), _depth(cue))):
            if _inside(token.idx, direct):
                continue
            if _is_according(doc, token):
                report = _according_to(doc, text, sentence, token, direct)
            elif token.pos_ == "NOUN":
                report = _claim_of(doc, text, token, direct)
            else:
                report = _reported_by(doc, text, sentence, token, direct, speakers or {})
            if report is None or any(_crosses(report.start, report.end, start, end) for start, end in taken):
                continue
            found.append(report)
            taken.append((report.start, report.end))
    found.sort(key=lambda r: r.start)
    return _run_on_to_closing_marks(text, found)


def _run_on_to_closing_marks(text: str, found: list[ReportedSpeech]) -> list[ReportedSpeech]:
    """Reported speech that opens a quotation and stops with it still open (the sentence ended inside
    it: 'said he was “very pleased with the decision. This levels the field.”') runs on to the
    closing mark, unless other reported speech lies in between."""
    for number, report in enumerate(found):
        if sum(ch in QUOTE_CHARS for ch in text[report.start : report.end]) % 2 == 0:
            continue
        closing = closing_after(text, report.start, report.end)
        if closing is None:
            continue
        if any(other is not report and other.start < closing + 1 and report.end <= other.end for other in found):
            continue
        found[number] = replace(report, end=closing + 1)
    return found


def _reported_by(
    doc: Doc,
    text: str,
    sentence: Span,
    verb: Token,
    direct: Sequence[tuple[int, int]],
    speakers: Mapping[int, Attribution],
) -> ReportedSpeech | None:
    lemma = verb.lemma_.lower()
    if verb.text.isupper() and len(verb.text) > 1:
        return None  # "READ MORE: …", "WATCH": a link label in capitals, not a verb of the sentence
    if _linking_phrase(doc, sentence, verb):
        return None  # "That said, …", "Having said that, …": the writer's own turn, nobody reported
    if _the_writers_remark(verb):
        return None  # "It is important to note that …", "It's safe to say …": nobody reported
    if is_imperative(verb):
        return None  # "please read the original post", "(say it after a meal)": the reader told to
    if _set_phrase(doc, verb):
        return None  # "to say the least", "rest assured that …": a turn of phrase, nobody reported
    frame = "clause"
    complements = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS] if lemma in REPORTING_LEMMAS else []
    # "reported wait times that exceeded two hours": a relative clause of a noun after the verb, misread
    # as a complement (not "which a study concluded would cost …", where "which" is what was concluded)
    complements = [c for c in complements if not _relative_clause_of_a_noun(verb, c)]
    if not complements and lemma in REPORTING_WITH_THAT:  # "posted on Facebook that …", not "posted a loss"
        complements = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and _marked_that(c)]
    if not complements and lemma in TO_COMPLEMENT:
        complements = [c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)]
        frame = "infinitive"
    if not complements and lemma in SPEECH_LEMMAS:
        complements = (
            [c for c in verb.rights if _misparsed_complement(c)]
            or _clause_on_the_medium(verb)
            or _clause_on_the_listener(verb)
            or _clause_under_a_misread_verb(verb)
            or _object_then_predicate(verb)
        )
        frame = "clause"
    participle = False
    if complements:
        # What follows the verb is what was said when something does ("OTTAWA — Scheer says …": the
        # dateline hangs on the verb too); two clauses there are one the parser split in two.
        following = [c for c in complements if c.i > verb.i]
        if following and _inverted_after_a_clause(doc, verb, complements):
            following = []  # "Jobs will go, said the company's new chair Ana Ruiz in an email": what went before
        if following and _inverted_after_a_quote(doc, verb, following[0], direct):
            return None  # '“…,” said shoe tester Ana Ruiz': the words after the quote's cue name its speaker
        # "he said his voice breaking with emotion", "a study showing …": a participle with no
        # auxiliary is how it was said or what was shown, at most a possible attribution
        participle = all(_absolute_participle(c) for c in following or complements)
        if following:
            first, last = following[0].left_edge.i, max(c.right_edge.i for c in following)
            complement = following[0]
            subject = _object_as_subject(verb, complement)
            if subject is not None:  # "added the exact circumstances … remained unclear"
                first = subject.left_edge.i
        else:  # before the verb: "The key point is that … , the misses did not …, say experts", split in two
            before = [c for c in complements if c.i < verb.i] or complements
            complement = before[0]
            first, last = complement.left_edge.i, max(c.right_edge.i for c in before)
        after = complement.i < verb.i
        if frame == "clause" and is_question(doc, complement, first):
            frame = "question"
    elif lemma in REPORTING_LEMMAS and verb.dep_ == "parataxis" and verb.head.i in range(sentence.start, sentence.end):
        # "The economy, he said, is weak": the clause the verb interrupts, without the verb's own words.
        head = verb.head
        first, last = head.left_edge.i, head.right_edge.i
        cue_first, cue_last = verb.left_edge.i, verb.right_edge.i
        if verb.i > 0 and doc[verb.i - 1].text == ",":
            cue_first = max(cue_first, verb.i - 1)  # "The plan, says the mayor, is sound": "plan" hung on "says"
        if cue_first <= first:
            first = cue_last + 1
        elif cue_last >= last or _participle_after(head, cue_last):
            # "Winds pushed the fire across the highway, the agency said, forcing crews back": what
            # follows the cue is how it went on, not what was said
            last = cue_first - 1
        after = cue_first > head.i
        frame = "aside"
    elif lemma in SPEECH_LEMMAS and (fronted := _fronted_clause(doc, sentence, verb)) is not None:
        first, last = fronted
        after = True
        frame = "clause"
    elif (content := _object_of(verb, lemma)) is not None:
        frame = "object"
        first, last = content.left_edge.i, content.right_edge.i
        for clause in content.rights:  # "endorses Trump, who says he is honored": the clause is Trump's
            if clause.dep_ == "relcl" and clause.left_edge.i > first and doc[clause.left_edge.i - 1].text == ",":
                last = min(last, clause.left_edge.i - 2)
        # "described X as Y", "blasted X for Y", "accused X of Y": the position taken includes the predicate.
        for child in verb.rights:
            if child.i > content.i and child.dep_ == "prep" and child.lower_ in ("as", "for", "of"):
                last = max(last, child.right_edge.i)
        after = False
    elif lemma in NAMING_LEMMAS:
        # 'called half of them "deplorables"': the words after the verb, reported only when quoted.
        rights = [c for c in verb.rights if c.dep_ not in _SKIP_EDGE and c.dep_ != "agent"]
        if not rights:
            return None
        first, last = rights[0].left_edge.i, max(c.right_edge.i for c in rights)
        if not any(ch in QUOTE_CHARS for ch in doc[first : last + 1].text) and not _characterizes(verb):
            return None
        after = False
        frame = "naming"
    else:
        return None
    if frame == "clause" and not after and verb.tag_ in ("VBZ", "VBP"):
        last = _with_coordinated_clauses(verb, last)
    first, last = max(first, sentence.start), min(last, sentence.end - 1)
    if verb.i > last:
        first = _after_a_finished_line(doc, first, last)
    # A semicolon ends what was reported: "A; B," he said reports B, he said "A; B" reports A.
    semicolons = [t.i for t in doc[first : last + 1] if t.text == ";"]
    if semicolons and verb.i < first:
        last = semicolons[0] - 1
    elif semicolons and verb.i > last:
        first = semicolons[-1] + 1
    # "she says she didn't come from a cooking family: she notes that her mom …": a colon before a
    # report of its own ends this one
    colons = [t.i for t in doc[first : last + 1] if t.text == ":"] if verb.i < first else []
    if colons and any(
        is_reporting_verb(t) and any(c.dep_ == "nsubj" for c in t.children) for t in doc[colons[0] + 1 : last + 1]
    ):
        last = colons[0] - 1
    last = _without_asides(doc, first, last, present=frame == "clause" and verb.tag_ in ("VBZ", "VBP"))
    attribution = attribution_for(doc, verb, after_quote=after, quoted=frozenset())
    if attribution.speaker_head is not None and _inside(doc[attribution.speaker_head].idx, direct):
        # never a subject from inside a direct quote ('“The plant was a success,” adding that …')
        attribution = replace(attribution, speaker_head=None, speaker_start=None, speaker_end=None)
    if attribution.speaker_head is None and verb.tag_ == "VBG":  # '“…,” she said, adding that …'
        earlier = _attribution_just_before(doc, verb, speakers)
        if earlier is not None:
            attribution = replace(
                attribution,
                speaker_head=earlier.speaker_head,
                speaker_start=earlier.speaker_start,
                speaker_end=earlier.speaker_end,
            )
    if after and frame == "clause" and attribution.speaker_head is None and attribution.speaker_start is None:
        return None  # "I washed the presses, noted the features, and …": the clause before is nobody's report
    if attribution.speaker_head is not None and _let_us(doc[attribution.speaker_head]):
        return None  # "Let's hope we see more …": the writer's wish, nobody reported
    if attribution.speaker_head is not None and doc[attribution.speaker_head].lower_ in _ADDRESSEE:
        return None  # "you'd think", "do you know": the reader addressed, nobody reported
    report = _content(doc, text, first, last, attribution, direct)
    if report is None:
        return None
    confidence = "low" if participle or _unsaid(verb) or _inferred(verb) else frame_confidence(lemma, frame)
    if confidence == "high" and (not names_a_source(doc, attribution) or speaks_as_evidence(lemma, doc, attribution)):
        confidence = "low"
    return replace(report, confidence=confidence)


_LISTENER_VERBS = frozenset({"tell", "ask", "inform", "assure", "brief", "advise", "urge", "remind", "warn", "notify"})


def _participle_after(head: Token, cue_last: int) -> bool:
    """The clause a cue interrupts goes on after it with a participle's phrase of its own (", forcing
    crews to pull back")."""
    doc = head.doc
    i = cue_last + 1
    while i < len(doc) and doc[i].is_punct:
        i += 1
    return any(child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i == i for child in head.children)


def _object_as_subject(verb: Token, clause: Token) -> Token | None:
    """The verb's object right before a clause with no subject of its own, which the parser split
    off it ("added [the exact circumstances of the deaths] [remained unclear]"), a dash or comma
    between them at most: the clause's subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    if verb.lemma_.lower() in _LISTENER_VERBS or clause.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "told CTV News it has not …" (a listener), "urged voters to …" (a request)
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    # nothing but punctuation between them ("said smaller brewers — especially those … — are likely …")
    between = verb.doc[objects[-1].right_edge.i + 1 : clause.left_edge.i] if objects else ()
    if objects and all(token.is_punct for token in between):
        return objects[-1]
    return None


def _relative_clause_of_a_noun(verb: Token, clause: Token) -> bool:
    """The clause has a relative pronoun for its subject and a noun of the verb's stands between them."""
    relative = any(w.dep_ == "nsubj" and w.tag_ in ("WDT", "WP") for w in clause.lefts)
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr") and verb.i < c.i < clause.i]
    return relative and bool(nouns)


def _let_us(subject: Token) -> bool:
    """The subject is the "us" of "let's" or "let us", or the "me" of "let me" (the writer's)."""
    return subject.lower_ in ("'s", "’s", "us", "me") and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "let"


def _linking_phrase(doc: Doc, sentence: Span, verb: Token) -> bool:
    """The verb is part of a set phrase that opens a sentence and links it to the writer's last one,
    set off by a comma: "That said,", "But this being said,", "Having said that,", "Saying that,",
    "Needless to say,";
    or a "to say" of the writer's: "All this to say that …", "Suffice it to say …"."""
    words = [t.lower_ for t in doc[sentence.start : verb.i] if t.is_alpha]
    while words and words[0] in _LINKING_CONJUNCTIONS:
        words = words[1:]
    after = [t.lower_ for t in doc[verb.i + 1 : verb.i + 3]]
    if words in _TO_SAY and verb.lower_ == "say":
        return True  # "All this to say that …", "Suffice it to say …", "That is to say, …"
    if words in (["that"], ["this"], ["that", "being"], ["this", "being"], ["needless", "to"]):
        return after[:1] == [","]
    if verb.lower_ == "saying" and not words:
        return after in (["that", ","], ["this", ","])  # "Saying that, I did want to include it …"
    return words == ["having"] and after in (["that", ","], ["this", ","])


def _set_phrase(doc: Doc, verb: Token) -> bool:
    """A speech verb in a set phrase: "to say the least", "to say nothing of", "rest assured"."""
    after = " ".join(t.lower_ for t in doc[verb.i + 1 : verb.i + 3])
    if verb.lemma_.lower() == "say" and (after == "the least" or after.startswith("nothing of")):
        return True
    return verb.lower_ == "assured" and verb.i > 0 and doc[verb.i - 1].lower_ == "rest"


def _the_writers_remark(verb: Token) -> bool:
    """A speech verb after an adjective whose subject is an empty "it": "It is important to note
    that …", "It's safe to say …", "It is worth noting …", "found it hard to say …"."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.i == 0:
        return False
    head = verb.head
    adjectives = [head] if head.tag_ == "JJ" else [c for c in head.children if c.dep_ == "acomp" and c.tag_ == "JJ"]
    holders = [head, *adjectives] if head.tag_ != "JJ" else [head, head.head]
    return bool(adjectives) and any(
        child.dep_ == "nsubj" and child.lower_ == "it" for holder in holders for child in holder.children
    )


_TO_SAY = (
    ["all", "this", "to"],
    ["all", "that", "to"],
    ["suffice", "it", "to"],
    ["that", "is", "to"],
    ["needless", "to"],
)
_LINKING_CONJUNCTIONS = frozenset({"and", "but", "yet", "still", "so", "now"})


def _inverted_after_a_clause(doc: Doc, verb: Token, complements: Sequence[Token]) -> bool:
    """The verb is an inverted cue after what was said, with no quotation marks: a finite verb with no
    subject of its own right after a comma that closes a clause it governs ("Jobs will go, said …");
    what the parser took for a clause after it is the speaker's description."""
    return (
        verb.tag_ == "VBD"
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and any(c.i < verb.i for c in complements)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _inverted_after_a_quote(doc: Doc, verb: Token, clause: Token, direct: Sequence[tuple[int, int]]) -> bool:
    """The verb is a quote's inverted cue: a finite verb right after its closing mark, with only
    punctuation between ('“…,” said'), and no "that" opening what follows ('“…,” adding that' reports)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _marked_that(clause):
        return False
    return _closing_mark_before(doc, verb, direct) is not None


def _attribution_just_before(doc: Doc, verb: Token, speakers: Mapping[int, Attribution]) -> Attribution | None:
    """The attribution of the direct quote the verb follows, with nothing but that attribution's own
    words and punctuation between ('“…,” Ana Ruiz said, adding …', '“…,” adding …')."""
    for close_at, attribution in speakers.items():
        if attribution.speaker_head is None or attribution.speaker_start is None or attribution.speaker_end is None:
            continue
        own = set(range(attribution.speaker_start, attribution.speaker_end))
        if attribution.cue_start is not None and attribution.cue_end is not None:
            own.update(range(attribution.cue_start, attribution.cue_end))
        i = verb.i - 1
        while i >= 0 and (doc[i].is_punct or doc[i].is_space or i in own):
            if doc[i].idx <= close_at < doc[i].idx + len(doc[i].text):
                return attribution
            i -= 1
    return None


def _closing_mark_before(doc: Doc, verb: Token, direct: Sequence[tuple[int, int]]) -> int | None:
    """The offset of the direct quote's closing mark that the verb follows with only punctuation between."""
    closing = {close_at for _, close_at in direct}
    i = verb.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        found = next((at for at in closing if doc[i].idx <= at < doc[i].idx + len(doc[i].text)), None)
        if found is not None:
            return found
        i -= 1
    return None


def _after_a_finished_line(doc: Doc, first: int, last: int) -> int:
    """Where what was said before its cue begins when the parser ran two lines into one sentence: a
    line that ends a sentence ('… public schools.”' then '“Let’s get back …,” said Mulgrew') is no
    part of the next line's report. A line that stops mid-sentence is a hard wrap and stays."""
    for token in reversed(doc[first : last + 1]):
        if token.is_space and "\n" in token.text and token.i > first:
            line_end = doc[max(first, token.i - 2) : token.i].text.rstrip("".join(QUOTE_CHARS) + ") ")
            if line_end.endswith((".", "!", "?")):
                return token.i + 1
    return first


def _unsaid(verb: Token) -> bool:
    """A speech verb denied or only supposed: "Ruiz did not say the plan was dead", "she never said
    …", "a union could say the offer is low". What follows is nobody's statement. "would say" and
    "can confirm" stay reports ("she would later say that …", "police can confirm that …")."""
    if verb.dep_ == "xcomp" and (
        verb.head.lemma_.lower() in _REFUSING or any(child.dep_ == "neg" for child in verb.head.children)
    ):
        return True  # "declined to say that …", "they don't need to say it has fragrance"
    return any(
        child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ in _SUPPOSING)
        for child in verb.children
    )


def _inferred(verb: Token) -> bool:
    """What an event or a finding points to, in a participle after it: "the meditation group showed
    big drops, suggesting that the training helped", "shares fell, signalling that …". Not speech,
    however the subject speaks elsewhere; after a speech verb ("she said prices rose, suggesting
    …") it goes on the statement."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj", "xcomp")
        and verb.lemma_.lower() in _INFERENCE_LEMMAS
        and verb.head.lemma_.lower() not in SPEECH_LEMMAS
        and not (verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in SPEECH_LEMMAS)
        and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    )


# Verbs that say what something points to, not what anyone said ("…, suggesting that …").
_INFERENCE_LEMMAS = frozenset({"suggest", "indicate", "signal", "signify", "imply", "mean", "show", "hint", "point"})
# Modals that make a speech verb a supposition, not a report ("could say", "may argue").
_SUPPOSING = frozenset({"could", "may", "might", "should", "must"})  # "can confirm" states it
# Verbs whose infinitive is what was not said: "declined to say that …", "refused to confirm …".
_REFUSING = frozenset({"decline", "refuse", "fail"})


def _absolute_participle(clause: Token) -> bool:
    """A clause headed by a bare participle ("his voice breaking with emotion"), no auxiliary, no "that"."""
    if clause.tag_ not in ("VBG", "VBN"):
        return False
    return not any(child.dep_ in ("aux", "auxpass", "mark") for child in clause.children)


def _marked_that(clause: Token) -> bool:
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)


def _fronted_clause(doc: Doc, sentence: Span, verb: Token) -> tuple[int, int] | None:
    """The token range of what was said when the parser took the speech verb for a clause hung on
    it ("One group entered the building, where they left a grenade, a security guard told Reuters.":
    "told" an adverbial clause of "entered"): the sentence up to the comma before the verb's own
    words, which are its subject and what follows it to the end of the sentence."""
    head = verb.head
    if verb.dep_ not in ("advcl", "parataxis", "conj") or head.dep_ != "ROOT" or head.i > verb.i:
        return None
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "They left, and a witness told the BBC …": two clauses, not one said
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "…, each touting their own experience": a participle says what they did, not said
    if not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.lefts):
        return None
    if verb.lemma_.lower() not in ("tell", "inform") and any(child.dep_ == "dobj" for child in verb.children):
        return None  # "…, as most companies reported better results": it reported its object
    marks = [child for child in verb.children if child.dep_ == "mark"]
    if marks and (marks[0].lower_ != "as" or any(c.i > verb.i and not c.is_punct for c in verb.children)):
        return None  # "…, because the mayor said so", "…, as most growers reported fair yields": a reason
    comma = verb.left_edge.i - 1
    if comma <= sentence.start or doc[comma].text != "," or head.i >= comma:
        return None
    if any(not token.is_punct for token in doc[verb.right_edge.i + 1 : sentence.end]):
        return None  # words after the verb's own: it is not the sentence's attribution
    return sentence.start, comma - 1


def _characterizes(verb: Token) -> bool:
    """'called climate change a hoax', 'called the charges unsubstantiated': the verb has a subject,
    an object and a noun or adjective said of that object after it; not a name given ("called the
    baby Rose") nor a call made ("called her mother")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    said_of = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ")]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return has_subject and bool(objects) and bool(said_of) and objects[0].i < said_of[0].i


def _object_of(verb: Token, lemma: str) -> Token | None:
    """The direct or prepositional object a stance verb puts forward, when a subject says it."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ not in ("conj", "advcl", "xcomp"):
        return None
    if lemma in OBJECT_LEMMAS:
        for child in verb.rights:
            if child.dep_ == "dobj" and child.pos_ != "PRON":
                return child
    preps = PREPOSITION_OBJECT.get(lemma)
    if preps:
        for child in verb.rights:
            if child.dep_ in ("prep", "prt") and child.lower_ in preps:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    return objects[0]
    return None


def _without_asides(doc: Doc, first: int, last: int, *, present: bool = False) -> int:
    """Where the reported words end before the writer's closing aside: a non-restrictive clause or
    apposition after a comma that runs to the end (", who has not been charged", ", the presumed
    favorite", ", putting his name on the line"), or a second reporting verb joined by "and" (its
    own attribution). After a `present` "says" only a participle clause is the writer's: an
    apposition there goes on in the speaker's voice ("she maintains she's a home cook, one that
    burned down her kitchen as a kid")."""
    for token in doc[first + 1 : last + 1]:
        comma = token.left_edge.i - 1
        aside = (token.dep_ in _ASIDE_DEPS and not present) or (
            token.dep_ == "advcl" and _is_aside_clause(token, present=present)
        )
        if token.dep_ == "appos" and any(t.dep_ == "cc" for t in token.subtree):
            aside = False  # a list ("the musician A, the player B and the judge C"), not an aside
        runs_to_end = all(t.is_punct or t.is_space for t in doc[token.right_edge.i + 1 : last + 1])
        if aside and runs_to_end and first < comma and doc[comma].text == "," and token.head.i < comma:
            return comma - 1
        shares_subject = not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        passive = any(c.dep_ == "auxpass" for c in token.children)  # "and are asked to work": no second report
        if (
            token.dep_ == "conj"
            and not passive
            and is_reporting_verb(token)
            and shares_subject
            and token.head.i < token.i
        ):
            cut = token.left_edge.i - 1
            while cut > first and doc[cut].dep_ in ("cc", "punct"):
                cut -= 1
            return cut
    return last


def _with_coordinated_clauses(verb: Token, last: int) -> int:
    """Widen a present-tense report over the clauses joined to its verb after the complement: in
    "Baxter says the board has looked at it for years, but discussions have gone back and forth",
    the parser hangs the "but" clause on "says", yet it is Baxter's too. News tells its own story in
    the past tense, so a present "says" marks the speaker's voice to the end of the sentence; after
    a past "said" the writer as often goes on in their own words ("…, but polls are not votes")."""
    for child in verb.rights:
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
        if child.i > last and child.dep_ == "conj" and has_subject and not _may_report(child):
            last = child.right_edge.i
    return last


# Where and how something is said, besides written statements: "on a conference call", "at a news
# conference", "in an interview", "during a hearing".
_OCCASIONS = frozenset(
    "interview call conference briefing hearing meeting speech address session rally event forum debate "
    "scrum show podcast broadcast program programme radio television video message update appearance".split()
)


def _clause_on_the_medium(verb: Token) -> list[Token]:
    """The that-clause the parser hung on the medium instead of the verb: in "He said in a statement
    that the king would be sworn in" or "She told analysts on a conference call that sales grew", the
    clause is what was said, not a description of the statement or the call."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for medium in prep.children:
            # a medium or an occasion ("on a conference call", "at a news conference"), whose clause
            # is not its content the way "the theory that …" is
            if medium.dep_ == "pobj" and medium.lemma_.lower() in STATEMENT_NOUNS | _OCCASIONS:
                for clause in medium.rights:
                    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                    if clause.dep_ in ("acl", "relcl") and marked and subject:
                        return [clause]
    return []


def _clause_on_the_listener(verb: Token) -> list[Token]:
    """The clause the parser hung on the listener instead of the verb: in "Tran-Goulet told trustees
    the review would take ten months", what was told, with a subject of its own."""
    for listener in verb.rights:
        if listener.dep_ not in ("dobj", "dative") or listener.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        clauses = [
            c
            for c in listener.rights
            if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > listener.i for g in c.children)
        ]
        if clauses:
            return clauses[:1]
    return []


def _clause_under_a_misread_verb(verb: Token) -> list[Token]:
    """The that-clause the parser hung on a noun it misread as a verb after "to": in "The college said
    in a memo to staff that applications were down", "staff" taken for a verb."""
    for child in verb.rights:
        if child.dep_ != "xcomp" or child.tag_ != "VB" or not any(a.lower_ == "to" for a in child.lefts):
            continue
        if any(c.dep_ in ("dobj", "nsubj") for c in child.children):
            continue  # a real infinitive with its own object ("said to expect delays")
        for clause in child.rights:
            if (
                clause.dep_ == "ccomp"
                and _marked_that(clause)
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            ):
                return [clause]
    return []


def _misparsed_complement(clause: Token) -> bool:
    """A clause the parser hung on a speech verb as an adverbial although it is what was said: it has
    its own subject and no subordinator ("said after the convention he would not accept", "have not
    said when they would vote")."""
    if clause.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return not any(c.dep_ == "mark" for c in clause.children)


def _object_then_predicate(verb: Token) -> list[Token]:
    """A clause the parser read as the speech verb's object plus a verb hung elsewhere: "said [the
    recommendations], while not binding, [carry] “real moral weight”" (the verb as a conjunct with
    no "and"), "said [more changes to how patients are handed over] [were coming]" (the verb inside
    the object). The object, then a finite verb after it with no subject of its own; empty when
    there is none ("said a prayer and left" coordinates two acts)."""
    if verb.lemma_.lower() != "say":
        return []  # "claimed Ford's body, cleaned out …", "charge a fee … to cover": things done, not said
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
    if not objects:
        return []
    thing = objects[0]
    coordinated = any(c.dep_ == "cc" and c.i > verb.i for c in verb.children) or any(
        t.dep_ == "cc" for t in verb.doc[thing.i : verb.sent.end]
    )
    for token in verb.doc[thing.i + 1 : verb.sent.end]:
        if token.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            continue
        finite = token.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in token.children
        )
        if not finite or token.dep_ in ("relcl", "aux", "auxpass"):
            continue
        if token.dep_ == "conj" and token.head.i == verb.i and coordinated:
            return []  # "said a prayer and left"
        if token.dep_ in ("conj", "pcomp", "ccomp", "advcl") and (
            token.head.i == verb.i or thing.i < token.i <= thing.right_edge.i
        ):
            return [thing, token]
        return []
    return []


def _is_aside_clause(clause: Token, *, present: bool = False) -> bool:
    """A participle clause (", putting his name on the line") or a concessive one (", although it may
    take days to know"): the writer's comment more often than the speaker's words, except a concessive
    clause after a present "says", which news uses for the speaker's voice to the sentence's end
    ("The labourer says he learns English at work, while the salary means he has saved")."""
    if clause.tag_ in ("VBG", "VBN"):
        return True
    return not present and any(child.dep_ == "mark" and child.lower_ in _CONCESSIVE for child in clause.children)


def _according_to(
    doc: Doc, text: str, sentence: Span, according: Token, direct: Sequence[tuple[int, int]]
) -> ReportedSpeech | None:
    """`according to X`: the rest of the sentence is the content, X the speaker."""
    to = doc[according.i + 1]
    # the same speaker as a direct quote's "according to" ("the union's release": the union)
    attribution = according_to(doc, range(according.i, according.i + 1))
    if attribution is None:
        return None
    phrase_first = according.i
    phrase_last = max(according.right_edge.i, to.right_edge.i)
    if phrase_first == sentence.start and phrase_last >= sentence.end - 1:
        # "According to host Ana Ruiz, the move reeks of fear.": the parser took the clause for an
        # appositive of the name, so the phrase ran to the sentence end; it ends at its last comma.
        commas = [token.i for token in doc[to.i + 1 : phrase_last] if token.text == ","]
        if commas:
            phrase_last = commas[-1]
    opening = phrase_first == sentence.start or doc[phrase_first - 1].pos_ == "CCONJ"
    if opening and phrase_last + 1 < sentence.end and not doc[phrase_last + 1].is_punct:
        # "According to several people I spoke to, the engines fail": the parser ended the phrase
        # before its relative clause; it runs to its comma
        comma = next((t.i for t in doc[phrase_last + 1 : phrase_last + _PHRASE_TAIL] if t.text == ","), None)
        if comma is not None and comma < sentence.end - 1:
            phrase_last = comma
    before = (sentence.start, phrase_first - 1)
    after = (phrase_last + 1, sentence.end - 1)
    # The side with the sentence's main verb is what the source says ("A, according to X, adding to
    # B": A); failing that, the longer side ("A, according to X" or "According to X, A").
    root = sentence.root.i
    holding = [side for side in (before, after) if side[0] <= root <= side[1]]
    first, last = holding[0] if holding else max((before, after), key=lambda side: side[1] - side[0])
    joined = phrase_first > sentence.start and doc[phrase_first - 1].pos_ == "CCONJ"
    if joined and after[1] >= after[0]:
        # "The brew was as clean, but according to reviews, its finish chips": the clause joined after
        first, last = after
    elif (first, last) == before:
        # "It's unclear whether he will return — both were said to have had contract issues, according
        # to Variety": one dash sets the writer's clause apart from what the source says
        dashes = [t.i for t in doc[first : last + 1] if t.text in DASHES]
        if len(dashes) == 1 and any(t.pos_ in ("VERB", "AUX") for t in doc[dashes[0] + 1 : last + 1]):
            first = dashes[0] + 1
    last = _before_another_report(doc, first, last)
    report = _content(doc, text, first, last, attribution, direct)
    if report is not None and not names_a_source(doc, attribution):
        report = replace(report, confidence="low")
    return report


_PHRASE_TAIL = 8  # words an opening "according to X" may run on past where the parser ended it
# Nouns of saying and holding whose "that" clause is what is said or held ("Trump's claim that …").
_CLAIM_NOUNS = frozenset(
    """
    claim assertion statement argument warning prediction acknowledgment acknowledgement suggestion
    promise pledge insistence conclusion allegation accusation complaint contention remark admission
    denial vow assurance concern fear belief view
    """.split()
)


def _holds_a_claim(token: Token) -> bool:
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in _CLAIM_NOUNS
        and any(c.dep_ in ("acl", "ccomp") and c.i > token.i and _marked_that(c) for c in token.children)
    )


def _claim_of(doc: Doc, text: str, noun: Token, direct: Sequence[tuple[int, int]]) -> ReportedSpeech | None:
    """A claim's "that" clause, as a possible attribution to whoever holds it: the noun's owner
    ("Trump's claim that …", "her acknowledgment that …"), else the subject of the verb it is the
    object of ("Republicans have expressed concern that …"), else nobody."""
    clause = next(c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and _marked_that(c))
    # "But Trump claims that …": a verb the tagger took for a noun, with a subject of its own
    subject = next((c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    owner = subject or next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj":
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    report = _content(doc, text, clause.left_edge.i, clause.right_edge.i, noun_attribution(noun, owner), direct)
    if report is None:
        return None
    said = subject is not None and noun.lemma_.lower() in SPEECH_LEMMAS and subject.pos_ in ("PROPN", "NOUN", "PRON")
    return replace(report, confidence="high" if said else "low")


def _before_another_report(doc: Doc, first: int, last: int) -> int:
    """Where what a source says ends before a clause joined to it with a speaker of its own: in
    "According to EHS, the target is met in 90 per cent of cases but Chapman says that's not what the
    union sees", EHS says only the first part; the rest is Chapman's report."""
    for token in doc[first + 1 : last + 1]:
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if token.dep_ == "conj" and own_subject and is_reporting_verb(token) and first <= token.head.i < token.i:
            cut = token.left_edge.i - 1
            while cut > first and doc[cut].dep_ in ("cc", "punct"):
                cut -= 1
            return cut
    return last


def _content(
    doc: Doc, text: str, first: int, last: int, attribution: Attribution, direct: Sequence[tuple[int, int]]
) -> ReportedSpeech | None:
    """Trim the token range to its words and classify it; None when it is too short or a direct quote."""
    if last < first:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    if first == 0:
        start = after_dateline(text, start)  # "OTTAWA — The government will …, the minister said"
    while start < end and text[start] in _EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in _EDGE_CHARS:
        end -= 1
    if end < len(text) and text[end] == "." and _DOTTED_WORD_END.search(text, start, end):
        end += 1  # "between 3 a.m. and 5 a.m.", "sue the U.S.": the abbreviation's own full stop
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha() and text[end - 1].isalpha():
        end = _WORD_END.search(text, end + 1).end()  # "to re-evaluate him", the parse cut at the hyphen
    words = [t for t in doc[first : last + 1] if not t.is_punct and not t.is_space]
    if (
        len(words) < _MIN_CONTENT_WORDS
        or end <= start
        or is_link_label([t for t in doc[first : last + 1] if not t.is_space])
    ):
        return None
    if any(open_at <= start and end <= close_at + 1 for open_at, close_at in direct):
        return None  # it is (part of) a direct quote
    if _quoted_share(start, end, direct) >= 0.5:
        return None
    start, end = balance_marks(text, start, end)
    in_marks = text[start : start + 1] in QUOTE_CHARS or (start > 0 and text[start - 1] in QUOTE_CHARS)
    if in_marks and is_a_title(text[start:end]):
        return None  # 'said on CBS' “Face the Nation.”': the programme, not what was said
    quoted = any(ch in QUOTE_CHARS for ch in text[start:end])
    kind = "mixed" if quoted else "indirect"
    return ReportedSpeech(start, end, first, last, kind, attribution)


_WORD_END = re.compile(r"[\w'’]*")
_DOTTED_WORD_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.)+[A-Za-z]$")


def _quoted_share(start: int, end: int, direct: Sequence[tuple[int, int]]) -> float:
    covered = sum(max(0, min(end, close_at + 1) - max(start, open_at)) for open_at, close_at in direct)
    return covered / max(1, end - start)


_CHANNEL_LEMMAS = frozenset({"report"})  # how a news outlet passes on what someone else said


def _passes_on(cue: Token) -> bool:
    """A channel's "reported" after what someone else said ('…, Zhirnov said, TASS reported')."""
    if cue.lemma_.lower() not in _CHANNEL_LEMMAS:
        return False
    return not any(child.dep_ in _COMPLEMENT_DEPS and child.i > cue.i for child in cue.children)


def _is_according(doc: Doc, token: Token) -> bool:
    return token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"


def _may_report(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in ANY_LEMMA and not in_a_title(token)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _crosses(start: int, end: int, other_start: int, other_end: int) -> bool:
    """True when two spans overlap without one holding the other (reported speech nests: 'A said B
    told C that D' reports two things), or are the same span."""
    return start < other_end and other_start < end


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(open_at <= offset <= close_at for open_at, close_at in spans)
