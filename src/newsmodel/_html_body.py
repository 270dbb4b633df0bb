"""Finding the article's main text in a page, as blocks.

The extractor works in four steps over one lxml tree, every traversal iterative (a page may
nest 2,048 elements deep):

1. **clean**: drop what never holds article text (scripts, forms' controls, embeds), hidden
   elements, and page furniture marked by tag (``nav``, ``aside``, ``footer``), ARIA role or
   class/id tokens (comments, share widgets, related links, cookie and subscription banners,
   ads). An element that holds the marked article body (``itemprop="articleBody"`` or a body
   class such as ``entry-content``) is never removed.
2. **score**: each text block (``p``, ``pre``, ``td``, a ``div`` of bare text) long enough gives
   its parent a score for its length and commas, and half of it to its grandparent; class/id
   hints and ``<article>`` add or subtract; the link density of a candidate scales it down.
3. **choose**: a marked article body with enough text wins; otherwise the best candidate,
   raised to a common ancestor when other strong candidates share it, plus the siblings that
   score close to it and its cousins (same tag and class elsewhere: a body cut in chunks);
   runners-up are tried in turn when the winner holds no paragraph. Boxes named as set inside
   the text (an inline teaser, an info or contact box, a call to action, a paywall prompt) are
   then removed from the chosen containers: named so elsewhere, they are no furniture.
4. **emit**: walk the chosen container in reading order into blocks: paragraphs (with ``<q>``,
   link and emphasis spans), headings, lists, block quotes (with ``cite`` and attribution) and
   figures (image, caption, credit), dropping link lists and boilerplate lines; then tidy:
   drop the headline, byline and date lines above the text, captions, repeated blocks,
   whatever follows a "You may also like" or "Contact" heading, and headings that end it.

A page whose markup holds little of its JSON-LD ``articleBody`` gets that text as its body.

Every weight, tag set and token list is in :mod:`newsmodel._html_rules`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from newsmodel import _html_rules as rules
from newsmodel.errors import Diagnostic, Severity
from newsmodel.models import (
    Block,
    BlockQuote,
    Figure,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Span,
    SpanKind,
)

__all__ = ["ExtractedBody", "extract_body"]

NM_NO_TEXT = "NM370"
NM_NO_CONTAINER = "NM371"
NM_PAYWALL = "NM372"
NM_JSONLD_BODY = "NM373"

_SCORED_TAGS = rules.SCORED_TAGS
_TEXT_CONTAINER_TAGS = rules.TEXT_CONTAINER_TAGS
_SCORING_TAGS = tuple(sorted(_SCORED_TAGS | _TEXT_CONTAINER_TAGS))
_TAG_BASE = rules.TAG_WEIGHTS


@dataclass(frozen=True)
class ExtractedBody:
    """The main text of a page."""

    blocks: tuple[Block, ...]
    """Paragraphs, headings, lists, block quotes and figures, in reading order."""
    diagnostics: tuple[Diagnostic, ...]
    """What extraction doubted (no article container found, a paywall, …)."""


def extract_body(
    root: HtmlElement, *, title: str | None = None, language: str | None = None
) -> ExtractedBody:
    """Extract the article body from ``root``. May modify the tree (it removes ``<head>``,
    scripts and furniture): harvest metadata first. ``title`` is the headline, dropped where
    the page prints it again; ``language`` is accepted for language-specific rules, though the
    phrase lists in :mod:`newsmodel._html_rules` cover the common languages at once.

    >>> import lxml.html
    >>> page = lxml.html.document_fromstring(
    ...     "<body><nav><a href='/'>Home</a></nav><article><h1>Title</h1>"
    ...     "<p>First paragraph of the story, long enough to count as text.</p>"
    ...     "<p>He said <q>it works</q>, and left.</p></article>"
    ...     "<div class='comments'><p>Great article, thanks for writing it!</p></div></body>")
    >>> [block.text for block in extract_body(page, title="Title").blocks]
    ['First paragraph of the story, long enough to count as text.', 'He said it works, and left.']
    """
    diagnostics: list[Diagnostic] = []
    marked: list[HtmlElement] = []
    named: list[HtmlElement] = []
    boxes: list[tuple[HtmlElement, int]] = []
    paywalled, scripts = _clean(root, marked, named, boxes)
    containers, runners_up = _choose(root, marked, named)
    if boxes:
        for container in containers:
            _prune(container, boxes)
    lead = _lead(containers[0]) if containers else None
    blocks = _tidy(
        [
            *(_emit(lead) if lead is not None else ()),
            *(block for container in containers for block in _emit(container)),
        ],
        title,
    )
    for runner_up in runners_up:
        if any(isinstance(block, Paragraph | BlockQuote) for block in blocks):
            break
        if runner_up.getparent() is not None:  # not taken apart by the first emission
            blocks = _tidy(list(_emit(runner_up)), title)
    fallback = _jsonld_body(scripts)
    if fallback is not None:
        extracted = sum(len(block.text) for block in blocks if isinstance(block, Paragraph))
        if extracted < rules.JSONLD_BODY_SHARE * len(fallback):
            blocks = _tidy(list(_text_blocks(fallback)), title)
            diagnostics.append(
                Diagnostic(
                    code=NM_JSONLD_BODY,
                    severity=Severity.INFO,
                    message="the page's markup holds little of the text: the body was taken"
                    " from its JSON-LD articleBody",
                    path="body",
                )
            )
    if not blocks:
        diagnostics.append(
            Diagnostic(
                code=NM_NO_CONTAINER,
                severity=Severity.WARNING,
                message="no article text found on the page",
                path="body",
            )
        )
    elif not any(isinstance(block, Paragraph) for block in blocks):
        diagnostics.append(
            Diagnostic(
                code=NM_NO_TEXT,
                severity=Severity.WARNING,
                message="the page has no paragraph of article text",
                path="body",
            )
        )
    if paywalled:
        diagnostics.append(
            Diagnostic(
                code=NM_PAYWALL,
                severity=Severity.INFO,
                message="the page shows a paywall: the body may be only the free part",
                path="body",
            )
        )
    return ExtractedBody(blocks=tuple(blocks), diagnostics=tuple(diagnostics))


# --------------------------------------------------------------------------- tidy


def _is_title(text: str, title: str | None) -> bool:
    if not title or len(text) > len(title):  # casefolding never shortens a text
        return False
    text = text.casefold()
    return text == title or (len(text) >= rules.MIN_TITLE_CHARS and title.startswith(text))


def _is_meta_line(text: str) -> bool:
    """Whether ``text`` reads as a byline or dateline (``META_LINE``, short), not as a sentence
    that gives a date or a time ("The road is closed since 10:30 a.m. on Monday, police said.")."""
    if len(text) > rules.MAX_META_LINE or not rules.META_LINE.search(text):
        return False
    return not (
        text.endswith(rules.SENTENCE_ENDS) and text.count(" ") >= rules.MIN_SENTENCE_WORDS - 1
    )


def _tidy(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop the headline, the byline and date lines above the text, and repeated blocks."""
    folded_title = _normalise(title).casefold() if title else None
    out: list[Block] = []
    seen: set[str] = set()
    lead = True  # before the first substantial paragraph
    texts = 0  # paragraphs so far
    for block in blocks:
        if isinstance(block, Heading | Paragraph | BlockQuote):
            text = block.text
            if _is_title(text, folded_title):
                continue
            if lead:
                if isinstance(block, Heading) and block.level == 1:
                    continue  # the headline, printed again above the text
                if isinstance(block, Paragraph) and _is_meta_line(text):
                    continue
            if len(text) >= rules.MIN_DUPLICATE_CHARS:
                if text in seen:
                    continue  # the same text twice: a summary box, a gallery's captions
                seen.add(text)
            if len(text) <= rules.MAX_RELATED_HEADING and (
                (
                    not lead
                    and (rules.RELATED_HEADING.match(text) or rules.NOTES_HEADING.match(text))
                )
                or (texts and rules.COMMENTS_HEADING.match(text))
            ):
                # "You may also like", "Contact": the rest is other articles or notes; "Leave
                # a Reply" after any text (a short post): the rest is the readers'
                break
            if isinstance(block, Paragraph):
                texts += 1
                if len(text) >= rules.MIN_LEAD_CHARS:
                    lead = False
                if _is_caption_line(text):
                    continue
        out.append(block)
    while len(out) > 1 and (
        (isinstance(out[-1], Heading) and not out[-1].text.endswith("."))
        or (
            isinstance(out[-1], Paragraph)
            and _is_bare_address(out[-1].text)
            and not (isinstance(out[-2], Paragraph) and out[-2].text.endswith(":"))
        )
    ):
        # A heading with no text after it heads nothing (a sentence is a pull quote); an
        # address after the text is a contact line (within the text or announced by a
        # colon, a link to follow).
        out.pop()
    last = len(out) - 1
    while last > 0:
        block = out[last]
        if isinstance(block, Figure):
            last -= 1  # the notes may come before the last image (an ad, a promo banner)
        elif (isinstance(block, Paragraph) and _is_end_note(block.text)) or (
            isinstance(block, Heading) and not block.text.endswith(".")
        ):
            del out[last]  # a newsletter prompt, a contact line: notes after the text
            last -= 1
        else:
            break
    return out


