"""One place that turns what the user named (a path, or `-` for stdin) into a cleaned `Document`.

Below both the command line and the batch runner, so neither imports the other. Raises `InputError`
(one line, exit 2) for anything that is not a readable article.
"""

from __future__ import annotations

from reader.errors import InputError
from reader.io.load import DEFAULT_MAX_BYTES, load_source
from reader.model.document import Document
from reader.text.clean import clean_loaded, split_paragraphs


def read_article(source: str, *, clean: bool = True, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load and clean one article: everything before the NLP. Raises InputError on bad input."""
    loaded = load_source(source, max_bytes=max_bytes)
    article = clean_loaded(loaded) if clean else split_paragraphs(loaded.text)
    if not article.paragraphs:
        name = "standard input" if source == "-" else source
        raise InputError(f"{name}: nothing is left after cleaning (every line looked like clutter); try --no-clean")
    return Document(source=source, article=article)
