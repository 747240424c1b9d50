"""Find the speech verb ("cue") next to a quote and the noun phrase of whoever it says spoke.

Works on one paragraph's spaCy Doc with the quotes already located by mark pairing. The frame of a
quote is the stretch of non-quoted words around it up to the sentence's end punctuation or the
neighbouring quote; the cue is a speech verb in that frame, the nearer side winning, and the speaker
is the cue's subject (or, for an inverted "said X" with no subject, the noun after it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.nlp.entities.extract import channel_number
from reader.nlp.entities.names import AGENT_NOUNS
from reader.nlp.entities.titles import is_honorific, is_title_word
from reader.nlp.quotes.roles import ORG_NOUNS, can_speak, is_a_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPEECH_LEMMAS = frozenset(
    """
    say tell add note warn insist claim argue explain write tweet post announce deny acknowledge state
    declare continue ask reply respond comment stress emphasise emphasize remark admit suggest report
    conclude answer recall observe caution predict promise vow pledge concede contend assert maintain
    mention quip joke shout yell scream cry whisper mutter exclaim complain lament boast threaten urge
    agree disagree confirm reveal recount describe testify counter retort interject propose repeat
    reiterate proclaim tout point hint muse wonder sigh laugh plead beg demand order instruct advise
    inform assure tell brief accuse charge allege speculate estimate calculate sing chant read share indicate
    """.split()
)
# What someone issues: a speaker phrase headed by one of these stands for its author.
STATEMENT_NOUNS = frozenset(
    "statement release tweet post letter email e-mail notice memo communique communiqué bulletin announcement".split()
)
# What only a person gives, by word of mouth: "Cooke's earlier testimony concluded …" is Cooke's; "a
# speech" with nobody named is nobody's, never the organisation last named.
_SPOKEN_NOUNS = frozenset("testimony remark comment speech".split())
# Documents, which speak for whoever the text says issued them ("the PBO report concluded", "a study
# by Ana Ruiz found"); with nobody named, for nobody (never the last organisation named).
DOCUMENT_NOUNS = frozenset("report decision ruling judgment judgement verdict study survey filing".split())
# Verbs whose direct object is the listener, never the speaker ("told reporters").
_LISTENER_OBJECT = frozenset({"tell", "ask", "inform", "assure", "brief", "advise", "urge", "order", "instruct", "beg"})
_SENTENCE_END = frozenset({".", "!", "?", "…"})
DASHES = frozenset({"―", "—", "–", "--"})
_DASH_CHARS = frozenset("―—–")
_SUBJECT_DEPS = frozenset({"nsubj"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp"})  # "... and said", "..., adding:" take the subject above
_INVERTED_SPEAKER_DEPS = frozenset({"dobj", "attr", "npadvmod", "appos", "oprd", "nsubjpass", "dep"})
_NP_LEFT_DEPS = frozenset({"det", "compound", "amod", "poss", "nummod", "nmod", "flat", "case", "quantmod"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_TIME_WORDS = frozenset({"morning", "afternoon", "evening", "night", "today", "yesterday", "tonight", "week", "year"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue and its speaker inside one Doc, as token indices (`speaker_*` None when not found;
    `cue_*` None for a dash attribution, '"..." ― Name', which has no speech verb)."""

    cue_start: int | None
    cue_end: int | None  # exclusive
    speaker_head: int | None
    speaker_start: int | None
    speaker_end: int | None  # exclusive


def quote_token_range(doc: Doc, open_at: int, close_at: int | None) -> tuple[int, int]:
    """Token indices [first, last] of a quote including its marks (paragraph char offsets in)."""
    close = len(doc.text) - 1 if close_at is None else close_at
    first = next((t.i for t in doc if t.idx + len(t.text) > open_at), len(doc))
    last = max((t.i for t in doc if t.idx <= close), default=first)
    return first, last


def after_frame(doc: Doc, last: int, limit: int) -> range:
    """Tokens after a quote up to its sentence's end punctuation or `limit` (the next quote)."""
    end = last + 1
    while end < limit and not _ends_sentence(doc[end]) and "\n" not in doc[end].text:
        end += 1
    return range(last + 1, end)


def before_frame(doc: Doc, first: int, floor: int) -> range:
    """Tokens before a quote back to the previous end punctuation or `floor` (the previous quote)."""
    start = first
    while start > floor and not _ends_sentence(doc[start - 1]) and "\n" not in doc[start - 1].text:
        start -= 1
    return range(start, first)


