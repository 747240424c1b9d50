"""How a quote is cited when the reader copies it: the words, then who said them and in what role."""

from __future__ import annotations

from reader.nlp.types import Entity, Quote


def cite_quote(quote: Quote, speaker: Entity | None = None) -> str:
    """`“…” — Sergei Lavrov, Russian Foreign Minister`; an unattributed quote says so."""
    words = " ".join(quote.text.split())
    who = quote.speaker or "unattributed"
    if speaker is not None and speaker.roles:
        who = f"{who}, {speaker.roles[0]}"
    return f"“{words}” — {who}"
