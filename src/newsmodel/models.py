"""The typed news article and its parts.

Every model is a frozen pydantic value that rejects unknown fields. Edit with
``model_copy(update=...)``. Absent scalars are ``None``; absent collections are empty tuples.
The JSON these models dump (``to_json``) is newsmodel's canonical format.
"""

from __future__ import annotations

import enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from newsmodel.errors import Diagnostic
from newsmodel.types import LanguageTag, NewsDate, NonEmptyStr, Url

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockQuote",
    "Dateline",
    "Entity",
    "Figure",
    "Gender",
    "Heading",
    "Image",
    "LanguageVariant",
    "ListBlock",
    "Organization",
    "OrganizationKind",
    "Paragraph",
    "Person",
    "Quote",
    "QuoteKind",
    "Rights",
    "Source",
    "SourceKind",
    "Span",
    "SpanKind",
    "VariantRelation",
]

SCHEMA_VERSION: Literal["1.1"] = "1.1"
"""Version of the article JSON these models write. They read ``1.0`` too: 1.1 only added
``Article.dateline``, so a 1.0 article is a 1.1 article as it is."""


class _Model(BaseModel):
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_attribute_docstrings=True,
        validate_default=False,
    )


# --------------------------------------------------------------------------- entities


class Gender(str, enum.Enum):
    """Grammatical gender the text gives a person, used to resolve pronouns."""

    FEMININE = "feminine"
    MASCULINE = "masculine"
    UNKNOWN = "unknown"


class Person(_Model):
    """A real person the article names: an author, a speaker, someone mentioned."""

    type: Literal["person"] = "person"
    """Discriminator: always ``person``."""
    id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.:-]+$")
    """Identifier unique within the article (``p1``), used to refer to this person."""
    name: NonEmptyStr
    """The fullest form of the name the source gives (``Mark Zuckerberg``), without titles."""
    given_name: str | None = None
    """Given name, when the source gives it apart (JSON-LD ``givenName``)."""
    family_name: str | None = None
    """Family name, when the source gives it apart (JSON-LD ``familyName``)."""
    aliases: tuple[str, ...] = ()
    """Other forms of the name in the text (``Zuckerberg``)."""
    role: str | None = None
    """Job title or role as the text gives it (``PDG de Meta``, ``Senior Reporter``)."""
    affiliation: str | None = None
    """The organisation the role belongs to, as named in the text (``Meta``)."""
    credit: str | None = None
    """What a byline credits this person for, as printed (``Texte``, ``Photo``)."""
    gender: Gender = Gender.UNKNOWN
    """Grammatical gender the text marks (``a-t-elle``), if any."""
    url: Url | None = None
    """A page about this person (author page, ``sameAs``)."""


class OrganizationKind(str, enum.Enum):
    """What kind of organisation it is."""

    NEWS_AGENCY = "news_agency"
    """A wire service: Reuters, AP, AFP, dpa, Xinhua."""
    PUBLISHER = "publisher"
    """A news outlet or publishing house."""
    COMPANY = "company"
    GOVERNMENT = "government"
    """A government, ministry, agency of a state, or an intergovernmental body."""
    RESEARCH = "research"
    """A university, research institute or think tank."""
    OTHER = "other"


class Organization(_Model):
    """An organisation: a publisher, a news agency, a company, a government body."""

    type: Literal["organization"] = "organization"
    """Discriminator: always ``organization``."""
    id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.:-]+$")
    """Identifier unique within the article (``o1``)."""
    name: NonEmptyStr
    """The fullest name the source gives (``Organisation Mondiale de la Propriété
    Intellectuelle``)."""
    acronyms: tuple[str, ...] = ()
    """Acronyms the text uses (``OMPI``)."""
    aliases: tuple[str, ...] = ()
    """Other names in the text (``Observer.com``)."""
    kind: OrganizationKind = OrganizationKind.OTHER
    """What kind of organisation it is."""
    url: Url | None = None
    """The organisation's site."""