def _ends_sentence(token: Token) -> bool:
    """End punctuation, but not the full stop of an abbreviation the tokenizer split off ("Police
    Lt. Tom Wilkison said": "Lt" and "."), which the parser hangs inside the name."""
    if token.text not in _SENTENCE_END:
        return False
    if token.text != "." or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    abbreviation = not before.whitespace_ and before.is_alpha and before.is_title and len(before) <= 4
    return not (abbreviation and token.dep_ != "punct")


def is_cue(token: Token) -> bool:
    """A speech verb used as a verb ("said", not "the report")."""
    if token.lemma_.lower() not in SPEECH_LEMMAS or in_a_title(token):
        return False
    return token.pos_ in ("VERB", "AUX") or _verb_read_as_a_plural(token)


_CLOSING_MARKS = frozenset({"”", '"', "’", "'", "»"})
_AFTER_CUE = frozenset({",", ".", ";", "!", "?"})


def _verb_read_as_a_plural(token: Token) -> bool:
    """'“…,” Dan shares.', '“…,” Ana Ruiz notes, …': a speech verb in "-s" that the tagger took for a
    plural noun ("shares", "notes"), right after a quote's closing mark and a name or pronoun, and
    ending its clause. Nowhere else: "… for Apple shares." is a noun."""
    doc = token.doc
    if token.tag_ != "NNS" or token.i < 2:
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].text not in _AFTER_CUE:
        return False
    i = token.i - 1
    if doc[i].pos_ == "PRON":
        i -= 1
    else:
        while i >= 0 and doc[i].pos_ == "PROPN":
            i -= 1
        if i == token.i - 1:
            return False  # no name before it
    if i >= 1 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].text in _CLOSING_MARKS


def _name_after_a_title_chain(subject: Token) -> Token | None:
    """The person a chain of titles ends with, which the parser hung on a title as a conjunct ("says
    Holloway Events Founder and Lead Designer Cathleen Holloway"): the name's last word, when a
    capitalised title word stands right before the "and"."""
    doc = subject.doc
    verb = subject.head
    subjects = [c for c in verb.children if c.dep_ == subject.dep_] if verb.i != subject.i else [subject]
    first, end = min(c.left_edge.i for c in subjects), max(c.right_edge.i for c in subjects) + 1
    joins = [t.i for t in doc[first:end] if t.lower_ == "and"]
    before = doc[joins[0] - 1] if joins and joins[0] > first else None
    # a capitalised title right before "and", not a name with an honorific: not "the mayor and …",
    # "Ms. Ortiz and Mr. Hendry" or "Mr. King and Mr. Schultz"
    if before is None or not (before.text[:1].isupper() and _is_title(before)):
        return None
    if any(is_honorific(t.text) for t in doc[first : joins[0]]):
        return None
    last = doc[end - 1]
    if last.ent_type_ not in ("PERSON", "") or last.pos_ != "PROPN" or last.dep_ != "conj" or last.i < joins[-1]:
        return None
    head = last
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "Founder and … Holloway", or "Co-Owner and … Vanco" hung on "Owner"
    return last if head in subjects else None


def _is_title(token: Token) -> bool:
    word = token.text.split("-")[-1]
    return is_title_word(word) or is_a_person_noun(word) or word.lower() in _WORK_TITLES


# Job titles a company's name may stand before ("Estera Events Co-Owner"), too wide for a person noun
# alone ("the owner" may be a company), but a title in a chain before a name.
_WORK_TITLES = frozenset("owner designer planner proprietor partner manager editor producer".split())


def _name_read_as_an_adverb(cue: Token, quoted: frozenset[int]) -> Token | None:
    """A surname that is an adverb too, capitalised inside its sentence right before the cue or its
    adverbs ("…, but Early still says"), which the parser read as the adverb."""
    before = cue.i - 1
    while before > 0 and cue.doc[before].tag_ in ("RB", "RBR") and before not in quoted:
        word = cue.doc[before]
        if word.text[:1].isupper() and word.is_alpha and not word.is_sent_start and not _title_case(word.sent):
            return word
        before -= 1
    return None


def _title_case(sentence: Span) -> bool:
    """Most of the sentence's words start with a capital, as a headline's do."""
    words = [t for t in sentence if t.is_alpha]
    return sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


def in_a_title(token: Token) -> bool:
    """A word written with a capital inside a sentence written in lower case, right after another
    capitalised word ("This month's theme — He Said, She Said — …", "the film They Said Yes"): a
    title's word, not a verb of the sentence. A headline in title case ("Mayor Says Budget Is
    Balanced") keeps its verb, and "Said Ellis:" opens its sentence."""
    if not token.text[:1].isupper() or token.text.isupper() or token.is_sent_start or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if not (before.is_alpha and before.text[:1].isupper()):
        return False
    words = [t for t in token.sent if t.is_alpha]
    return sum(t.text[:1].isupper() for t in words) < 0.6 * len(words)


