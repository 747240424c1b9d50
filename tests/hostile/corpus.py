"""The hostile corpus: files that try to break `reader` or talk to the terminal through it.

Every file is generated here (no binaries in the repository) into a temporary directory by the
session fixture in `conftest.py`. Each `Case` says whether `reader` must accept the file (`ok`)
or refuse it with one line, and which strings a reader must see literally in the output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MIB = 1 << 20

# What a terminal would act on if the text reached it raw: window title, clipboard write, screen
# clear, colour, hyperlink, and the 8-bit CSI.
OSC_TITLE = "\x1b]0;evil title\x07"
OSC_CLIPBOARD = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
CSI_CLEAR = "\x1b[2J"
CSI_HOME = "\x1b[H"
CSI_COLOUR = "\x1b[31;1m"
CSI_RESET = "\x1b[0m"
OSC_LINK = "\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\"
CSI_8BIT = "\x9b2J"
# The byte strings that must never come out of `reader` (some terminal would obey them).
PAYLOAD_BYTES = (b"\x1b]0;evil", b"\x1b]52;", b"\x1b]8;;https://evil", b"\xc2\x9b2J", b"\x1b[31;1m")

MARKUP_TEXT = (
    "Markup in a headline [bold]here[/bold]\n\n"
    "Senator [R-TX] said the plan was [bold]dead[/bold] and linked [link=https://x]the bill[/link].\n"
    "A button [@click=app.quit]quit[/] should do nothing, and a lone [/ must not crash anything.\n"
    '"We will [bold]not[/bold] sign [/ it," said Senator Maria Lopez of Texas, who chairs the [i]committee[/i].\n'
    "Arrays like a[1] and [i] italics [/i] stay as written; so does [red on white]colour[/].\n"
)
MARKUP_LITERALS = (
    "[R-TX]",
    "[bold]dead[/bold]",
    "[link=https://x]the bill[/link]",
    "[@click=app.quit]quit[/]",
    "a lone [/ must",
    "[bold]not[/bold] sign [/ it",
)

ESCAPE_TEXT = (
    f"Escapes in the headline{OSC_TITLE}\n\n"
    f"The first paragraph sets the window title{OSC_TITLE} and writes the clipboard{OSC_CLIPBOARD} quietly.\n"
    f"The second paragraph clears the screen{CSI_CLEAR}{CSI_HOME} and paints {CSI_COLOUR}red words{CSI_RESET} here.\n"
    f"The third paragraph hides a link: {OSC_LINK} and an 8-bit CSI{CSI_8BIT} too.\n"
    "An unterminated title sequence \x1b]2;still evil ends at the line end.\n"
    "The last paragraph is plain and must survive intact.\n"
)
ESCAPE_LITERALS = ("sets the window title and writes the clipboard quietly", "red words", "click here")

C0_C1 = "".join(chr(c) for c in [*range(0x01, 0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\n")
# A CR inside the run is a line break (old Mac files), so the sentence after it is a paragraph of its own.
CONTROL_TEXT = (
    "Control characters\n\n"
    f"This sentence is long enough to be a paragraph anywhere, and it ends with every control character:{C0_C1}\n"
    "The next line is intact.\n"
    "Each one alone: " + " ".join(f"x{ch}y" for ch in C0_C1 if ch not in "\t") + ".\n"
)

RTL_TEXT = (
    "Elections in the region\n\n"
    "قال الوزير إن الميزانية تأخرت وإن اللجنة ستجتمع يوم الاثنين لمناقشة الخطة.\n"
    "השר אמר שהתקציב התעכב והוועדה תתכנס ביום שני כדי לדון בתוכנית.\n"
    "Mixed: the minister (الوزير) spoke to the committee (הוועדה) on Monday.\n"
    "A bidi override \u202etxt.exe\u202c and an isolate \u2067مرحبا\u2069 sit in this line.\n"
)

CJK_TEXT = (
    "Wide characters and emoji 🎉\n\n"
    "東京で会議が開かれ、首相は予算について話した。北京举行了会议，总理谈到了预算问题。\n"
    "서울에서 회의가 열렸고 총리는 예산에 대해 말했다. Full-width ＡＢＣ１２３ letters.\n"
    "Emoji with modifiers 👍🏽 and a family 👨‍👩‍👧‍👦 and flags 🇫🇷🇯🇵 and a keycap 1️⃣ in the text.\n"
    "A zero-width space\u200bhere, a soft hyphen in news\u00adpaper, and combining e\u0301 accents.\n"
)

FRENCH_TEXT = (
    "Le gouvernement annonce une réforme des retraites\n\n"
    "Le gouvernement a présenté mardi une réforme des retraites qui repousse l'âge légal de départ. "
    "Les syndicats ont aussitôt appelé à une grève dans tout le pays.\n"
    "« Nous ne reculerons pas », a déclaré la ministre du Travail, Claire Dubois, devant les députés. "
    "Elle a ajouté que le texte serait examiné au Sénat avant l'été.\n"
    "À Lyon et à Marseille, des milliers de personnes se sont rassemblées devant les mairies. "
    "La police n'a signalé aucun incident grave.\n"
)

RUSSIAN_TEXT = (
    "Министр заявил о продолжении переговоров\n\n"
    "Министр иностранных дел Иван Петров заявил во вторник, что переговоры будут продолжены на следующей неделе. "
    "По его словам, стороны пока не смогли договориться о сроках.\n"
    "«Мы готовы к диалогу, но не на любых условиях», — сказал Петров журналистам в Москве. "
    "Он добавил, что следующая встреча пройдёт в Женеве.\n"
    "Эксперты считают, что соглашение может быть подписано до конца года.\n"
)

ENGLISH_PARAGRAPH = (
    "The minister said on Tuesday that the budget would be late again this year, and the committee "
    "agreed to meet on Monday to discuss the plan."
)


def _unbalanced_quotes() -> str:
    """5,000 quotation marks of every kind that never pair up the way a quote would."""
    marks = '""“”„«»‘’\'"'
    lines = ["Unbalanced quotation marks"]
    count = 0
    for line in range(50):
        words = []
        for n in range(100):
            words.append(f"{marks[(line + n) % len(marks)]}word{n}")
            count += 1
        lines.append(f'The senator said "{" ".join(words)} and then stopped.')
    assert count + 50 >= 5000
    return "\n".join(lines) + "\n"


def _nested_quotes(depth: int = 200) -> str:
    opening = "“‘" * (depth // 2)
    closing = "’”" * (depth // 2)
    straight = "".join(f'"level {n} ' if n % 2 == 0 else f"'level {n} " for n in range(depth))
    return (
        "Deeply nested quotations\n\n"
        f"The witness said {opening}nothing at all{closing}, according to the clerk.\n"
        f"Then the lawyer said {straight}and never closed any of them.\n"
        "\"She told me 'he said \"they said 'no'\" to her' yesterday,\" the aide said.\n"
    )


def _long_line(size: int = MIB) -> str:
    """One line of about `size` characters: a page pasted without a single line break."""
    sentence = "In paragraph-free text number {n} the minister said the budget was late again. "
    parts, total, n = [], 0, 0
    while total < size:
        part = sentence.format(n=n)
        parts.append(part)
        total += len(part)
        n += 1
    return "".join(parts).rstrip() + "\n"


def _write_huge(path: Path, size: int = 60 * MIB) -> None:
    """A 60 MB text file in a few milliseconds: a text start, then a sparse hole up to `size`."""
    with path.open("wb") as stream:
        stream.write(("Huge file\n\n" + ENGLISH_PARAGRAPH + "\n").encode() * 100)
        stream.truncate(size)


def _html(title: str, paragraph: str) -> str:
    paragraphs = "".join(f"<p>Paragraph {n} {paragraph} {ENGLISH_PARAGRAPH}</p>" for n in range(4))
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>Page headline</h1>{paragraphs}</article></body></html>\n"


HTML_WITH_MARKUP = _html(
    "Page headline [bold]x[/bold] [/", "says Senator [R-TX] said the [link=https://x]vote[/link] was close."
)
# Escape sequences written as character references: the HTML parser turns them into real ESC bytes.
HTML_WITH_CONTROL_REFS = _html(
    "Page &#27;]0;evil title&#7; headline",
    "clears the screen&#27;[2J and sets the title&#x1b;]0;evil title&#x07; while Senator [R-TX] said so.",
)


@dataclass(frozen=True)
class Case:
    """One hostile input. `data` makes the file's bytes, or `write` writes it (for the huge file).

    `ok`: reader must print it (else refuse with exit 2 and one line naming `error_hint`);
    `shows`: strings a reader must see literally in the cleaned text.
    """

    name: str
    data: Callable[[], bytes] | None = None
    write: Callable[[Path], None] | None = None
    ok: bool = True
    shows: tuple[str, ...] = ()
    error_hint: str = ""
    big: bool = False  # too slow to analyse in every test; parsed in pieces by the dedicated test
    suffix: str = ".txt"
    tags: frozenset[str] = field(default_factory=frozenset)


def _utf8(text: str) -> Callable[[], bytes]:
    return lambda: text.encode("utf-8")


CASES: tuple[Case, ...] = (
    Case("markup", _utf8(MARKUP_TEXT), shows=MARKUP_LITERALS),
    Case("escapes", _utf8(ESCAPE_TEXT), shows=ESCAPE_LITERALS),
    Case(
        "controls",
        _utf8(CONTROL_TEXT),
        shows=("ends with every control character:", "The next line is intact."),
    ),
    Case(
        "c1_bytes",
        lambda: (
            b"Raw C1 bytes\n\nA legacy file with bytes \x9b2J and \x9d0;evil\x07 and \x85 in it, "
            b"plus caf\xe9 so it is not UTF-8.\n"
        ),
        shows=("caf\u00e9",),
    ),
    # UTF-8 text decoded as cp1252 and saved again: "”" becomes "â€" + U+009D, the 8-bit OSC introducer.
    Case(
        "mojibake",
        _utf8(
            "Double-encoded quotes\n\n"
            "The minister said â€œwe are readyâ€\x9d and then left the room before the vote was taken.\n"
        ),
        shows=("and then left the room before the vote was taken.",),
    ),
    Case("nul", lambda: b"Some text\x00with a NUL byte inside.\n", ok=False, error_hint="NUL"),
    Case("png", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, ok=False, error_hint="PNG"),
    Case(
        "pdf",
        lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        ok=False,
        error_hint="PDF",
    ),
    Case("empty", lambda: b"", ok=False, error_hint="empty"),
    Case("spaces", lambda: b"   \n\t \n \r\n      \n", ok=False, error_hint="whitespace"),
    Case("long_line", _utf8(_long_line()), shows=("number 0 the minister said",), big=True),
    Case("huge", write=_write_huge, ok=False, error_hint="limit", big=True),
    Case(
        "cp1252",
        lambda: (
            b"Caf\xe9 prices rise\r\n\r\nThe caf\xe9 owner said \x93we are still open\x94 \x96 prices rose "
            b"5\x80 this week, na\xefvely hoping for more trade.\r\n"
        ),
        shows=("café owner", "“we are still open”", "– prices rose 5€"),
    ),
    Case(
        "latin1",
        lambda: (
            "Zürich news\n\nIn Zürich the Ångström lab faced a façade problem; the Straße was closed "
            "for a naïve reason, officials said.\n"
        ).encode("latin-1"),
        shows=("In Zürich the Ångström lab faced a façade problem; the Straße was closed",),
    ),
    Case(
        "utf16_bom",
        lambda: f"UTF-16 headline\n\n{ENGLISH_PARAGRAPH}\nEmoji survive too: 🎉 and “curly quotes”.\n".encode("utf-16"),
        shows=("Emoji survive too: 🎉 and “curly quotes”.", "the committee agreed to meet"),
    ),
    Case(
        "crlf",
        _utf8(f"Windows line ends\r\n\r\n{ENGLISH_PARAGRAPH}\r\nThe second paragraph ends here.\r\n"),
        shows=("The second paragraph ends here.",),
    ),
    Case(
        "cr",
        _utf8(f"Old Mac line ends\r\r{ENGLISH_PARAGRAPH}\rThe second paragraph ends here.\r"),
        shows=("The second paragraph ends here.",),
    ),
    Case("rtl", _utf8(RTL_TEXT), shows=("قال الوزير إن الميزانية تأخرت", "השר אמר שהתקציב התעכב")),
    Case("cjk_emoji", _utf8(CJK_TEXT), shows=("東京で会議が開かれ", "👨‍👩‍👧‍👦", "ＡＢＣ１２３")),
    Case("unbalanced_quotes", _utf8(_unbalanced_quotes()), shows=("word99 and then stopped.",)),
    Case("nested_quotes", _utf8(_nested_quotes()), shows=("nothing at all", "level 199")),
    Case("french", _utf8(FRENCH_TEXT), shows=("« Nous ne reculerons pas »",), tags=frozenset({"not-english"})),
    Case("russian", _utf8(RUSSIAN_TEXT), shows=("«Мы готовы к диалогу",), tags=frozenset({"not-english"})),
    Case(
        "html_markup",
        _utf8(HTML_WITH_MARKUP),
        shows=("Senator [R-TX] said the [link=https://x]vote[/link]",),
        suffix=".html",
    ),
    Case("html_control_refs", _utf8(HTML_WITH_CONTROL_REFS), shows=("Senator [R-TX] said",), suffix=".html"),
)

CASES_BY_NAME = {case.name: case for case in CASES}
OK_CASES = tuple(case.name for case in CASES if case.ok)
REFUSED_CASES = tuple(case.name for case in CASES if not case.ok)
# Small enough to analyse with spaCy in a test (the 1 MB line takes ~35 s on 2 cores).
ANALYSABLE_CASES = tuple(case.name for case in CASES if case.ok and not case.big)


def write_corpus(directory: Path) -> dict[str, Path]:
    """Write every case into `directory`; returns name → path."""
    directory.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for case in CASES:
        path = directory / f"{case.name}{case.suffix}"
        if case.write is not None:
            case.write(path)
        else:
            assert case.data is not None
            path.write_bytes(case.data())
        paths[case.name] = path
    return paths
