"""Quality floors for quote extraction on the development sets in ../shared/bench/quotes.

The scoring is benchmarks/quotes.py's (read its docstring). Floors sit a little under the
figures measured when they were set, so a change that makes extraction worse fails here.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from .scripts import load_script

# (set, direct-quote F1 at 80 % overlap, speaker accuracy, partial/mixed F1 at 30 %, indirect
# F1 at 30 %; measured 0.924/0.932/0.667/0.580 (German) and 0.900/0.959/0.695/0.406
# (PolNeAR) with verbs of belief, German sources inside their clause, English relative
# clauses as reported speech, German speakerless reports: demnach, es wird befürchtet, so wird
# gesagt, heißt es, and compound source nouns)
FLOORS = {
    "de": (0.90, 0.90, 0.65, 0.575),
    "en": (0.88, 0.94, 0.68, 0.39),
}


def _benchmark() -> ModuleType:
    return load_script("benchmarks/quotes.py", "newsmodel_quotes_benchmark")


@pytest.fixture(scope="module")
def bench(shared: Path) -> ModuleType:
    if not (shared / "bench" / "quotes").is_dir():
        pytest.skip("../shared/bench/quotes is absent")
    return _benchmark()


@pytest.mark.parametrize("language", ["de", "en"])
def test_quality_floor(bench: ModuleType, shared: Path, language: str) -> None:
    folder = shared / "bench" / "quotes"
    name, loader, lang, group = next(s for s in bench.SETS if s[2] == language)
    docs = loader(folder)
    assert len(docs) > 50, name
    scores = bench.score(docs, lang, group=group)
    f1_floor, speaker_floor, partial_floor, indirect_floor = FLOORS[language]
    f1 = scores.tally("direct", "80%").prf()[2]
    partial = scores.tally("partial", "30%").prf()[2]
    indirect = scores.tally("indirect", "30%").prf()[2]
    assert f1 >= f1_floor, f"{name}: direct F1@80% {f1:.3f} < {f1_floor}"
    assert scores.speaker_accuracy >= speaker_floor, (
        f"{name}: speaker accuracy {scores.speaker_accuracy:.3f} < {speaker_floor}"
    )
    assert partial >= partial_floor, f"{name}: partial F1@30% {partial:.3f} < {partial_floor}"
    assert indirect >= indirect_floor, f"{name}: indirect F1@30% {indirect:.3f} < {indirect_floor}"


def test_scorer_matches_spans_one_to_one(bench: ModuleType) -> None:
    gold = [bench.Item("direct", [(0, 10)], "Jane Doe"), bench.Item("direct", [(20, 30)])]
    pred = [
        bench.Item("direct", [(0, 10)], "Doe", ("Jane Doe",)),
        bench.Item("direct", [(1, 9)], "x", ("x",)),
    ]
    pairs = bench._match(pred, gold, 0.8)
    assert len(pairs) == 1
    assert bench.speaker_correct(pairs[0][0], pairs[0][1])
    assert bench._polnear_kind("“All of it,” he said.", [(0, 12)]) == "direct"
    assert bench._polnear_kind("that it was “true.”", [(0, 19)]) == "partial"
    assert bench._polnear_kind("that it was true", [(0, 16)]) == "indirect"
