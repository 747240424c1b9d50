"""What the parse says a person is: the words before a name ("Russian Foreign Minister") and
appositives after it ("a spokesman for the ministry"). Reads spaCy tokens; returns strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.entities.names import AGENT_NOUNS
from reader.nlp.entities.titles import is_honorific, is_office, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NO_QUOTES = str.maketrans("", "", '"\u201c\u201d')
# Words before a description that add nothing to it: "another critic", "my colleague" ("his wife"
# keeps "his": whose wife is the point).
_LEADING_ARTICLES = frozenset({"the", "a", "an", "another", "my", "our", "your", "this", "that"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_MAX_PREFIX = 10
_COUNTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_WORD_JOINERS = frozenset({"-", "'", "\u2019", "."})
_MAX_APPOSITIVE = 12
# Marks no title runs across: a dash, bracket or colon ends what came before the name.
_BREAKS = frozenset({"\u2014", "\u2013", "--", "(", ")", "[", "]", ":"})


def _phrase(tokens: list[Token]) -> str:
    """Tokens as written, without a leading article or trailing punctuation."""
    while tokens and (tokens[0].lower_ in _LEADING_ARTICLES or tokens[0].is_punct or tokens[0].dep_ == "mark"):
        tokens = tokens[1:]  # "… is whether WeWork's founder and former CEO, Adam Neumann, …": no "whether"
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(text.translate(_NO_QUOTES).split())


# Labels a page puts before a picture's words, which the parser takes for a name's modifiers.
_PAGE_LABELS = frozenset(
    "caption photo photograph image picture file video credit illustration graphic screenshot footage".split()
)


def _describes(tokens: list[Token]) -> bool:
    """The words name an office or kind of person: a common noun, or a title word, that is more
    than a courtesy title ("Mr") and not just another name ("Afghanistan's")."""
    words = [t for t in tokens if not t.is_punct and t.lower_ not in _LEADING_ARTICLES]
    if not words or all(is_honorific(t.text) for t in words):
        return False
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    head = heads[-1] if heads else words[-1]
    if head.tag_ in _PLURAL_TAGS:  # "two Vermont developers": a person is one
        return False  # (the phrase's head: "the former sergeant-at-arms" ends in "arms", yet is one)
    if head.lower_ in _PAGE_LABELS:
        return False  # "Image caption Taylor Swift's seventh album": a label of the page, no role
    # an office ("Senator"), not just a word that qualifies one ("House", "Foreign")
    return any(t.pos_ == "NOUN" or (is_office(t.text) and not is_honorific(t.text)) for t in words)


def role_prefix(span: Span) -> str:
    """Words right before `span` that the parse attaches to the name ("ousted", "Moscow's
    Ambassador to Afghanistan"), or "" when there are none that describe a person."""
    doc = span.doc
    root = span.root
    agent = _agent_before(span)
    if agent is not None:
        return agent
    owners = {t.i for t in span}
    # "Moscow's Ambassador to Afghanistan Dmitry Zhirnov": the name is an appositive of the office.
    if root.dep_ == "appos" and root.head.i < span.start:
        owners.add(root.head.i)
    tokens: list[Token] = []
    position = span.start - 1
    while position >= span.sent.start:
        token = doc[position]
        if token.text in _BREAKS:  # "FLINT, Mich. (UPI) — Former President Bill Clinton": a dateline before
            break
        owned = token.i in owners or any(a.i in owners for a in token.ancestors)
        if not owned and position == span.start - 1 and token.text.endswith(".") and is_office(token.text):
            owned = True  # "said Coun. Jeff Dillon": the parser seldom hangs an abbreviated title on the name
            owners.add(token.i)
        if not owned or (token.ent_type_ == "PERSON" and token.i not in owners and not is_office(token.text)):
            break  # another person's name; not an office the recogniser ran into it ("Saint John Mayor")
        if len(tokens) == _MAX_PREFIX:
            return ""  # a long run before a name is a misparse more often than a title
        tokens.insert(0, token)
        position -= 1
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("prep", "cc", "case")):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or is_honorific(tokens[-1].text)
    ):  # "minister of the economy, Mr." → the minister part
        tokens = tokens[:-1]
    # A comma, dash or quote inside means the parse ran across a list or a clause.
    breaks = [number for number, t in enumerate(tokens) if t.is_punct and t.text not in _WORD_JOINERS]
    if breaks:
        # "his father, former prime minister Pierre Trudeau": the words after the last comma
        tail = tokens[breaks[-1] + 1 :]
        if tail and tokens[breaks[-1]].text == "," and _describes(tail) and tail[-1].i == span.start - 1:
            return _phrase(tail)
        return _title_run_before(span)
    if not _describes(tokens):
        return _title_run_before(span)
    if tokens and not _touches(tokens[-1], span):
        return ""
    return _phrase(tokens)


def _agent_before(span: Span) -> str | None:
    """ "A spokesperson for the minister, Samir Haddad,": the parser hangs the name on "minister", but
    he is the spokesperson for the minister, not the minister."""
    root = span.root
    principal = root.head
    if root.dep_ != "appos" or principal.i >= span.start or principal.dep_ != "pobj":
        return None
    prep = principal.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "to") or prep.head.lemma_.lower() not in AGENT_NOUNS:
        return None
    if span.start == 0 or span.doc[span.start - 1].text != ",":
        return None
    return _phrase(list(span.doc[prep.head.i : span.start - 1]))