def _is_end_note(text: str) -> bool:
    """Whether a paragraph after the text is a note (``END_NOTE``): a newsletter or app
    prompt, a "follow us" or contact line, a copyright notice, a contributors' line."""
    if len(text) > rules.MAX_END_NOTE:
        return False
    if rules.END_NOTE_HINT.search(text.lower()) is None:
        return False
    return rules.END_NOTE.search(text) is not None


def _is_caption_line(text: str) -> bool:
    """Whether a paragraph is an image's caption or credit set as text: it ends with a credit
    (``CAPTION_LINE``), opens with a figure label (``CAPTION_LABEL``), or is only a credit
    (``CREDIT_LINE``)."""
    if len(text) > rules.MAX_CAPTION_LINE:
        return False
    if len(text) <= rules.MAX_CREDIT_LINE and rules.CREDIT_LINE.fullmatch(text):
        return True
    if ":" not in text and "/" not in text and "©" not in text:
        return False
    start = max(0, len(text) - rules.MAX_CREDIT_CHARS)
    # Each credit of ``CAPTION_LINE`` closes a parenthesis at the end, or holds ": " or "©":
    # a line with none of them is searched for nothing.
    if (
        text.rstrip().endswith(")") or ": " in text[start:] or "©" in text[start:]
    ) and rules.CAPTION_LINE.search(text, start):
        return True
    return rules.CAPTION_LABEL.match(text) is not None


# --------------------------------------------------------------------------- JSON-LD body


def _jsonld_body(scripts: list[str]) -> str | None:
    """The longest ``articleBody`` string in the page's JSON-LD, if any (broken JSON is
    skipped: the metadata reader reports it)."""
    best: str | None = None
    for script in scripts:
        if "articleBody" not in script:
            continue
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):  # nested too deeply: the metadata reader says so
            continue
        stack: list[object] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                body = item.get("articleBody")
                if isinstance(body, str) and (best is None or len(body) > len(best)):
                    best = body
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    if best is None or len(best.strip()) < rules.MIN_BODY_CHARS:
        return None
    return best


def _text_blocks(text: str) -> Iterator[Block]:
    """Blocks of an ``articleBody`` string: HTML read as HTML, plain text cut at newlines."""
    if rules.HTML_TAG.search(text):
        try:
            wrapper = lxml.html.fragment_fromstring(text, create_parent="div")
        except (etree.ParserError, ValueError):
            wrapper = None
        if wrapper is not None:
            yield from _emit(wrapper)
            return
    for line in text.splitlines():
        line = _normalise(line)
        if line:
            yield Paragraph(text=line)


# --------------------------------------------------------------------------- 1. clean


def _class_id(el: HtmlElement) -> str:
    return _names(el.get("class"), el.get("id"))


def _names(cls: str | None, ident: str | None) -> str:
    """The lowercased class and id of an element, as one string."""
    names = f"{cls} {ident}" if cls and ident else cls or ident or ""
    if len(names) > rules.MAX_CLASS_CHARS:  # a megabyte of class names is an attack, not markup
        names = names[: rules.MAX_CLASS_CHARS]
    return names.lower()


def _is_hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style:
        style = style.replace(" ", "").lower()
        return "display:none" in style or "visibility:hidden" in style
    return False


def _is_slide(cls: str) -> bool:
    """Whether a class names a slide of a gallery, which pages hide until the reader pages
    to it (``gallery--paragraph-section``): its text is the article's."""
    return not rules.SLIDE_WORDS.isdisjoint(rules.CLASS_WORD.findall(cls.lower()))


_CHECKED_TAGS = tuple(sorted(rules.CHECKED_TAGS))
# Links: a named anchor (``<a name="…">`` without ``href``) is a target, no link. One axis
# step (``descendant::``): ``.//a//text()`` merges a node set per link, which libxml2 does in
# time quadratic in the number of links (40,000 links: 1.4 s a call).
_LINKS = etree.XPath("descendant::a[@href or not(@name) or not(translate(@name, '#_-. ', ''))]")
_DROP_TAGS = tuple(sorted(rules.DROP_TAGS))
_BOILERPLATE_TAGS = rules.BOILERPLATE_TAGS
_EXPANDER_NAME = rules.EXPANDER_NAME
_TEASER_PARTS = ("h1", "h2", "h3", "h4", "h5", "h6", "li", "img", "picture")
_NEUTRAL, _BODY, _FURNITURE = 0, 1, 2
_PAYWALL = 4  # a flag on the others
_BOX, _LOCKED_BOX = 8, 16  # on a neutral verdict: a box set inside the text (see ``_prune``)
_EXPANDER = 32  # on a furniture verdict: named for "read more" (see ``_is_text_expander``)
_DOOMED = "nm-removed"
_KEY_KINDS = dict.fromkeys(rules.FURNITURE_KEYS, _FURNITURE) | dict.fromkeys(rules.BODY_KEYS, _BODY)
"""The verdict of each key of ``BODY_KEYS`` and ``FURNITURE_KEYS`` (one lookup for both)."""
_PAIR_HEADS = frozenset(key.split("-")[0] for key in _KEY_KINDS if "-" in key)
"""The first words of the keys that are pairs of words."""


