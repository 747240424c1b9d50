"""spaCy entity labels gathered into the groups a reader thinks in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LabelGroup:
    key: str  # stable id, also the CSS component suffix: "person", "org", ...
    title: str  # shown in the sidebar
    labels: frozenset[str]


LABEL_GROUPS: tuple[LabelGroup, ...] = (
    LabelGroup("person", "People", frozenset({"PERSON"})),
    LabelGroup("org", "Organisations", frozenset({"ORG"})),
    LabelGroup("place", "Places", frozenset({"GPE", "LOC", "FAC"})),
    LabelGroup("group", "Groups", frozenset({"NORP"})),
    LabelGroup("other", "Other", frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})),
    LabelGroup(
        "number",
        "Dates & numbers",
        frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}),
    ),
)

_GROUP_BY_LABEL = {label: group for group in LABEL_GROUPS for label in group.labels}
_OTHER = LABEL_GROUPS[4]


def group_of(label: str) -> LabelGroup:
    """The group a label belongs to; unknown labels (a custom pipeline's) count as Other."""
    return _GROUP_BY_LABEL.get(label, _OTHER)
