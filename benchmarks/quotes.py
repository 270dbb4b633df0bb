"""Score newsmodel's quote extraction on the German Wikinews and PolNeAR development splits.

Run from the checkout (the data is read in place from ../shared/bench/quotes, or from
$NEWSMODEL_SHARED/bench/quotes)::

    .venv/bin/python benchmarks/quotes.py            # both sets, figures beside the targets
    .venv/bin/python benchmarks/quotes.py --errors 5  # also print the 5 worst documents

How it scores (as ``DATA.md`` beside the data asks):

* Gold kinds, three as ``DATA.md`` splits them: *direct*, *partial* (partial or mixed) and
  *indirect*. A *mixed* quote is reported content that holds quotation marks but is not
  wholly enclosed by them (``PATTERNS.md`` §3.2.9); it is scored as *partial*, once, as the
  whole content: the marked fragments inside it are its parts, not items of their own.
  German Wikinews: an ``Indirect``, ``Reported``, ``FreeIndirect`` or
  ``IndirectFreeIndirect`` annotation is *partial* (mixed) when a ``Direct`` annotation lies
  inside its span and some word of it stands outside that quote, and then those ``Direct``
  annotations are its fragments (not scored apart); the other reported-speech annotations
  are *indirect*. Other ``Direct`` annotations are *direct*, or *partial* when they follow a
  word of their sentence (quoted words in the writer's sentence). PolNeAR: a content span
  held entirely by quotation marks is *direct*; one that holds a mark but is not enclosed by
  them is *partial* (mixed); the rest is *indirect*; two ASCII apostrophes (``''``, NYT
  text) are one double mark, and the turn of an interview transcript after its speaker's
  label (``"WALLACE: …``) is *direct*. PolNeAR files annotated by several annotators: the
  first file is used.
* Predicted kinds: a ``mixed`` quote is one *partial* item spanning its reported clause; its
  ``nested`` fragments are not scored (they would count its marked words twice). A
  ``partial`` quote standing alone is a *partial* item.
* Spans. Gold direct spans include the marks; predicted spans are widened to their marks.
  Overlap of a predicted and a gold span is ``|P ∩ G| / max(|P|, |G|)`` (both must cover the
  share); *exact* means equal after trimming spaces and punctuation at the ends. Matching is
  one-to-one per document, best overlap first, within a kind (and across kinds for "all").
* Speaker accuracy, on direct quotes matched at 30 %: the predicted speaker (the words as
  written, or the resolved entity's name or aliases) shares a content word with the gold
  speaker span. Quotes whose gold speaker is empty are left out.
* End-to-end F1 (direct): a quote counts when matched at 80 % with a correct speaker.
* Throughput: bytes of UTF-8 text read per second of CPU time (``time.process_time``, so other
  jobs on a shared machine count less than in wall time) by ``extract_quotes`` on one core;
  the fastest of ``--repeat`` passes over the set (3 by default, as ``timeit`` takes the best
  run), the first (scored) pass shown beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsmodel import Quote, extract_quotes

TARGET_F1_80 = 0.88
TARGET_SPEAKER = 0.90
TARGET_MB_S = 2.0
GGT_F1_80 = 0.761
GGT_SPEAKER = 0.865
KINDS = ("direct", "partial", "indirect")
THRESHOLDS = (0.3, 0.8)

_MARKS = "\"'«»“”„‚‘’‹›「」『』"
_TRIM = re.compile(rf"^[\s{re.escape(_MARKS)},.;:!?—–-]+|[\s{re.escape(_MARKS)},.;:!?—–-]+$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einem",
        "le",
        "la",
        "les",
        "un",
        "une",
        "of",
        "von",
    ]
)


@dataclass
class Item:
    """A quote (gold or predicted) as character spans in the document."""

    kind: str
    spans: list[tuple[int, int]]
    speaker: str = ""
    speaker_forms: tuple[str, ...] = ()

    @property
    def chars(self) -> set[int]:
        out: set[int] = set()
        for a, b in self.spans:
            out.update(range(a, b))
        return out


@dataclass
class Doc:
    name: str
    text: str
    gold: list[Item]


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Scores:
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    speaker_ok: int = 0
    speaker_total: int = 0
    e2e: Tally = field(default_factory=Tally)
    seconds: float = 0.0
    bytes: int = 0
    best_seconds: float = 0.0
    """CPU seconds of the fastest pass (:func:`best_pass`); 0 when only one pass ran."""
    passes: int = 1
    per_doc: list[tuple[str, int, int, int]] = field(default_factory=list)

    def tally(self, kind: str, level: str) -> Tally:
        return self.tallies.setdefault((kind, level), Tally())

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_total if self.speaker_total else 0.0

    @property
    def mb_per_s(self) -> float:
        seconds = self.best_seconds or self.seconds
        return self.bytes / 1e6 / seconds if seconds else 0.0

    @property
    def first_mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0


# --------------------------------------------------------------------------- data


def data_dir() -> Path | None:
    """The quotes benchmark folder, or None when ../shared is absent."""
    env = os.environ.get("NEWSMODEL_SHARED")
    roots = [Path(env)] if env else []
    roots.append(Path(__file__).resolve().parents[2] / "shared")
    for root in roots:
        if (root / "bench" / "quotes").is_dir():
            return root / "bench" / "quotes"
    return None


def load_wikinews(folder: Path) -> list[Doc]:
    """German Wikinews dev documents with gold quotes."""
    docs: list[Doc] = []
    for path in sorted((folder / "german-wikinews-2024" / "dev").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text: str = data["originalText"]
        annotations = [
            (ann, [(s["charBegin"], s["charEnd"]) for s in ann["quote"]["spans"]])
            for ann in data["annotations"]
        ]
        annotations = [(ann, spans) for ann, spans in annotations if spans]
        marked = [spans for ann, spans in annotations if ann["type"] == "Direct"]
        fragments: set[int] = set()  # id() of the Direct spans that are part of a mixed quote
        gold: list[Item] = []
        for ann, spans in annotations:
            if ann["type"] == "Direct":
                continue
            inside = [m for m in marked if spans[0][0] <= m[0][0] and m[-1][1] <= spans[-1][1]]
            mixed = bool(inside) and _words_outside(text, spans, inside)
            if mixed:
                fragments.update(id(m) for m in inside)
            gold.append(Item("partial" if mixed else "indirect", spans, ann["speaker"]["text"]))
        for ann, spans in annotations:
            if ann["type"] == "Direct" and id(spans) not in fragments:
                embedded = _embedded(text, spans[0][0], spans[-1][1])
                label = "partial" if embedded else "direct"
                gold.append(Item(label, spans, ann["speaker"]["text"]))
        docs.append(Doc(path.stem, text, gold))
    return docs


def _words_outside(
    text: str, spans: Sequence[tuple[int, int]], inside: Sequence[Sequence[tuple[int, int]]]
) -> bool:
    """True when the reported content ``spans`` holds a word outside the marked quotes
    ``inside`` it: it is not wholly in quotation marks."""
    chars = [text[i] for a, b in spans for i in range(a, b)]
    offsets = [i for a, b in spans for i in range(a, b)]
    quoted = {i for m in inside for a, b in m for i in range(a, b)}
    outside = "".join(" " if i in quoted else ch for i, ch in zip(offsets, chars, strict=True))
    return _WORD.search(outside) is not None


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…:—–]|[.!?…][\"“”»«]|\n)\s*$")


def _embedded(text: str, start: int, end: int) -> bool:
    """A marked quote that follows a word of its sentence (not a colon, a dash or the
    sentence's start): quoted words inside the writer's sentence (*partial*)."""
    before = text[max(0, start - 3) : start]
    return not (start == 0 or _SENTENCE_OPEN.search(before))


def load_polnear(folder: Path) -> list[Doc]:
    """PolNeAR dev documents with gold attributions."""
    base = folder / "polnear" / "dev"
    docs: list[Doc] = []
    annotations = sorted((base / "attributions").glob("*.ann"))
    by_text: dict[str, Path] = {}
    for ann in annotations:
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        by_text.setdefault(stem, ann)
    for text_path in sorted((base / "text").glob("*.txt")):
        ann_path = by_text.get(text_path.stem)
        if ann_path is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        docs.append(Doc(text_path.stem, text, _read_brat(ann_path, text)))
    return docs


def _read_brat(path: Path, text: str) -> list[Item]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pieces = []
            for chunk in offsets.split(";"):
                a, b = chunk.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = (label, pieces)
        elif parts[0].startswith("E") and len(parts) >= 2:
            relations.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    gold: list[Item] = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        pieces = content[1]
        source = spans.get(rel.get("Source", ""))
        speaker = " ".join(text[a:b] for a, b in source[1]) if source else ""
        gold.append(Item(_polnear_kind(text, pieces), pieces, speaker))
    return gold


_TURN_BEFORE = re.compile(r'(?:^|\n)["“]?(?:[QA]|[A-Z][A-Z.\'’ -]*[A-Z]): *$')


def _polnear_kind(text: str, pieces: Sequence[tuple[int, int]]) -> str:
    """direct when the content opens and closes with a quotation mark (a mark just outside
    the annotated span counts: annotators sometimes leave it out), partial when it holds a
    mark otherwise, indirect without marks."""
    if _TURN_BEFORE.search(text, max(0, pieces[0][0] - 40), pieces[0][0]):
        return "direct"  # a transcript turn: verbatim, its label in place of marks
    text = text.replace("''", '""')  # NYT text prints a double mark as two apostrophes
    content = " ".join(text[a:b] for a, b in pieces)
    opening = '"“”'
    closing = '"”'
    if not any(m in content for m in '"“”'):
        before = text[pieces[0][0] - 1 : pieces[0][0]]
        after = text[pieces[-1][1] : pieces[-1][1] + 1]
        if not (before in opening and after in closing and before and after):
            return "indirect"
    first_start = pieces[0][0]
    while first_start < len(text) and text[first_start].isspace():
        first_start += 1
    last_end = pieces[-1][1]
    while last_end > 0 and text[last_end - 1] in " \n\t.,;:":
        last_end -= 1
    starts = text[first_start : first_start + 1] in opening or (
        first_start > 0 and text[first_start - 1] in opening
    )
    ends = text[last_end - 1 : last_end] in closing or text[last_end : last_end + 1] in closing
    return "direct" if starts and ends else "partial"


# --------------------------------------------------------------------------- predicting


def paragraphs(text: str) -> tuple[list[str], list[int]]:
    """Split on line breaks, keeping each paragraph's offset in the document."""
    blocks: list[str] = []
    offsets: list[int] = []
    for match in re.finditer(r"[^\n]+", text):
        blocks.append(match.group())
        offsets.append(match.start())
    return blocks, offsets


def predict(text: str, language: str, *, group: bool = False) -> tuple[list[Item], float]:
    """Predicted quotes of one document as document spans (widened to their marks).

    With ``group``, a quote that runs on after its cue with the same speaker (``“A,” he
    said. “B.”``, also after a partial quote: ``It was “too little,” he added. “B.”``) joins
    the marked quote before it as one item of several spans, of that quote's kind: the unit
    PolNeAR annotates (one attribution, several contents). Also returns the CPU seconds that
    ``extract_quotes`` took (the rest is the benchmark's own work)."""
    blocks, offsets = paragraphs(text)
    items: list[Item] = []
    previous: tuple[Quote, Item] | None = None  # the last marked quote and its item
    started = time.process_time()
    quotes = extract_quotes(blocks, language=language)
    seconds = time.process_time() - started
    for quote in quotes:
        item = _item(quote, blocks, offsets)
        if (
            group
            and previous is not None
            and _runs_on(previous[0], quote)
            and item.spans[0][0] - previous[1].spans[-1][1] <= 250
        ):
            previous[1].spans.extend(item.spans)
            item = previous[1]
        else:
            items.append(item)
        if quote.kind.value != "indirect":
            previous = (quote, item)
    return items, seconds


def _runs_on(first: Quote, second: Quote) -> bool:
    return (
        first.kind.value in {"direct", "partial", "mixed"}
        and second.kind.value == "direct"
        and first.block == second.block
        and bool(first.speaker_text)
        and first.speaker_text == second.speaker_text
        and (second.cue is None or second.cue == first.cue)
    )


def _item(quote: Quote, blocks: Sequence[str], offsets: Sequence[int]) -> Item:
    base = offsets[quote.block]
    start = base + quote.start
    end_base = offsets[quote.end_block] if quote.end_block is not None else base
    end = end_base + quote.end
    block_text = blocks[quote.block]
    if quote.open_mark is not None:
        mark = block_text.rfind(quote.open_mark, 0, quote.start + 1)
        if mark >= 0:
            start = base + mark
    if quote.close_mark is not None:
        last = blocks[quote.end_block if quote.end_block is not None else quote.block]
        mark = last.find(quote.close_mark, quote.end)
        if mark >= 0:
            end = end_base + mark + 1
    forms: list[str] = []
    if quote.speaker_text:
        forms.append(quote.speaker_text)
    if quote.speaker is not None:
        forms.append(quote.speaker.name)
        forms.extend(quote.speaker.aliases)
        forms.extend(getattr(quote.speaker, "acronyms", ()))
    kind = "partial" if quote.kind.value == "mixed" else quote.kind.value
    return Item(kind, [(start, end)], quote.speaker_text or "", tuple(forms))


# --------------------------------------------------------------------------- scoring


def _overlap(a: Item, b: Item) -> float:
    ca, cb = a.chars, b.chars
    if not ca or not cb:
        return 0.0
    return len(ca & cb) / max(len(ca), len(cb))


def _exact(a: Item, b: Item, text: str) -> bool:
    ta = _TRIM.sub("", " ".join(text[x:y] for x, y in a.spans))
    tb = _TRIM.sub("", " ".join(text[x:y] for x, y in b.spans))
    return ta == tb


def _match(pred: Sequence[Item], gold: Sequence[Item], threshold: float) -> list[tuple[Item, Item]]:
    pairs = []
    for p in pred:
        for g in gold:
            score = _overlap(p, g)
            if score >= threshold:
                pairs.append((score, id(p), id(g), p, g))
    pairs.sort(key=lambda item: -item[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _score, ip, ig, p, g in pairs:
        if ip in used_p or ig in used_g:
            continue
        used_p.add(ip)
        used_g.add(ig)
        out.append((p, g))
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _STOP


def speaker_correct(pred: Item, gold: Item) -> bool:
    """The predicted speaker (as written or resolved) shares a content word with the gold."""
    gold_words = _words(gold.speaker)
    return any(_words(form) & gold_words for form in pred.speaker_forms)


def score(
    docs: Iterable[Doc],
    language: str,
    errors: list[tuple[str, int, int]] | None = None,
    *,
    group: bool = False,
) -> Scores:
    """Run extract_quotes on each document and score it against the gold quotes."""
    scores = Scores()
    for doc in docs:
        pred, seconds = predict(doc.text, language, group=group)
        scores.seconds += seconds
        scores.bytes += len(doc.text.encode("utf-8"))
        misses = 0
        for kind in (*KINDS, "all"):
            p_items = [p for p in pred if kind in {"all", p.kind}]
            g_items = [g for g in doc.gold if kind in {"all", g.kind}]
            for threshold in THRESHOLDS:
                matched = _match(p_items, g_items, threshold)
                scores.tally(kind, f"{threshold:.0%}").add(len(matched), len(p_items), len(g_items))
                if kind == "direct" and threshold == 0.8:
                    misses = len(p_items) + len(g_items) - 2 * len(matched)
            exact = [pg for pg in _match(p_items, g_items, 0.3) if _exact(*pg, doc.text)]
            scores.tally(kind, "exact").add(len(exact), len(p_items), len(g_items))
        p_direct = [p for p in pred if p.kind == "direct"]
        g_direct = [g for g in doc.gold if g.kind == "direct"]
        for p, g in _match(p_direct, g_direct, 0.3):
            if g.speaker.strip():
                scores.speaker_total += 1
                scores.speaker_ok += speaker_correct(p, g)
        good = [
            (p, g)
            for p, g in _match(p_direct, g_direct, 0.8)
            if not g.speaker.strip() or speaker_correct(p, g)
        ]
        scores.e2e.add(len(good), len(p_direct), len(g_direct))
        if errors is not None:
            errors.append((doc.name, misses, len(g_direct)))
    return scores


# --------------------------------------------------------------------------- report


def best_pass(docs: Sequence[Doc], language: str, repeat: int) -> float:
    """CPU seconds of the fastest of ``repeat`` passes of ``extract_quotes`` over ``docs``."""
    inputs = [paragraphs(doc.text)[0] for doc in docs]
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for blocks in inputs:
            extract_quotes(blocks, language=language)
        best = min(best, time.process_time() - started)
    return best


def _report(name: str, scores: Scores) -> None:
    print(f"\n== {name}")
    print(f"{'kind':<9} {'level':<6} {'P':>6} {'R':>6} {'F1':>6}   gold  pred")
    for kind in (*KINDS, "all"):
        for level in ("30%", "80%", "exact"):
            t = scores.tally(kind, level)
            p, r, f = t.prf()
            print(f"{kind:<9} {level:<6} {p:6.3f} {r:6.3f} {f:6.3f}  {t.gold:5d} {t.pred:5d}")
    f80 = scores.tally("direct", "80%").prf()[2]
    sp = scores.speaker_accuracy
    e2e = scores.e2e.prf()[2]
    print(
        f"direct F1@80%   {f80:.3f}   target >= {TARGET_F1_80:.2f} "
        f"{'MET' if f80 >= TARGET_F1_80 else 'not met'}   (SFU GGT, English news: {GGT_F1_80:.3f})"
    )
    print(
        f"speaker acc.    {sp:.3f}   target >= {TARGET_SPEAKER:.2f} "
        f"{'MET' if sp >= TARGET_SPEAKER else 'not met'}   (SFU GGT: {GGT_SPEAKER:.3f}; "
        f"{scores.speaker_ok}/{scores.speaker_total})"
    )
    print(f"end-to-end F1   {e2e:.3f}   (direct quote at 80 % with the right speaker)")
    print(
        f"throughput      {scores.mb_per_s:.2f} MB/s per core   target >= {TARGET_MB_S:.1f} "
        f"{'MET' if scores.mb_per_s >= TARGET_MB_S else 'not met'}"
        f"   (CPU time, best of {scores.passes} passes; first pass "
        f"{scores.first_mb_per_s:.2f} MB/s; {scores.bytes / 1e6:.2f} MB)"
    )


SETS = (
    ("German Wikinews 2024, dev", load_wikinews, "de", False),
    ("PolNeAR, dev", load_polnear, "en", True),
)
"""(name, loader, language, group run-on quotes as one attribution)."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print the N worst documents")
    parser.add_argument(
        "--repeat", type=int, default=3, help="time the fastest of N passes (default 3)"
    )
    args = parser.parse_args(argv)
    folder = data_dir()
    if folder is None:
        print("../shared/bench/quotes is absent (set NEWSMODEL_SHARED)", file=sys.stderr)
        return 2
    for name, loader, language, group in SETS:
        docs = loader(folder)
        errors: list[tuple[str, int, int]] = []
        scores = score(docs, language, errors, group=group)
        if args.repeat > 1:
            scores.best_seconds = min(scores.seconds, best_pass(docs, language, args.repeat - 1))
            scores.passes = args.repeat
        _report(f"{name} ({len(docs)} documents)", scores)
        if args.errors:
            for doc_name, misses, gold in sorted(errors, key=lambda e: -e[1])[: args.errors]:
                print(f"  {misses:3d} direct errors / {gold:3d} gold  {doc_name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
