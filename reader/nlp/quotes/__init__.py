"""Quotes and reported speech with their speakers resolved to entities (`find_quotes`)."""

from reader.nlp.quotes.extract import find_quotes

__all__ = ["find_quotes"]