def according_to(doc: Doc, frame: range) -> Attribution | None:
    """`according to X`: the cue is the two words, the speaker the object of "to"."""
    for i in frame:
        if doc[i].lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
            objects = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
            if objects and not _in_accordance_with(doc, i, objects[0]):
                return _with_speaker(i, i + 2, objects[0])
    return None


def _in_accordance_with(doc: Doc, according: int, source: Token) -> bool:
    """ "according to" inside a clause, not set off by a comma, before no one who could say
    anything: "feed the board according to the blade rotation", "if it didn't go according to
    plan". "Two died according to police" and "…, according to the plan's authors" are sources."""
    before = according - 1
    while before >= 0 and (doc[before].is_space or doc[before].lower_ in _OPENING_CONJUNCTIONS):
        before -= 1
    if before < 0 or doc[before].is_punct or doc[before].is_sent_end:
        return False  # "According to X, …", "But according to X, …", "…, according to X", "(according to X)"
    noun = source.lemma_.lower()
    return not (
        source.pos_ in ("PROPN", "PRON")
        or source.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or can_speak(noun)
        or noun in ORG_NOUNS
        or noun in _SOURCE_DOCUMENTS
    )


# What else may be the source of an "according to" inside a clause: what is written or counted.
_SOURCE_DOCUMENTS = frozenset(
    """
    report study survey poll data figure record document statement estimate calculation research filing
    court office website site article story review
    """.split()
)
# Words that may open a sentence before its "according to X": "But according to police, …".
_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "still", "also"})


def dash_attribution(doc: Doc, frame: range) -> Attribution | None:
    """'"..." ― Jane Doe': a dash right after the quote, then a name, is a byline-style attribution."""
    tokens = [i for i in frame if not doc[i].is_space]
    before = doc[frame.start - 1] if frame.start > 0 else None
    if before is not None and len(before.text) > 1 and before.text[-1] in _DASH_CHARS and tokens:
        name = doc[tokens[0]]  # '”― Jane Doe': the tokenizer glued the dash to the closing mark
    elif len(tokens) >= 2 and doc[tokens[0]].text in DASHES:
        name = doc[tokens[1]]
    else:
        return None
    if name.pos_ != "PROPN":
        return None
    head = name
    while (
        head.head.i in frame
        and head.head.pos_ == "PROPN"
        and head.head.i != head.i
        and head.dep_ in ("compound", "flat")
    ):
        head = head.head
    return _with_speaker(None, None, head)


def colon_attribution(doc: Doc, first: int, earliest: int) -> Attribution | None:
    """'Fire Chief Ken Stuart: “The building was a total loss.”': a person's name (with its title)
    and a colon, nothing else since the sentence began, before the quote's opening mark at `first`."""
    words = _named_before_colon(doc, first, earliest)
    if words is None or _one_of_them(words):
        return None
    if any(not (token.pos_ == "PROPN" or token.text[:1].isupper()) for token in words):
        return None  # "The mayor said this: “…”" has a verb; "Her answer: “…”" no name
    if words.start > words.sent.start and not doc[words.start - 1].is_space:
        return None  # "Late Friday, Chief Ken Stuart: …": the name must open its sentence
    return _with_speaker(None, None, words[-1])


def member_attribution(doc: Doc, first: int, earliest: int) -> Attribution | None:
    """'Some testers were won over, including tester Jo Malkin: “…”': the quote is the named one's,
    not the group's that the sentence's verb has."""
    words = _named_before_colon(doc, first, earliest)
    return _with_speaker(None, None, words[-1]) if words is not None and _one_of_them(words) else None


def _named_before_colon(doc: Doc, first: int, earliest: int) -> Span | None:
    """The words since the last punctuation before a colon right before the quote's opening mark,
    when they end in a person's name."""
    colon = first - 1
    while colon > earliest and doc[colon].is_space:
        colon -= 1
    if colon <= earliest or doc[colon].text != ":":
        return None
    start = colon - 1
    while start - 1 >= max(earliest, doc[colon].sent.start) and not (
        doc[start - 1].is_punct or doc[start - 1].is_space
    ):
        start -= 1
    words = doc[start:colon]
    if not words or words[-1].ent_type_ != "PERSON" or words[-1].pos_ != "PROPN":
        return None
    return words


_MEMBER_OF = ("including", "such as", "among them", "like")


