"""Double-encoded UTF-8 is repaired on load; a lone U+009D never eats the rest of a line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.io.load import load_source
from reader.io.mojibake import repair_mojibake
from reader.io.sanitize import sanitize_text


def test_utf8_read_as_cp1252_is_repaired() -> None:
    assert repair_mojibake("It doesnâ€™t rain in the cafÃ© â€“ ever.") == "It doesn’t rain in the café – ever."


def test_utf8_read_as_latin1_is_repaired() -> None:
    assert repair_mojibake("He said \u00e2\u0080\u009cyes\u00e2\u0080\u009d.") == "He said “yes”."


def test_real_accents_and_guillemets_are_left_alone() -> None:
    for text in ("naïve café, Fuß«", "»Straße« und Öl", "Ångström, Æsir, Ça va"):
        assert repair_mojibake(text) == text


def test_a_lone_8bit_osc_does_not_delete_the_rest_of_the_line() -> None:
    assert sanitize_text("quote\u009d ends here and the line goes on") == "quote ends here and the line goes on"


def test_mojibake_file_loads_as_the_intended_text(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes("The mayorâ\x80\x99s plan was â\x80\x9cbold,â\x80\x9d she said.\n".encode())
    assert load_source(str(path)).text == "The mayor’s plan was “bold,” she said.\n"


def test_html_with_control_character_references_is_still_read(tmp_path: Path) -> None:
    body = "<p>Heavy rain pushed three rivers above their banks on Monday, officials said.&#27;&#x7;</p>" * 3
    path = tmp_path / "page.html"
    path.write_text(
        f"<!DOCTYPE html><html><head><title>Rivers</title></head><body><article>{body}</article></body></html>"
    )
    loaded = load_source(str(path))
    assert "three rivers" in loaded.text and "\x1b" not in loaded.text and "\x07" not in loaded.text


@given(st.text(alphabet=st.sampled_from(list("aé Ã¢â€™œ\x80\x9d©Â\xa0ðŸ˜€ôx")), max_size=80))
def test_the_fast_repair_equals_one_substitution_over_the_text(text: str) -> None:
    from reader.io.mojibake import _RUN, _repair, repair_mojibake

    assert repair_mojibake(text) == _RUN.sub(_repair, text)


def test_what_a_double_encoded_no_break_space_leaves_before_a_space_goes(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("“Fares will rise,” saysÂ Dana Pike. L’Âme du port, Â 12, stays.\n", encoding="utf-8")
    assert load_source(str(path)).text == "“Fares will rise,” says Dana Pike. L’Âme du port, Â 12, stays.\n"
