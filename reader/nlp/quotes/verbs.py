"""Which verbs report what someone said or holds, and how their content hangs on them.

Lemma lists, general to news English (not fitted to any article): speech and thought verbs whose
clause is the content ("said that …", "believes …"), verbs whose infinitive is the content ("vowed to
fight"), stance verbs whose object is the position ("cited a poll"), verb and preposition pairs
("called for a review") and naming verbs ('called it "a disaster"').
"""

from __future__ import annotations

from reader.nlp.quotes.cues import SPEECH_LEMMAS

# Verbs that attribute a clause to someone without being speech: thought, findings, evidence.
ATTRIBUTION_LEMMAS = frozenset(
    """
    believe think expect hope fear worry doubt suspect feel know find show indicate signal
    determine acknowledge concede recognize recognise imply hold forecast project rule
    """.split()
)
# Speech verbs that never report a clause ("laughed", "sang"); "continue" takes "to" far more as a
# plain verb ("continued to rise") than as speech.
NOT_REPORTING = frozenset({"laugh", "sigh", "sing", "chant", "cry", "continue", "post", "charge", "order", "count"})
REPORTING_LEMMAS = (SPEECH_LEMMAS | ATTRIBUTION_LEMMAS) - NOT_REPORTING
# Verbs whose infinitive complement is the reported content ("vowed to fight", "urged them to vote").
TO_COMPLEMENT = frozenset(
    """
    promise vow pledge threaten refuse decline urge agree offer propose ask tell demand plead beg
    warn advise instruct insist claim deny want plan seek intend hope expect call encourage persuade
    """.split()
)
# Stance and communication verbs whose direct object is what they put forward or take a side on
# ("cited a poll", "rejected the deal", "praised her work"): PolNeAR-style attribution of positions.
OBJECT_LEMMAS = frozenset(
    """
    cite show offer attack endorse question mention criticize criticise discuss support reject encourage
    defend back reference describe oppose propose accuse report note blast acknowledge praise announce
    examine promote detail promise reveal demand echo invoke stress mock condemn denounce slam welcome
    applaud dismiss deny recommend urge highlight tout blame dispute challenge predict estimate recall
    unveil disclose confirm claim insist suggest concede admit argue emphasize emphasise decry lament
    chastise scold rebuke castigate lambaste extol
    """.split()
)
# Verb + preposition whose object is the topic or position ("called for a review", "spoke about jobs").
PREPOSITION_OBJECT: dict[str, frozenset[str]] = {
    "call": frozenset({"for"}),
    "ask": frozenset({"about", "for"}),
    "speak": frozenset({"about", "of", "on", "out"}),
    "talk": frozenset({"about", "of"}),
    "point": frozenset({"to"}),
    "respond": frozenset({"to"}),
    "warn": frozenset({"against", "of", "about"}),
    "complain": frozenset({"about", "of"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "brag": frozenset({"about", "of"}),
    "boast": frozenset({"about", "of"}),
    "comment": frozenset({"on"}),
    "write": frozenset({"about", "of"}),
    "testify": frozenset({"about", "on"}),
    "agree": frozenset({"on", "with"}),
    "vote": frozenset({"for", "against", "on"}),
    "accuse": frozenset({"of"}),  # "accusing her of being asleep" (the accused a pronoun)
    "compare": frozenset({"to", "with"}),
    "press": frozenset({"on"}),
}
# Naming verbs: what follows them is the content when it holds quoted words ('called it "a disaster"').
NAMING_LEMMAS = frozenset(
    {"call", "describe", "label", "dub", "brand", "term", "characterize", "characterise", "deride"}
)
# Verbs that report a clause only when "that" introduces it ("posted on Facebook that …", "critics
# charge that …"; not "posted a loss", "charged him with fraud").
REPORTING_WITH_THAT = frozenset({"post", "charge"})
ANY_LEMMA = (
    REPORTING_WITH_THAT
    | REPORTING_LEMMAS
    | TO_COMPLEMENT
    | OBJECT_LEMMAS
    | frozenset(PREPOSITION_OBJECT)
    | NAMING_LEMMAS
)