Entity = Annotated[Person | Organization, Field(discriminator="type")]
"""A person or an organisation."""


class SourceKind(str, enum.Enum):
    """What kind of thing a cited source is."""

    INTERVIEW = "interview"
    STATEMENT = "statement"
    REPORT = "report"
    LETTER = "letter"
    NEWSPAPER = "newspaper"
    """A news outlet's article or broadcast (``told Reuters``, ``selon Bloomberg``)."""
    PRESS_CONFERENCE = "press_conference"
    SOCIAL_MEDIA = "social_media"
    STUDY = "study"
    DOCUMENT = "document"
    OTHER = "other"


class Source(_Model):
    """Something the article cites: an interview, a statement, a report, a letter."""

    id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.:-]+$")
    """Identifier unique within the article (``s1``)."""
    kind: SourceKind = SourceKind.OTHER
    """What kind of source it is."""
    description: NonEmptyStr
    """The source as the text names it (``une lettre ouverte``, ``a statement``)."""
    publisher: Entity | None = None
    """Who published or gave it, as one of the article's people or organisations."""
    url: Url | None = None
    """Where it can be read, when known."""
    date: NewsDate | None = None
    """When it was published or given, when the text says."""


# --------------------------------------------------------------------------- quotes


class QuoteKind(str, enum.Enum):
    """How a quote reports speech."""

    DIRECT = "direct"
    """The speaker's words in quotation marks."""
    PARTIAL = "partial"
    """A quoted fragment inside the writer's sentence (``sont « irréalistes »``)."""
    MIXED = "mixed"
    """Reported speech that holds quoted words but is not wholly in quotation marks
    (``said the plan was "dead on arrival" and would fail``): the reported clause, its
    marked fragments in ``nested`` as ``partial`` quotes."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks (``a déclaré que …``)."""


class Quote(_Model):
    """Speech the article reports: who said what, in which words, through which source."""

    text: NonEmptyStr
    """The quoted words as printed, without the enclosing marks."""
    kind: QuoteKind
    """Direct, partial, mixed or indirect."""
    speaker: Entity | None = None
    """Who said it, as one of the article's people or organisations; ``None`` when the text
    names nobody."""
    speaker_text: str | None = None
    """The speaker as written at this place (``il``, ``Zuckerberg``, ``a-t-il``)."""
    cue: str | None = None
    """The verb or phrase that attributes it (``a déclaré``, ``said``, ``selon``)."""
    block: int = Field(ge=0)
    """Index in ``Article.body`` of the block where the quote starts."""
    start: int = Field(ge=0)
    """Offset in that block's text of the first character of ``text``."""
    end: int = Field(ge=0)
    """Offset just past the last character of the quote (in block ``end_block``)."""
    end_block: int | None = Field(default=None, ge=0)
    """Index of the block where the quote ends, when it runs on past ``block``."""
    open_mark: str | None = None
    """The opening quotation mark as printed (``«``, ``"``), or ``None``."""
    close_mark: str | None = None
    """The closing quotation mark as printed, or ``None`` when the quote is never closed."""
    nested: tuple[Quote, ...] = ()
    """Quotes inside this one (``'Oh, …'`` inside ``"…"``, the marked fragments of a
    ``mixed`` quote); their offsets are in the same block's text."""
    source: Source | None = None
    """The interview, statement or report the quote was given in, when the text says."""
    unclosed: bool = False
    """True when the closing mark is missing and the quote was run to the paragraph's end."""


# --------------------------------------------------------------------------- body


class SpanKind(str, enum.Enum):
    """Inline markup kept on a block's text."""

    QUOTE = "quote"
    """Quote markup (HTML ``<q>``)."""
    LINK = "link"
    EMPHASIS = "emphasis"
    STRONG = "strong"


