"""A cut needs evidence in proportion to what it removes: a section heading takes only the lines that
look like that section, never the paragraphs of an article that follows it."""

from __future__ import annotations

import pytest

from reader.text.article import CleanArticle
from reader.text.clean import clean_article
from reader.text.evidence import first_prose_run, prose_runs, thread_end

SUBJECTS = ["The council", "The harbour board", "A local engineer", "The mayor", "Shop owners", "The ferry company"]
VERBS = ["said on Tuesday that", "warned that", "argued in a long letter that", "told reporters that"]
CLAIMS = [
    "the old bridge would need new supports before the winter storms arrive in the valley",
    "the detour added twenty minutes to every trip across town for the people who work there",
    "the budget for the repairs had been set aside years ago and was never spent on anything",
    "the inspection found cracks in two of the piers that carry the weight of the main span",
]


def prose(count: int, seed: int = 0) -> list[str]:
    """`count` distinct paragraphs of running prose, two sentences each."""
    paragraphs = []
    for number in range(seed, seed + count):
        first = f"{SUBJECTS[number % 6]} {VERBS[number % 4]} {CLAIMS[number % 4]}, in meeting number {number}."
        second = f"{SUBJECTS[(number + 1) % 6]} {VERBS[(number + 3) % 4]} {CLAIMS[(number + 2) % 4]} as well."
        paragraphs.append(f"{first} {second}")
    return paragraphs


def page(*parts: list[str] | str) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return "\n\n".join(lines)


def paragraphs(cleaned: CleanArticle) -> list[str]:
    return [cleaned.text[p.start : p.end] for p in cleaned.paragraphs]


@pytest.mark.parametrize("heading", ["Comments", "Discussion", "Related", "Related stories", "About the author"])
def test_a_section_heading_followed_by_prose_keeps_every_paragraph(heading: str) -> None:
    before, after = prose(8), prose(30, seed=100)
    cleaned = clean_article(page("Council closes the old river bridge", before, heading, after))
    kept = paragraphs(cleaned)
    assert [paragraph for paragraph in kept if paragraph != heading] == before + after
    # The heading stays as a subheading, or goes as a label ("Related" is a link label anywhere).
    assert {r.text for r in cleaned.removed} <= {heading}


def test_a_real_comment_thread_is_still_cut() -> None:
    body = prose(8)
    thread = ["12 Comments"]
    for number in range(5):
        thread += [
            f"Reader{number} Smith on March {number + 1}, 2024 at 9:1{number} am said:",
            f"I have driven across that bridge for years and I agree with point number {number} in this story.",
            f"{number + 2} replies",
            "Reply",
        ]
    cleaned = clean_article(page("Council closes the old river bridge", body, thread))
    assert paragraphs(cleaned) == body
    removed = {r.text: r.reason for r in cleaned.removed}
    assert {removed[line] for line in thread if not line.startswith(("12 ", "Reply"))} == {"comment"}


def test_a_long_comment_between_signed_entries_is_still_a_comment() -> None:
    body = prose(8)
    thread = ["3 Comments"]
    for number in range(4):
        thread += [f"Reader{number} on March {number + 1}, 2024 at 9:12 am said:", *prose(3 if number != 3 else 12, 50)]
        thread.append("Reply")
    cleaned = clean_article(page("Council closes the old river bridge", body, thread))
    assert paragraphs(cleaned) == body


def test_several_articles_in_one_file_all_stay() -> None:
    articles: list[str] = []
    endings = ["Comments", "Related stories", "Discussion", "About the author", "More from the Gazette", ""]
    for number, ending in enumerate(endings):
        articles += [f"Story number {number} about the bridge", *prose(12, seed=20 * number)]
        if ending:
            articles += [ending, *prose(6, seed=20 * number + 12)]
    cleaned = clean_article(page(*articles))
    kept = paragraphs(cleaned)
    expected = [line for line in articles if line.endswith(".")]
    assert [line for line in kept if line in expected] == expected
    assert sum(len(r.text.split()) for r in cleaned.removed) < 60


def test_prose_runs_need_words_and_few_headings() -> None:
    # Five paragraphs of 60 words with one subheading: an article. Headline, blurb, headline, blurb: teasers.
    gains = [60.0, 60.0, -3.0, 60.0, 60.0, 60.0]
    sentences = [True] * 6
    assert prose_runs(gains, sentences, [False] * 6, 0, 6) == [(0, 6)]
    teasers = [-0.5, 60.0] * 6
    assert prose_runs(teasers, [False, True] * 6, [False] * 12, 0, 12) == []
    assert first_prose_run(gains, sentences, [False, False, True, False, False, False], 0, 6) == 6


def test_a_thread_reaches_its_last_entry() -> None:
    # Entries at 1, 3, 5 and 8, a long comment before the last; its comment ends at the break at 10.
    gains = [-3.0, -1.5, 50.0, -1.5, 50.0, -1.5, 400.0, -8.0, -1.5, 50.0, -8.0, 300.0]
    entries = [False, True, False, True, False, True, False, False, True, False, False, False]
    breaks = [a or b for a, b in zip(entries, [g == -8.0 for g in gains], strict=True)]
    assert thread_end(gains, entries, breaks, 0, len(gains)) == 10
    # Before the thread has shown a few entries, an article-length gap is not a comment.
    assert thread_end([-3.0, 400.0, -1.5], [False, False, True], [False] * 3, 0, 3) == 1


def test_a_reference_list_after_the_article_goes_and_only_the_citations() -> None:
    body = prose(10)
    references = [
        "References",
        "1. Smith JA, Doe K. Stress and coping among students. J Am Coll Health 2010;59(3):165-173.",
        "2. Brown P, et al. Bridges and the people who use them. Transport Review 2015;12(4):22-31.",
        "3. Green L. A history of river crossings. Oxford: University Press; 2001. doi:10.1000/182",
        "[ CrossRef ]",
        "4. White M, Black N. Inspection of old spans. Eng Struct 2019;7(6):e14273.",
    ]
    after = prose(4, seed=200)
    cleaned = clean_article(page("Council closes the old river bridge", body, references, after))
    assert paragraphs(cleaned) == body + after
    removed = {r.text: r.reason for r in cleaned.removed}
    assert removed[references[1]] == "reference list"


def test_a_comment_thread_under_a_related_box_is_cut_as_comments() -> None:
    body = prose(8)
    related = ["Related posts", "How the ferry timetable changed", "Jo Smith", "Five bridges to watch", "Jo Smith"]
    thread = ["13 Comments"]
    for number in range(4):
        thread += [f"{number + 1}. Reader {number}", f"July {number + 1}, 2022 at 6:56 PM", *prose(1, 300 + number)]
        thread.append("Reply")
    thread[-2] = " ".join(prose(8, 400))  # one comment is a single long paragraph
    cleaned = clean_article(page("Council closes the old river bridge", body, related, thread))
    assert paragraphs(cleaned) == body


def test_a_closing_bio_sentence_goes_even_when_another_article_follows() -> None:
    bio = "Jane Doe is a senior reporter for the Gazette who has covered city hall and its budgets since 2015."
    first, second = prose(10), prose(10, seed=50)
    alone = clean_article(page("Council closes the old river bridge", first, bio))
    assert paragraphs(alone) == first
    both = clean_article(page("Council closes the old river bridge", first, bio, "Ferry timetable changes", second))
    assert [paragraph for paragraph in paragraphs(both) if paragraph in first + second] == first + second
