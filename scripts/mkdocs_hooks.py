"""mkdocs hook: replaces ``<!-- model-reference -->`` with field tables generated from the
models, so the reference can never drift from the code."""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import newsmodel
from newsmodel import models

_MARK = "<!-- model-reference -->"


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_name(a) for a in args)
    if origin is tuple:
        return f"tuple[{_type_name(args[0])}, ...]"
    if origin is typing.Literal:
        return " | ".join(repr(a) for a in args)
    if annotation is type(None):
        return "None"
    return getattr(annotation, "__name__", str(annotation))


def _escape(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def model_reference() -> str:
    """Markdown tables for every public model and enum, in the order of ``models.__all__``."""
    out: list[str] = []
    for name in models.__all__:
        obj = getattr(models, name)
        if isinstance(obj, type) and issubclass(obj, newsmodel.Article.__mro__[1]):
            out.append(f"### `{name}`\n\n{_escape(obj.__doc__ or '')}\n")
            out.append("| field | type | default | meaning |\n|---|---|---|---|")
            for field_name, field in obj.model_fields.items():
                default = "required" if field.is_required() else f"`{field.default!r}`"
                out.append(
                    f"| `{field_name}` | `{_escape(_type_name(field.annotation))}` | "
                    f"{_escape(default)} | {_escape(field.description or '')} |"
                )
            out.append("")
        elif isinstance(obj, type) and issubclass(obj, enum.Enum):
            out.append(f"### `{name}`\n\n{_escape(obj.__doc__ or '')}\n")
            out.append("| value | meaning |\n|---|---|")
            for member in obj:
                doc = getattr(member, "__doc__", None)
                doc = "" if doc == obj.__doc__ else doc or ""
                out.append(f"| `{member.value}` | {_escape(doc)} |")
            out.append("")
    return "\n".join(out)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """mkdocs entry point."""
    return markdown.replace(_MARK, model_reference()) if _MARK in markdown else markdown
