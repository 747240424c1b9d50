"""Reported (indirect) and mixed speech in one parsed paragraph: `X said (that) …`, `according to X, …`.

Read from the dependency parse, not from marks: a reporting verb (by lemma) whose clausal complement
is what was said, or an `according to X` phrase attached to the rest of its sentence. The content
span is the complement clause (or the sentence without the attribution), so it holds the same words
a reader would underline. Content that contains a quoted stretch is "mixed" (`X said the plan was
"dead on arrival"`); content that is wholly a direct quote is left to the direct-quote finder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.nlp.quote_cues import SPEECH_LEMMAS, Attribution, attribution_for, noun_phrase

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

# Verbs that attribute a clause to someone without being speech: thought, findings, evidence.
_ATTRIBUTION_LEMMAS = frozenset(
    """
    believe think expect hope fear worry doubt suspect feel know find show indicate signal
    determine acknowledge concede recognize recognise imply hold forecast project
    """.split()
)
# Speech verbs that never report a clause ("laughed", "sang"); "continue" takes "to" far more as a
# plain verb ("continued to rise") than as speech.
_NOT_REPORTING = frozenset({"laugh", "sigh", "sing", "chant", "cry", "continue", "post", "charge", "order", "count"})
REPORTING_LEMMAS = (SPEECH_LEMMAS | _ATTRIBUTION_LEMMAS) - _NOT_REPORTING
# Verbs whose infinitive complement is the reported content ("vowed to fight", "urged them to vote").
_TO_COMPLEMENT = frozenset(
    """
    promise vow pledge threaten refuse decline urge agree offer propose ask tell demand plead beg
    warn advise instruct insist claim deny
    """.split()
)
# Naming verbs: what follows them is the content when it holds quoted words ('called it "a disaster"').
_NAMING = frozenset({"call", "describe", "label", "dub", "brand", "term", "characterize", "characterise", "deride"})
_COMPLEMENT_DEPS = frozenset({"ccomp"})
_SKIP_EDGE = frozenset({"punct", "cc"})
_QUOTE_CHARS = frozenset('"“”„‟«»')
_EDGE_CHARS = frozenset(" \t\n\u00a0,.;:—–-") | _QUOTE_CHARS
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


def is_reporting_verb(token: Token) -> bool:
    """A verb that can report a clause (speech, thought or finding), used as a verb."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_LEMMAS


def find_reported_speech(doc: Doc, direct: Sequence[tuple[int, int]]) -> list[ReportedSpeech]:
    """Indirect and mixed speech of one paragraph in text order. `direct` holds the paragraph char
    spans (marks included) of the direct quotes already found: cues inside them are the quoted
    person's words, and content lying inside one is that direct quote, not reported speech."""
    found: list[ReportedSpeech] = []
    taken: list[tuple[int, int]] = []
    for sentence in doc.sents:
        # The main clause's attribution first: in 'A said B asked C to D', A's report holds B's.
        for token in sorted(sentence, key=_depth):
            if _inside(token.idx, direct):
                continue
            report = None
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                report = _according_to(doc, sentence, token, direct)
            elif is_reporting_verb(token):
                report = _reported_by(doc, sentence, token, direct)
            if report is None or any(_crosses(report.start, report.end, start, end) for start, end in taken):
                continue
            found.append(report)
            taken.append((report.start, report.end))
    found.sort(key=lambda r: r.start)
    return found


