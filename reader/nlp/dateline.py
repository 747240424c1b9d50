"""Datelines: the place (or flag) in capitals and the dash that open a news paragraph ("HALIFAX —",
"ST. JOHN'S, N.L. —", "FLINT, Mich. (UPI) —", "BREAKING —"), and the regions written short after a
place's name ("Mississauga, Ont.")."""

from __future__ import annotations

import re

# A dateline opening a paragraph: a place in capitals, a region or a date perhaps, an agency
# perhaps, a dash ("HALIFAX —", "ST. JOHN'S, N.L. —", "LOS ANGELES, Sept. 28 (UPI) —").
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3})"
    r"(?:,[ \u00a0]+[A-Z0-9][A-Za-z0-9.]*(?:[ \u00a0][A-Za-z0-9.]+){0,2}){0,2}"
    r"[ \u00a0]*(?:\([^)\n]{1,40}\)[ \u00a0]*)?[—–-]{1,2}[ \u00a0]",
    re.MULTILINE,
)


def after_dateline(text: str, start: int) -> int:
    """Where the words begin after a dateline (or a flag: "BREAKING —") opening `text` at `start`;
    `start` when there is none."""
    match = DATELINE.match(text, start)
    if match is None or sum(ch.isalpha() for ch in match.group("place")) < 3:
        return start  # "OK — so …" opens no dateline
    return match.end()


# Provinces, territories and states as news style writes them after a place's name ("Mississauga,
# Ont.", "Flint, Mich."); the recogniser often takes them for people. Not those that are also words
# or titles ("Miss.", "Ind.", "Wash.", "Ill.", "Mass.", "Del.", "La.").
REGION_ABBREVIATIONS = {
    "Ont": "Ontario", "Que": "Quebec", "Man": "Manitoba", "Sask": "Saskatchewan", "Alta": "Alberta",
    "Nfld": "Newfoundland", "N.L": "Newfoundland and Labrador", "N.S": "Nova Scotia", "N.B": "New Brunswick",
    "B.C": "British Columbia", "P.E.I": "Prince Edward Island", "N.W.T": "Northwest Territories",
    "Y.T": "Yukon", "Nvt": "Nunavut",
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Fla": "Florida", "Ga": "Georgia", "Kan": "Kansas", "Ky": "Kentucky",
    "Md": "Maryland", "Mich": "Michigan", "Minn": "Minnesota", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico",
    "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
    "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "W.Va": "West Virginia",
    "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip


def is_region_after_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a region written short right after a place's name and a comma
    ("Mississauga, Ont."), by the words before it."""
    if text[start:end].rstrip(".") not in REGION_ABBREVIATIONS:
        return False
    before = text[max(0, start - 40) : start]
    return re.search(r"[A-Z][\w'’.-]*,[ \u00a0]$", before) is not None


def region_name(name: str) -> str | None:
    """The full name of a region written short ("Ont." → "Ontario"), or None."""
    return REGION_ABBREVIATIONS.get(name.rstrip("."))


_REGIONS = sorted(
    {*REGION_ABBREVIATIONS.values(), *(f"{short}." for short in REGION_ABBREVIATIONS)}, key=len, reverse=True
)
# ", Ontario", ", Mich." right after a name, and not the start of a longer name ("Ontario Place").
_REGION_NAMES = "|".join(re.escape(name) for name in _REGIONS)
_REGION_AFTER = re.compile(rf",[ \u00a0](?:{_REGION_NAMES})(?![\w'’-]|[ \u00a0][A-Z])")


def is_place_before_region(text: str, end: int) -> bool:
    """Whether the name ending at `end` is a place by the region written after it and a comma
    ("Hamilton, Ontario", "Flint, Mich."), which the recogniser may take for a person."""
    return _REGION_AFTER.match(text, end) is not None