def _verdict(words: list[str]) -> int:
    """Whether the words of a class/id string name the body, furniture, or neither: by words
    and pairs of words, which is several times faster than a regex over the string."""
    if rules.VERDICT_WORDS.isdisjoint(words):
        return _NEUTRAL  # most class names: one set operation
    kinds = _KEY_KINDS
    previous = ""
    furniture = False
    for word in words:
        kind = kinds.get(word, _NEUTRAL)
        if previous in _PAIR_HEADS:  # else no pair of words is a key
            kind |= kinds.get(f"{previous}-{word}", _NEUTRAL)
        if kind & _BODY:
            return _BODY
        if kind and previous not in rules.LAYOUT_MODIFIERS:
            furniture = True
        previous = word
    return _FURNITURE if furniture else _NEUTRAL


def _judge(cls: str | None, ident: str | None) -> int:
    """The verdict on a class and id, with the ``_PAYWALL`` flag when they name a paywall, and
    a neutral one with the ``_BOX`` or ``_LOCKED_BOX`` flag when they name a box."""
    names = _split_names(cls, ident)
    words = rules.CLASS_WORD.findall(names)
    if "--" in names:  # a BEM modifier names a variant: ``Report__Section--Ads`` is a section
        verdict = _verdict(rules.CLASS_WORD.findall(rules.BEM_MODIFIER.sub("", names)))
    else:
        verdict = _verdict(words)
    if verdict == _NEUTRAL and not rules.BOX_WORDS.isdisjoint(words):
        verdict = _box_kind(words, cls, ident)
    if verdict == _FURNITURE and "more" in names and _EXPANDER_NAME.search(names):
        verdict |= _EXPANDER
    if "paywall" in names and _PAYWALL_NAME.search(names):
        verdict |= _PAYWALL
    return verdict


_PAYWALL_NAME = re.compile(r"(?<!\bno-)(?<!\bnon-)(?<!\bnot-)(?<!\bwithout-)paywall")
"""``paywall`` in a class or id, but not ``no-paywall`` or ``non-paywall`` (names are split:
``noPaywall`` reads ``no-paywall``)."""


def _box_kind(words: list[str], cls: str | None, ident: str | None) -> int:
    """Whether the words of a class/id string name a box set inside the text (``BOX_KEYS``:
    ``_BOX``), one that may also wrap the locked text (``PAYWALL_KEYS``: ``_LOCKED_BOX``), or
    neither (0). An article's own lead (``teaser-text``) is no box."""
    previous = ""
    for word in words:
        pair = f"{previous}-{word}"
        if (word in rules.BOX_KEYS or pair in rules.BOX_KEYS) and (
            previous not in rules.LAYOUT_MODIFIERS  # ``non-paywall``
        ):
            if _is_lead_name(cls, ident):
                return 0
            paywall = word in rules.PAYWALL_KEYS or pair in rules.PAYWALL_KEYS
            return _LOCKED_BOX if paywall else _BOX
        previous = word
    return 0


def _split_names(cls: str | None, ident: str | None) -> str:
    """:func:`_names` with camelCase words apart (``relatedPost`` → ``related-post``)."""
    names = f"{cls} {ident}" if cls and ident else cls or ident or ""
    if len(names) > rules.MAX_CLASS_CHARS:
        names = names[: rules.MAX_CLASS_CHARS]
    if not names.islower():  # some capitals (or no letters)
        names = rules.CAMEL_CASE.sub("-", names)
    return names.lower()


def _in_quote_or_figure(el: HtmlElement) -> bool:
    """A ``<footer>`` of a block quote or figure holds its attribution or credit."""
    parent = el.getparent()
    return parent is not None and parent.tag in ("blockquote", "figure", "figcaption")


def _clean(
    root: HtmlElement,
    marked: list[HtmlElement],
    named: list[HtmlElement],
    boxes: list[tuple[HtmlElement, int]],
) -> tuple[bool, list[str]]:
    """Remove what never holds article text, then page furniture; fill ``marked`` with the
    elements marked ``itemprop="articleBody"``, ``named`` with those with a body class and
    ``boxes`` with those named as a box (and its kind, for :func:`_prune`); return whether a
    paywall is marked and the JSON-LD scripts' text (read before scripts go)."""
    jsonld: list[str] = []
    furniture: list[HtmlElement] = []
    named_furniture: set[HtmlElement] = set()  # furniture by class or id, not by tag or role
    expanders: set[HtmlElement] = set()  # furniture named for "read more"
    keep = named  # elements with a body class
    paywalled = False
    by_class: dict[str, int] = {}  # class strings repeat: judge each once per page
    by_class_id: dict[tuple[str | None, str], int] = {}
    for el in root.iter("script"):
        if "ld+json" in (el.get("type") or "") and el.text:  # no script's text read for nothing
            jsonld.append(el.text)
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    boilerplate_tags = rules.BOILERPLATE_TAGS
    protected_tags = rules.PROTECTED_TAGS
    for el in root.iter(*_CHECKED_TAGS):
        attributes = el.keys()
        if not attributes:
            if el.tag in boilerplate_tags and not _in_quote_or_figure(el):
                furniture.append(el)
            continue
        if "itemprop" in attributes and el.get("itemprop", "").lower() == "articlebody":
            marked.append(el)
            continue
        tag = el.tag
        cls = el.get("class") if "class" in attributes else None
        if "id" in attributes:
            key = (cls, el.get("id"))
            verdict = by_class_id.get(key)
            if verdict is None:
                verdict = by_class_id[key] = _judge(*key)
        elif cls:
            verdict = by_class.get(cls)
            if verdict is None:
                verdict = by_class[cls] = _judge(cls, None)
        else:
            verdict = _NEUTRAL
        if verdict:
            if verdict & _PAYWALL:
                if not paywalled:
                    # A slot a metering script fills is on free and locked articles alike:
                    # only one with words (a prompt, or the locked text) tells.
                    paywalled = len(el) > 0 or not (el.text is None or el.text.isspace())
                verdict &= ~_PAYWALL
            if verdict & _EXPANDER:
                expanders.add(el)
                verdict &= ~_EXPANDER
            if verdict & (_BOX | _LOCKED_BOX):
                boxes.append((el, verdict))
                verdict = _NEUTRAL
            if verdict == _BODY:
                keep.append(el)
                continue
            if tag in protected_tags:
                continue
            if verdict == _FURNITURE:
                furniture.append(el)
                named_furniture.add(el)
                continue
        elif tag in protected_tags:
            continue
        if tag in boilerplate_tags:
            if not _in_quote_or_figure(el):
                furniture.append(el)
        elif "role" in attributes:
            role = el.get("role")
            if role and role.lower() in rules.BOILERPLATE_ROLES:
                furniture.append(el)
        elif (
            ("style" in attributes or "hidden" in attributes)
            and _is_hidden(el)
            and not (cls and _is_slide(cls))
        ):
            furniture.append(el)
    if marked and named_furniture:
        marked[:] = [el for el in marked if not _in_listing(el, named_furniture)]
    if not furniture:
        return paywalled, jsonld
    protected: set[HtmlElement] = set(keep) | set(marked)
    for el in (*keep, *marked):
        protected.update(el.iterancestors())
    limit = -1.0  # computed when first needed
    doomed = False
    for el in furniture:  # in document order: ancestors come first
        if el in protected or el.tag == _DOOMED:
            continue
        if next(el.iterancestors(_DOOMED), None) is not None:
            continue  # inside furniture already removed
        if expanders and el in expanders and _is_text_expander(el):
            continue
        size = len(_text(el))
        if size > rules.MIN_PROTECTED_CHARS:
            if limit < 0:
                limit = rules.MAX_REMOVED_SHARE * len(root.text_content())
            if size > limit and not (el in named_furniture and _is_comments(el)):
                continue
            if el in named_furniture and _holds_article_text(el):
                continue
        el.tag = _DOOMED  # removed below in one C call, tails kept
        doomed = True
    if doomed:
        etree.strip_elements(root, _DOOMED, with_tail=False)
    return paywalled, jsonld