def _reported_by(doc: Doc, sentence: Span, verb: Token, direct: Sequence[tuple[int, int]]) -> ReportedSpeech | None:
    lemma = verb.lemma_.lower()
    complements = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS]
    if not complements and lemma in _TO_COMPLEMENT:
        complements = [c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts)]
    if complements:
        complement = complements[0]
        first, last = complement.left_edge.i, complement.right_edge.i
        after = complement.i < verb.i
    elif verb.dep_ == "parataxis" and verb.head.i in range(sentence.start, sentence.end):
        # "The economy, he said, is weak": the clause the verb interrupts, without the verb's own words.
        head = verb.head
        first, last = head.left_edge.i, head.right_edge.i
        cue_first, cue_last = verb.left_edge.i, verb.right_edge.i
        if cue_first <= first:
            first = cue_last + 1
        elif cue_last >= last:
            last = cue_first - 1
        after = cue_first > head.i
    elif lemma in _NAMING:
        # 'called half of them "deplorables"': the words after the verb, reported only when quoted.
        rights = [c for c in verb.rights if c.dep_ not in _SKIP_EDGE]
        if not rights:
            return None
        first, last = rights[0].left_edge.i, max(c.right_edge.i for c in rights)
        if not any(ch in _QUOTE_CHARS for ch in doc[first : last + 1].text):
            return None
        after = False
    else:
        return None
    first, last = max(first, sentence.start), min(last, sentence.end - 1)
    attribution = attribution_for(doc, verb, after_quote=after, quoted=frozenset())
    return _content(doc, first, last, attribution, direct)


def _according_to(
    doc: Doc, sentence: Span, according: Token, direct: Sequence[tuple[int, int]]
) -> ReportedSpeech | None:
    """`according to X`: the rest of the sentence is the content, X the speaker."""
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    phrase_first = according.i
    phrase_last = max(according.right_edge.i, to.right_edge.i)
    before = (sentence.start, phrase_first - 1)
    after = (phrase_last + 1, sentence.end - 1)
    # The longer side is what the source says ("A, according to X" or "According to X, A").
    first, last = max((before, after), key=lambda side: side[1] - side[0])
    head = objects[0]
    start, end = noun_phrase(head)
    attribution = Attribution(according.i, according.i + 2, head.i, start, end)
    return _content(doc, first, last, attribution, direct)


def _content(
    doc: Doc, first: int, last: int, attribution: Attribution, direct: Sequence[tuple[int, int]]
) -> ReportedSpeech | None:
    """Trim the token range to its words and classify it; None when it is too short or a direct quote."""
    if last < first:
        return None
    text = doc.text
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    while start < end and text[start] in _EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in _EDGE_CHARS:
        end -= 1
    words = [t for t in doc[first : last + 1] if not t.is_punct and not t.is_space]
    if len(words) < _MIN_CONTENT_WORDS or end <= start:
        return None
    if any(open_at <= start and end <= close_at + 1 for open_at, close_at in direct):
        return None  # it is (part of) a direct quote
    if _quoted_share(start, end, direct) >= 0.5:
        return None
    # Keep a closing mark that belongs to a quoted stretch inside ('was "dead on arrival."').
    raw_end = doc[last].idx + len(doc[last].text)
    while end < raw_end and text[end] in _QUOTE_CHARS | frozenset(".,!?"):
        end += 1
    quoted = any(ch in _QUOTE_CHARS for ch in text[start:end])
    end = _balance_end(text, start, end)
    kind = "mixed" if quoted else "indirect"
    return ReportedSpeech(start, end, first, last, kind, attribution)


def _balance_end(text: str, start: int, end: int) -> int:
    """Drop trailing punctuation left after trimming unless a quotation mark closes after it."""
    while end > start and text[end - 1] in ",;:":
        end -= 1
    if end > start and text[end - 1] in ".!?" and not any(ch in _QUOTE_CHARS for ch in text[start:end]):
        end -= 1
    return end


def _quoted_share(start: int, end: int, direct: Sequence[tuple[int, int]]) -> float:
    covered = sum(max(0, min(end, close_at + 1) - max(start, open_at)) for open_at, close_at in direct)
    return covered / max(1, end - start)


def _depth(token: Token) -> int:
    depth = 0
    while token.head is not token and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _crosses(start: int, end: int, other_start: int, other_end: int) -> bool:
    """True when two spans overlap without one holding the other (reported speech nests: 'A said B
    told C that D' reports two things), or are the same span."""
    return start < other_end and other_start < end


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(open_at <= offset <= close_at for open_at, close_at in spans)
