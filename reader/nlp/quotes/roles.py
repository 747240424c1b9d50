"""Which role words a description like "the diplomat" can stand for.

The table is general (jobs and titles, not people): a description noun fits a role when the role
contains the noun itself or one of the words/phrases listed for it. The roles themselves are the
ones the entity grouping read off the article (`Entity.roles`).
"""

from __future__ import annotations

import re

# relatives and walks of life: the entities' extraction and grouping read them too
from reader.nlp.entities.names import KIN_NOUNS, PERSON_ENDINGS, PERSON_NOUNS
from reader.nlp.entities.titles import PORTFOLIOS

_OFFICIALS = (
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "commissioner",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "consul",
    "official",
    "administrator",
    "adviser",
    "advisor",
    "aide",
    "deputy",
    "undersecretary",
    "attorney general",
    "chief of staff",
    "press secretary",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "president",
    "vice president",
    "prime minister",
    "chancellor",
    "premier",
    "chairman",
    "chairwoman",
    "commander",
    "general",
    "sheriff",
    "prosecutor",
    "judge",
    "lawmaker",
    "legislator",
    "head",
    "chief",
    "superintendent",
)
_LAWMAKERS = (
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "lawmaker",
    "legislator",
    "mp",
    "mla",
    "mpp",
    "mna",
    "assemblyman",
    "assemblywoman",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "delegate",
)
_LEADERS = (
    "president",
    "prime minister",
    "chancellor",
    "premier",
    "king",
    "queen",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "chief",
    "governor",
    "mayor",
    "ceo",
    "chief executive",
    "founder",
)

# The gender a role or description noun gives a person.
ROLE_GENDER = {
    **dict.fromkeys(
        "man father husband son brother king spokesman chairman congressman businessman boyfriend uncle "
        "grandfather actor councilman assemblyman".split(),
        "m",
    ),
    **dict.fromkeys(
        "woman mother wife daughter sister queen spokeswoman chairwoman congresswoman businesswoman girlfriend "
        "aunt grandmother actress councilwoman assemblywoman".split(),
        "f",
    ),
}
# Description noun -> role words/phrases it covers (the noun itself always fits too).
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "diplomat": (
        "ambassador",
        "envoy",
        "consul",
        "foreign minister",
        "foreign secretary",
        "secretary of state",
        "chargé d'affaires",
        "attaché",
        "emissary",
    ),
    "envoy": ("ambassador", "emissary", "special representative"),
    "official": _OFFICIALS,
    "officer": (
        "officer",
        "sergeant",
        "detective",
        "lieutenant",
        "captain",
        "constable",
        "trooper",
        "agent",
        "sgt",
        "det",
        "const",
        "cst",
        "insp",
        "corporal",
        "cpl",
        "inspector",
        "superintendent",
        "supt",
    ),
    "constable": ("const", "cst"),
    "corporal": ("cpl",),
    "sergeant": ("sgt",),
    "inspector": ("insp",),
    "superintendent": ("supt",),
    "councillor": ("coun", "cllr", "councilman", "councilwoman", "councilor", "alderman"),
    "councilor": ("coun", "cllr", "councilman", "councilwoman", "councillor", "alderman"),
    "prosecutor": ("crown attorney", "crown prosecutor", "crown counsel", "district attorney", "state's attorney"),
    "spokesman": ("spokeswoman", "spokesperson", "press secretary"),
    "spokeswoman": ("spokesman", "spokesperson", "press secretary"),
    "spokesperson": ("spokesman", "spokeswoman", "press secretary"),
    "minister": ("prime minister", "foreign minister", "secretary of state"),
    "lawmaker": _LAWMAKERS,
    "legislator": _LAWMAKERS,
    "politician": _LAWMAKERS + _LEADERS + ("minister", "candidate", "nominee", "secretary"),
    "leader": _LEADERS,
    "executive": (
        "ceo",
        "chief executive",
        "president",
        "chairman",
        "chairwoman",
        "director",
        "founder",
        "cfo",
        "coo",
        "managing director",
        "vice president",
    ),
    "ceo": ("chief executive",),
    "candidate": ("nominee", "contender", "hopeful"),
    "nominee": ("candidate",),
    "commander": ("general", "admiral", "colonel", "major", "commander", "chief of staff"),
    "general": ("general", "lieutenant general", "major general", "brigadier general"),
    "lawyer": ("attorney", "counsel", "solicitor", "barrister", "prosecutor"),
    "attorney": ("lawyer", "counsel", "prosecutor", "attorney general"),
    "expert": ("professor", "analyst", "researcher", "scientist", "economist", "fellow", "scholar"),
    "analyst": ("analyst", "strategist", "economist"),
    "professor": ("lecturer", "academic"),
    "doctor": ("physician", "surgeon", "dr"),
    "physician": ("doctor", "dr"),
    "senator": ("sen",),
    "judge": ("justice", "magistrate"),
    "coach": ("head coach", "manager", "trainer"),
    "president": ("president-elect",),
    "governor": ("gov",),
}

