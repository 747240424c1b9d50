"""Named entities: spaCy's spans grouped into people, organisations and places (`find_entities`)."""

from reader.nlp.entities.extract import find_entities

__all__ = ["find_entities"]
