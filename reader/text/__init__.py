"""Clean: scraped text → title, body paragraphs, and what was removed and why. Pure functions."""