# Nouns that describe an organisation; they resolve to an ORG entity whose name contains them.
ORG_NOUNS = frozenset(
    "ministry department agency company firm group organisation organization government office embassy party "
    "committee campaign council court bank union commission bureau service association network newspaper "
    "authority administration board foundation institute university corporation fund".split()
)


# Organisation nouns that, with no organisation named by them, stand for the one the article named
# last ("the agency" for TransLink, "the utility" for BC Hydro); not "government" or "party", which
# are more often a country's or a faction than the last organisation named.
GENERIC_ORG_NOUNS = frozenset(
    "agency company firm utility organisation organization ministry department board commission union "
    "association network bank corporation authority service council committee institute foundation "
    "charity group team club league station broadcaster newspaper insurer retailer airline band district "
    "regulator watchdog force school university college hospital nation".split()
)


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[\w'-]+", text.lower().replace("’", "'"))) + " "


def role_fits(noun: str, role: str) -> bool:
    """True when a description noun ("diplomat") fits a role ("Norway's Ambassador to Chile"): in the
    role's own words, not in a phrase after them that says where or for whom ("a curator at the
    museum" is no "museum", "a spokesperson for the ministry" no "ministry")."""
    noun = noun.lower()
    role_words = _words(role)
    after = min(
        (at for word in _ROLE_PREPOSITIONS if (at := role_words.find(f" {word} ")) > 0), default=len(role_words)
    )
    singular = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    for phrase in (noun, singular, *ROLE_WORDS.get(noun, ()), *ROLE_WORDS.get(singular, ())):
        at = role_words.find(f" {phrase} ")
        if 0 <= at < after:
            return True
        # a title before a name ends on its office, whatever it says first ("Court of King's Bench Justice")
        before = role_words[:at].split()
        if at >= 0 and role_words.endswith(f" {phrase} ") and before and before[-1] not in _DETERMINERS:
            return True
    return False


# Words that end a role's own words: what follows says where or for whom ("curator at the museum").
_ROLE_PREPOSITIONS = ("of", "at", "for", "with", "from", "in", "to", "on")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


# Every word the role table knows: a description made of one of them names a role ("the official"),
# and stays unresolved when no one in the article holds it, rather than go to whoever is salient.
ROLE_VOCABULARY = frozenset(
    word
    for phrase in (*ROLE_WORDS, *(p for phrases in ROLE_WORDS.values() for p in phrases), *_OFFICIALS, *_LEADERS)
    for word in phrase.split()
)

# Singular nouns that name something other than one person who could be someone already named:
# places, groups and crowds, relatives (the father of someone, not that someone), things that
# "say" (documents, findings, decisions), and machines and voices that say "I" ("the chatbot", "the
# narrator").
_NOT_ONE_NAMED_PERSON = (
    frozenset(
        """
    city province state country town county region nation village municipality district territory capital area
    neighbourhood neighborhood community island world
    public crowd family couple audience police staff military army navy media press people jury panel
    prosecution defence defense opposition majority minority youth team crew
    child baby
    report study survey poll review audit ruling order document complaint lawsuit suit filing affidavit
    indictment motion petition law bill policy plan proposal deal contract budget data research paper article
    story book website site page video ad sign warning message note letter move
    robot chatbot bot app computer machine device software program system voice narrator character
    """.split()
    )
    | KIN_NOUNS
)
_ABSTRACT_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "sis", "ism")


