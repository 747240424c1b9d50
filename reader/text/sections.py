"""Lines that open what follows an article on a page: a comment thread or a box of other stories.

Whatever comes after such a line is not the article, however much prose it holds (comments are
prose). `region.main_region` uses these to stop the article where they begin.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.text.boilerplate import has_date
from reader.text.region import BIO, COMMENT_SIGNED, COMMENTS, REFERENCES, RELATED

_COMMENTS_HEADER = re.compile(
    r"(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies|thoughts)(?:\s+(?:on|to)\b.*)?"
    r"|comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|(?:post|add|write) a comment|(?:join|start) the (?:discussion|conversation)"
    r"|comments (?:are|have been) closed|show comments|view comments|discussion|reader comments|conversation"
    r"|be the first to comment"
    # The same headings in the other languages the stopword list covers.
    r"|(?:\d+\s+)?(?:commenti|commentaires?|comentarios?|comentários?|kommentare?|reacties)"
    r"|lascia un commento|laisser un commentaire|deja (?:un|tu) comentario|deixe (?:um|seu) comentário"
    r"|(?:kommentar|kommentare) (?:schreiben|hinterlassen)|laat een reactie achter|schrijf een reactie",
    re.I,
)
# "Jane on 12 May 2024 at 4:47 pm said:" / "Jane says" — the header of one comment.
_COMMENT_BYLINE = re.compile(r"(?:.{1,60}\s)?(?:says|said|wrote|commented)\s*:?", re.I)
# "He said:" before a quote is speech: a comment is signed with a name, never a pronoun.
_PRONOUN_SPEAKER = re.compile(r"(?:he|she|they|it|i|we|you|who|one|this|that)\s+(?:says|said|wrote)\b", re.I)
# A comment thread signs each entry: one bare "Name says:" line is not a thread without a second.
_MIN_SIGNED_ENTRIES = 2
_MAX_STAMP_WORDS = 8
_MIN_SENTENCE_WORDS = 5
_RELATED_HEADER = re.compile(
    r"(?:related|recent|latest|popular|recommended|similar|more|other|trending|top)\s+"
    r"(?:articles?|posts?|stories|news|reads|videos?|content|guides?|reading|from\b.*|in\b.*|on\b.*)"
    r"|you (?:may|might) also (?:like|enjoy)|(?:read|watch) next|more (?:like this|to explore)"
    r"|recommended(?: for you)?|most (?:read|popular|viewed|shared)|also on\b.*"
    r"|around the web|from the web|trending(?: now)?|top stories|more|read more",
    re.I,
)
# "More Washington Post", "More from The Verge": a heading over the site's other stories.
_MORE_FROM_NAME = re.compile(r"More (?:from (?:the |The )?(?:[A-Z][\w'’&.-]*\s?){1,4}|(?:[A-Z][\w'’&.-]*\s?){2,4})")
# "About the author", "About Jane Doe"; "Jane Doe is a reporter for …" opening a short bio.
_BIO_HEADER = re.compile(
    r"(?i:about (?:the )?(?:authors?|writers?|reporters?|contributors?|editors?))|[Aa]bout (?:[A-Z][\w.'’-]*\s?){1,3}"
)
_BIO_SENTENCE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s){2,3}(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,4}(?:writer|journalist|reporter|editor"
    r"|correspondent|columnist|contributor|author|photographer|blogger)\b"
)
_MAX_BIO_WORDS = 40
# "References", "Bibliography": the list of works an article cites, after its text.
_REFERENCES_HEADER = re.compile(r"references|bibliography|works cited|literature cited|reference list", re.I)
# A cited work names a year and carries a reference's marks: "et al.", "2010;59(3):165", "doi:",
# "pp. 12", a link, or authors as "Smith JA," / "Smith, J. A.".
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d[a-z]?\b")
_CITATION_MARK = re.compile(
    r"\bet al\b|\bdoi\b|\d+\s*\(\d+\)|;\s*\d+|\bpp?\.\s*\d|\bvol\.|https?://|\bisbn\b|\bretrieved\b"
    r"|\b[A-Z][\w'’-]+,? (?:[A-Z]\.\s?){1,3}[,.]|\b[A-Z][\w'’-]+ [A-Z]{1,3}[,.]",
    re.I,
)
_MAX_ENTRY_WORDS = 12
# A "Name says:" line without a date: a comment's signature only if the text holds others.
COMMENT_SIGNED_BARE = "signed comment without date"
_DECORATION = " \t-–—_*·•|:.!>»«"


def section_start(text: str, words: int) -> str | None:
    """COMMENTS or RELATED if the line heads a comment thread or a box of other stories."""
    if words <= _MAX_BIO_WORDS and _BIO_SENTENCE.match(text.strip(_DECORATION)):
        return BIO
    if words > 12:
        return None
    key = " ".join(text.strip(_DECORATION).split())
    if _COMMENTS_HEADER.fullmatch(key):
        return COMMENTS
    if _COMMENT_BYLINE.fullmatch(key) and not _PRONOUN_SPEAKER.match(key):
        if has_date(key):
            return COMMENT_SIGNED
        if words <= 4 and "," not in key:
            return COMMENT_SIGNED_BARE
    # "More on that in a follow-up post." is a sentence of the article, not a box's heading.
    sentence = text.rstrip().endswith(".") and words >= _MIN_SENTENCE_WORDS
    if not sentence and (_RELATED_HEADER.fullmatch(key) or _MORE_FROM_NAME.fullmatch(key)):
        return RELATED
    if _BIO_HEADER.fullmatch(key):
        return BIO
    if _REFERENCES_HEADER.fullmatch(key):
        return REFERENCES
    return None


def section_starts(texts: list[str], words: list[int]) -> list[str | None]:
    """`section_start` for each line, ignoring related-story labels that recur: "More on X" before
    every item of a list, or an inline "Related article" link, is part of the article's layout."""
    kinds = [section_start(text, count) for text, count in zip(texts, words, strict=True)]
    # "Ann said:" alone is a quote's lead-in; a thread shows several such signatures, or dates them
    # ("Ann says:" over "May 3, 2024 at 6:20 am").
    signed = sum(kind in (COMMENT_SIGNED, COMMENT_SIGNED_BARE) for kind in kinds)
    kinds = [
        (COMMENTS if signed >= _MIN_SIGNED_ENTRIES or _dated_next(texts, words, index) else None)
        if kind == COMMENT_SIGNED_BARE
        else kind
        for index, kind in enumerate(kinds)
    ]
    keys = [_label_head(text) if kind == RELATED else None for text, kind in zip(texts, kinds, strict=True)]
    counts = Counter(key for key in keys if key)
    return [None if key and counts[key] > 1 else kind for kind, key in zip(kinds, keys, strict=True)]


