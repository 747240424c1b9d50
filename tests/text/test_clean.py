"""Cleaning: clutter goes (with a reason), real paragraphs stay, the headline becomes the title."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.article import CleanArticle
from reader.text.clean import clean_article, split_paragraphs

PROSE = "The council voted on Tuesday to close the old bridge to traffic while engineers inspect it."
PROSE_2 = "Residents said the detour adds twenty minutes to the school run and asked for a shuttle bus."
HEADLINE = "Council closes old bridge for inspection"


def article(*lines: str) -> str:
    return "\n\n".join(lines)


def paragraphs(cleaned: CleanArticle) -> list[str]:
    return [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]


def reasons(cleaned: CleanArticle) -> dict[str, str]:
    return {removal.text: removal.reason for removal in cleaned.removed}


def assert_offsets(cleaned: CleanArticle) -> None:
    assert "\n\n".join(paragraphs(cleaned)) == cleaned.text


# --- boilerplate kinds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clutter", "reason"),
    [
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Ad", "advertisement"),
        ("Sponsored", "advertisement"),
        ("- Advertisement -", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("ALSO READ | Ten bridges that changed a city", "related link"),
        ("READ MORE: Mayor promises new crossing", "related link"),
        ("Read also: How bridges are inspected", "related link"),
        ("Related: The history of the old bridge", "related link"),
        ("See also: River traffic rules", "related link"),
        ("RELATED ARTICLES", "related link"),
        ("Recommended", "related link"),
        ("Share this article", "share prompt"),
        ("Follow us on Facebook", "share prompt"),
        ("Facebook Twitter LinkedIn Email", "share prompt"),
        ("Show more sharing options", "share prompt"),
        ("Share Close extra sharing options", "share prompt"),
        ("Copy Link URL Copied!", "share prompt"),
        ("Pin It", "share prompt"),
        ("Share this on Twitter", "share prompt"),
        ("Share All sharing options for: Council closes old bridge", "share prompt"),
        ("Pocket", "share prompt"),
        ("Get short URL", "share prompt"),
        ("Enlarge Image", "caption"),
        ("Photo by Jane Roe/Getty Images", "caption"),
        ("Toggle caption", "caption"),
        ("09:40 04.03.2024 Get short URL", "dateline"),
        ("Sign up for our newsletter to get the latest news in your inbox", "newsletter prompt"),
        ("Subscribe to our daily briefing email", "newsletter prompt"),
        ("Subscribe", "newsletter prompt"),
        ("By Jane Smith", "byline"),
        ("Updated March 3, 2024, 10:41 AM EST", "dateline"),
        ("5 min read", "byline"),
        ("Mar 3, 2024 at 9:24 pm ET • 2 min read", "byline"),
        ("City Wire Service March 3, 2024, 9:02 AM", "byline"),
        ("@JaneRoe", "byline"),
        ("Jun 4, 2024 - 7 min read", "byline"),
        ("By Island Staff | May 8, 2024 at 2:26 PM HST - Updated May 8 at 4:46 PM", "byline"),
        ("May 2, 2021 | 12 Comments |", "byline"),
        ("Jane Roe • Updated on Jul 4, 2024 • Average reading time: 9 minutes", "byline"),
        ("Photo: Jane Smith/Getty Images", "caption"),
        ("The bridge at dawn. (AP Photo/Jane Smith)", "caption"),
        ("Crews fix the old bridge at dawn. ( JANE SMITH/CITY PHOTO LIBRARY)", "caption"),
        ("The mayor asked for a big win. She did not get it. Credit... Jane Smith/The City Times", "caption"),
        ("Engineers inspect the cracked supports of the old river bridge Credit: City Council", "caption"),
        ("Skip to content", "navigation"),
        ("Home › News › Local", "navigation"),
        ("Back to top", "navigation"),
        ("* * *", "no letters"),
        ("12", "no letters"),
        ('<div class="ad-slot"></div>', "markup"),
        ('&lt;span data-type="bookmark" style="width: 0px;"&gt;&amp;#65279;&lt;/span&gt;', "markup"),
    ],
)
def test_clutter_is_removed_with_its_reason(clutter: str, reason: str) -> None:
    cleaned = clean_article(article(HEADLINE, PROSE, clutter, PROSE_2))
    assert paragraphs(cleaned) == [PROSE, PROSE_2]
    assert reasons(cleaned) == {clutter: reason}


def test_long_sentence_beginning_like_a_prompt_is_kept() -> None:
    sentences = [
        "Read more about the inspection in the council's report, which was published on Monday and runs to 80 pages.",
        "Subscribers to the local paper were the first to learn of the closure, weeks before the council announced it.",
        "By his side at the meeting was the city engineer, who had warned of cracks in the piers for years.",
        "Follow up on the complaints, the mayor told officials, and report back within a week.",
        "Share prices of the construction firm rose after the announcement.",
        "She told Getty Images photographers she had crossed the bridge every day for forty years.",
    ]
    cleaned = clean_article(article(HEADLINE, *sentences))
    assert paragraphs(cleaned) == sentences and cleaned.removed == ()


def test_short_real_paragraphs_are_kept() -> None:
    quote = '"It is the right decision," she said.'
    dateline = "LONDON (Reuters) - The council closed the bridge on Tuesday."
    one_word = "Why?"
    cleaned = clean_article(article(HEADLINE, dateline, quote, one_word, PROSE))
    assert paragraphs(cleaned) == [dateline, quote, one_word, PROSE]


# --- title --------------------------------------------------------------------------------------


def test_headline_becomes_title_and_leaves_the_body() -> None:
    cleaned = clean_article(article(HEADLINE, PROSE, PROSE_2))
    assert cleaned.title == HEADLINE
    assert HEADLINE not in cleaned.text and paragraphs(cleaned) == [PROSE, PROSE_2]


def test_a_templates_lowercase_labels_are_no_title() -> None:
    more = [
        "The council said the crossing will stay shut until a full survey is done in the spring.",
        "Shop owners on both banks said trade fell by a third in the first week of the closure.",
        "A temporary footbridge is planned, but the council has not said when it will open.",
    ]
    labels = ["default", "{}", "default", "{}", "primary", "default", "{}", "secondary"]
    cleaned = clean_article(article(HEADLINE, *labels, PROSE, PROSE_2, *more))
    assert cleaned.title == HEADLINE
    assert paragraphs(cleaned) == [PROSE, PROSE_2, *more]


def test_first_line_that_is_a_sentence_is_not_a_title() -> None:
    cleaned = clean_article(article(PROSE, PROSE_2))
    assert cleaned.title is None and paragraphs(cleaned) == [PROSE, PROSE_2]


def test_short_sentence_with_full_stop_is_not_a_title() -> None:
    cleaned = clean_article(article("The bridge is closed.", PROSE))
    assert cleaned.title is None and paragraphs(cleaned)[0] == "The bridge is closed."


def test_single_line_is_body_not_title() -> None:
    cleaned = clean_article("Bridge closed today")
    assert cleaned.title is None and paragraphs(cleaned) == ["Bridge closed today"]


def test_title_hint_is_used_and_its_line_not_repeated() -> None:
    cleaned = clean_article(article(HEADLINE, PROSE), title=f"{HEADLINE} | City Times")
    assert cleaned.title == f"{HEADLINE} | City Times"
    assert paragraphs(cleaned) == [PROSE]


def test_title_hint_does_not_swallow_a_different_first_line() -> None:
    cleaned = clean_article(article("Traffic and transport", PROSE), title=HEADLINE)
    assert cleaned.title == HEADLINE and paragraphs(cleaned) == ["Traffic and transport", PROSE]


def test_headline_repeated_later_is_a_duplicate() -> None:
    cleaned = clean_article(article(HEADLINE, PROSE, HEADLINE, PROSE_2))
    assert paragraphs(cleaned) == [PROSE, PROSE_2] and reasons(cleaned) == {HEADLINE: "duplicate"}


# --- duplicates -----------------------------------------------------------------------------------


def test_repeated_paragraph_keeps_the_first() -> None:
    cleaned = clean_article(article(HEADLINE, PROSE, PROSE_2, PROSE))
    assert paragraphs(cleaned) == [PROSE, PROSE_2]
    assert cleaned.removed[0].reason == "duplicate"


def test_lead_pasted_twice_with_different_spacing_is_a_duplicate() -> None:
    pasted = "  " + PROSE.replace(" ", "  ").replace("traffic", "traffic\t")
    cleaned = clean_article(article(HEADLINE, PROSE, PROSE_2, pasted))
    assert paragraphs(cleaned) == [PROSE, PROSE_2]
    assert reasons(cleaned) == {pasted: "duplicate"}


def test_short_repeated_answers_are_kept() -> None:
    cleaned = clean_article(article(HEADLINE, "Q: Will it reopen?", "Yes.", "Q: This year?", "Yes."))
    assert paragraphs(cleaned) == ["Q: Will it reopen?", "Yes.", "Q: This year?", "Yes."]


# --- lines, blocks and whitespace -----------------------------------------------------------------


def test_each_line_of_scraped_text_is_a_paragraph() -> None:
    cleaned = clean_article(f"{HEADLINE}\n{PROSE}\n{PROSE_2}")
    assert paragraphs(cleaned) == [PROSE, PROSE_2]


def test_hard_wrapped_prose_is_joined() -> None:
    wrapped = (
        "The council voted on Tuesday to close the old\n"
        "bridge to traffic while engineers inspect it, and\n"
        "officials said the work could take until spring."
    )
    cleaned = clean_article(article(HEADLINE, wrapped, PROSE))
    assert paragraphs(cleaned)[0] == (
        "The council voted on Tuesday to close the old bridge to traffic while engineers "
        "inspect it, and officials said the work could take until spring."
    )


def test_list_lines_are_not_joined() -> None:
    items = "- Bring water and a warm coat for the walk\n- Use the ferry landing near the market hall\n- Expect delays on the ring road until spring"
    cleaned = clean_article(article(HEADLINE, PROSE, items))
    assert len(cleaned.paragraphs) == 4


def test_whitespace_inside_paragraphs_is_collapsed() -> None:
    cleaned = clean_article(article(HEADLINE, "  The   council\tvoted   today.  ", PROSE))
    assert paragraphs(cleaned)[0] == "The council voted today."


def test_removed_text_is_the_original_line() -> None:
    line = "   ALSO   READ |  Ten bridges  "
    cleaned = clean_article(article(HEADLINE, PROSE, line))
    assert cleaned.removed[0].text == line


# --- --no-clean -----------------------------------------------------------------------------------


def test_split_paragraphs_keeps_everything_and_line_breaks() -> None:
    text = f"{HEADLINE}\n\nAdvertisement\n\n  Roses are red,\nbridges are grey.  \n \n{PROSE}\n"
    cleaned = split_paragraphs(text)
    assert cleaned.title is None and cleaned.removed == ()
    assert paragraphs(cleaned) == [HEADLINE, "Advertisement", "Roses are red,\nbridges are grey.", PROSE]
    assert_offsets(cleaned)


# --- offsets --------------------------------------------------------------------------------------

_LINES = st.one_of(
    st.sampled_from([HEADLINE, PROSE, PROSE_2, "Advertisement", "ALSO READ | x", "", " ", "\t", "Yes."]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=12))
def test_offsets_always_slice_each_paragraph(lines: list[str]) -> None:
    text = "\n".join(lines)
    for cleaned in (clean_article(text), split_paragraphs(text)):
        assert_offsets(cleaned)
        for paragraph in paragraphs(cleaned):
            assert paragraph and paragraph == paragraph.strip() and "\n\n" not in paragraph


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=12))
def test_nothing_is_lost_every_line_is_kept_removed_or_the_title(lines: list[str]) -> None:
    text = "\n".join(lines)
    cleaned = clean_article(text)
    accounted = " ".join([cleaned.title or "", cleaned.text, *(r.text for r in cleaned.removed)])
    assert sorted(accounted.split()) == sorted(text.split())
    assert all(r.reason for r in cleaned.removed)


# --- the sample article ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def panjshir(sample_path: Path) -> CleanArticle:
    from reader.io.load import load_source

    return clean_article(load_source(str(sample_path)).text)


def test_sample_title(panjshir: CleanArticle) -> None:
    assert panjshir.title == "Taliban asks Russia to convey political signal to resistance in Panjshir Valley"
    assert not panjshir.text.startswith("Taliban asks Russia")


def test_sample_body_has_no_clutter(panjshir: CleanArticle) -> None:
    assert "Advertisement" not in panjshir.text and "ALSO READ" not in panjshir.text


def test_sample_lead_appears_once(panjshir: CleanArticle) -> None:
    lead = "A representative of the Taliban political office paid a visit"
    assert panjshir.text.count(lead) == 1
    assert paragraphs(panjshir)[0].startswith(lead)


def test_sample_keeps_quotes_and_last_paragraph(panjshir: CleanArticle) -> None:
    body = paragraphs(panjshir)
    quotes = [p for p in body if p.startswith('"')]
    assert len(quotes) == 4
    assert body[-1].startswith("Famed for its natural defenCes")
    assert any(p.startswith("By his side in an undisclosed location") for p in body)


def test_sample_removals_have_reasons(panjshir: CleanArticle, sample_path: Path) -> None:
    assert {r.reason for r in panjshir.removed} == {"advertisement", "related link", "duplicate"}
    labels = sample_path.read_text(encoding="utf-8").split("\n").count("Advertisement")
    assert sum(r.reason == "advertisement" for r in panjshir.removed) == labels
    assert_offsets(panjshir)


def test_prose_that_mentions_a_tag_is_kept() -> None:
    line = "Wrap the title in an <h1> tag, the guide says, and the page reads better."
    cleaned = clean_article(article(HEADLINE, PROSE, line, PROSE_2))
    assert paragraphs(cleaned) == [PROSE, line, PROSE_2]