def stands_for_a_person(noun: str, *, said_to_be_a_person: bool = False) -> bool:
    """A description noun that, fitting no role, can only be a person the story already follows:
    "the affable proprietor", "the laid-back resident, who moved here" (elegant variation for the
    name). The noun must name a person by itself (a man, a businessman, a novelist, a comedian) or
    the text must say it is one (`said_to_be_a_person`: "who …" after it, "39-year-old" before):
    "the transcript", "the clip", "the average" and "the journal" say things too. Never an
    organisation, a place, a group, a relative, a document, a plural, an abstract noun or a role."""
    noun = noun.lower()
    if noun in ROLE_VOCABULARY or not may_be_one_person(noun):
        return False
    return said_to_be_a_person or noun in ROLE_GENDER or noun in PERSON_NOUNS or noun.endswith(PERSON_ENDINGS)


def may_be_one_person(noun: str) -> bool:
    """The noun can name one person: not an organisation, a place, a group, a relative, a document,
    a plural or an abstract noun ("a source", "a guard" may; "a report", "a poll", "residents" not)."""
    noun = noun.lower()
    return (
        noun.isalpha()
        and noun not in ORG_NOUNS
        and noun not in GENERIC_ORG_NOUNS
        and noun not in _NOT_ONE_NAMED_PERSON
        and not (noun.endswith("s") and not noun.endswith("ss"))
        and (noun in PERSON_NOUNS or not noun.endswith(_ABSTRACT_ENDINGS))  # "witness" is no "-ness"
    )


def is_a_person_noun(noun: str) -> bool:
    """A noun only a person can be: a role ("the founder"), a relative or friend ("Wise's dad"), or a
    person's noun ("the businessman"); a name beside it is that person's, whatever the recogniser
    took the name for."""
    noun = noun.lower()
    return noun in ROLE_VOCABULARY or noun in KIN_NOUNS or noun in ROLE_GENDER or stands_for_a_person(noun)


# Parties a description names as its modifier ("the Democratic nominee", "the GOP senator"): they
# narrow it as a lowercase modifier does, though written with a capital.
PARTY_WORDS = frozenset(
    "democratic democrat republican gop libertarian liberal conservative tory labour labor green ndp".split()
)


# What kind of organisation a noun names, by family: "the union" is no department, "the agency" may
# be an office or a bureau. A name holding a kind word of another family is not what the noun stands for.
_ORG_FAMILIES = (
    frozenset(
        "agency department ministry office bureau service administration commission authority board attorney "
        "regulator watchdog".split()
    ),
    frozenset(
        "company firm corporation corp group bank network insurer retailer airline broadcaster newspaper "
        "utility hydro inc llc ltd".split()  # "Hydro Ottawa", "Manitoba Hydro": the power utility
    ),
    frozenset("union local association federation guild brotherhood".split()),  # a union is no club
    frozenset(
        "association federation council committee foundation institute society league club coalition alliance "
        "charity".split()
    ),
    frozenset("university college school district".split()),
    frozenset("party caucus campaign".split()),
    frozenset("court tribunal".split()),
    frozenset("force police constabulary".split()),  # "the force": Halifax Regional Police
    frozenset("hospital".split()),
    frozenset("nation band".split()),  # "the nation": a First Nation the article named
)
_ORG_KIND_WORDS = frozenset(word for family in _ORG_FAMILIES for word in family)


