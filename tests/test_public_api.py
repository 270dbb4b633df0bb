"""The public API is exactly ``newsmodel.__all__`` (httpx-style guard)."""

from __future__ import annotations

import newsmodel


def test_all_is_sorted_and_complete() -> None:
    public = {name for name in vars(newsmodel) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(newsmodel, name)).__name__ == "module"}
    assert len(set(newsmodel.__all__)) == len(newsmodel.__all__)  # ruff RUF022 keeps the order
    assert set(newsmodel.__all__) == (public - modules - {"annotations", "logging"}) | {
        "__version__"
    }


def test_contract_names_are_exported() -> None:
    for name in (
        "parse_text",
        "to_text",
        "parse_html",
        "to_html",
        "extract_quotes",
        "to_ninjs",
        "to_nitf",
        "to_jsonld",
        "NewsModelError",
    ):
        assert callable(getattr(newsmodel, name)), name


def test_every_error_descends_from_the_root() -> None:
    errors = [getattr(newsmodel, n) for n in newsmodel.__all__ if n.endswith(("Error", "Failed"))]
    assert errors
    for error in errors:
        assert issubclass(error, newsmodel.NewsModelError), error
