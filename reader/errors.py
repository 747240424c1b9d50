"""Typed errors. Each carries a one-line message for the user and the exit status it maps to."""

from __future__ import annotations

EXIT_FAILURE = 1  # the analysis (model, spaCy) failed
EXIT_USAGE = 2  # bad input or bad arguments


class ReaderError(Exception):
    """An error the user can act on; `str(error)` is the whole message, one line."""

    exit_code = EXIT_FAILURE


class UsageError(ReaderError):
    """The command line does not make sense (a wrong flag, a missing file argument)."""

    exit_code = EXIT_USAGE


class InputError(ReaderError):
    """The article could not be read: missing, a directory, binary, empty, undecodable, too large."""

    exit_code = EXIT_USAGE


class ModelError(ReaderError):
    """No usable spaCy pipeline: not installed, or not a pipeline."""

    exit_code = EXIT_FAILURE


class AnalysisError(ReaderError):
    """spaCy or one of our analysis steps failed on this text."""

    exit_code = EXIT_FAILURE