def _is_comments(el: HtmlElement) -> bool:
    """Whether ``el`` is named for comments (``comment-list``): however long a discussion
    runs, it is not the article (a layout flag such as ``has-comments`` is not furniture)."""
    words = rules.CLASS_WORD.findall(_split_names(el.get("class"), el.get("id")))
    return not rules.COMMENT_WORDS.isdisjoint(words)


def _in_listing(el: HtmlElement, furniture: set[HtmlElement]) -> bool:
    """Whether ``el`` (marked ``articleBody``) sits in furniture named for other articles or
    comments (``related-articles``): it is a teaser's or a comment's body, not the page's."""
    for ancestor in el.iterancestors():
        if ancestor in furniture:
            names = _split_names(ancestor.get("class"), ancestor.get("id"))
            if not rules.OTHERS_WORDS.isdisjoint(rules.CLASS_WORD.findall(names)):
                return True
    return False


def _holds_article_text(el: HtmlElement) -> bool:
    """Whether ``el``, named for what sits beside the text (a share bar, a sidebar, a banner
    slot, a "read more" expander: ``documentContent__sharingContainer``, ``entry share``),
    holds paragraphs of running text, as a body does and such furniture does not. Comments,
    related articles and teasers hold paragraphs too: their names never count as a wrapper's."""
    words = set(rules.CLASS_WORD.findall(_split_names(el.get("class"), el.get("id"))))
    if rules.WRAPPER_WORDS.isdisjoint(words) or not rules.LISTING_WORDS.isdisjoint(words):
        return False
    return _running_paragraphs(el, rules.MIN_TEXT_PARAGRAPHS)


def _is_text_expander(el: HtmlElement) -> bool:
    """Whether ``el``, named for "read more" (``js_readmore``), is an expander that holds
    the text it folds away, as it shows a running text (``MIN_LEAD_CHARS`` long, few links,
    no heading, list or image of a teaser), not a link to another article."""
    length = _text_len(el)
    if length < rules.MIN_LEAD_CHARS or _link_density(el, length) >= rules.SHORT_LINK_DENSITY:
        return False
    return next(el.iter(*_TEASER_PARTS), None) is None


def _running_paragraphs(el: HtmlElement, count: int) -> bool:
    """Whether ``el`` holds ``count`` paragraphs of running text (``MIN_LEAD_CHARS`` long, few
    links)."""
    paragraphs = 0
    for p in el.iter("p"):
        length = _text_len(p)
        if length >= rules.MIN_LEAD_CHARS and _link_density(p, length) < rules.SHORT_LINK_DENSITY:
            paragraphs += 1
            if paragraphs >= count:
                return True
    return False


# --------------------------------------------------------------------------- 2. score


def _text(el: HtmlElement) -> str:
    """``el.text_content()``, without an XPath call for an element without children."""
    return el.text_content() if len(el) else el.text or ""


def _own_text(el: HtmlElement) -> str:
    """Text of ``el`` outside its block children (a ``div`` used as a paragraph); empty at
    once for the usual container of blocks separated by white space."""
    block_tags = rules.BLOCK_TAGS
    text = el.text
    parts = [text] if text and not text.isspace() else []
    for child in el:
        tail = child.tail
        if child.tag not in block_tags:
            parts.append(_text(child))
        if tail and not tail.isspace():
            parts.append(tail)
    return " ".join(parts) if parts else ""


def _text_len(el: HtmlElement) -> int:
    return len(_text(el).strip())


def _link_density(el: HtmlElement, text_len: int | None = None) -> float:
    total = _text_len(el) if text_len is None else text_len
    if total == 0:
        return 1.0 if el.find(".//a") is not None else 0.0
    links = _LINKS(el)
    if not isinstance(links, list) or not links:
        return 0.0
    linked = "".join([_text(a) for a in links if isinstance(a, etree._Element)])
    return min(len(linked.strip()) / total, 1.0)


class _Texts:
    """Text lengths and link densities of the elements compared while choosing, each measured
    once (the same large containers are candidates, siblings and cousins)."""

    __slots__ = ("densities", "lengths")

    def __init__(self) -> None:
        self.lengths: dict[HtmlElement, int] = {}
        self.densities: dict[HtmlElement, float] = {}

    def length(self, el: HtmlElement) -> int:
        length = self.lengths.get(el)
        if length is None:
            length = self.lengths[el] = _text_len(el)
        return length

    def density(self, el: HtmlElement) -> float:
        density = self.densities.get(el)
        if density is None:
            density = self.densities[el] = _link_density(el, self.length(el))
        return density


def _class_weight(el: HtmlElement, listing: bool) -> float:
    """Class/id and tag hints; a ``listing`` element (one of many with the same body class, or
    one of many ``<article>``s: teasers) gets no body bonus."""
    names = _class_id(el)
    weight = 0.0
    if names:
        if not listing and rules.BODY_CLASS.search(names):
            weight += rules.BODY_CLASS_WEIGHT
        if rules.POSITIVE_CLASS.search(names):
            weight += rules.CLASS_WEIGHT
        if rules.NEGATIVE_CLASS.search(names):
            weight -= rules.CLASS_WEIGHT
    if not listing and el.tag in ("article", "main"):
        weight += rules.ARTICLE_TAG_WEIGHT
    return weight