def _one_of_them(words: Span) -> bool:
    """'Some testers were won over, including tester Jo Malkin: “…”': one of a group the sentence
    speaks of, named (with a lowercase title at most) between "including" and the colon."""
    text = words.text.lower()
    member = next((m for m in _MEMBER_OF if text.startswith(m + " ")), None)
    if member is None:
        return False
    name = [t for t in words[len(member.split()) :] if t.ent_type_ != "PERSON"]
    return all(t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "DET", "ADJ") for t in name)


def attribution_for(doc: Doc, cue: Token, *, after_quote: bool, quoted: frozenset[int]) -> Attribution:
    """The cue and its speaker's noun phrase (left modifiers + head, or the named entity around the head).
    Words inside quotes (`quoted` token indices) are never the speaker."""
    return _with_speaker(cue.i, cue.i + 1, _speaker_head(cue, after_quote=after_quote, quoted=quoted))


def _with_speaker(cue_start: int | None, cue_end: int | None, head: Token | None) -> Attribution:
    if head is None:
        return Attribution(cue_start, cue_end, None, None, None)
    head = issuer_of(head)
    start, end = noun_phrase(head)
    doc = head.doc
    # an entity the recogniser ran over the verb ("Teresa Nielsen Hayden explained" tagged as one
    # title): the speaker's words stop at the cue
    if cue_start is not None and cue_end is not None:
        if head.i < cue_start < end:
            end = cue_start
        elif start < cue_end <= head.i:
            start = cue_end
    if _is_an_age(head) and head.i >= 4 and doc[head.i - 4].like_num:  # "the 29-year-old"
        start = head.i - 4 - (head.i >= 5 and doc[head.i - 5].lower_ in ("the", "this"))
    # "Anna Berg and Paul Stone said": the speaker's words run over the coordinated names.
    for conjunct in head.children:
        if conjunct.dep_ == "conj" and conjunct.i > head.i and conjunct.pos_ in ("PROPN", "NOUN"):
            end = max(end, noun_phrase(conjunct)[1])
    # The recogniser sometimes takes a dash or a space into a name ("― Jane Doe"): not the speaker's words.
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return Attribution(cue_start, cue_end, head.i, start, end)


def noun_attribution(noun: Token, speaker: Token | None) -> Attribution:
    """The attribution of a claim's clause to whoever holds the claim ("Trump's claim that …"):
    the noun as the cue, `speaker` (or nobody) as the speaker."""
    return _with_speaker(noun.i, noun.i + 1, speaker)


