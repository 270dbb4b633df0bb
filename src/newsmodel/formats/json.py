"""newsmodel's canonical JSON: exactly the models, round-tripping exactly."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from newsmodel._jsonio import load_json_document
from newsmodel.errors import ValidationFailed
from newsmodel.formats import Codec, Format
from newsmodel.models import Article
from newsmodel.options import ParseOptions

__all__ = ["CODEC", "json_schema", "parse_json", "to_json"]


def to_json(article: Article, *, indent: int | None = None) -> str:
    """Write ``article`` as canonical JSON (one line unless ``indent`` is given)."""
    return article.model_dump_json(indent=indent, exclude_defaults=False)


def parse_json(
    data: str | bytes, *, options: ParseOptions | None = None, source: str | None = None
) -> Article:
    """Read an article from canonical JSON.

    Raises :class:`ParseError` for text that is not JSON (with line and column),
    :class:`UnsupportedInputError` for bytes that are not UTF-8, :class:`InputTooLargeError`
    over ``options.max_bytes``, and :class:`ValidationFailed` for JSON that breaks the schema
    (with every field path).
    """
    options = options or ParseOptions()
    value = load_json_document(data, options=options, source=source)
    return article_from_dict(value, source=source)


def article_from_dict(value: Any, *, source: str | None = None) -> Article:
    """Validate a decoded JSON value as an article, wrapping pydantic's errors."""
    if not isinstance(value, dict):
        raise ValidationFailed(
            f"expected a JSON object for an article, got {_json_type(value)}", source=source
        )
    try:
        return Article.model_validate(value)
    except ValidationError as exc:
        raise ValidationFailed.from_pydantic(exc, source=source) from None


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of article JSON, generated from the models."""
    schema = Article.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://newsmodel.dev/schema/article-1.0.json"
    return schema


def _json_type(value: Any) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _read(data: str | bytes, options: ParseOptions) -> Article:
    return parse_json(data, options=options)


def _write(article: Article) -> str:
    return to_json(article, indent=2)


CODEC = Codec(Format.JSON, _read, _write, "application/json", ".json")
