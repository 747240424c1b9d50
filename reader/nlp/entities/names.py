"""String rules for names: labels, name-part word lists, comparison keys, acronyms. Pure, no spaCy.

Kept apart from the grouping so each rule can be tested on plain strings, and so the
word lists live in one place.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

# Labels whose mentions are quantities or times, never names: kept as their own entities.
VALUE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Places: a place tagged GPE once and LOC once is still one place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# One word of a person's name as written in running text: "Lucie", "MacRae", "Al-Hashish", "O'Neill".
NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Z]?[a-z]+)*")

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Lowercase words that belong to names ("al-Qaeda", "Bill de Blasio", "Osama bin Laden").
NAME_PARTICLES = frozenset(
    {
        "al",
        "el",
        "ad",
        "ash",
        "bin",
        "ibn",
        "abu",
        "de",
        "del",
        "della",
        "der",
        "den",
        "di",
        "da",
        "du",
        "dos",
        "van",
        "von",
        "la",
        "le",
        "ten",
        "ter",
    }
)

# What a name is called before it ("the YouTube channel Solovyev Live", "the show Politicking"):
# the recogniser often takes such a name for a person.
MEDIA_NOUNS = frozenset(
    {
        "channel",
        "network",
        "newspaper",
        "paper",
        "magazine",
        "station",
        "website",
        "site",
        "agency",
        "broadcaster",
        "outlet",
        "daily",
        "tabloid",
        "blog",
        "company",
        "firm",
        "brand",
        "band",
        "app",
    }
)
WORK_NOUNS = frozenset(
    {
        "show",
        "programme",
        "program",
        "series",
        "film",
        "movie",
        "book",
        "novel",
        "album",
        "song",
        "documentary",
        "podcast",
        "play",
        "opera",
        "musical",
        "painting",
        "poem",
    }
)

# Generic head words of place names: "Panjshir" is short for "the Panjshir Valley" when the article
# names both. Trailing heads ("X Valley") and leading ones ("Mount X"). Not "City" or "State":
# "Mexico" is not "Mexico City", nor "Washington" "Washington State".
PLACE_HEADS = frozenset(
    {
        "valley",
        "river",
        "province",
        "provinces",
        "mountains",
        "mountain",
        "hills",
        "island",
        "islands",
        "county",
        "district",
        "region",
        "lake",
        "sea",
        "ocean",
        "desert",
        "gorge",
        "pass",
        "peninsula",
        "bay",
        "strait",
        "canyon",
        "forest",
        "plain",
        "plains",
        "basin",
        "delta",
        "coast",
        "territory",
        "oblast",
        "governorate",
        "prefecture",
        "municipality",
        "township",
        "borough",
    }
)
PLACE_LEADING_HEADS = frozenset({"mount", "lake", "cape", "fort", "port"})
# Last words that make a name an organisation's or a place's, never a person's.
ORG_NAME_HEADS = frozenset(
    {
        "society",
        "center",
        "centre",
        "institute",
        "institution",
        "foundation",
        "association",
        "council",
        "committee",
        "commission",
        "party",
        "university",
        "college",
        "school",
        "hospital",
        "fund",
        "bank",
        "corporation",
        "company",
        "inc",
        "llc",
        "ltd",
        "group",
        "network",
        "strategies",
        "consulting",
        "partners",
        "fuels",
        "coal",
        "energy",
        "grants",
        "symposium",
        "conference",
        "air",  # "Borealis Air": an airline
        "rcmp",  # "Nanaimo RCMP": a detachment
        "police",
        "club",
        "league",
        "union",
        "alliance",
        "coalition",
        "caucus",
        "campaign",
        "project",
        "agency",
        "department",
        "ministry",
        "administration",
        "news",
        "press",
        "times",
        "journal",
        "magazine",
        "radio",
        "television",
        "tv",
        "studios",
        "productions",
        "records",
        # companies ("Irving Oil", "Teck Resources"); not "power" or "steel", which are surnames too
        "oil",
        "gas",
        "hydro",
        "petroleum",
        "mining",
        "resources",
        "holdings",
        "industries",
        "technologies",
        "systems",
        "airlines",
        "airways",
        "motors",
        "reit",  # "Lakeshore Residential REIT": a real estate investment trust
        "trust",
        "foods",
        "pharmaceuticals",
        "insurance",
        "financial",
        "investments",
        "enterprises",
        "developments",
        "properties",
        "components",
        "products",
        "supplies",
        "logistics",
        "manufacturing",
        "fabrication",
        "construction",
        "contracting",
        "ventures",
        "realty",
        "trucking",
        "communications",
        "telecom",
        "railway",
        "brewing",
        "corp",
        "limited",
        "plc",
        "services",
        "solutions",
        "labs",
        "media",
        "entertainment",
        "authority",
        # photo agencies ("Getty Images", "PA Images", "Reuters Pictures")
        "images",
        "pictures",
        "photos",
        "photography",
    }
)
# Words that open a business's name ("Studio Schicketanz", "Café Lalo"): no person's name starts so.
ORG_NAME_LEADS = frozenset(
    "studio studios atelier café cafe bistro restaurant hotel salon gallery clinic bakery pharmacy brasserie "
    "boutique".split()
)
# Relatives and friends: a person, though never the one whose relative they are.
KIN_NOUNS = frozenset(
    """
    father mother dad mom mum son daughter wife husband brother sister parent grandfather grandmother uncle
    aunt cousin nephew niece grandson granddaughter partner boyfriend girlfriend fiance fiancee widow widower
    friend neighbour neighbor
    """.split()
)
# Endings that make a noun a person's: businessman, chairwoman, novelist, comedian.
PERSON_ENDINGS = ("man", "woman", "person", "ist", "ian")
# Occupations and walks of life only a person has ("the retired teacher", "the nurse"); not those a
# company may be as well ("the developer", "the owner", "the operator", "the builder").
PERSON_NOUNS = frozenset(
    """
    teacher farmer driver lawyer nurse doctor physician surgeon dentist paramedic firefighter soldier pilot
    student pupil patient volunteer employee retiree veteran worker labourer laborer miner fisher
    homeowner tenant landlord survivor victim witness chef cook waiter waitress bartender cashier clerk janitor plumber electrician carpenter mechanic rancher
    artist author poet singer musician dancer actress athlete skater skier golfer boxer fighter coach
    priest pastor imam rabbi nun monk professor lecturer researcher scientist engineer architect
    entrepreneur founder activist protester organizer organiser advocate analyst consultant pollster resident
    teen teenager
    goalie goaltender netminder goalkeeper quarterback pitcher winger defenceman defenseman striker midfielder
    rookie swimmer runner sprinter wrestler rower curler jockey hunter trapper hiker climber angler
    """.split()
)
# People who speak or act for someone else: a name set after "a spokesperson for the minister," is theirs.
AGENT_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman representative lawyer attorney aide adviser advisor assistant agent".split()
)
PLACE_NAME_HEADS = frozenset({"atoll", "street", "avenue", "road", "square", "airport", "station", "bridge"})
# Organisations named by their department word: "Justice" for "the Justice Department".
ORG_HEADS = frozenset({"department", "ministry", "agency", "office", "bureau", "service"})

# Small words left out of initials ("Federal Bureau of Investigation" → FBI).
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&"})

_WORD = re.compile(r"\S+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_DASHES = re.compile(r"[\-\u2010-\u2015]+")


_ORDINALS = {
    "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
    "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth",
}  # fmt: skip


def name_key(surface: str) -> str:
    """How two surface forms compare: case, hyphens, curly quotes, dots, spacing and the way an
    ordinal is written ("5th Amendment", "Fifth Amendment") don't count."""
    text = surface.translate(_QUOTES).casefold().replace(".", "")
    text = _DASHES.sub(" ", text)
    return " ".join(_ORDINALS.get(word, word) for word in text.split())


