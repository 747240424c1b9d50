"""Recognise the clutter that scraped articles carry between paragraphs, and name it.

Every rule is about the shape of web pages in general (ad labels, "Read more:" links, share and
newsletter prompts, bylines, photo credits, page navigation), never about one site. Rules only
fire on short lines: a long paragraph is prose whatever its first words are.
"""

from __future__ import annotations

import re

ADVERTISEMENT = "advertisement"
RELATED_LINK = "related link"
SHARE_PROMPT = "share prompt"
NEWSLETTER_PROMPT = "newsletter prompt"
NAVIGATION = "navigation"
BYLINE = "byline"
CAPTION = "caption"
NO_LETTERS = "no letters"
DUPLICATE = "duplicate"
DATELINE = "dateline"
COOKIE_NOTICE = "cookie notice"
FOOTER = "footer"
LINK_LIST = "link list"
COMMENT = "comment"
OUTSIDE = "outside the article"
CALL_TO_ACTION = "call to action"
AUTHOR_BIO = "author bio"
TAG_LIST = "tag list"
REFERENCE_LIST = "reference list"
MARKUP = "markup"

# Past this many words a line is treated as prose and never as clutter.
_MAX_CLUTTER_WORDS = 40
# Cookie notices are the one kind of clutter written as a long paragraph, addressed to the reader.
_MAX_COOKIE_WORDS = 90
_MAX_LINK_WORDS = 30
_MAX_PROMPT_WORDS = 20
_MAX_BYLINE_WORDS = 12
# The parts of a line of a post's particulars ("Published: … · by Jane Roe · This post may contain …").
META_PARTS = re.compile(r"\s+[·|•—–-]\s+")
_AFFILIATE_NOTICE = re.compile(
    r"(?:this (?:post|article|page|site|recipe) )?(?:may )?contains? (?:affiliate|sponsored) links?", re.I
)
_MAX_DATELINE_WORDS = 24  # a line of nothing but dates: published and updated, each with its time

# Characters that decorate labels: "— Advertisement —", "[Sponsored]", "ALSO READ |".
_DECORATION = " \t-–—_*·•|()[]{}:.!>»«<›‹→←"

_AD = re.compile(
    r"(?:advert(?:isement)?s?|ads?|sponsored(?: (?:content|links?|stories|posts?|by .+))?"
    r"|paid (?:content|post|partnership)|promoted(?: (?:content|stories))?|partner content"
    r"|(?:the )?(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?(?: (?:advertisement|advert|ad))?"
    r"|continue reading (?:below|after (?:the )?(?:advertisement|ad))|scroll to continue(?: with content)?"
    r"|ad feedback|remove ads?)"
)

_RELATED_LABEL = (
    r"(?:also read|read also|read more|more to read|must read|read next|up next|related"
    r"(?: (?:articles?|stories|posts?|content|reading|coverage|links?|news|topics|videos?))?"
    r"|see also|recommended(?: (?:for you|articles?|stories|reading|videos?))?"
    r"|you (?:may|might) also (?:like|enjoy|be interested in)|(?:more|also) (?:on|from) [\w'’ .]{1,30}"
    r"|more stories|more news|further reading|trending(?: now| stories)?|most (?:read|popular|viewed)"
    r"|don'?t miss|editor'?s picks?|top stories|latest(?: news| stories)?|watch)"
)
# Alone on a line these are link labels; before a colon they may head a spec ("Video: 4K/30p").
_LINK_ONLY_ALONE = r"(?:video|videos|listen|podcast|more)"
_RELATED_ALONE = re.compile(rf"{_RELATED_LABEL}|{_LINK_ONLY_ALONE}")
# A dash only separates when spaced: "More on that in a follow-up post" is a sentence.
_RELATED_WITH_LINK = re.compile(rf"{_RELATED_LABEL}\s*(?:[:|»]+|\s[>\-–—]+|\.{{3}}|…)\s*\S", re.I)
_RELATED_START = re.compile(rf"{_RELATED_LABEL}\b", re.I)

_SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|email|e-mail|messenger|flipboard|threads|bluesky|tumblr|pocket|copy link|copy url|sms)"
_SHARE_ALONE = re.compile(
    rf"(?:share|shares|\d+ shares|tweet|share this(?: (?:article|story|post|page|video|link))?"
    rf"|share (?:this )?(?:via|on|to|with) {_SOCIAL}|{_SOCIAL}"
    r"|(?:show |share )?(?:close |all )?(?:more |extra |other )?shar(?:e|ing) options|(?:copy )?link (?:url )?copied!?"
    r"|copy link url(?: copied!?)?|pin it|(?:get |copy )?short (?:url|link))"
)
_SOCIAL_ROW = re.compile(rf"(?:{_SOCIAL}[\s|,/·•]*){{2,}}")
_SHARE_PROMPT = re.compile(
    rf"(?:share (?:this|the) (?:article|story|post|page|video)|click to share|share on {_SOCIAL}\b"
    r"|share all sharing options for:"
    rf"|(?:follow|like|find|join) (?:us|me) on \w+|follow (?:\S+ ){{0,3}}on {_SOCIAL}\b|(?:follow|like) us\b"
    r"|view this post on \w+)",
    re.I,
)

_NEWSLETTER = re.compile(
    r"(?:sign up|subscribe|register|join (?:our|the|\d[\d,]*)|get (?:our|the) (?:free |daily |weekly )?\w* ?newsletter"
    r"|enter your e-?mail|already a subscriber|subscribers? only|newsletters?)\b",
    re.I,
)
_NEWSLETTER_HINT = re.compile(r"newsletter|inbox|e-?mail|subscri|updates|alerts|mailing list", re.I)
# Short calls to action ("Sign up today!") need no newsletter word.
_NEWSLETTER_SHORT_HINT = re.compile(r"\b(?:today|now|here|free)\b", re.I)
_MAX_SHORT_PROMPT_WORDS = 8

_NAVIGATION = re.compile(
    r"(?:menu|home|search|skip to (?:main )?content|(?:back to|go to) top|top|next|previous|prev|back|close"
    r"|(?:next|previous) (?:article|story|post|page)|reply|comments?|\d+ comments?|leave a (?:comment|reply)"
    r"|(?:add|show|view|see|load) (?:a )?comments?|load more|view all|see all|show (?:more|less)"
    r"|table of contents|contents|in this (?:article|story|guide)|on this page|print(?: this)?(?: article| page| story)?"
    r"|learn more|sign in|log ?in|log ?out|click here|expand|collapse|toggle navigation|continue reading(?: the main story)?"
    r"|view in list|open in app|listen to (?:this )?article)"
)
_JUMP = re.compile(r"(?:jump|skip|go|scroll) to\b", re.I)
# "Home › News › World"; a bare ">" needs two, since "x > 5" is not a trail.
_BREADCRUMB = re.compile(r"[^.!?]{1,40}(?:(?:\s[›»]\s[^.!?]{1,40}){1,6}|(?:\s>\s[^.!?]{1,40}){2,6})")

# Cookie notices speak to the reader about this site's cookies; an article about cookies does not.
_COOKIE = re.compile(
    r"\b(?:(?:we|this (?:web)?site|our (?:web)?site|the (?:web)?site|this page) (?:\w+ )?uses? cookies"
    r"|accept (?:all )?cookies|cookies? (?:settings|preferences|policy|consent|notice)|manage (?:your )?cookies"
    r"|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our|the) (?:web)?site\b)",
    re.I,
)
_COOKIE_LABEL = re.compile(
    r"(?:accept|reject|allow|deny|decline)(?: all)?(?: cookies)?|(?:i )?agree|got it|ok(?:ay)?", re.I
)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved", re.I)
_FOOTER_LABEL = re.compile(
    r"(?:privacy(?: policy| notice| statement| settings| center)?|terms(?: of (?:use|service|sale))?(?: and conditions)?"
    r"|terms & conditions|cookie policy|about(?: us)?|contact(?: us)?|careers|jobs|sitemap|site map|accessibility"
    r"|advertise(?: with us)?|help|faqs?|imprint|impressum|legal(?: notice)?|do not sell my (?:personal )?info(?:rmation)?"
    r"|your (?:privacy|ad) choices|rss(?: feeds?)?)",
    re.I,
)