def _title_run_before(span: Span) -> str:
    """Capitalised title words right before the name, whatever the parse made of them, when they
    open the sentence or follow a conjunction or a comma ("Health Minister Ginette Petitpas Taylor and
    Finance Minister Bill Morneau", which the parser hung together): at least one an office."""
    doc = span.doc
    first = span.start
    while first - 1 >= span.sent.start and doc[first - 1].text[:1].isupper() and is_title_word(doc[first - 1].text):
        first -= 1
    if first == span.start or not any(is_office(token.text) for token in doc[first : span.start]):
        return ""
    if first > span.sent.start and not (doc[first - 1].is_punct or doc[first - 1].pos_ == "CCONJ"):
        return ""  # "the Quebec Premier François Legault": the run is part of a longer phrase
    return _phrase(list(doc[first : span.start]))


def _touches(last: Token, span: Span) -> bool:
    """The description runs into the name, or is set off by a comma alone and is no list
    ("the first lady, Michelle Obama"; not "Editor's note: Donald Trump", not "the White House
    and frankly the president, Flynn")."""
    between = [t for t in span.doc[last.i + 1 : span.start] if not is_honorific(t.text)]  # ", Mr."
    if not between:
        return True
    if [t.text for t in between] != [","]:
        return False
    return not any(t.pos_ == "CCONJ" for t in last.subtree)


def _appositives_after(span: Span) -> list[Token]:
    """Appositive nouns that belong to `span`. In "A and B, the son of C," the parser hangs the
    appositive on A; it describes the conjunct right before it, B."""
    root = span.root
    owner = root.head if root.dep_ == "conj" and root.head.i < span.start else root
    found = []
    for token in owner.rights:
        if token.dep_ != "appos" or token.i < span.end:
            continue
        conjuncts_between = [c for c in owner.rights if c.dep_ == "conj" and span.end <= c.i < token.i]
        # Only "Name, description": set off by a comma right after the name.
        set_off = span.end < len(span.doc) and span.doc[span.end].text == "," and token.left_edge.i == span.end + 1
        if set_off and not conjuncts_between:
            found.append(token)
    if (
        not found
        and root.dep_ in ("nsubj", "nsubjpass")
        and span.end + 1 < len(span.doc)
        and span.doc[span.end].text == ","
        and span.doc[span.end + 1].lower_ in ("the", "a", "an")
    ):
        # "Dr. Hamid Farouk, the transplant surgeon who …, said": the description read as a second
        # subject of the verb, right after the name's comma (not "Erin Roe, whose son is …, said")
        found = [
            token
            for token in root.head.children
            if token.dep_ == root.dep_ and token.i > span.end and token.left_edge.i == span.end + 1
        ]
    return found


def appositive_roles(span: Span) -> tuple[str, ...]:
    """Descriptions set off after the name: "X, a spokesman for Y," → "spokesman for Y"."""
    roles: list[str] = []
    for token in _appositives_after(span):
        if token.pos_ != "NOUN" or token.tag_ == "NNS" or token.ent_type_:
            continue  # a person is one thing: "expectations", "guests" are misparses
        if any(c.dep_ == "conj" and any(d.dep_ in ("det", "poss") for d in c.children) for c in token.children):
            continue  # a list ("Taylor Swift, her former label and a couple of politicians"), not a role
        tokens = list(token.subtree)
        if any(t.ent_type_ in _COUNTS for t in tokens):
            continue
        if len(tokens) > _MAX_APPOSITIVE or not _describes(tokens):
            continue
        text = _phrase(tokens)
        if text and "\n" not in text:
            roles.append(text)
    return tuple(roles)


# What a person is for doing what a relative clause says: "X, who owns a nail salon," is its owner.
_DOERS = {
    "own": "owner",
    "co-own": "co-owner",
    "operate": "operator",
    "run": "operator",
    "manage": "manager",
    "found": "founder",
    "co-found": "co-founder",
    "coach": "coach",
    "chair": "chair",
    "direct": "director",
    "teach": "teacher",
    "edit": "editor",
}
# Words of an object that say what it is, before its noun: "a 12-room motel", "a nail salon".
_KIND_DEPS = frozenset({"compound", "amod", "nummod"})


def relative_roles(span: Span) -> tuple[str, ...]:
    """Roles a relative clause on the name gives: "Thi Nguyen, who owns a nail salon that …," is a
    "nail salon owner", whom "the salon owner said" can stand for; "who has coached the Huskies"
    a "Huskies coach"."""
    roles: list[str] = []
    for clause in span.root.children:
        if clause.dep_ != "relcl" or clause.i < span.end:
            continue
        doer = _DOERS.get(clause.lemma_.lower())
        if doer is None or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.lefts):
            continue
        thing = next((c for c in clause.rights if c.dep_ == "dobj"), None)
        if thing is not None and thing.ent_type_ in _COUNTS:
            continue  # "who owns 40 per cent of the shares" owns no business
        if thing is None:
            roles.append(doer)  # "who coaches"
            continue
        first = thing.i
        for child in reversed(list(thing.lefts)):  # the kind words that run into the noun
            if child.i != first - 1 or (child.dep_ not in _KIND_DEPS and child.text != "-"):
                break
            first = child.left_edge.i
        roles.append(f"{_phrase(list(thing.doc[first : thing.i + 1]))} {doer}")
    return tuple(roles)