class _Scores(dict[HtmlElement, float]):
    """Candidate scores, with what makes an element a listing rather than a body."""

    def __init__(self, listed: set[HtmlElement], many_articles: bool) -> None:
        super().__init__()
        self.listed = listed
        self.many_articles = many_articles

    def add(self, el: HtmlElement, gain: float) -> None:
        score = self.get(el)
        if score is not None:
            self[el] = score + gain
        else:
            listing = el in self.listed or (self.many_articles and el.tag == "article")
            self[el] = gain + _TAG_BASE.get(el.tag, 0.0) + _class_weight(el, listing)


def _score(root: HtmlElement, named: list[HtmlElement], texts: _Texts) -> dict[HtmlElement, float]:
    repeats = Counter(el.get("class") for el in named)
    # Many elements with one body class are teasers; one with a few words is a snippet (a
    # TYPO3 ``ce-bodytext`` in the footer): neither gets the body bonus.
    listed = {
        el
        for el in named
        if repeats[el.get("class")] > rules.MAX_BODY_REPEATS
        or texts.length(el) < rules.MIN_BODY_CHARS
    }
    many_articles = sum(1 for _ in root.iter("article")) > rules.MAX_BODY_REPEATS
    scores = _Scores(listed, many_articles)
    add = scores.add
    for el in named:
        # A body class is a candidate even when its text is not in paragraphs (a list post).
        length = texts.length(el)
        if el not in listed and length >= rules.MIN_BODY_CHARS and rules.MAX_NAMED_GAIN > 0:
            add(el, min(length / 100.0, rules.MAX_NAMED_GAIN))
    for el in root.iter(*_SCORING_TAGS):
        tag = el.tag
        container = tag in _TEXT_CONTAINER_TAGS  # else a scored tag: only those are iterated
        text = (_own_text(el) if container else _text(el)).strip()
        if len(text) < rules.MIN_PARAGRAPH_CHARS:
            continue
        gain = 1.0 + text.count(",") + text.count("，") + min(len(text) / 100.0, 3.0)
        parent = el.getparent()
        if container:
            # A div of bare text is itself a paragraph container.
            add(el, gain)
        if parent is None:
            continue
        add(parent, gain)
        grandparent = parent.getparent()
        if grandparent is not None:
            add(grandparent, gain * rules.GRANDPARENT_SHARE)
    return scores


# --------------------------------------------------------------------------- 3. choose


def _choose(
    root: HtmlElement, marked: list[HtmlElement], named: list[HtmlElement]
) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The containers of the article text, in document order, and the runners-up to try in
    turn when those hold no paragraph."""
    marked = [el for el in marked if el.getparent() is not None or el is root]
    # Outermost marked bodies only, in document order.
    outer = [el for el in marked if not any(a in marked for a in el.iterancestors())]
    texts = _Texts()
    if outer and sum(texts.length(el) for el in outer) >= rules.MIN_BODY_CHARS:
        return outer, []
    scores = _score(root, named, texts)
    if not scores:
        body = root.find("body")
        return ([body if body is not None else root] if _text_len(root) else []), []
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:8]
    final: list[tuple[HtmlElement, float]] = []
    for el, score in ranked:
        final.append((el, score * (1.0 - texts.density(el))))
    final.sort(key=lambda item: item[1], reverse=True)
    best, best_score = final[0]
    runners_up = [el for el, score in final[1:] if score > 0]
    # Raise the winner to a common ancestor when other strong candidates share it.
    strong = [el for el, score in final[1:] if score >= rules.STRONG_SHARE * best_score]
    if len(strong) >= 2:
        ancestors = list(best.iterancestors())
        for ancestor in ancestors:
            if ancestor.tag in ("body", "html"):
                break
            if sum(1 for el in strong if ancestor in set(el.iterancestors())) >= 2:
                best = ancestor
                break
    parent = best.getparent()
    if parent is None or best.tag in ("body", "html"):
        return [best], runners_up
    threshold = max(rules.MIN_SIBLING_SCORE, best_score * rules.SIBLING_SHARE)
    chosen: list[HtmlElement] = []
    for sibling in parent:
        if sibling is best:
            chosen.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        sibling_score = scores.get(sibling)
        if (
            sibling_score is not None
            and sibling_score * (1.0 - texts.density(sibling)) >= threshold
        ):
            chosen.append(sibling)
        elif sibling.tag == "p":
            length = texts.length(sibling)
            density = texts.density(sibling)
            short = rules.SHORT_BLOCK_CHARS
            if (length > short and density < rules.SHORT_LINK_DENSITY) or (
                0 < length <= short and density == 0 and "." in sibling.text_content()
            ):
                chosen.append(sibling)
    cousins = _cousins(best, chosen, scores, texts)
    if not cousins:
        return chosen, runners_up
    order = {el: index for index, el in enumerate(root.iter())}
    return sorted(chosen + cousins, key=lambda el: order.get(el, 0)), runners_up


_LEAD_TAGS = ("p", "div", "section", "header", "h2", "h3", "h4")


def _is_lead_name(cls: str | None, ident: str | None) -> bool:
    """Whether a class and id name an article's lead (``article__intro``, ``chapo``,
    ``DefaultEinleitung``)."""
    names = f"{cls} {ident}" if cls and ident else cls or ident or ""
    # Every word that :func:`_split_names` finds is in the names lowercased: most names hold
    # no lead's word, which one search tells.
    if rules.LEAD_HINT.search(names[: rules.MAX_CLASS_CHARS].lower()) is None:
        return False
    names = _split_names(cls, ident)
    previous = ""
    for word in rules.CLASS_WORD.findall(names):
        if word in rules.LEAD_KEYS or f"{previous}-{word}" in rules.LEAD_KEYS:
            return True
        previous = word
    return False


def _lead(container: HtmlElement) -> HtmlElement | None:
    """The article's lead (standfirst, chapo, intro) when the page sets it above the body's
    container, in the article's header: the last element before ``container``, within
    ``MAX_LEAD_DEPTH`` levels above it, that is named so (or is a paragraph of a ``<header>``)
    and has a lead's length and few links (no image: a lead image's caption is no lead)."""
    scope = container
    for _ in range(rules.MAX_LEAD_DEPTH):
        parent = scope.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        scope = parent
    if scope is container:
        return None
    above = set(container.iterancestors())
    found: HtmlElement | None = None
    for el in scope.iter(*_LEAD_TAGS):
        if el is container:
            break
        if el in above or (found is not None and found in el.iterancestors()):
            continue
        cls = el.get("class")
        ident = el.get("id")
        named = bool(cls or ident) and _is_lead_name(cls, ident)
        if not named and el.get("itemprop") == "description":
            named = True  # schema.org's description of the article: its lead
        if (named or (el.tag == "p" and _in_header(el, scope))) and _is_lead(el):
            found = el
    return found if found is not None else _named_lead(container, above)


def _named_lead(container: HtmlElement, above: set[HtmlElement]) -> HtmlElement | None:
    """The last element named as a lead between the headline (the last ``<h1>`` before
    ``container``) and ``container``, however far from it: pages set the header (headline and
    standfirst) and the body in separate rows or regions of the layout. None when no ``<h1>``
    comes before the body: without a headline to anchor it, a "summary" far above the body
    may be any teaser's."""
    root = container.getroottree().getroot()
    headline = False
    found: HtmlElement | None = None
    for el in root.iter("h1", *_LEAD_TAGS):
        if el is container:
            break
        if el.tag == "h1":
            headline = True
            found = None  # a lead follows its headline
            continue
        if not headline or el in above or (found is not None and found in el.iterancestors()):
            continue
        cls = el.get("class")
        ident = el.get("id")
        if (cls or ident) and _is_lead_name(cls, ident) and _is_lead(el):
            found = el
    return found


