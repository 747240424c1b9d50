"""Analysis results as JSON and back, for the cache. Generic over the result dataclasses, so a field
added to `Entity` or `Quote` is stored without a change here."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from reader.nlp.types import Analysis, Entity, ModelInfo, Quote, TextSpan

_TYPES: dict[str, type] = {cls.__name__: cls for cls in (Analysis, Entity, ModelInfo, Quote, TextSpan)}


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {field.name: _encode(getattr(value, field.name)) for field in dataclasses.fields(value)}
        return {"@": type(value).__name__, **fields}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        cls = _TYPES[value["@"]]
        names = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: _decode(item) for key, item in value.items() if key in names})
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    return value


def encode_analysis(analysis: Analysis) -> str:
    return json.dumps(_encode(analysis), ensure_ascii=False, separators=(",", ":"))


def decode_analysis(data: str) -> Analysis:
    """Raises ValueError (or KeyError/TypeError) on anything that is not an encoded Analysis."""
    analysis = _decode(json.loads(data))
    if not isinstance(analysis, Analysis):
        raise ValueError("not an analysis")
    return analysis