# "3. Man dies after crash" / "3) …": an item of a numbered list.
_NUMBERED = re.compile(r"\s*(\d{1,2})[.)]\s+\S")
_MIN_BOX_ITEMS = 2
_MAX_ITEM_WORDS = 30
_MAX_HEADLINE_WORDS = 16


def box_items(texts: list[str], words: list[int], kinds: list[str | None], apart: list[bool]) -> set[int]:
    """Lines of a box of other stories: under a heading of such a box ("Most Popular", "More:"),
    the headlines that follow it, numbered 1, 2, 3 … in order or each shaped as a headline (a capital
    first, no full stop at the end, short), two at least. A box above the article would otherwise
    read as its first lines and lend it a headline; one inside it splits it ('More: | Young people
    must be heard: UN envoy | China invites officials for talks | It did not reveal …': "it" is
    not China). Items written line under line end at a blank line (`apart`: a blank line before the
    line): the article's own subheading may follow the box ("Read Next | How to Lay Out a Garden |
    Sowing Seeds || Pick the Right Location")."""
    items: set[int] = set()
    for index, kind in enumerate(kinds):
        if kind != RELATED:
            continue
        run, expected = [], 1
        for following in range(index + 1, len(texts)):
            text = texts[following].strip()
            if not text:
                continue
            if len(run) >= _MIN_BOX_ITEMS and apart[following] and not any(apart[item] for item in run[1:]):
                break
            match = _NUMBERED.match(text)
            if match is not None and int(match.group(1)) == expected and words[following] <= _MAX_ITEM_WORDS:
                expected += 1
            elif match is not None or expected > 1 or not _headline_shaped(text, words[following]):
                break
            run.append(following)
        if len(run) >= _MIN_BOX_ITEMS:
            items.update(run)
    return items


def _headline_shaped(text: str, words: int) -> bool:
    return words <= _MAX_HEADLINE_WORDS and text[:1].isupper() and not text.rstrip("\"”’'»)").endswith((".", ";", ","))


def _dated_next(texts: list[str], words: list[int], index: int) -> bool:
    """True if the line after `index` is a short date stamp, as under a comment's signature."""
    following = index + 1
    return following < len(texts) and words[following] <= _MAX_STAMP_WORDS and has_date(texts[following])


def _label_head(text: str) -> str:
    """The first two words of a label, lower-cased: what repeated labels share."""
    return " ".join(text.strip(_DECORATION).lower().split()[:2])


def comment_entries(texts: list[str], words: list[int], kinds: list[str | None]) -> list[bool]:
    """For each line, True if it could head one comment of a thread: a signature that
    `section_starts` recognised, or a short line with a date ("Wendy | July 19, 2018")."""
    return [
        kind == COMMENT_SIGNED
        or (kind == COMMENTS and section_start(text, count) == COMMENT_SIGNED_BARE)
        or (count <= _MAX_ENTRY_WORDS and has_date(text))
        for text, count, kind in zip(texts, words, kinds, strict=True)
    ]


def is_citation(text: str) -> bool:
    """True for an entry of a reference list: a year and a reference's marks."""
    return _YEAR.search(text) is not None and _CITATION_MARK.search(text) is not None
