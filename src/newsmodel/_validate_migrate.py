"""Schema versions of article JSON, and the migration of older data to the current one.

Article JSON carries ``schema_version`` (``"1.1"`` now; ``"1.0"``, read as it is, lacked only
``dateline``). JSON without it predates versioning (the ``0.x`` pre-releases): those wrote
``lang``, ``date``/``date_modified``, ``tags``, authors as plain strings and the body as one
``text`` string. :func:`migrate` rewrites such a value into the current layout; a version newer
than this newsmodel knows is refused by name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from newsmodel.errors import NewsModelError
from newsmodel.models import SCHEMA_VERSION

__all__ = ["KNOWN_VERSIONS", "UNVERSIONED", "UnknownVersion", "migrate"]

UNVERSIONED = "0.x"
"""The name of article JSON written before ``schema_version`` existed."""

_RENAMES_0X: Mapping[str, str] = {
    "lang": "language",
    "date": "published",
    "date_published": "published",
    "date_modified": "updated",
    "tags": "keywords",
}
"""0.x top-level keys → their 1.0 names."""


class UnknownVersion(NewsModelError, ValueError):
    """``schema_version`` names a version this newsmodel cannot read."""

    def __init__(self, version: object) -> None:
        super().__init__(f"schema_version {version!r} is not a version this newsmodel reads")
        self.version = version


def _from_0x(value: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    out: dict[str, Any] = {}
    renamed: dict[str, str] = {}
    for key, item in value.items():
        new = _RENAMES_0X.get(key, key)
        if new != key and new in value:  # both spellings present: keep the 1.0 one, report old
            new = key
        if new != key:
            renamed[new] = key
        out[new] = item
    authors = out.get("authors")
    if isinstance(authors, list):
        out["authors"] = [{"name": a} if isinstance(a, str) else a for a in authors]
    text = out.get("text")
    if isinstance(text, str) and "body" not in out:
        paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
        out["body"] = [{"type": "paragraph", "text": p} for p in paragraphs if p]
        del out["text"]
        renamed["body"] = "text"
    out["schema_version"] = SCHEMA_VERSION
    return out, renamed


_MIGRATIONS: Mapping[str, Callable[[dict[str, Any]], tuple[dict[str, Any], dict[str, str]]]] = {
    UNVERSIONED: _from_0x,
}
"""Older version → the step that rewrites it as the current version."""

_READ_AS_IS = frozenset({"1.0", SCHEMA_VERSION})
"""Versions the models read as they are: 1.1 only added a field."""

KNOWN_VERSIONS: tuple[str, ...] = (UNVERSIONED, "1.0", SCHEMA_VERSION)
"""The versions ``newsmodel validate`` reads, oldest first."""


def migrate(value: dict[str, Any]) -> tuple[dict[str, Any], str | None, dict[str, str]]:
    """Bring a decoded article JSON object to the current schema version.

    Returns the value, the version it was migrated from (``None`` when it was current) and the
    top-level keys renamed on the way (new name → name in the input), so problems can still be
    pointed at the input's text. Raises :class:`UnknownVersion` for a version it cannot read.
    """
    version = value.get("schema_version", UNVERSIONED)
    if isinstance(version, str) and version in _READ_AS_IS:
        return value, None, {}
    step = _MIGRATIONS.get(version) if isinstance(version, str) else None
    if step is None:
        raise UnknownVersion(version)
    migrated, renamed = step(value)
    return migrated, version, renamed
