"""Byline and date become metadata; every removal points at its place in the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text.article import CleanArticle, Meta, Removal
from reader.text.boilerplate import classify
from reader.text.clean import clean_article, split_paragraphs

HEADLINE = "Council closes the old river bridge for inspection"
PROSE = "The city council voted on Tuesday to close the old river bridge to all traffic while engineers inspect it."
PROSE_2 = "The bridge carries about twelve thousand cars a day, and the detour adds twenty minutes to the trip."


def test_byline_and_date_lines_fill_the_metadata() -> None:
    cleaned = clean_article("\n".join([HEADLINE, "By Jane Doe", "Updated March 3, 2024, 10:41 AM EST", PROSE, PROSE_2]))
    assert cleaned.meta == Meta(author="Jane Doe", date="March 3, 2024, 10:41 AM EST")
    assert {r.text: r.reason for r in cleaned.removed} == {
        "By Jane Doe": "byline",
        "Updated March 3, 2024, 10:41 AM EST": "dateline",
    }


def test_a_line_of_two_timestamps_is_a_dateline_not_the_title() -> None:
    stamps = "Published Tue, Mar 3 20247:05 AM ESTUpdated Tue, Mar 3 20249:16 AM EST"  # glued as pages print them
    cleaned = clean_article("\n".join([HEADLINE, stamps, PROSE, PROSE_2]))
    assert cleaned.title == HEADLINE
    assert (stamps, "dateline") in [(r.text, r.reason) for r in cleaned.removed]


def test_a_line_of_a_posts_particulars_is_its_byline_not_the_title() -> None:
    particulars = "Posted: Apr 2, 2023 · Updated: Jun 9, 2024 by Ruth Okafor · This page may contain affiliate links"
    cleaned = clean_article("\n".join(["Bridge walk", particulars, PROSE, PROSE_2]))
    assert cleaned.title == "Bridge walk"
    assert (particulars, "byline") in [(r.text, r.reason) for r in cleaned.removed]
    assert cleaned.meta == Meta(author="Ruth Okafor", date="Apr 2, 2023")


def test_a_wire_services_line_gives_its_name_and_date_and_is_no_title() -> None:
    wire = "City Wire Service March 3, 2024, 9:02 AM"
    cleaned = clean_article("\n".join([HEADLINE, wire, PROSE, PROSE_2]))
    assert cleaned.title == HEADLINE
    assert cleaned.meta == Meta(author="City Wire Service", date="March 3, 2024, 9:02 AM")


def test_parts_that_are_not_all_particulars_are_no_byline() -> None:
    for line in (
        "Rain in March · Snow in April by the lake",
        "March 3, 2024 | Politics | World",
        "Ferry Fares Rise - March 2024",
        "Jane Doe - The Daily Bugle",
    ):
        assert classify(line) is None


def test_byline_with_agency_gives_the_name_only() -> None:
    cleaned = clean_article("\n".join([HEADLINE, "By Jane Doe | Reuters", PROSE, PROSE_2]))
    assert cleaned.meta.author == "Jane Doe"


def test_name_and_source_line_gives_the_author() -> None:
    cleaned = clean_article("\n".join([HEADLINE, "Jane Doe | Reuters", PROSE, PROSE_2]))
    assert cleaned.meta.author == "Jane Doe" and cleaned.title == HEADLINE
    assert [(r.text, r.reason) for r in cleaned.removed] == [("Jane Doe | Reuters", "byline")]


def test_page_metadata_wins_and_text_fills_the_gaps() -> None:
    text = "\n".join([HEADLINE, "By Jane Doe", "March 3, 2024", PROSE, PROSE_2])
    cleaned = clean_article(text, author="J. Doe", site="Example News")
    assert cleaned.meta == Meta(author="J. Doe", date="March 3, 2024", site="Example News")


def test_no_byline_no_metadata() -> None:
    assert clean_article("\n".join([HEADLINE, PROSE, PROSE_2])).meta == Meta()


def test_a_date_in_the_body_is_not_the_article_date() -> None:
    body = [PROSE, PROSE_2, *[PROSE.replace("Tuesday", day) for day in ("Monday", "Friday", "Sunday")], "March 3, 2020"]
    assert clean_article("\n".join([HEADLINE, *body])).meta.date is None


def test_removals_point_into_the_original_text() -> None:
    text = "\r\n".join([HEADLINE, "Advertisement", PROSE, "   ALSO READ | Ten bridges  ", PROSE_2, PROSE])
    cleaned = clean_article(text)
    assert cleaned.original == text.replace("\r\n", "\n")
    assert [r.reason for r in cleaned.removed] == ["advertisement", "related link", "duplicate"]
    for removal in cleaned.removed:
        assert cleaned.original[removal.start : removal.end] == removal.text
    # The duplicate is the second copy, not the first.
    assert cleaned.removed[-1].start > cleaned.original.index(PROSE_2)


def test_hard_wrapped_block_removed_as_one_span() -> None:
    wrapped = (
        "The city council voted on Tuesday to close the old river bridge to\n"
        "all traffic while engineers inspect its cracked supports, officials\n"
        "said in a statement on Tuesday evening after the meeting ended."
    )
    cleaned = clean_article(f"{HEADLINE}\n\n{wrapped}\n\n{PROSE_2}\n\n{wrapped}\n")
    (removal,) = cleaned.removed
    assert removal.reason == "duplicate" and removal.text == wrapped
    assert cleaned.original[removal.start : removal.end] == wrapped


def test_split_paragraphs_keeps_the_original() -> None:
    text = f"{HEADLINE}\r\n\r\n{PROSE}"
    assert split_paragraphs(text).original == f"{HEADLINE}\n\n{PROSE}"


def test_old_constructors_still_work() -> None:
    article = CleanArticle.from_paragraphs("T", ["One.", "Two."], [Removal("Ad", "advertisement")])
    assert article.original == "One.\n\nTwo." and article.meta == Meta() and article.removed[0].start is None


_LINES = st.one_of(
    st.sampled_from([HEADLINE, PROSE, PROSE_2, "Advertisement", "By Jane Doe", "Home", "", " ", "\r", "Yes."]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=20), st.sampled_from(["\n", "\r\n", "\r"]))
def test_every_removal_slices_the_original_and_nothing_raises(lines: list[str], newline: str) -> None:
    cleaned = clean_article(newline.join(lines))
    for removal in cleaned.removed:
        assert removal.start is not None and removal.end is not None
        assert cleaned.original[removal.start : removal.end] == removal.text
        assert removal.reason
    for value in (cleaned.meta.author, cleaned.meta.date, cleaned.meta.site):
        assert value is None or (value and value == value.strip())


def test_bare_name_next_to_the_date_is_the_byline_and_not_the_title() -> None:
    cleaned = clean_article("\n".join(["Opinion", HEADLINE, "Karen Walsh", "Aug 9, 2025", PROSE, PROSE_2]))
    assert cleaned.title == HEADLINE
    assert cleaned.meta == Meta(author="Karen Walsh", date="Aug 9, 2025")
    assert {r.text: r.reason for r in cleaned.removed} == {"Karen Walsh": "byline", "Aug 9, 2025": "dateline"}


def test_headline_is_the_longest_headline_shaped_line_above_the_body() -> None:
    cleaned = clean_article("\n".join(["Local news", HEADLINE, "The Gazette", PROSE, PROSE_2]))
    assert cleaned.title == HEADLINE


def test_date_keeps_no_leading_on_or_final_stop() -> None:
    cleaned = clean_article("\n".join([HEADLINE, "Published on December 19, 2025.", PROSE, PROSE_2]))
    assert cleaned.meta.date == "December 19, 2025"


def test_a_photo_button_under_the_headline_is_no_author() -> None:
    cleaned = clean_article("\n".join([HEADLINE, "Enlarge Image", "The mayor at the bridge on Monday", PROSE, PROSE_2]))
    assert cleaned.meta.author is None
    assert ("Enlarge Image", "caption") in [(r.text, r.reason) for r in cleaned.removed]


def test_a_photographers_credit_under_the_headline_is_no_author() -> None:
    cleaned = clean_article("\n".join([HEADLINE, "Photo by Jane Roe/Getty Images", PROSE, PROSE_2]))
    assert cleaned.meta.author is None
