"""Whole pages ("select all, copy"): menus, cookie notices, link lists, footers and comment threads
around the article go, each with a reason; the article's own short lines stay."""

from __future__ import annotations

from reader.text.article import CleanArticle
from reader.text.clean import clean_article
from reader.text.sections import section_start

BODY = [
    "The city council voted on Tuesday to close the old river bridge to all traffic while engineers inspect its cracked supports.",
    "The bridge carries about twelve thousand cars a day, and the detour adds twenty minutes to the trip across town.",
    "“We cannot take chances with a structure this old,” the mayor said after the vote.",
    "Engineers expect to report in the spring, when the council will decide whether to repair the bridge or replace it.",
    "Shop owners near the bridge said they were worried that fewer people would walk past their doors during the works.",
]
MENU = ["Home", "News", "Local", "Sport", "Business", "Culture", "Weather", "Opinion"]
HEADLINE = "Council closes the old river bridge for inspection"


def page(*parts: list[str] | str) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return "\n".join(lines)


def paragraphs(cleaned: CleanArticle) -> list[str]:
    return [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]


def reason_of(cleaned: CleanArticle, text: str) -> str:
    return next(r.reason for r in cleaned.removed if r.text == text)


def test_menus_before_and_after_the_article_go_and_the_headline_is_the_title() -> None:
    footer = ["About us", "Contact us", "Privacy policy", "Terms of use", "© 2024 Example Media Group"]
    cleaned = clean_article(page(MENU, HEADLINE, BODY, MENU, footer))
    assert cleaned.title == HEADLINE
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, "Weather") == "link list"
    assert reason_of(cleaned, "© 2024 Example Media Group") == "footer"


def test_cookie_notice_paragraph_goes_even_when_long() -> None:
    notice = (
        "We use cookies and similar technologies to improve your experience on our website, to personalise "
        "content and adverts, to provide social media features and to analyse our traffic. By continuing to "
        "use this site you agree to our use of cookies as described in our cookie policy and privacy notice."
    )
    assert len(notice.split()) > 40
    cleaned = clean_article(page(notice, "Accept all", MENU, HEADLINE, BODY))
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, notice) == "cookie notice"


def test_article_about_cookies_is_kept() -> None:
    body = [
        "Regulators said on Monday that websites must ask before they store cookies on a visitor's computer.",
        "The rule covers advertising cookies, which follow people from one site to the next, but not the ones a shop needs for its basket.",
        "Companies have a year to comply, and fines can reach four percent of their turnover.",
    ]
    cleaned = clean_article(page("Regulators tighten the rules on tracking cookies", body))
    assert paragraphs(cleaned) == body


def test_short_lines_inside_the_article_are_kept() -> None:
    body = [BODY[0], "Why now?", BODY[1], "What the works involve:", "- new bearings under both spans", BODY[3]]
    cleaned = clean_article(page(MENU, HEADLINE, body, MENU))
    assert paragraphs(cleaned) == body


def test_comment_thread_after_the_article_goes() -> None:
    comments = [
        "3 Comments",
        "Sam Miller on March 4, 2024 at 9:12 am said:",
        "I drive across that bridge every day and I have noticed the cracks getting worse for at least two years now.",
        "Reply",
    ]
    cleaned = clean_article(page(HEADLINE, BODY, comments))
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, comments[2]) == "comment"


def test_related_stories_box_at_the_end_goes() -> None:
    related = [
        "Related stories",
        "Ferry timetable changes as bridge closes, operators say the boats will run every fifteen minutes.",
        "Five other bridges in the region that engineers are watching closely this winter, and why.",
    ]
    cleaned = clean_article(page(HEADLINE, BODY, related))
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, related[1]) == "related link"


def test_long_prose_is_never_lost_inside_the_article() -> None:
    long_line = " ".join(["Residents who depend on the bridge to reach the hospital asked for a shuttle bus."] * 4)
    cleaned = clean_article(page(MENU, HEADLINE, BODY[:2], long_line, BODY[2:], MENU))
    assert long_line in paragraphs(cleaned)


def test_dateline_led_lead_and_one_line_quote_are_kept() -> None:
    lead = "LONDON (Reuters) - The bridge closed at noon."
    quote = "“It is the right call,” she said."
    body = [lead, BODY[0], quote, *BODY[1:]]
    cleaned = clean_article(page(MENU, HEADLINE, body, MENU))
    assert paragraphs(cleaned) == body


def test_list_of_other_stories_after_the_article_goes() -> None:
    teasers: list[str] = ["More Example Gazette"]
    for number in range(4):
        teasers += [
            f"Harbour plan number {number} splits the town",
            "Sam Porter",
            "The harbour board met again on Monday night and could not agree on what to do with the old quay.",
        ]
    cleaned = clean_article(page(HEADLINE, BODY, teasers))
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, "Sam Porter") == "related link"


def test_repeated_more_on_labels_inside_a_list_do_not_end_the_article() -> None:
    body: list[str] = []
    for school in ("North", "South", "East"):
        body += [
            f"{school} College",
            f"More on {school} College:",
            BODY[0].replace("city", school),
            BODY[1].replace("town", f"the {school} campus"),
        ]
    cleaned = clean_article(page(HEADLINE, body))
    assert paragraphs(cleaned)[-1] == body[-1]


