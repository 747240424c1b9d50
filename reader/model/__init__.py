"""The document model: cleaned text + analysis, with character offsets and navigation queries."""

from reader.model.document import Document, Mention

__all__ = ["Document", "Mention"]