def _in_header(el: HtmlElement, scope: HtmlElement) -> bool:
    """Whether ``el`` sits in a ``<header>`` or ``<hgroup>`` inside ``scope``."""
    for ancestor in el.iterancestors():
        if ancestor is scope:
            return False
        if ancestor.tag in ("header", "hgroup"):
            return True
    return False


def _is_lead(el: HtmlElement) -> bool:
    """Whether ``el`` has a lead's length, few links, no image, and is no byline or date."""
    length = _text_len(el)
    if not rules.MIN_LEAD_TEXT <= length <= rules.MAX_LEAD_CHARS:
        return False
    if next(el.iter("img", "picture"), None) is not None:
        return False
    if length <= rules.MAX_META_LINE and _is_meta_line(_normalise(_text(el))):
        return False
    return _link_density(el, length) <= rules.SHORT_LINK_DENSITY


def _cousins(
    best: HtmlElement, chosen: list[HtmlElement], scores: dict[HtmlElement, float], texts: _Texts
) -> list[HtmlElement]:
    """Elements elsewhere in the page with the winner's tag and class: the body cut in chunks
    (``article__body`` sections between ads, ``post__content`` sections between figures)."""
    signature = best.get("class")
    if not signature:
        return []
    chosen_set = set(chosen)
    inside = set(chosen)
    for el in chosen:
        inside.update(el.iterancestors())
    found: list[HtmlElement] = []
    for el, score in scores.items():
        if el in inside or el.tag != best.tag or el.get("class") != signature:
            continue
        if score <= 0 or texts.density(el) > rules.MAX_LINK_DENSITY:
            continue
        if any(
            ancestor in chosen_set or ancestor.tag in _BOILERPLATE_TAGS
            for ancestor in el.iterancestors()
        ):
            # Already emitted with a chosen element, or in a page footer or sidebar kept for
            # its body class (a company profile set in the footer as ``richtext``).
            continue
        found.append(el)
    return [el for el in found if not any(a in found for a in el.iterancestors())]


def _prune(container: HtmlElement, boxes: list[tuple[HtmlElement, int]]) -> None:
    """Remove the boxes that pages set inside the article's text (``BOX_KEYS``): a teaser of
    another article, an info or contact box, a call to action, a disclaimer, a paywall prompt.
    Named so, they are furniture only inside the text (a teaser list elsewhere is no body, and
    ``teaser-text`` above the body is its lead). Kept: a box with most of the container's
    text (the text itself), a paywall box that holds running text (the locked part of the
    text), and a box that opens with "You may also like" (:func:`_tidy` cuts the text there)."""
    limit = -1.0  # computed when first needed
    removed: dict[HtmlElement, None] = {}  # in order; a dict to ask membership at once
    for el, kind in boxes:
        inside = False
        for ancestor in el.iterancestors():
            if ancestor is container:
                inside = True
                break
            if ancestor in removed:
                break
        if not inside:
            continue  # elsewhere in the page, removed as furniture, or inside a removed box
        if limit < 0:
            limit = rules.MAX_REMOVED_SHARE * _text_len(container)
        if _text_len(el) > limit or _opens_related(el):
            continue
        if kind == _LOCKED_BOX and _running_paragraphs(el, 1):
            continue
        removed[el] = None
    frames: dict[HtmlElement, None] = {}
    for el in removed:
        parent = el.getparent()
        _drop_tree(el)  # its tail stays
        if parent is not None and parent is not container:
            frames[parent] = None
    # Each frame once, with all its boxes gone (asking after each box made a page of
    # thousands of boxes in one frame quadratic).
    for parent in frames:
        if _text_len(parent) <= rules.MAX_RELATED_HEADING and parent.getparent() is not None:
            _drop_tree(parent)  # a frame left with the box's label ("Weitere Informationen")


def _opens_related(el: HtmlElement) -> bool:
    """Whether ``el``'s first line is a ``RELATED_HEADING`` ("Das könnte Sie auch
    interessieren"): left in place, it tells :func:`_tidy` where the other articles start."""
    for text in el.itertext():
        text = _normalise(text)
        if text:
            return len(text) <= rules.MAX_RELATED_HEADING and bool(
                rules.RELATED_HEADING.match(text)
            )
    return False


# --------------------------------------------------------------------------- 4. emit


def _normalise(text: str) -> str:
    if len(text) > rules.SPLIT_LIMIT:
        return rules.ODD_WHITESPACE.sub(" ", text).strip()
    return " ".join(text.split())


_BLOCK_TAGS = tuple(sorted(rules.BLOCK_TAGS))


def _block_holders(container: HtmlElement) -> set[HtmlElement]:
    """Every element of ``container`` (itself included) that holds a block element: found in
    one pass, instead of searching each element's descendants again."""
    holders: set[HtmlElement] = set()
    for block in container.iterdescendants(*_BLOCK_TAGS):
        parent = block.getparent()
        while parent is not None and parent not in holders:
            holders.add(parent)
            if parent is container:
                break
            parent = parent.getparent()
    return holders


def _is_block_child(child: HtmlElement, holders: set[HtmlElement]) -> bool:
    tag = child.tag
    return tag in rules.BLOCK_TAGS or tag in ("br", "img", "picture") or child in holders


_Item = tuple[str, object]


def _emit(container: HtmlElement) -> Iterator[Block]:
    """The blocks of ``container``, in reading order."""
    return _walk([("el", container)], _block_holders(container))


def _emit_children(el: HtmlElement, holders: set[HtmlElement]) -> Iterator[Block]:
    """The blocks of ``el``'s content, whatever ``el`` itself is."""
    return _walk(list(reversed(_split(el, holders))), holders)