# Buttons and shop links: "Buy now", "Visit website", "Check price at Amazon", "Get a free quote".
_ACTION = re.compile(
    r"(?:buy|shop|order|book|get|try|visit|check|compare|view|see|read|watch|download|start|request|claim|apply"
    r"|call|contact|find out|learn|explore|discover|track|install|register)\b(?:\s+\S+){0,5}",
    re.I,
)
_ACTION_OBJECT = re.compile(
    r"\b(?:now|today|here|online|free|price|prices|deals?|offers?|website|site|store|shop|quote|demo|trial"
    r"|details|review|reviews|rates?|tickets?|availability|app|amazon|ebay|walmart|retailer)\b",
    re.I,
)
_MAX_ACTION_WORDS = 6
# "Filed under: Politics, Europe", "Tags: bridges, council": the page's labels for the article.
_TAGS = re.compile(
    r"(?:(?:filed|posted) (?:under|in)|tagged(?: with)?)\s*:?\s+\S|(?:tags?|topics?|categories|category)\s*:\s*\S", re.I
)
_MAX_TAG_WORDS = 25
# "This story has been shared 44,976 times", "1.2K shares".
_SHARE_COUNT = re.compile(r"\bshared [\d,.]+k? times\b|^\W*[\d,.]+k? shares?\W*$", re.I)

_BYLINE = re.compile(r"(?:(?:written|reported|words|story|text|photos?) )?by\b\s*(.*)", re.I)
_NAME_CONNECTOR = {"and", "&", "in", "at", "for", "of", "with", "the", "|", "-", "–", "—", "/", ","}
_HANDLE = re.compile(r"@\w{2,30}")
_READING_TIME = re.compile(
    r"(?:(?:average )?reading time:? )?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|hrs?|hours?)\.?(?: read| reading time)?"
)

_MONTH = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_WEEKDAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_DATE_WORD = re.compile(
    rf"(?:{_MONTH}|{_WEEKDAY}|published|updated|last|first|posted|modified|on|at|date|am|pm|a\.m|p\.m"
    r"|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|aest|et|pt|hst|hdt|akst|akdt|mst|mdt|aedt|acst|acdt"
    r"|awst|nzst|nzdt|jst|kst|hkt|sgt|sast|eet|eest|msk|pkt"
    r"|ago|hours?|hrs?|minutes?|mins?|days?|yesterday|today)",
    re.I,
)
_HAS_DATE = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY})\b|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}|\bago\b", re.I)

_CAPTION_LABEL = re.compile(
    r"(?:photo|photograph|image|picture|pic|illustration|graphic|credit|caption|file photo|image caption"
    r"|image source|photo credit)s?\s*(?::|\||\bby\b|\bcredit\b)",
    re.I,
)
_CREDIT_END = re.compile(
    r"(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|afp photo|reuters photo|epa-efe)[^.!?]{0,40}\)?\W*$"
    r"|\([^()]*\b(?:(?:photo|photograph|image|picture)s?\s*(?:credit|by|courtesy|:|/)|credit\s*:)[^()]*\)\W*$"
    r"|\(\s*[^()/:]{2,40}/[^()]*\b(?:photo|photos|library|images|pictures)\b[^()]*\)\W*$",  # (JANE ROE/SCIENCE PHOTO LIBRARY)
    re.I,
)

# Every match of _CREDIT_END without a bracket names one of these.
_AGENCIES = ("getty images", "shutterstock", "istock", "alamy", "ap photo", "afp photo", "reuters photo", "epa-efe")

# "Crowds in Kabul on Sunday. Photograph: Rahmat Gul/AP" — the credit label closes the caption.
# "… He didn't get it. Credit... Doug Mills/The New York Times": a credit after an ellipsis.
_CREDIT_ELLIPSIS = re.compile(r"\bCredit(?:\.\.\.|…)\s*[A-Z][^.!?]{1,80}$")
_CREDIT_LABEL_END = re.compile(r"\b(?:photograph|photo|image|picture|illustration|credit)s?\s*:\s*[^.!?:]{1,60}$", re.I)