def _speaker_head(cue: Token, *, after_quote: bool, quoted: frozenset[int]) -> Token | None:
    if is_imperative(cue):
        return None  # 'ask yourself, “Does this make sense?”': the reader, told to
    verb = cue
    # "Stuart was quoted in the Herald as saying …": the subject of "quoted" said it.
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() == "quote":
        quoted_verb = cue.head.head
        subjects = [c for c in quoted_verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted]
        if subjects:
            return _named_appositive(subjects[0]) or subjects[0]
    if _hung_on_the_report(cue):
        verb = cue.head.head  # "X suggested that the car will sell, saying, “…”": X says it, not the car
    document = _subject_read_as_a_headline(cue)
    if document is not None:
        return document
    listed = _subject_read_into_a_list(cue)
    if listed is not None:
        return _named_appositive(listed) or listed
    named = _name_read_as_an_adverb(cue, quoted)
    if named is not None:
        return named
    if cue.dep_ in ("acl", "advcl"):
        # "the prison, dubbed the “Hanoi Hilton” by American servicemen": the agent names it
        for agent in (c for c in cue.children if c.dep_ == "agent"):
            for named_by in agent.children:
                if named_by.dep_ == "pobj" and named_by.i not in quoted and _could_speak(named_by):
                    return _named_appositive(named_by) or named_by
    aside = cue.dep_ == "parataxis" and cue.i > 0 and cue.doc[cue.i - 1].text == ","
    for _ in range(3):
        subjects = _subjects_of(verb, quoted)
        if aside and verb is cue and any(c.i > cue.i for c in subjects):
            subjects = [c for c in subjects if c.i > cue.i]  # "The plan, says the mayor, is sound"
        if subjects:
            subject = subjects[0]
            before = [c for c in subjects if c.i < verb.i]
            if len(before) > 1 and _clauses_apart(before[-2], before[-1]):
                subject = before[-1]  # "… worships Patsy Cline, and so the writers knew …": two read as subjects
            if subject.lower_ in _RELATIVE_PRONOUNS and subject.tag_ in ("WDT", "WP"):
                return _antecedent(verb, subject)
            named = _name_read_as_a_second_subject(subject, subjects)
            if named is not None:
                return named
            return _named_appositive(subject) or _name_after_a_title_chain(subject) or subject
        if verb.dep_ == "relcl" and verb.head.pos_ in _NOMINAL:
            return verb.head
        if verb.dep_ not in _CLIMB_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    # "Harbour Hydro issued a statement saying …": who issued the statement says it; "a statement
    # from the ministry saying …" is the ministry's (`issuer_of`)
    if cue.dep_ == "acl" and cue.head.pos_ == "NOUN" and cue.head.lemma_.lower() in STATEMENT_NOUNS:
        statement = cue.head
        if statement.dep_ == "dobj":
            issuers = [c for c in statement.head.children if c.dep_ == "nsubj" and c.i not in quoted]
            if issuers and issuers[0].pos_ in _NOMINAL:
                return _named_appositive(issuers[0]) or issuers[0]
        if statement.i not in quoted:
            return statement
    # '“…,” team members dressed for a game say': the parser hung "say" on "game" as a clause; the
    # noun the participle phrase describes is who speaks.
    if cue.dep_ == "acl" and cue.tag_ in ("VBP", "VBZ", "VBD"):
        token = cue.head
        while token.dep_ in ("pobj", "prep", "acl", "dobj") and token.head.i != token.i:
            token = token.head
        if token.i not in quoted and token.pos_ in ("NOUN", "PROPN") and token.i < cue.i:
            return _named_appositive(token) or token
    # A misparse ("... police Chief Jane Roe said", subject taken from inside the quote): the noun just
    # before the cue, if it is not quoted, is its subject.
    before = cue.i - 1
    if before >= 0 and before not in quoted and _could_speak(cue.doc[before]) and cue.doc[before].dep_ != "dobj":
        return cue.doc[before]
    if before >= 2 and before not in quoted and _is_an_age(cue.doc[before]):
        return cue.doc[before]  # '“…,” the 29-year-old said', "old" taken for a modifier of "said"
    if quoted:
        named = _first_name_after_quote(cue, quoted)
        if named is not None:
            return named
    # "Said Ellis:" opening a sentence, which the parser reads as a name with "Said" in it.
    if cue.dep_ == "compound" and cue.head.pos_ == "PROPN" and cue.head.i > cue.i:
        return cue.head
    # "This system, says Richard Locksley, an immunologist, helps …": an aside whose speaker the
    # parser made the sentence's subject
    inverted = after_quote or cue.is_sent_start or aside
    # "I washed the presses, noted any design features, and rated them": one of the writer's acts in a
    # row, its object no speaker
    listed = any(child.dep_ == "conj" and child.pos_ == "VERB" and child.i > cue.i for child in cue.children)
    # "Then re-read this blog post": a verb in the base form is an order, its object no speaker
    if inverted and cue.lemma_.lower() not in _LISTENER_OBJECT and not listed and cue.tag_ != "VB":
        for child in cue.rights:
            if child.dep_ in _INVERTED_SPEAKER_DEPS and _could_speak(child):
                return _named_appositive(child) or child  # "says Wise's dad, Darrin": Darrin
        return _name_after_inverted_cue(cue)
    return None


def is_imperative(verb: Token) -> bool:
    """A verb in the base form heading its sentence with no subject and no auxiliary, or asking the
    reader to do it to themselves: the writer tells the reader to ("Please read the original
    post", "(say it after a meal)", "ask yourself, “Does this make sense?”"), or to be told ("though
    be warned: …")."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
        return len(auxiliaries) == 1 and auxiliaries[0].lower_ == "be" and auxiliaries[0].tag_ == "VB"
    if verb.tag_ != "VB" or any(
        child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for child in verb.children
    ):
        return False
    return verb.dep_ in ("ROOT", "parataxis") or any(
        child.dep_ == "dobj" and child.lower_ in ("yourself", "yourselves") for child in verb.children
    )


def _hung_on_the_report(cue: Token) -> bool:
    """A participle set off by a comma after what a speech verb reported ("X suggested that the car
    will sell, saying …", "she said prices will rise, adding …"), which the parser hangs on the
    reported clause's verb: it goes on the speaker's report, so its subject is the speaker's. So does
    the speech verb said again after "and" ("the ministry said it viewed the move as a breach and said
    it would raise tensions"), or "added" ("she said prices will rise and added …")."""
    clause = cue.head
    if not (
        clause.dep_ == "ccomp"
        and clause.i < cue.i
        and clause.head.i < clause.i
        and is_cue(clause.head)
        and cue.i > 0
        and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children)
    ):
        return False
    if cue.tag_ == "VBG" and cue.dep_ == "advcl":
        return cue.doc[cue.i - 1].text == ","
    return (
        cue.dep_ == "conj"
        and cue.lemma_.lower() in (clause.head.lemma_.lower(), "add")
        and any(c.dep_ == "cc" and clause.i < c.i < cue.i for c in clause.children)
    )


_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "VERB"})


