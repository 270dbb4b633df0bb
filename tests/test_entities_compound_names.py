"""Spanish surnames joined by ``y`` (``José Ortega y Gasset``) are one person, not two: a
list of two people has a given name after its joiner (``Juan Pablo Ramírez y Juan Esteban
Upegui``)."""

from __future__ import annotations

import pytest

from newsmodel import parse_text


def _names(text: str) -> list[str]:
    return [p.name for p in parse_text(text).people]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Filosofía\n\nEl libro de José Ortega y Gasset se publicó en 1914 en Madrid, con "
            "una tirada corta.\n",
            ["José Ortega y Gasset"],
        ),
        (
            "Fútbol\n\nLos goles de Juan Pablo Ramírez y Juan Esteban Upegui dieron la victoria "
            "al equipo el domingo.\n",
            ["Juan Pablo Ramírez", "Juan Esteban Upegui"],
        ),
    ],
    ids=["ortega-y-gasset", "two-people"],
)
def test_a_joiner_inside_a_surname_keeps_one_person(text: str, names: list[str]) -> None:
    assert _names(text) == names