def test_buttons_and_shop_links_go() -> None:
    cleaned = clean_article(page(HEADLINE, BODY[:2], "Buy now", "Check price at Amazon", BODY[2:]))
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, "Buy now") == "call to action"


def test_a_row_of_figures_is_kept_and_a_lone_number_goes() -> None:
    cleaned = clean_article(page(HEADLINE, BODY[:2], "2023 1,204 3.5%", "12", BODY[2:]))
    assert "2023 1,204 3.5%" in paragraphs(cleaned)
    assert reason_of(cleaned, "12") == "no letters"


def test_a_short_line_between_two_pieces_of_clutter_goes_with_them() -> None:
    cleaned = clean_article(page(HEADLINE, BODY[:2], "Advertisement", "Pros", "Visit website", BODY[2:]))
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, "Pros") == "part of a clutter block"


def test_signed_comments_end_the_article_even_when_the_thread_is_longer() -> None:
    thread: list[str] = []
    for day in range(1, 6):
        thread += [f"Reader {day} on March {day}, 2024 at 9:12 am said:", BODY[day % 5].replace("the", "our")]
    cleaned = clean_article(page(HEADLINE, BODY[:2], thread))
    assert paragraphs(cleaned) == BODY[:2]
    assert {r.reason for r in cleaned.removed} == {"comment"}


def test_extracted_html_text_is_not_searched_for_an_article_region() -> None:
    # An extractor already cut the article out: its short closing lines are the article's own.
    text = page(BODY, "Sources", "City engineering office", "Council minutes")
    assert paragraphs(clean_article(text, extracted=True)) == [
        *BODY,
        "Sources",
        "City engineering office",
        "Council minutes",
    ]


def test_author_bio_after_the_article_goes() -> None:
    bio = [
        "About the author",
        "Jane Doe is a senior reporter for the Gazette who has covered city hall and its budgets since 2015.",
        "She lives by the river with two cats and far too many bicycles, and she still takes the old bridge.",
    ]
    cleaned = clean_article(page(HEADLINE, BODY, bio))
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, bio[1]) == "author bio"


def test_a_person_described_mid_article_is_not_a_bio() -> None:
    body = [BODY[0], "Jane Doe is a structural engineer who has inspected the bridge every year since 2015.", *BODY[1:]]
    assert paragraphs(clean_article(page(HEADLINE, body))) == body


def test_tag_lines_and_share_counts_go() -> None:
    clutter = ["Filed under bridges, council, transport", "This story has been shared 4,976 times. 4,976"]
    cleaned = clean_article(page(HEADLINE, BODY, clutter))
    assert paragraphs(cleaned) == BODY
    assert [reason_of(cleaned, line) for line in clutter] == ["tag list", "share prompt"]
    kept = clean_article(page(HEADLINE, BODY[:2], "Topics of the meeting included the budget.", BODY[2:]))
    assert "Topics of the meeting included the budget." in paragraphs(kept)


def test_other_stories_headlines_after_the_article_go_even_when_long() -> None:
    # Teasers are long enough to pass for prose, but never end a sentence nor join clauses, and name things.
    teasers = [
        "Watch: Ferry Captain Ana Silva explains why the new Harbour Line timetable will keep boats running",
        "Five Bridges in the Region That Engineers Are Now Watching Very Closely This Winter",
        "Opinion: Our City Needs a Plan for Its Old Bridges Before the Next One Has to Close",
        "Council Candidates set out their views on Transport ahead of next month's Local Election",
    ]
    cleaned = clean_article(page(MENU, HEADLINE, BODY, "Podcasts", "Schedule", teasers, MENU))
    assert paragraphs(cleaned) == BODY
    assert teasers[0] in {r.text for r in cleaned.removed}


def test_be_the_first_to_comment_opens_the_comment_area() -> None:
    comments = ["Be the first to comment", "Add a new comment", "Post Comment", "Jo Smith", "View all posts"]
    cleaned = clean_article(page(HEADLINE, BODY, comments))
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, "Jo Smith") == "comment"


def test_extracted_html_text_still_stops_at_a_comment_thread() -> None:
    comments = [
        "3 Comments",
        "Sam Miller on March 4, 2024 at 9:12 am said:",
        "I drive across that bridge every day and I have noticed the cracks getting worse for at least two years now.",
    ]
    cleaned = clean_article(page(BODY, comments), extracted=True)
    assert paragraphs(cleaned) == BODY
    assert reason_of(cleaned, comments[2]) == "comment"


def test_a_sentence_starting_like_a_related_heading_does_not_end_the_article() -> None:
    aside = "More on that in a follow-up report about the council's transport budget."
    assert section_start(aside, len(aside.split())) is None
    assert section_start("More on this story", 4) == "related"


def test_comment_headings_in_other_languages_open_the_comments() -> None:
    for heading in ("Lascia un commento", "3 Kommentare", "Laisser un commentaire", "Deja un comentario"):
        assert section_start(heading, len(heading.split())) == "comments", heading


def test_a_product_described_like_a_person_is_not_an_author_bio() -> None:
    # A bio names a person (first and last name); one capitalised word is usually a product.
    product = "Quill is a small text editor that checks your spelling as you type."
    assert section_start(product, len(product.split())) is None
    assert section_start("Jane Doe is a reporter for the Gazette.", 8) == "author bio"
