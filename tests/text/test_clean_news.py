"""Text that is already a clean news article loses nothing: a quote introduced by "He said:" is
speech, not a comment thread, and a note broken over short lines is one paragraph of prose."""

from __future__ import annotations

from reader.text.clean import clean_article

HEADLINE = "Mayor defends the budget cuts to the library service"
BODY = [
    "The mayor defended the cuts to the library service on Monday, saying the city had no choice after the state reduced its grant.",
    "Opening hours will fall from sixty to forty hours a week at the main branch, and two smaller branches will close on Saturdays.",
    "Library staff said they had not been consulted and that the cuts would hit children and older readers hardest of all.",
]
AFTER = [
    "The council will vote on the budget next month, and several members have said they will try to restore the Saturday hours.",
    "Parents have started a petition that had gathered more than four thousand signatures by Monday evening.",
]


def _kept(text: str) -> list[str]:
    cleaned = clean_article(text)
    return [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]


def test_he_said_before_a_quote_does_not_end_the_article() -> None:
    speech = [
        "He said:",
        "“We cannot spend money we do not have, and I will not pretend otherwise to anybody in this city.”",
    ]
    body = [*BODY, *speech, *AFTER]
    assert _kept("\n\n".join([HEADLINE, *body])) == body


def test_a_named_speaker_once_is_a_quote_lead_in_not_a_comment() -> None:
    body = [
        *BODY,
        "Ann Lee said:",
        "“The children who use the branch after school will have nowhere else to go.”",
        *AFTER,
    ]
    assert _kept("\n\n".join([HEADLINE, *body])) == body


def test_several_signed_entries_still_end_the_article_as_comments() -> None:
    thread = [
        "Sam Miller says:",
        "I use the Saturday hours every week with my kids and I am sorry to see them go after all these years.",
        "Ruth Park says:",
        "The council found money for the new car park easily enough, so I do not believe there was no choice.",
    ]
    cleaned = clean_article("\n\n".join([HEADLINE, *BODY, *AFTER, *thread]))
    kept = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]
    assert kept == [*BODY, *AFTER]
    assert {r.reason for r in cleaned.removed} == {"comment"}


def test_a_note_broken_over_short_lines_is_kept_as_one_paragraph() -> None:
    note = [
        "Editor's note: the figures in this story",
        "come",
        "from the city's own budget papers, which",
        "were published on Friday and which",
        "the mayor's office confirmed.",
    ]
    kept = _kept("\n\n".join([HEADLINE, *BODY, *AFTER, "\n".join(note)]))
    assert kept == [*BODY, *AFTER, " ".join(note)]


def test_a_lower_case_menu_is_not_joined_into_prose() -> None:
    menu = ["home", "news", "sport", "weather"]
    cleaned = clean_article("\n".join([*menu, HEADLINE, *BODY, *AFTER]))
    assert "home" in {r.text for r in cleaned.removed}


def test_one_signed_comment_over_a_date_stamp_still_ends_the_article() -> None:
    comment = [
        "1. Sam Miller says:",
        "May 3, 2024 at 6:20 am",
        "I use the Saturday hours every week with my kids and I am sorry to see them go after all these years.",
    ]
    cleaned = clean_article("\n\n".join([HEADLINE, *BODY, *AFTER, *comment]))
    assert [cleaned.text[p.start : p.end] for p in cleaned.paragraphs] == [*BODY, *AFTER]
    assert comment[2] in {r.text for r in cleaned.removed}


def test_a_numbered_box_of_other_stories_above_the_article_is_removed_and_lends_it_no_headline() -> None:
    box = [
        "Trending",
        "1. Council delays the vote on the harbour wall",
        "2. Snow closes three schools in the valley",
        "3. Bakery on Mill Street wins a regional award for its rye bread and its long queues on Saturdays",
        "4. Road works start next week. Expect delays on the bypass.",
    ]
    cleaned = clean_article("\n\n".join([HEADLINE, *box, *BODY, *AFTER]))
    assert cleaned.title == HEADLINE
    assert _kept("\n\n".join([HEADLINE, *box, *BODY, *AFTER])) == [*BODY, *AFTER]
    assert {removal.reason for removal in cleaned.removed if removal.text.startswith(("1.", "3.", "4."))} == {
        "related link"
    }


def test_a_numbered_list_in_the_article_is_kept() -> None:
    steps = [
        "The library asks readers to do three things:",
        "1. Return books before the branch closes for the works",
        "2. Renew online rather than at the desk",
        "3. Use the mobile library on Saturdays",
    ]
    body = [*BODY, *steps, *AFTER]
    assert _kept("\n\n".join([HEADLINE, *body])) == body


def test_a_box_of_headlines_inside_the_article_is_removed_and_the_article_goes_on() -> None:
    box = ["More:", "Ferry fares to rise again in spring", "Harbour master retires after thirty years"]
    text = "\n\n".join([HEADLINE, *BODY[:2], *box, BODY[2], *AFTER])
    assert _kept(text) == [*BODY, *AFTER]


def test_a_subheading_after_a_box_written_line_under_line_is_the_articles() -> None:
    box = "Read next\nFerry fares to rise again in spring\nHarbour master retires after thirty years"
    subheading = "What the cuts mean for readers"
    more = [
        "Children who come to the branch after school will find it closed by five o'clock on weekdays, an hour earlier than now, and the homework club that volunteers run on Thursday evenings will have to find another room or stop meeting.",
        "Older readers who rely on the large-print collection and the home delivery service said they were worried that the delivery van would be sold, although the council has promised that deliveries will continue at least until the end of the year.",
        "The branch on Mill Street, which opened in 1962 and was rebuilt after the flood of 1998, is the only public building in the neighbourhood with free internet access, and job seekers use its six computers every morning.",
        "Staff will not lose their jobs, the council said, but some will be moved to the main library in the town centre, and two posts that fall vacant this summer will not be filled again when their holders retire.",
    ]
    text = "\n\n".join([HEADLINE, *BODY[:2], box, subheading, BODY[2], *more])
    assert _kept(text) == [*BODY[:2], subheading, BODY[2], *more]