class Span(_Model):
    """Inline markup over a range of a block's text."""

    kind: SpanKind
    """What the markup is."""
    start: int = Field(ge=0)
    """Offset of the first character in the block's text."""
    end: int = Field(ge=0)
    """Offset just past the last character."""
    href: Url | None = None
    """Link target (links) or ``cite`` URL (quotes)."""


class Paragraph(_Model):
    """A paragraph of body text."""

    type: Literal["paragraph"] = "paragraph"
    """Discriminator."""
    text: str
    """The text as printed."""
    spans: tuple[Span, ...] = ()
    """Inline markup kept from HTML input."""


class Heading(_Model):
    """A heading inside the body."""

    type: Literal["heading"] = "heading"
    """Discriminator."""
    text: str
    """The heading text."""
    level: int = Field(default=2, ge=1, le=6)
    """1 to 6, as HTML's ``<h1>``–``<h6>``."""


class BlockQuote(_Model):
    """A quotation set apart from the text (HTML ``<blockquote>``)."""

    type: Literal["blockquote"] = "blockquote"
    """Discriminator."""
    text: str
    """The quoted text; paragraphs inside it separated by blank lines."""
    cite: Url | None = None
    """The ``cite`` URL of the quoted source."""
    attribution: str | None = None
    """The credit line as printed (``— Mark Zuckerberg``)."""


class ListBlock(_Model):
    """A bulleted or numbered list."""

    type: Literal["list"] = "list"
    """Discriminator."""
    items: tuple[str, ...]
    """The items' text, in order."""
    ordered: bool = False
    """True for a numbered list."""


class Image(_Model):
    """An image of the article."""

    url: Url
    """Where the image is."""
    caption: str | None = None
    """The caption as printed."""
    credit: str | None = None
    """The photographer or agency credit as printed (``Karl Melander/TT``)."""
    alt: str | None = None
    """The alternative text."""
    width: int | None = Field(default=None, ge=1)
    """Width in pixels, when given."""
    height: int | None = Field(default=None, ge=1)
    """Height in pixels, when given."""


class Figure(_Model):
    """An image in the body, with its caption."""

    type: Literal["figure"] = "figure"
    """Discriminator."""
    image: Image
    """The image, with its caption and credit."""


Block = Annotated[
    Paragraph | Heading | BlockQuote | ListBlock | Figure, Field(discriminator="type")
]
"""One block of the body."""


# --------------------------------------------------------------------------- variants, rights


class VariantRelation(str, enum.Enum):
    """How a language variant relates to this article."""

    ORIGINAL = "original"
    """The article this one was translated from."""
    TRANSLATION = "translation"
    """The same article in another language."""
    REGIONAL_EDITION = "regional_edition"
    """The same language for another region (``en-AU``), not a translation."""
    DEFAULT = "default"
    """The page for visitors with no matching language (``x-default``)."""
    UNKNOWN = "unknown"
    """The page offers it, with no word on how it relates."""


class LanguageVariant(_Model):
    """The same article in another language or for another region."""

    language: LanguageTag | None
    """BCP 47 tag of the variant; ``None`` for ``x-default``."""
    label: str | None = None
    """The label as the page shows it (``Русский язык``)."""
    url: Url | None = None
    """Where the variant is, when known."""
    relation: VariantRelation = VariantRelation.TRANSLATION
    """How it relates to this article."""
    is_current: bool = False
    """True for the entry that is this article itself."""


class Rights(_Model):
    """Copyright and usage of the article."""

    holder: str | None = None
    """Who holds the copyright (``Observer.com``)."""
    notice: str | None = None
    """The rights notice as printed."""
    usage_terms: str | None = None
    """Terms of use in plain words (``ne peut être reproduit sans autorisation``)."""
    year: int | None = Field(default=None, ge=1000, le=9999)
    """Copyright year, when given."""
    license: Url | None = None
    """A URL of the licence."""
    is_accessible_for_free: bool | None = None
    """The publisher's declaration of free access (schema.org), ``None`` when it says nothing."""


