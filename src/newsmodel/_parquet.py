"""The articles table: an Arrow schema derived from the models, and rows to fill it.

The schema is not written by hand. It is derived from the JSON Schema that pydantic generates
from :class:`~newsmodel.Article` (serialization mode), so a field added to the models appears in
the table without an edit here:

- strings, enums, literals, URLs, language tags and dates → ``string`` (dates stay ISO 8601 text,
  which keeps their precision: a day, or a time with or without an offset);
- integers → ``int64``, numbers → ``double``, booleans → ``bool``;
- tuples → ``list<…>``, models → ``struct<…>``;
- a union of models (a body block, a person-or-organisation) → one ``struct`` with the fields of
  every member, the ``type`` discriminator telling which are set;
- a model inside itself beyond one level (a quote nested in a nested quote) and free-form
  objects → ``string`` holding JSON (field metadata ``newsmodel.encoding = json``).

After the article columns comes ``provenance``: ``struct<input, position, crawl_time>`` (where
the row came from; ``crawl_time`` is the WARC-Date, a UTC timestamp).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from newsmodel._inputs import display_name
from newsmodel.errors import UnsupportedInputError
from newsmodel.models import Article

__all__ = [
    "arrow_schema",
    "article_from_row",
    "article_row",
    "provenance_json",
    "read_rows",
    "require_pyarrow",
    "row_json",
    "with_provenance",
    "with_provenance_json",
]

_SCALARS = {"string": "string", "integer": "int64", "number": "double", "boolean": "bool_"}
_MAX_SELF_NESTING = 2
_JSON_ENCODING = {b"newsmodel.encoding": b"json"}
PROVENANCE = "provenance"
_MAX_BLOCK = 1 << 30  # Arrow's JSON reader takes blocks of up to 2 GiB


@dataclass(frozen=True)
class _Node:
    """One column type: a scalar, a list, a struct, or JSON text."""

    kind: str
    """``string``, ``int64``, ``double``, ``bool``, ``list``, ``struct`` or ``json``."""
    item: _Node | None = None
    fields: tuple[tuple[str, _Node], ...] = ()
    variants: tuple[tuple[str, frozenset[str]], ...] = ()
    """For a union of models: discriminator value → the member's field names."""
    discriminator: str | None = None

    @functools.cached_property
    def shaped(self) -> bool:
        """True when values under this node need converting (JSON text or union members)."""
        if self.kind == "json" or self.variants:
            return True
        if self.item is not None:
            return self.item.shaped
        return any(child.shaped for _, child in self.fields)

    @functools.cached_property
    def holds_json(self) -> bool:
        """True when a value under this node may be kept as JSON text."""
        if self.kind == "json":
            return True
        if self.item is not None:
            return self.item.holds_json
        return any(child.holds_json for _, child in self.fields)

    @functools.cached_property
    def json_fields(self) -> tuple[tuple[str, _Node], ...]:
        """The fields under which a value may be kept as JSON text."""
        return tuple((name, child) for name, child in self.fields if child.holds_json)

    @functools.cached_property
    def shaped_fields(self) -> tuple[tuple[str, _Node], ...]:
        """The fields whose values need converting: a struct's row copies the others as
        they are (a key missing from the value reads as null, as does ``None``)."""
        return tuple((name, child) for name, child in self.fields if child.shaped)


def require_pyarrow() -> tuple[Any, Any]:
    """``(pyarrow, pyarrow.parquet)``, or a clear error when the extra is not installed."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise UnsupportedInputError(
            "writing Parquet needs pyarrow: pip install 'newsmodel[parquet]'"
        ) from None
    return pyarrow, pyarrow.parquet


@functools.cache
def _article_node() -> _Node:
    schema = Article.model_json_schema(mode="serialization")
    return _Builder(schema.get("$defs", {})).node(schema, ())


@functools.cache
def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of the articles table (article columns, then ``provenance``)."""
    pa, _ = require_pyarrow()
    node = _article_node()
    fields = [_arrow_field(pa, name, child) for name, child in node.fields]
    provenance = pa.struct(
        [
            pa.field("input", pa.string()),
            pa.field("position", pa.string()),
            pa.field("crawl_time", pa.timestamp("us", tz="UTC")),
        ]
    )
    fields.append(pa.field(PROVENANCE, provenance))
    from newsmodel.models import SCHEMA_VERSION

    return pa.schema(fields, metadata={b"newsmodel.schema_version": SCHEMA_VERSION.encode()})