_IMAGE_BUTTON = re.compile(
    r"(?:enlarge|expand|view|open|zoom|close|hide|show|toggle)(?: this)? (?:image|photo|picture|caption|gallery)s?"
)

_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_MIN_TABLE_NUMBERS = 2


# An HTML tag, raw or escaped once ("&lt;span …&gt;"), or a character reference ("&amp;#65279;"). Tag
# and attribute names in lowercase, as pages write them: "<The Palace: Jang Noksu>" is a title.
_TAG_BODY = r"""/?\s*[a-z][a-z0-9]*(?:\s+[a-z][-a-z0-9_:]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>&]+))?)*\s*/?\s*"""
_MARKUP = re.compile(
    rf"<\s*{_TAG_BODY}>|&(?:amp;)?lt;\s*{_TAG_BODY}&(?:amp;)?gt;|&(?:amp;)?(?:#\d+|#x[0-9a-fA-F]+|[a-z]+);"
)


def classify(line: str) -> str | None:
    """The reason to drop this line or paragraph, or None to keep it."""
    text = " ".join(line.split())
    if ("<" in text or "&" in text) and _MARKUP.search(text) and not _MARKUP.sub("", text).strip(" \ufeff\u200b"):
        return MARKUP  # a page's markup copied as text ("<div class=…></div>"), nothing a reader sees
    if not any(map(str.isalpha, text)):
        # A row of figures is a table's content; a lone number or a rule of symbols is decoration.
        return None if len(_NUMBER.findall(text)) >= _MIN_TABLE_NUMBERS else NO_LETTERS
    words = text.split()
    if len(words) <= _MAX_COOKIE_WORDS and _may_be_cookie_notice(text) and _COOKIE.search(text):
        return COOKIE_NOTICE
    if len(words) > _MAX_CLUTTER_WORDS:
        return None
    key = _label_key(text)
    rules = (
        _advertisement,
        _related_link,
        _share_prompt,
        _newsletter_prompt,
        _navigation,
        _footer,
        _tags,
        _share_count,
        _call_to_action,
        _byline,
        _caption,
    )
    for rule in rules:
        reason = rule(text, key, len(words))
        if reason:
            return reason
    return None


def _may_hold(text: str, *words: str) -> bool:
    """False when ASCII `text` holds none of the lower-case `words` in any case: a regex that needs
    one of them cannot match. Other text may match case-insensitively in ways `lower()` misses."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


def _may_be_cookie_notice(text: str) -> bool:
    """False when `_COOKIE` cannot match: ASCII text with none of the words every match holds."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return "cookie" in lowered or "by continuing" in lowered or "by using" in lowered


def _label_key(text: str) -> str:
    """Lower-case text without decoration, for matching whole-line labels."""
    return " ".join(text.lower().replace("’", "'").strip(_DECORATION).split())


def _ends_sentence(text: str) -> bool:
    return text.rstrip('"”’)»').endswith((".", "!", "?"))


def _advertisement(text: str, key: str, words: int) -> str | None:
    return ADVERTISEMENT if _AD.fullmatch(key) else None


def _related_link(text: str, key: str, words: int) -> str | None:
    if _RELATED_ALONE.fullmatch(key):
        return RELATED_LINK
    if words > _MAX_LINK_WORDS:
        return None
    stripped = text.lstrip(_DECORATION)
    if _RELATED_WITH_LINK.match(stripped):
        return RELATED_LINK
    # "ALSO READ Bezos installs…": a shouted label needs no separator.
    match = _RELATED_START.match(stripped)
    if match and match.group(0).isupper() and len(match.group(0)) > 3:
        return RELATED_LINK
    return None


def _share_prompt(text: str, key: str, words: int) -> str | None:
    if _SHARE_ALONE.fullmatch(key) or _SOCIAL_ROW.fullmatch(key):
        return SHARE_PROMPT
    if words <= _MAX_PROMPT_WORDS and _SHARE_PROMPT.match(text.lstrip(_DECORATION)):
        return SHARE_PROMPT
    return None


