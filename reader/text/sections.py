"""Lines that open what follows an article on a page: a comment thread or a box of other stories.

Whatever comes after such a line is not the article, however much prose it holds (comments are
prose). `region.main_region` uses these to stop the article where they begin.
"""

from __future__ import annotations

import re

from reader.text.boilerplate import has_date
from reader.text.region import COMMENTS, RELATED

_COMMENTS_HEADER = re.compile(
    r"(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies|thoughts)(?:\s+(?:on|to)\b.*)?"
    r"|comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|(?:post|add|write) a comment|(?:join|start) the (?:discussion|conversation)"
    r"|comments (?:are|have been) closed|show comments|view comments|discussion|reader comments|conversation",
    re.I,
)
# "Jane on 12 May 2024 at 4:47 pm said:" / "Jane says" — the header of one comment.
_COMMENT_BYLINE = re.compile(r"(?:.{1,60}\s)?(?:says|said|wrote|commented)\s*:?", re.I)
_RELATED_HEADER = re.compile(
    r"(?:related|recent|latest|popular|recommended|similar|more|other|trending|top)\s+"
    r"(?:articles?|posts?|stories|news|reads|videos?|content|guides?|reading|from\b.*|in\b.*|on\b.*)"
    r"|you (?:may|might) also (?:like|enjoy)|(?:read|watch) next|more (?:like this|to explore)"
    r"|recommended(?: for you)?|most (?:read|popular|viewed|shared)|also on\b.*|around the web|from the web",
    re.I,
)
_DECORATION = " \t-–—_*·•|:.!>»«"


def section_start(text: str, words: int) -> str | None:
    """COMMENTS or RELATED if the line heads a comment thread or a box of other stories."""
    if words > 12:
        return None
    key = " ".join(text.strip(_DECORATION).split())
    if _COMMENTS_HEADER.fullmatch(key):
        return COMMENTS
    if _COMMENT_BYLINE.fullmatch(key) and (has_date(key) or (words <= 4 and "," not in key)):
        return COMMENTS
    if _RELATED_HEADER.fullmatch(key):
        return RELATED
    return None