def _subject_read_as_a_headline(cue: Token) -> Token | None:
    """'The board decision allowing his release said he …': the parser made the sentence a noun phrase
    (its root the noun "decision"), hung "said" on the participle as a clause and took "his release"
    for its subject. The noun the participle describes is what said it."""
    participle = cue.head
    noun = participle.head
    if not (
        cue.dep_ == "ccomp"
        and participle.dep_ == "acl"
        and participle.tag_ in ("VBG", "VBN")
        and participle.i < cue.i
        and noun.dep_ == "ROOT"
        and noun.pos_ == "NOUN"
        and noun.i < participle.i
    ):
        return None
    subjects = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS]
    return noun if subjects and all(s.left_edge.i > participle.i for s in subjects) else None


def _subjects_of(verb: Token, quoted: frozenset[int]) -> list[Token]:
    """The verb's subjects outside the quote. A piece of a hyphenated word the tokenizer split, or
    a hyphen, goes when a subject outside that word remains: in "said co-author Ana Ruiz" the parser
    makes "co" a subject beside "Ruiz"; in "the former chief-of-staff said" every piece is one."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i not in quoted]
    words = {c.i: _hyphenated_word(c) for c in subjects}
    spoken = [c for c in subjects if not c.is_punct] or subjects  # "public ―": a dash is nobody
    indices = {c.i for c in spoken}
    return [
        c
        for c in spoken
        if not (
            len(words[c.i]) > 1
            and c.i != words[c.i][-1]
            # another subject outside the word, or the word's own last piece ("Her co-author, …, said": "author")
            and (any(other.i not in words[c.i] for other in spoken) or words[c.i][-1] in indices)
        )
    ]


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _hyphenated_word(token: Token) -> range:
    """Token indices of the hyphenated word `token` is a piece of ("co", "-", "author"), or just its own."""
    doc = token.doc
    start = token.i
    while (
        start >= 2
        and doc[start - 1].text in _HYPHENS
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    ):
        start -= 2
    end = token.i
    while (
        end + 2 < len(doc)
        and doc[end + 1].text in _HYPHENS
        and not doc[end].whitespace_
        and not doc[end + 1].whitespace_
    ):
        end += 2
    if token.text in _HYPHENS and start == end:
        return (
            range(token.i - 1, token.i + 2) if token.i >= 1 and token.i + 1 < len(doc) else range(token.i, token.i + 1)
        )
    return range(start, end + 1)


def _clauses_apart(first: Token, second: Token) -> bool:
    """Two subjects the parser gave one verb stand in two clauses: the first comes after a verb of
    its own, and a comma and "and" or "but" come between them (not an appositive, "Ban, the
    secretary general, said", nor a pair, "The captain, and his mother, asked")."""
    between = first.doc[first.i + 1 : second.left_edge.i]
    words = [t.lower_ for t in between]
    own_verb = any(t.tag_.startswith("VB") for t in first.doc[first.sent.start : first.left_edge.i + 1]) or any(
        t.tag_.startswith("VB") for t in first.lefts
    )
    return own_verb and "," in words and any(t.dep_ == "cc" and t.lower_ in ("and", "but") for t in between)


def _subject_read_into_a_list(cue: Token) -> Token | None:
    """'… asked him about his health and Gillis suggested he might …': the parser joined "Gillis" to
    "health" as a list and gave "suggested" no subject, so it would climb to "approached" and its
    subject. A name or noun right before a joined verb with no subject, after "and" or "but", is it."""
    if cue.dep_ != "conj" or cue.i < 2 or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    before = cue.doc[cue.i - 1]
    if before.dep_ not in ("conj", "pobj", "dobj") or not _could_speak(before) or before.left_edge.i < 1:
        return None
    joined_by = cue.doc[before.left_edge.i - 1]
    return before if joined_by.dep_ == "cc" and joined_by.lower_ in ("and", "but") else None


def _name_after_inverted_cue(cue: Token) -> Token | None:
    """'“…,” said shoe tester Ana Ruiz': the parser took "tester" for a verb with a clause of its own,
    so no child of the cue is the speaker. The person named within a few title words right after the
    cue (no comma, preposition or clause word between) is: the head of that name."""
    doc = cue.doc
    for token in doc[cue.i + 1 : cue.i + 10]:
        previous = doc[token.i - 1]
        # "said the company's new chair Ana Ruiz": a name after a person's noun, whatever its tag
        titled = previous.pos_ == "NOUN" and previous.dep_ == "compound" and is_a_person_noun(previous.text)
        if token.pos_ == "PROPN" and (token.ent_type_ == "PERSON" or (titled and token.ent_type_ in ("ORG", ""))):
            while (
                token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I" and doc[token.i + 1].ent_type_ == "PERSON"
            ):
                token = doc[token.i + 1]
            while token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.pos_ == "PROPN":
                token = token.head  # "Marcelo | Claure", the recogniser's tag aside
            return token
        if token.pos_ not in _TITLE_POS and not (token.tag_ == "POS" or token.pos_ == "ADV"):
            return None
        if not token.is_alpha and token.tag_ != "POS":
            return None
    return None


def _named_appositive(subject: Token) -> Token | None:
    """The name a title or description subject stands beside ("Moscow's Ambassador to Afghanistan
    Dmitry Zhirnov said", "the spokesman, Jane Roe, said"): the person, not the title. A title the
    recogniser took for an organisation ("Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said")
    gives way to a person's name only."""
    if subject.ent_type_ == "PERSON":
        return None
    if subject.ent_type_ == "ORG":
        allowed: tuple[str, ...] = ("PERSON",)
    elif subject.pos_ == "NOUN" and is_a_person_noun(subject.text):
        # "says Wise's dad, Darrin": the name, even tagged as a place
        allowed = ("PERSON", "ORG", "", "GPE", "LOC", "NORP")
    elif subject.pos_ == "NOUN":  # "the founder, Ana Ruiz": a name the recogniser left untagged too
        allowed = ("PERSON", "ORG", "")
    else:
        allowed = ("PERSON", "ORG")
    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in allowed and _set_off(subject, child):
            return child
    if subject.pos_ == "NOUN":
        # "Shaheda Begum of Ishwaripur village said", parsed as a village she modifies: the person
        for child in subject.lefts:
            if child.dep_ == "nmod" and child.ent_type_ == "PERSON" and any(c.lower_ == "of" for c in child.rights):
                return child
    if subject.pos_ == "PROPN":  # a capitalised title's name, which the parser hung on its last word
        for token in subject.subtree:
            if token.i > subject.i and token.dep_ == "appos" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
                if _within_the_phrase(token.head, subject):
                    return token
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in AGENT_NOUNS:
        # "A spokesperson for the minister, Samir Haddad, said": the name after the comma is the
        # spokesperson's (the minister's would stand before: "a spokesperson for Minister Ana Roe")
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "to"):
                continue
            for principal in prep.children:
                for name in principal.children:
                    if (
                        name.dep_ == "appos"
                        and name.ent_type_ == "PERSON"
                        and name.i == principal.right_edge.i
                        and principal.doc[principal.i + 1].text == ","
                        and name.i + 1 < len(name.doc)
                        and name.doc[name.i + 1].text == ","
                    ):
                        return name
    if subject.pos_ == "NOUN" and not any(child.dep_ in ("det", "poss") for child in subject.children):
        # "Outside court, the board chair, Loretta Beaulieu, said": a phrase put first, read as the
        # subject, and the description after its comma; the name that description stands beside
        for child in subject.children:
            if child.dep_ in ("appos", "conj") and child.pos_ == "NOUN" and _set_off(subject, child):
                name = _named_appositive(child)
                if name is not None and name.ent_type_ == "PERSON":
                    return name
    return None


