"""Titles before a name: courtesy titles, offices and the words that qualify them. Pure, no spaCy.

"Vice President Amrullah Saleh" is the person Amrullah Saleh with the role "Vice President";
"Mr" is stripped and never shown as a role.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.nlp.entities.names import NAME_SUFFIXES, bare_word

# Courtesy titles: stripped from a name, never reported as a role ("Mr Smith" is just Smith).
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "madame", "rev", "reverend"}
)

# Offices and ranks that head a title ("Foreign Minister", "Vice President"): stripped from a
# PERSON span and reported as a role. Words that are also common parts of names (Shah, Sheikh,
# Khan, King as a surname) are left out on purpose.
TITLE_NOUNS = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "ambassador",
        "envoy",
        "consul",
        "senator",
        "sen",
        "representative",
        "rep",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "mayor",
        "councillor",
        "councilman",
        "councilwoman",
        "speaker",
        "general",
        "gen",
        "colonel",
        "col",
        "lieutenant",
        "lt",
        "major",
        "maj",
        "captain",
        "capt",
        "sergeant",
        "sgt",
        "admiral",
        "adm",
        "commander",
        "cmdr",
        "marshal",
        "corporal",
        "cpl",
        "private",
        "pte",
        "queen",
        "prince",
        "princess",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "imam",
        "rabbi",
        "judge",
        "justice",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "ceo",
        "cfo",
        "director",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "attorney",
        "prosecutor",
        "coach",
        "officer",
        "detective",
        "inspector",
        "superintendent",
        "commissioner",
        "sheriff",
        "leader",
        "candidate",
        "nominee",
        "emir",
        "mullah",
        "ayatollah",
        "president-elect",
        # Canadian and British offices and ranks, and their abbreviations ("Coun.", "Cst.", "MLA")
        "constable",
        "const",
        "cst",
        "coun",
        "cllr",
        "alderman",
        "reeve",
        "mp",
        "mla",
        "mpp",
        "mna",
        "trustee",
        "coroner",
        "insp",
        "supt",
        "det",
    }
)

# Words that modify an office inside a title ("Vice", "Foreign", "Deputy", "former").
TITLE_MODIFIERS = frozenset(
    {
        "vice",
        "deputy",
        "prime",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "home",
        "health",
        "education",
        "justice",
        "trade",
        "energy",
        "state",
        "acting",
        "interim",
        "former",
        "ex",
        "late",
        "then",
        "ousted",
        "outgoing",
        "incoming",
        "caretaker",
        "first",
        "lady",
        "chief",
        "supreme",
        "senior",
        "junior",
        "assistant",
        "associate",
        "executive",
        "general",
        "attorney",
        "national",
        "security",
        "press",
        "white",
        "house",
        "u.s",
        "of",
        "the",
        "rear",
        "brigadier",
        "army",
        "police",
        "navy",
    }
)

# A government's departments: "State" in "Secretary of State", "Defence" in "Defence Minister" is
# part of a title, not a name of its own.
PORTFOLIOS = frozenset(
    {
        "state",
        "defence",
        "defense",
        "interior",
        "finance",
        "foreign",
        "health",
        "education",
        "justice",
        "labor",
        "labour",
        "energy",
        "commerce",
        "treasury",
        "transport",
        "transportation",
        "agriculture",
        "war",
        "trade",
        "environment",
        "housing",
        "culture",
        "economy",
        "homeland",
        "security",
        "home",
        "affairs",
        "veterans",
    }
)


def is_honorific(word: str) -> bool:
    return bare_word(word) in HONORIFICS


def is_office(word: str) -> bool:
    """An office or rank ("Minister", "Sen."), not a word that only qualifies one ("Foreign")."""
    return bare_word(word) in TITLE_NOUNS


def is_title_word(word: str) -> bool:
    """An office, rank or honorific, or a word that modifies one inside a title."""
    bare = bare_word(word)
    return bare in TITLE_NOUNS or bare in HONORIFICS or bare in TITLE_MODIFIERS


def title_prefix_length(words: Sequence[str]) -> int:
    """How many leading words of a PERSON span are a title ("Vice President" in "Vice President
    Amrullah Saleh"), 0 when none. At least one name word always remains, and a bare suffix
    ("Jr") or a lowercase word is never left as the name."""
    run = 0
    while run < len(words) - 1 and is_title_word(words[run]):
        run += 1
    while run and bare_word(words[run - 1]) in {"of", "the"}:
        run -= 1
    title = [bare_word(word) for word in words[:run]]
    if not any(w in TITLE_NOUNS or w in HONORIFICS or w == "lady" for w in title):
        return 0
    rest = words[run]
    if bare_word(rest) in NAME_SUFFIXES or not rest[:1].isupper():
        return 0
    return run


def is_honorific_only(words: Sequence[str]) -> bool:
    """True when a title is nothing but courtesy words ("Mr", "Dr."): not worth showing as a role."""
    return all(is_honorific(word) for word in words)
