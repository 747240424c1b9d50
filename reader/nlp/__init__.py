"""Analyse: spaCy → plain results (entities with mentions, quotes with speakers).

spaCy is imported lazily, inside functions, and only in this package; nothing here imports a UI.
"""