def _name_read_as_a_second_subject(subject: Token, subjects: Sequence[Token]) -> Token | None:
    """ "said the association's co-chair, Fatima Nazari, who …": the parser made the name a subject
    of its own right after the description's comma, or right after the description itself ("board
    chair Genevieve Lau said", "forensic pathologist Dr. Ines Carvalho testified"); the description
    is the name's."""
    if subject.pos_ != "NOUN":
        return None
    doc = subject.doc
    for name in subjects:
        start = name.left_edge.i
        if name.i <= subject.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            continue
        if start >= 2 and doc[start - 1].text == "," and doc[start - 2].i == subject.right_edge.i:
            return name
        if start == subject.i + 1 == subject.right_edge.i + 1:
            return name
    return None


def _set_off(subject: Token, appositive: Token) -> bool:
    """The appositive follows the subject at once or after a comma or dash ("the founder, Ana Ruiz"),
    not past a clause of its own ("the resident, who sold his comic Forgotten Grunt: The Undead
    Soldier": a title the parser hung on "resident")."""
    between = subject.doc[subject.i + 1 : appositive.left_edge.i]
    # "The union representing the province's assistants, the … Federation": a participle's phrase
    described = {
        token.i
        for child in subject.children
        if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and child.i > subject.i
        for token in child.subtree
    }
    return all(
        token.text in (",", "\u2014", "\u2013", "-") or token.i in described or _of_the_phrase(token, subject)
        for token in between
    )


