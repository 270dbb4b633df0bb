"""newsmodel: news articles as typed, validated data, read from scraped text and HTML and
written back as text, HTML, JSON, IPTC ninjs, NITF and schema.org JSON-LD."""

from __future__ import annotations

import logging

from newsmodel.bulk import iter_parse
from newsmodel.errors import (
    Diagnostic,
    FieldIssue,
    HostileInputError,
    InputTooLargeError,
    NewsModelError,
    ParseError,
    SerializeError,
    Severity,
    UnsupportedInputError,
    ValidationFailed,
)
from newsmodel.formats import Format, detect_format, dump, load
from newsmodel.formats.html import parse_html, to_html
from newsmodel.formats.json import json_schema, parse_json, to_json
from newsmodel.formats.jsonld import parse_jsonld, to_jsonld
from newsmodel.formats.ninjs import parse_ninjs, to_ninjs
from newsmodel.formats.nitf import parse_nitf, to_nitf
from newsmodel.formats.text import parse_text, to_text
from newsmodel.models import (
    SCHEMA_VERSION,
    Article,
    Block,
    BlockQuote,
    Dateline,
    Entity,
    Figure,
    Gender,
    Heading,
    Image,
    LanguageVariant,
    ListBlock,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Rights,
    Source,
    SourceKind,
    Span,
    SpanKind,
    VariantRelation,
)
from newsmodel.options import ParseOptions
from newsmodel.quotes import extract_quotes
from newsmodel.types import LanguageTag, NewsDate
from newsmodel.validate import validate_article, validate_files

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockQuote",
    "Dateline",
    "Diagnostic",
    "Entity",
    "FieldIssue",
    "Figure",
    "Format",
    "Gender",
    "Heading",
    "HostileInputError",
    "Image",
    "InputTooLargeError",
    "LanguageTag",
    "LanguageVariant",
    "ListBlock",
    "NewsDate",
    "NewsModelError",
    "Organization",
    "OrganizationKind",
    "Paragraph",
    "ParseError",
    "ParseOptions",
    "Person",
    "Quote",
    "QuoteKind",
    "Rights",
    "SerializeError",
    "Severity",
    "Source",
    "SourceKind",
    "Span",
    "SpanKind",
    "UnsupportedInputError",
    "ValidationFailed",
    "VariantRelation",
    "__version__",
    "detect_format",
    "dump",
    "extract_quotes",
    "iter_parse",
    "json_schema",
    "load",
    "parse_html",
    "parse_json",
    "parse_jsonld",
    "parse_ninjs",
    "parse_nitf",
    "parse_text",
    "to_html",
    "to_json",
    "to_jsonld",
    "to_ninjs",
    "to_nitf",
    "to_text",
    "validate_article",
    "validate_files",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