def _newsletter_prompt(text: str, key: str, words: int) -> str | None:
    if words > _MAX_PROMPT_WORDS:
        return None
    match = _NEWSLETTER.match(text.lstrip(_DECORATION))
    if match is None:
        return None
    rest = match.string[match.end() :]
    if (
        words <= 3
        or _NEWSLETTER_HINT.search(rest)
        or (words <= _MAX_SHORT_PROMPT_WORDS and _NEWSLETTER_SHORT_HINT.search(rest))
    ):
        return NEWSLETTER_PROMPT
    return None


def _navigation(text: str, key: str, words: int) -> str | None:
    if _NAVIGATION.fullmatch(key):
        return NAVIGATION
    if words <= 6 and _JUMP.match(key) and not _ends_sentence(text):
        return NAVIGATION
    if words <= 12 and not _ends_sentence(text) and _BREADCRUMB.fullmatch(text):
        return NAVIGATION
    return None


def _tags(text: str, key: str, words: int) -> str | None:
    if words <= _MAX_TAG_WORDS and _TAGS.match(text.lstrip(_DECORATION)) and not _ends_sentence(text):
        return TAG_LIST
    return None


def _share_count(text: str, key: str, words: int) -> str | None:
    if words > _MAX_PROMPT_WORDS or not _may_hold(text, "share"):
        return None
    return SHARE_PROMPT if _SHARE_COUNT.search(text) else None


def _call_to_action(text: str, key: str, words: int) -> str | None:
    if words > _MAX_ACTION_WORDS or _ends_sentence(text):
        return None
    if _ACTION.fullmatch(key) and _ACTION_OBJECT.search(key):
        return CALL_TO_ACTION
    return None


def _footer(text: str, key: str, words: int) -> str | None:
    if _FOOTER_LABEL.fullmatch(key) or (words <= 4 and _COOKIE_LABEL.fullmatch(key)):
        return FOOTER
    if (
        words <= 25
        and ("©" in text or "(" in text or _may_hold(text, "copyright", "all rights"))
        and _COPYRIGHT.search(text)
    ):
        return FOOTER
    return None


def _byline(text: str, key: str, words: int) -> str | None:
    if _CAPTION_LABEL.match(text.lstrip(_DECORATION)):
        return None  # "Photo by Jason Kempin/Getty Images": a photographer's credit, not the author's
    if words <= _MAX_DATELINE_WORDS and _HAS_DATE.search(text) and _only_date(_without_share_button(text)):
        # "Published Tue, Nov 19 2019 7:05 AM EST Updated …", "21:17 18.11.2019 Get short URL"
        return DATELINE
    if words <= _MAX_DATELINE_WORDS and META_PARTS.search(text) and is_particulars(text):
        return BYLINE
    if words > _MAX_BYLINE_WORDS:
        return None
    if name_then_date(text) is not None:
        return BYLINE  # "Associated Press November 19, 2019, 9:02 AM"
    match = _BYLINE.fullmatch(text.strip(_DECORATION))
    if match and (not match.group(1) or _names_only(match.group(1).split())):
        return BYLINE
    if _READING_TIME.fullmatch(key) or _HANDLE.fullmatch(text.strip(_DECORATION)):
        return BYLINE  # "5 min read", "@JaneRoe" under the byline
    return None


def _without_share_button(text: str) -> str:
    """The line less a share button written after it ("21:17 18.11.2019 Get short URL")."""
    words = text.split()
    for count in (3, 2, 1):
        if len(words) > count and _SHARE_ALONE.fullmatch(" ".join(words[-count:]).lower()):
            return " ".join(words[:-count])
    return text