def _of_the_phrase(token: Token, subject: Token) -> bool:
    """`token` belongs to the subject's own words ("the director of provincial operations for
    EHS"), reached through modifiers and prepositions, not through a clause."""
    while token.i != subject.i:
        if token.dep_ not in _PHRASE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return True


_PHRASE_DEPS = frozenset(
    {"prep", "pobj", "compound", "amod", "det", "poss", "case", "nummod", "flat", "punct", "cc", "conj"}
)


def _within_the_phrase(token: Token, subject: Token) -> bool:
    """`token` hangs on `subject` through its prepositions only ("Keeper of the Ruler's Seal"), not
    through a clause ("Espinos, who met … Stan Lee")."""
    while token.i != subject.i:
        if token.dep_ not in ("prep", "pobj", "poss", "compound", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _first_name_after_quote(cue: Token, quoted: frozenset[int]) -> Token | None:
    """'"…," Flynn, a top adviser, said': when the parser hung the name on the quote, the first noun
    between the closing mark and the cue is the speaker (the head of its name)."""
    doc = cue.doc
    start = cue.i - 1
    while start >= 0 and start not in quoted and doc[start].text not in _SENTENCE_END:
        start -= 1
    if start < 0 or start not in quoted:
        return None
    for i in range(start + 1, cue.i):
        token = doc[i]
        if _could_speak(token) and token.dep_ not in ("dobj", "pobj", "poss"):
            while token.dep_ in ("compound", "flat") and start < token.head.i < cue.i:
                token = token.head
            return token
    return None


def _antecedent(verb: Token, relative: Token) -> Token | None:
    """Who "who"/"which" stands for: the noun the relative clause hangs on, else the noun just before
    the pronoun ("the police department which reported"); never the pronoun itself."""
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOMINAL:
        return verb.head
    before = relative.doc[relative.i - 1] if relative.i > 0 else None
    if before is not None and before.pos_ in ("PROPN", "NOUN"):
        return before
    return None


def _is_an_age(token: Token) -> bool:
    """The "old" of "29-year-old"."""
    doc = token.doc
    return token.lower_ == "old" and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "year"


def _could_speak(token: Token) -> bool:
    """A noun, name or pronoun that is not a date or amount ("said Monday")."""
    return token.pos_ in _NOMINAL and token.ent_type_ not in _NOT_SPEAKERS and token.lower_ not in _TIME_WORDS


def issuer_of(head: Token) -> Token:
    """Who a statement is by, when the speaker phrase is the statement itself: the possessor ("her
    statement", "the union's release", "Cooke's testimony") or the source ("a statement from the
    ministry", "a speech by the premier"); else `head`."""
    lemma = head.lemma_.lower()
    if (lemma not in STATEMENT_NOUNS and lemma not in _SPOKEN_NOUNS) or head.pos_ != "NOUN":  # "Canada Post"
        return head
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in _NOMINAL:
            return child
    owner = _owner_before(head)
    if owner is not None:
        return owner
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            sources = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")]
            if sources and sources[0].lemma_.lower() not in STATEMENT_NOUNS:
                return sources[0]
    return head


def _owner_before(head: Token) -> Token | None:
    """The name whose "'s" stands right before the noun's modifiers, when the parser hung the name
    elsewhere ("referred to Ana Berg's earlier testimony", "Berg" taken for a second object)."""
    doc = head.doc
    i = head.i - 1
    while i >= 0 and doc[i].head.i == head.i and doc[i].dep_ in ("amod", "compound", "nummod"):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("'s", "’s", "'", "’") or doc[i].dep_ != "case":
        return None
    owner = doc[i].head
    return owner if owner.i == i - 1 and owner.pos_ in ("PROPN", "NOUN") else None


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range [start, end) naming the speaker: a named entity around the head if any, else the
    head with its left determiners and modifiers ("the senior official")."""
    doc = head.doc
    if head.ent_type_ and head.pos_ == "PROPN":
        for ent in doc.ents:
            if ent.start <= head.i < ent.end:
                # "France 24 reported": the channel's number is part of its name
                return ent.start, ent.end + (ent.label_ in ("GPE", "ORG") and channel_number(ent))
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    return start, head.i + 1