_OneLine = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^\S+(?: \S+)*$")]
"""Words on one line, one space apart."""


class Dateline(_Model):
    """Where the story was filed, as its dateline gives it: ``OSLO, Norway (AP) —`` at the
    start of a wire story, ``dateline`` in schema.org, ``located`` in ninjs."""

    text: _OneLine
    """The dateline as printed, without the dash that ends it (``OSLO, Norway (AP)``)."""
    place: _OneLine | None = None
    """The place, as printed in ``text`` (``OSLO, Norway``)."""

    @model_validator(mode="after")
    def _place_in_text(self) -> Dateline:
        if self.place is not None and self.place not in self.text:
            raise ValueError(f"place {self.place!r} is not in the dateline {self.text!r}")
        return self


# --------------------------------------------------------------------------- article


class Article(_Model):
    """A news article, with everything newsmodel knows about it."""

    schema_version: Literal["1.0", "1.1"] = SCHEMA_VERSION
    """Version of the article JSON; a 1.0 value is read as the 1.1 it also is."""
    id: str | None = None
    """A stable identifier (``urn:…``), when the source gives one."""
    url: Url | None = None
    """Where the article was fetched from."""
    canonical_url: Url | None = None
    """The URL the publisher declares canonical."""
    title: str | None = None
    """The headline as printed."""
    subtitle: str | None = None
    """Sub-headline, standfirst or description."""
    section: str | None = None
    """The section label as printed (``nouvelles``, ``Politics``)."""
    dateline: Dateline | None = None
    """Where the story was filed (``WASHINGTON (Reuters)``); its news agencies are also in
    ``agencies``."""
    language: LanguageTag | None = None
    """Language of the article text."""
    published: NewsDate | None = None
    """When it was first published, as precise as the source says."""
    updated: NewsDate | None = None
    """When it was last modified, kept apart from ``published``."""
    authors: tuple[Person, ...] = ()
    """The people who wrote it, in byline order: names only, roles in ``role``."""
    byline: str | None = None
    """The byline exactly as printed (``[Texte/Observer Network Qi Qian]``)."""
    agencies: tuple[Organization, ...] = ()
    """News agencies credited for the article (``Reuters``, ``dpa``)."""
    publisher: Organization | None = None
    """The outlet that published it."""
    body: tuple[Block, ...] = ()
    """The article text, as ordered blocks."""
    quotes: tuple[Quote, ...] = ()
    """Speech the article reports, in reading order."""
    people: tuple[Person, ...] = ()
    """Everyone the article quotes or names, one entry per real person."""
    organizations: tuple[Organization, ...] = ()
    """Every organisation the article quotes or names, one entry each."""
    sources: tuple[Source, ...] = ()
    """Interviews, statements, reports and letters the article cites."""
    variants: tuple[LanguageVariant, ...] = ()
    """The article in other languages or regions, in the order the page lists them."""
    rights: Rights | None = None
    """Copyright and usage."""
    keywords: tuple[str, ...] = ()
    """Keywords or tags."""
    images: tuple[Image, ...] = ()
    """Images of the article outside the body (lead image, social cards)."""
    machine_translated: bool | None = None
    """True when the publisher says the text was machine-translated."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What the parser repaired or doubted."""

    @field_validator("schema_version", mode="before")
    @classmethod
    def _read_older_minor(cls, value: object) -> object:
        return SCHEMA_VERSION if value == "1.0" else value

    @property
    def text(self) -> str:
        """The body as plain text: each block's text, separated by blank lines."""
        return "\n\n".join(_block_text(block) for block in self.body)


def _block_text(block: Paragraph | Heading | BlockQuote | ListBlock | Figure) -> str:
    if isinstance(block, ListBlock):
        return "\n".join(block.items)
    if isinstance(block, Figure):
        return block.image.caption or ""
    return block.text
