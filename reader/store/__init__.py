"""Small SQLite stores under the user's cache and data dirs: the analysis cache and reading positions."""