def _arrow_field(pa: Any, name: str, node: _Node) -> Any:
    metadata = _JSON_ENCODING if node.kind == "json" else None
    return pa.field(name, _arrow_type(pa, node), nullable=True, metadata=metadata)


def _arrow_type(pa: Any, node: _Node) -> Any:
    if node.kind == "list":
        assert node.item is not None
        return pa.list_(_arrow_field(pa, "element", node.item))
    if node.kind == "struct":
        return pa.struct([_arrow_field(pa, name, child) for name, child in node.fields])
    if node.kind == "json":
        return pa.string()
    return getattr(pa, node.kind)()


class _Builder:
    """Walks the JSON Schema, resolving ``$ref``s against ``$defs``."""

    def __init__(self, defs: dict[str, Any]) -> None:
        self._defs = defs

    def node(self, schema: dict[str, Any], seen: tuple[str, ...]) -> _Node:
        ref = schema.get("$ref")
        if ref is not None:
            name = ref.rsplit("/", 1)[-1]
            if seen.count(name) >= _MAX_SELF_NESTING:
                return _Node("json")
            return self.node(self._defs[name], (*seen, name))
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self._union(schema[key], schema.get("discriminator"), seen)
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.node(schema["allOf"][0], seen)
        kind = schema.get("type")
        if "const" in schema or "enum" in schema:
            kind = kind or "string"
        if kind in _SCALARS:
            return _Node(_SCALARS[kind])
        if kind == "array":
            return self._array(schema, seen)
        if kind == "object" and "properties" in schema:
            props = schema["properties"]
            return _Node("struct", fields=tuple((k, self.node(v, seen)) for k, v in props.items()))
        return _Node("json")

    def _array(self, schema: dict[str, Any], seen: tuple[str, ...]) -> _Node:
        if "items" in schema and isinstance(schema["items"], dict):
            return _Node("list", item=self.node(schema["items"], seen))
        prefix = [self.node(item, seen) for item in schema.get("prefixItems", ())]
        if prefix and all(item == prefix[0] for item in prefix):
            return _Node("list", item=prefix[0])
        return _Node("json")

    def _union(
        self, options: list[dict[str, Any]], discriminator: Any, seen: tuple[str, ...]
    ) -> _Node:
        members = [option for option in options if option.get("type") != "null"]
        if len(members) == 1:
            return self.node(members[0], seen)
        nodes = [self.node(member, seen) for member in members]
        if not all(node.kind == "struct" for node in nodes):
            return _Node("json")
        key = (
            str(discriminator.get("propertyName", "type"))
            if isinstance(discriminator, dict)
            else "type"
        )
        merged: dict[str, _Node] = {}
        variants: list[tuple[str, frozenset[str]]] = []
        for member, node in zip(members, nodes, strict=True):
            tag = self._tag(member, key)
            if tag is None:
                return _Node("json")
            variants.append((tag, frozenset(name for name, _ in node.fields)))
            for name, child in node.fields:
                if merged.setdefault(name, child) != child:
                    merged[name] = _Node("json")  # the members disagree: keep it as JSON
        return _Node(
            "struct", fields=tuple(merged.items()), variants=tuple(variants), discriminator=key
        )

    def _tag(self, member: dict[str, Any], key: str) -> str | None:
        ref = member.get("$ref")
        target = self._defs[ref.rsplit("/", 1)[-1]] if ref else member
        prop = target.get("properties", {}).get(key, {})
        value = prop.get("const", (prop.get("enum") or [None])[0])
        return value if isinstance(value, str) else None


# --------------------------------------------------------------------------- rows


def article_row(article: Article) -> dict[str, Any]:
    """The article as a row of the table (without ``provenance``): plain Python values."""
    node = _article_node()
    value = article.model_dump(mode="json")
    return {name: _shape(child, value.get(name)) for name, child in node.fields}


def _shape(node: _Node, value: Any) -> Any:
    if value is None or not node.shaped:
        return value
    if node.kind == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if node.kind == "list":
        assert node.item is not None
        return [_shape(node.item, item) for item in value]
    shaped = dict(value)
    for name, child in node.shaped_fields:
        shaped[name] = _shape(child, value.get(name))
    return shaped