# Kinds of organisation whose names say what they are ("Coal Workers Federation", "Parole Board of
# Canada"): a name with no kind word ("Harbourline", "Bailey & Glasser") is not "the union" or "the
# board". Companies, agencies and ministries are often named without one ("TransLink", "Veterans Affairs").
_NAMED_KINDS = frozenset(
    "union association federation council committee board commission court tribunal university college school "
    "party caucus district regulator watchdog force hospital nation".split()
)


# Last words of a name that make it a document or a scheme, which the recogniser may tag ORG: no
# "Federal Sustainable Development Strategy" is "the ministry" that wrote it.
_DOCUMENT_WORDS = frozenset(
    "strategy plan program programme initiative act report review study policy framework accord agreement "
    "treaty bill budget survey index guide guidelines".split()
)


def names_its_kind(noun: str, name: str) -> bool:
    """The name says it is an organisation of the noun's family: "Department of Transportation" for
    "the agency", "Teamsters Local 31" for "the union"; "ABC 7" says nothing of its kind."""
    noun = noun.lower()
    kinds = _kinds(name)
    return any(noun in family and kinds & family for family in _ORG_FAMILIES)


def _kinds(name: str) -> set[str]:
    """The kind words a name holds; a federal department named for its portfolio ("Health Canada",
    "Environment and Climate Change Canada") is a department."""
    words = re.findall(r"[a-z]+", name.lower())
    kinds = {word for word in words if word in _ORG_KIND_WORDS}
    if len(words) >= 2 and words[-1] == "canada" and words[0] in _DEPARTMENT_WORDS:
        kinds.add("department")
    return kinds


# What a federal department is named for, before "Canada".
_DEPARTMENT_WORDS = PORTFOLIOS | {"statistics", "parks", "fisheries", "immigration", "employment", "infrastructure"}


def org_kind_fits(noun: str, name: str) -> bool:
    """An organisation's name fits a description noun unless it names a document (`_DOCUMENT_WORDS`),
    holds a kind word of another family ("West Virginia Department of Environmental Protection" is
    no "union"; "Congressional Budget Office" may be "the agency"), or holds none when the noun is
    of a kind names say (`_NAMED_KINDS`: "Harbourline" may be "the company", not "the union"). "&"
    makes a firm ("Bailey & Glasser")."""
    noun = noun.lower()
    words = re.findall(r"[a-z]+", name.lower())
    if words and words[-1] in _DOCUMENT_WORDS:
        return False
    kinds = _kinds(name)
    if "&" in name:
        kinds.add("firm")
    if not kinds:
        return noun not in _NAMED_KINDS
    if noun in kinds or noun not in _ORG_KIND_WORDS:
        return True
    return any(noun in family and kinds & family for family in _ORG_FAMILIES)


# Groups that speak as one, by the singular: people by what they do or are, bodies and places that
# govern ("the province said").
_SPEAKING_GROUPS = frozenset(
    """
    authority official expert member critic leader resident lawyer attorney investigator officer protester
    protestor demonstrator activist advocate organizer organiser supporter opponent voter worker employee
    parent student teacher doctor nurse scientist researcher economist analyst citizen people person family
    witness victim survivor owner manager executive director representative delegate lawmaker legislator
    negotiator prosecutor police firefighter paramedic soldier veteran farmer shopper consumer customer fan
    player athlete coach neighbour neighbor source observer volunteer user patient local landlord tenant
    state province country town city county municipality nation government group company union organization
    organisation agency
    """.split()
)


def can_speak(singular: str) -> bool:
    """A noun (in the singular) for someone who can say something: a person by what they do or are,
    a body, a place that governs ("officials", "the province", "the company")."""
    return singular in _SPEAKING_GROUPS or is_a_person_noun(singular) or singular in GENERIC_ORG_NOUNS