def name_then_date(text: str) -> tuple[str, str] | None:
    """(name, date) for a line of a name of one to four words, then a date with its year and time:
    an author's or agency's line ("Associated Press November 19, 2019, 9:02 AM"); else None."""
    words = text.strip(_DECORATION).split()
    for cut in range(1, min(4, len(words) - 1) + 1):
        tail = " ".join(words[cut:])
        if _names_only(words[:cut]) and only_date(tail) and _CLOCK.search(tail) and _YEAR.search(tail):
            if any(has_date(word) for word in words[:cut]):
                return None
            return " ".join(words[:cut]), tail
    return None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?", re.I)


def is_particulars(text: str) -> bool:
    """True for a line of a post's particulars set apart by dots, bars or dashes, each a date, a
    byline, a date and a byline, a reading time, a comment count or an affiliate-links notice, with a
    name or a date among them: "Published: Mar 8, 2024 · Modified: May 19, 2025 by Jane Roe · This
    post may contain affiliate links", "Jun 24, 2024 - 17 min read", "Jane Roe • Updated on Jul 4,
    2024 • 12 min read" (a bare name only beside a date and one more part)."""
    named = dated = False
    bare_names = 0
    parts = META_PARTS.split(text.strip(_DECORATION))
    for part in parts:
        part = part.strip(_DECORATION)
        dated_part, by, name = part.rpartition(" by ")
        if (by and only_date(dated_part) and _names_only(name.split())) or byline_names(part):
            named = True
        elif only_date(part):
            dated = True
        elif 2 <= len(part.split()) <= 4 and _names_only(part.split()) and not has_date(part):
            bare_names += 1
        elif not (
            _AFFILIATE_NOTICE.fullmatch(part.strip(" ."))
            or _READING_TIME.fullmatch(_label_key(part))
            or _COMMENT_COUNT.fullmatch(_label_key(part))
        ):
            return False
    # a bare name among three parts or more ("Ferry Fares Rise - March 2024" is a headline and its date)
    return named or (dated and (bare_names == 0 or (bare_names == 1 and len(parts) >= 3)))


_COMMENT_COUNT = re.compile(r"(?:\d[\d,]*|one|no) comments?")


def only_date(text: str) -> bool:
    """True if the line is a date or time and nothing else ("Updated 3 March 2024, 10:41 GMT")."""
    return has_date(text) and _only_date(text)


def byline_names(text: str) -> str | None:
    """What follows "By" in a byline ("By Jane Doe, Reuters" → "Jane Doe, Reuters"), or None."""
    match = _BYLINE.fullmatch(" ".join(text.split()).strip(_DECORATION))
    return match.group(1) if match and match.group(1) else None


def has_date(text: str) -> bool:
    """True if the text names a month or weekday, or holds a numeric date, or says "ago"."""
    return _HAS_DATE.search(text) is not None


def _names_only(words: list[str]) -> bool:
    """True if the words after "By" read as names and roles, not as a sentence."""
    if not words or _ends_sentence(" ".join(words)) and not re.search(r"\b[A-Z]\.$", words[-1]):
        return False
    if not words[0][:1].isupper() and words[0][:1] != "@":
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1] == "@" or word.lower() in _NAME_CONNECTOR)
    return capitalised >= len(words) - 1


def _only_date(text: str) -> bool:
    """True if nothing but date words, numbers and separators remains once dates are removed."""
    rest = _DATE_WORD.sub(" ", text)
    return not any(char.isalpha() for char in rest)


def _caption(text: str, key: str, words: int) -> str | None:
    stripped = text.lstrip(_DECORATION)
    labelled_end = (":" in text and _CREDIT_LABEL_END.search(text)) or _CREDIT_ELLIPSIS.search(text)
    if _CAPTION_LABEL.match(stripped) or labelled_end or key in {"image", "photo", "getty images"}:
        return CAPTION
    if _IMAGE_BUTTON.fullmatch(key):
        return CAPTION  # "Enlarge Image", "Toggle caption": a photo's buttons, not a byline's name
    # "…told Getty Images." is a sentence; "…in Kabul (AP Photo/Rahmat Gul)" is a credit.
    agency = "(" in text or _may_hold(text, *_AGENCIES)
    if agency and _CREDIT_END.search(text) and not text.rstrip().endswith((".", "!", "?")):
        return CAPTION
    return None