def article_from_row(row: dict[str, Any]) -> Article:
    """Read an article back from a row of the table (as ``pyarrow`` ``to_pylist`` gives it)."""
    node = _article_node()
    value = {name: _unshape(child, row.get(name)) for name, child in node.fields}
    from newsmodel.formats.json import article_from_dict

    return article_from_dict(value)


def _unshape(node: _Node, value: Any) -> Any:
    if value is None or not node.shaped:
        return value
    if node.kind == "json":
        return json.loads(value)
    if node.kind == "list":
        assert node.item is not None
        return [_unshape(node.item, item) for item in value]
    keep: frozenset[str] | None = None
    if node.variants and node.discriminator:
        keep = dict(node.variants).get(value.get(node.discriminator))
    return {
        name: _unshape(child, value.get(name))
        for name, child in node.fields
        if keep is None or name in keep
    }


def row_json(article: Article) -> bytes:
    """The article as a row of the table (without ``provenance``), as one JSON object that
    :func:`read_rows` reads: pydantic's JSON of the article (the table's columns are its
    fields), or, for an article holding a value the table keeps as JSON text (a quote nested
    in a nested quote), the JSON of :func:`article_row`."""
    if _has_json_values(_article_node(), article):
        row = article_row(article)
        return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()
    return Article.__pydantic_serializer__.to_json(article)


def _has_json_values(node: _Node, value: Any) -> bool:
    """True when ``value`` (a model, a tuple of them) holds a value under a ``json`` node."""
    if value is None:
        return False
    if node.kind == "json":
        return True
    if node.kind == "list":
        assert node.item is not None
        return node.item.holds_json and any(_has_json_values(node.item, v) for v in value)
    return any(
        _has_json_values(child, getattr(value, name, None)) for name, child in node.json_fields
    )


def provenance_json(result: Any) -> bytes:
    """The ``provenance`` column of ``result`` (a :class:`newsmodel.bulk.Result`) as JSON."""
    value = _provenance(result)
    crawl_time = value["crawl_time"]
    if crawl_time is not None:
        if crawl_time.tzinfo is not None:  # a naive WARC-Date is read as UTC, as Arrow does
            crawl_time = crawl_time.astimezone(UTC).replace(tzinfo=None)
        value["crawl_time"] = crawl_time.isoformat(timespec="microseconds") + "Z"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def with_provenance_json(row: bytes, result: Any) -> bytes:
    """The JSON ``row`` (from :func:`row_json`) with the ``provenance`` of ``result``."""
    return b"".join((row[:-1], b',"' + PROVENANCE.encode() + b'":', provenance_json(result), b"}"))


def read_rows(rows: list[bytes]) -> Any:
    """The ``pyarrow.Table`` of JSON ``rows`` (from :func:`with_provenance_json`), read by
    Arrow's JSON reader against :func:`arrow_schema`: several times faster than building
    the table from Python objects, and it leaves pandas unimported (``from_pylist`` imports
    it, 0.2 s). Raises ``pyarrow.ArrowInvalid`` for a row that does not fit the table."""
    pa, _ = require_pyarrow()
    import pyarrow.json as pj

    schema = arrow_schema()
    if not rows:
        return schema.empty_table()
    data = b"\n".join(rows) + b"\n"
    if len(data) > _MAX_BLOCK and len(rows) > 1:
        half = len(rows) // 2
        return pa.concat_tables([read_rows(rows[:half]), read_rows(rows[half:])])
    parse = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore")
    # One block for the whole batch: a row may not straddle two blocks.
    read = pj.ReadOptions(use_threads=False, block_size=len(data) + 1)
    table = pj.read_json(pa.BufferReader(data), read_options=read, parse_options=parse)
    # The reader drops the metadata of nested fields (``newsmodel.encoding``): the same
    # columns, under the table's own schema.
    return pa.Table.from_arrays(table.columns, schema=schema)


def with_provenance(row: dict[str, Any], result: Any) -> dict[str, Any]:
    """``row`` with the ``provenance`` column of ``result`` (a :class:`newsmodel.bulk.Result`)."""
    row[PROVENANCE] = _provenance(result)
    return row


def _provenance(result: Any) -> dict[str, Any]:
    return {
        "input": display_name(result.input),
        "position": result.position,
        "crawl_time": result.crawl_time,
    }