def _walk(stack: list[_Item], holders: set[HtmlElement]) -> Iterator[Block]:
    emitted = 0  # characters of the paragraphs emitted
    while stack:
        kind, obj = stack.pop()
        if kind == "run":
            block = _paragraph(obj)  # type: ignore[arg-type]
            if block is not None:
                emitted += len(block.text)
                yield block
            continue
        el: HtmlElement = obj
        tag = el.tag
        if tag == "p" and _is_caption(el):
            figure = _caption_figure(el)
            if figure is not None:
                yield figure
        elif tag == "p" or tag in rules.HEADING_TAGS:
            if tag != "p" and ("id" in el.attrib or "class" in el.attrib) and _is_comments(el):
                # A heading named for comments (``h2#comments``, ``comments-title``) opens
                # the discussion: after the text, the rest of the container is the readers'.
                if emitted >= rules.MIN_LEAD_CHARS:
                    return
                continue
            if el in holders:
                stack.extend(reversed(_split(el, holders)))
            elif tag == "p":
                # Most paragraphs are bare text: no inline rendering needed.
                block = _paragraph([el]) if len(el) else _plain_paragraph(el.text)
                if block is not None:
                    emitted += len(block.text)
                    yield block
            else:
                text = _normalise(_text(el))
                if text and not _is_boilerplate_line(text) and not _is_link_title(el, text):
                    yield Heading(text=text, level=int(tag[1]))
        elif tag in ("ul", "ol"):
            if any(item in holders for item in el) or next(el.iter("img"), None) is not None:
                # Items made of blocks or images (a gallery, a list of cards): not a text list.
                stack.extend(reversed(_split(el, holders)))
                continue
            listed = _list(el)
            if listed is not None:
                yield listed
        elif tag == "blockquote":
            quote = _blockquote(el, holders)
            if quote is not None:
                yield quote
        elif tag == "figure":
            yield from _figure(el, holders)
        elif tag == "pre":
            text = el.text_content().strip("\n")
            if text.strip():
                yield Paragraph(text=text)
        elif tag in ("br", "hr", "img", "picture"):
            continue
        elif _is_caption(el):
            figure = _caption_figure(el)
            if figure is not None:
                yield figure
        else:
            stack.extend(reversed(_split(el, holders)))


def _split(el: HtmlElement, holders: set[HtmlElement]) -> list[_Item]:
    """Cut ``el``'s content into runs of inline content and block children, in order."""
    items: list[_Item] = []
    parts: list[object] = []
    solid = False  # whether ``parts`` holds more than white space (which makes no block)
    text = el.text
    if text:
        parts.append(text)
        solid = not text.isspace()
    for child in el:
        if isinstance(child.tag, str):
            if _is_block_child(child, holders):
                if solid:
                    items.append(("run", parts))
                parts = []
                solid = False
                items.append(("el", child))
            else:
                parts.append(child)
                solid = True
        tail = child.tail
        if tail:
            parts.append(tail)
            solid = solid or not tail.isspace()
    if solid:
        items.append(("run", parts))
    return items


class _Inline:
    """Inline content rendered to normalised text, with span offsets."""

    __slots__ = ("buf", "length", "space", "spans")

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.length = 0
        self.space = True
        self.spans: list[tuple[str, int, int, str | None]] = []

    def add(self, text: str) -> None:
        if not text:
            return
        if len(text) > rules.SPLIT_LIMIT:  # one regex pass: no list of a million words
            folded = rules.ODD_WHITESPACE.sub(" ", text)
            if self.space and folded[0] == " ":
                folded = folded[1:]
            if folded:
                self.buf.append(folded)
                self.length += len(folded)
                self.space = folded[-1] == " "
            return
        words = text.split()
        if not words:
            if not self.space:
                self.buf.append(" ")
                self.length += 1
                self.space = True
            return
        lead = " " if not self.space and text[0].isspace() else ""
        text = lead + " ".join(words) + (" " if text[-1].isspace() else "")
        self.buf.append(text)
        self.length += len(text)
        self.space = text[-1] == " "

    def newline(self) -> None:
        if self.buf and self.buf[-1].endswith(" "):
            self.buf[-1] = self.buf[-1][:-1]
            self.length -= 1
        if self.buf:
            self.buf.append("\n")
            self.length += 1
            self.space = True

    def element(self, el: HtmlElement) -> None:
        if not len(el) and el.tag not in rules.INLINE_SPAN_TAGS and el.tag != "br":
            if el.text:  # a plain paragraph: no walk needed
                self.add(el.text)
            return
        open_spans: list[tuple[str, int, str | None]] = []
        for event, node in etree.iterwalk(el, events=("start", "end")):
            tag = node.tag
            if event == "start":
                if tag == "br":
                    self.newline()
                kind = rules.INLINE_SPAN_TAGS.get(tag) if isinstance(tag, str) else None
                if kind == "link" and _is_named_anchor(node):
                    kind = None  # a target for links, not a link
                if kind is not None:
                    href = node.get("href") if kind == "link" else node.get("cite")
                    open_spans.append((kind, self.length, href))
                else:
                    open_spans.append(("", 0, None))
                if node.text and isinstance(tag, str):
                    self.add(node.text)
            else:
                kind, start, href = open_spans.pop()
                if kind:
                    self.spans.append((kind, start, self.length, href))
                if node is not el and node.tail:
                    self.add(node.tail)

    def text(self) -> tuple[str, tuple[Span, ...]]:
        text = "".join(self.buf)
        stripped = text.rstrip()
        end = len(stripped)
        spans = []
        for kind, start, stop, href in self.spans:
            stop = min(stop, end)
            if stop > start and stripped[start:stop].strip():
                spans.append(
                    Span(kind=SpanKind(kind), start=start, end=stop, href=_clean_url(href))
                )
        if len(spans) > 1:
            spans.sort(key=lambda span: (span.start, -span.end))
        return stripped, tuple(spans)


