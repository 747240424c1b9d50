"""Textual UI. Never imports spaCy at module level: the analysis runs in a worker."""
