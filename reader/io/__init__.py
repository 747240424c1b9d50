"""Load: bytes on disk (or stdin) → text. No cleaning, no NLP, no UI."""