def _clean_url(href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip().replace(" ", "%20")
    if not href or len(href) > 8192 or href.lower().startswith("javascript:"):
        return None
    if rules.SPACE.search(href):
        href = "".join(href.split())
    return href or None


def _render(parts: list[object]) -> _Inline:
    inline = _Inline()
    for part in parts:
        if isinstance(part, str):
            inline.add(part)
        else:
            inline.element(part)
    return inline


def _paragraph(parts: list[object]) -> Paragraph | None:
    inline = _render(parts)
    text, spans = inline.text()
    if not text or _is_boilerplate_line(text):
        return None
    linked = sum(span.end - span.start for span in spans if span.kind is SpanKind.LINK)
    density = linked / len(text)
    if (
        (
            density > rules.MAX_LINK_DENSITY
            or (len(text) < rules.SHORT_BLOCK_CHARS and density > rules.SHORT_LINK_DENSITY)
        )
        and not _is_bare_address(text)  # a link that shows its address is no navigation
        and not _is_linked_sentence(text, spans, linked)
    ):
        return None
    return Paragraph(text=text, spans=spans)


def _is_linked_sentence(text: str, spans: tuple[Span, ...], linked: int) -> bool:
    """Whether a paragraph with much linked text is a sentence that links a few of its words
    (``Siehe Punkt 12 der <a>Datenschutzerklärung</a> – wird in Kürze bereitgestellt.``): it
    ends as a sentence does, has ``MIN_UNLINKED_CHARS`` of its own words besides the links,
    which a list of links with a label ("Read more: <a>…</a>") has not, and at most
    ``MAX_SENTENCE_LINKS`` links (a name's hover card or a contact line holds more)."""
    if len(text) - linked < rules.MIN_UNLINKED_CHARS or not text.endswith(rules.SENTENCE_ENDS):
        return False
    links = sum(1 for span in spans if span.kind is SpanKind.LINK)
    return links <= rules.MAX_SENTENCE_LINKS


def _is_bare_address(text: str) -> bool:
    """Whether ``text`` is only an e-mail address or a URL (``BARE_ADDRESS``)."""
    return (
        len(text) <= rules.MAX_META_LINE
        and " " not in text  # an address is one word
        and rules.BARE_ADDRESS.match(text) is not None
    )


def _plain_paragraph(text: str | None) -> Paragraph | None:
    """What :func:`_paragraph` makes of a paragraph of text without markup."""
    text = _normalise(text) if text else ""
    if not text or _is_boilerplate_line(text):
        return None
    return Paragraph(text=text, spans=())


def _is_link_title(el: HtmlElement, text: str) -> bool:
    """A heading that is one link: the title of another article (a teaser)."""
    linked = sum(len(_normalise(_text(a))) for a in el.iter("a") if not _is_named_anchor(a))
    return linked >= rules.LINKED_HEADING_SHARE * len(text)


def _is_named_anchor(el: HtmlElement) -> bool:
    """Whether an ``<a>`` is a named anchor (``<a name="wodarg">``, no ``href``): a target that
    links point to, which marks a passage of the text; no link. An ``<a>`` with neither is a
    scripted link (a button, a menu entry)."""
    attributes = el.attrib
    if "href" in attributes:
        return False
    name = attributes.get("name")
    return name is not None and bool(name.strip("#_-. "))  # not ``name="#"``


def _is_boilerplate_line(text: str) -> bool:
    if len(text) > rules.MAX_BOILERPLATE_LINE:
        return False
    return rules.BOILERPLATE_LINE.match(text) is not None


def _list(el: HtmlElement) -> ListBlock | None:
    items: list[str] = []
    total = 0
    for li in el:
        if li.tag != "li":
            continue
        text = _normalise(_text(li))
        if text:
            items.append(text)
            total += len(text)
    if not items:
        return None
    if _link_density(el, total) > rules.MAX_LINK_DENSITY:
        return None
    return ListBlock(items=tuple(items), ordered=el.tag == "ol")


def _blockquote(el: HtmlElement, holders: set[HtmlElement]) -> BlockQuote | None:
    attribution = None
    for footer in el.iter("footer", "cite"):
        attribution = _normalise(footer.text_content()) or None
        if footer.tag == "footer" or footer.getparent() is el:
            _drop_tree(footer)
        break
    paragraphs: list[str] = []
    for _, item in _split(el, holders):
        if isinstance(item, list):
            text, _spans = _render(item).text()
        else:
            text = _normalise(item.text_content()) if isinstance(item, HtmlElement) else ""
        if text:
            paragraphs.append(text)
    text = "\n\n".join(paragraphs)
    if not text:
        return None
    return BlockQuote(text=text, cite=_clean_url(el.get("cite")), attribution=attribution)


def _image_url(img: HtmlElement) -> str | None:
    for attribute in rules.IMAGE_SOURCES:
        value = (img.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return _clean_url(value)
    srcset = img.get("srcset") or img.get("data-srcset") or ""
    for candidate in srcset.split(","):  # "a.jpg 1x, b.jpg 2x": the first URL
        words = candidate.split()
        if words and not words[0].startswith("data:"):
            return _clean_url(words[0])
    return None


def _is_caption(el: HtmlElement) -> bool:
    if el.tag == "figcaption":  # outside a ``<figure>`` (inside, :func:`_figure` reads it)
        return not _has_long_text(el)
    cls = el.get("class")
    ident = el.get("id")
    if not cls and not ident:
        return False
    names = _names(cls, ident)
    return bool(names) and rules.CAPTION_CLASS.search(names) is not None and not _has_long_text(el)


def _has_long_text(el: HtmlElement) -> bool:
    """Whether ``el`` holds paragraphs (a caption class on a whole section is no caption)."""
    return sum(1 for _ in el.iter("p")) > rules.MAX_CAPTION_PARAGRAPHS


def _caption_figure(el: HtmlElement) -> Figure | None:
    """A caption outside ``<figure>``: a figure with the nearest image, or nothing (a caption
    is never body text)."""
    parent = el.getparent()
    img = next(parent.iter("img"), None) if parent is not None else None
    url = _image_url(img) if img is not None else None
    if url is None:
        return None
    credit = _take_credit(el)
    caption = _normalise(el.text_content()) or None
    alt = _normalise(img.get("alt") or "") or None if img is not None else None
    return Figure(image=Image(url=url, caption=caption, credit=credit, alt=alt))


def _take_credit(caption: HtmlElement) -> str | None:
    """The text of the first element inside ``caption`` whose class or id names a credit
    (``<span class="credit">``), removed from the caption so that its text is not read twice."""
    for sub in caption.iter():
        names = _class_id(sub) if isinstance(sub.tag, str) else ""
        if sub is not caption and names and rules.CREDIT_CLASS.search(names):
            credit = _normalise(sub.text_content()) or None
            _drop_tree(sub)
            return credit
    return None


def _figure(el: HtmlElement, holders: set[HtmlElement]) -> Iterator[Block]:
    img = next(el.iter("img"), None)
    caption_el = next(el.iter("figcaption"), None)
    credit = None
    caption = None
    if caption_el is not None:
        credit = _take_credit(caption_el)
        caption = _normalise(caption_el.text_content()) or None
    if img is None:
        # A figure without an image (a pull quote, a chart in text): read it as content.
        yield from _emit_children(el, holders)
        return
    url = _image_url(img)
    if url is None:
        return
    alt = _normalise(img.get("alt") or "") or None if img is not None else None
    yield Figure(image=Image(url=url, caption=caption, credit=credit, alt=alt))


_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters lxml's HTML parser keeps in text but refuses when the text is set again."""


def _drop_tree(element: HtmlElement) -> None:
    """``element.drop_tree()`` (its tail joins the text before it). lxml refuses to join texts
    that hold a control character its parser kept: then those characters are removed from the
    two texts joined, and only there."""
    try:
        element.drop_tree()
        return
    except ValueError:
        pass
    previous, parent = element.getprevious(), element.getparent()
    if element.tail:
        element.tail = _NOT_XML_CHARS.sub("", element.tail)
    if previous is not None:
        previous.tail = _NOT_XML_CHARS.sub("", previous.tail or "") or None
    elif parent is not None:
        parent.text = _NOT_XML_CHARS.sub("", parent.text or "") or None
    element.drop_tree()