def head_label(name: str) -> str | None:
    """ORG or LOC when a name of several words ends in a word that heads an organisation's or a
    place's name ("John Birch Society", "Midway Atoll"), or opens with a business's word ("Studio
    Schicketanz"): no person's name is made that way."""
    words = name.split()
    last = bare_word(words[-1]) if len(words) > 1 else ""
    if last in ORG_NAME_HEADS or (len(words) > 1 and bare_word(words[0]) in ORG_NAME_LEADS):
        return "ORG"
    if last in PLACE_HEADS or last in PLACE_NAME_HEADS:
        return "LOC"
    return None


def person_key(key: str) -> str:
    """A person's comparison key without middle initials and generational suffixes, so "Joseph R.
    Biden Jr." and "Joseph Biden" compare equal; first and last words always stay."""
    words = key.split()
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


def thing_label(role: str) -> str | None:
    """ORG or WORK_OF_ART when the words before a name say what kind of thing it is ("the YouTube
    channel", "his show"), else None."""
    words = role.split()
    last = bare_word(words[-1]) if words else ""
    if last in MEDIA_NOUNS:
        return "ORG"
    if last in WORK_NOUNS:
        return "WORK_OF_ART"
    return None


def word_spans(text: str) -> list[tuple[int, int]]:
    """Whitespace-separated words of `text` as (start, end) offsets into it."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def bare_word(word: str) -> str:
    """A word as the word lists hold it: straight quotes, case-folded, no trailing dot or comma."""
    return word.translate(_QUOTES).casefold().strip(".,")


def initials(surface: str, *, every_word: bool = False) -> str:
    """Upper-case initials of the significant words ("Islamic State of Iraq and Syria" → "ISIS"), or
    of every word ("Voice of America" → "VOA")."""
    words = _DASHES.sub(" ", surface).split()
    letters = [word[0] for word in words if every_word or word.casefold() not in INITIALS_SKIP]
    return "".join(letters).upper()


def is_acronym_of(short: str, long: str) -> bool:
    """`short` abbreviates `long`: its letters are the initials, or each letter starts a word of
    `long` in order (so "ISIL" fits "Islamic State of Iraq and the Levant")."""
    letters = short.replace(".", "").upper()
    if len(letters) < 2 or not letters.isalpha():
        return False
    if initials(long) == letters:
        return True
    words = [w for w in _DASHES.sub(" ", long).split()]
    position = 0
    for letter in letters:
        while position < len(words) and words[position][0].upper() != letter:
            position += 1
        if position == len(words):
            return False
        position += 1
    return words[0][0].upper() == letters[0]


@cache
def first_names() -> dict[str, str]:
    """First name, lower-cased -> "m"/"f": names nearly always given to one sex (US Social Security
    baby names; see scripts/first_names.py). Names given to both ("Jordan") are not in it."""
    text = files("reader.nlp").joinpath("data/first_names.txt").read_text("ascii")
    return dict(line.split() for line in text.splitlines() if line and not line.startswith("#"))
