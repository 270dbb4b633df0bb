"""Configuration of ``newsmodel validate``: ``[tool.newsmodel.validate]`` and the command line.

Selection works as in ruff: ``select`` and ``ignore`` take codes or prefixes (``NM1``,
``NM14``, ``NM141``); for each code the most specific matching entry wins, and ``ignore`` wins a
tie. Entries that match no code, unknown severities and unknown keys are errors
(:class:`ConfigError`, exit 2), never silently ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsmodel._rules_validate import RULES, RULES_BY_CODE
from newsmodel.errors import NewsModelError, Severity

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FAIL_ON_CHOICES",
    "ConfigError",
    "ValidateConfig",
    "find_pyproject",
    "load_config",
]

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""Largest JSON file, or JSON Lines line, that validate reads (16 MiB)."""

FAIL_ON_CHOICES: tuple[str, ...] = ("error", "warning", "info", "never")
"""Values of ``fail-on``: the lowest severity that makes the run fail, or ``never``."""

_RANK: Mapping[Severity, int] = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
_KEYS = frozenset({"select", "extend-select", "ignore", "severity", "fail-on", "max-bytes"})


class ConfigError(NewsModelError, ValueError):
    """The configuration of ``newsmodel validate`` is wrong (a usage error: exit 2)."""


@dataclass(frozen=True)
class ValidateConfig:
    """Which rules run, how much each matters, and what fails the run."""

    select: tuple[str, ...] = ("NM",)
    """Codes or prefixes to report (default: all)."""
    ignore: tuple[str, ...] = ()
    """Codes or prefixes not to report; the more specific of select and ignore wins."""
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Severity overrides by full code."""
    fail_on: Severity | None = Severity.ERROR
    """The lowest severity that fails the run; ``None`` never fails on a diagnostic."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest JSON file or JSON Lines line read."""
    now: datetime | None = None
    """The time dates are checked against (naive UTC); ``None`` for the clock."""

    def __post_init__(self) -> None:
        # Plain strings are accepted for convenience ("NM1", "warning") and checked here.
        for entry in (*self.select, *self.ignore):
            _check_selector(entry)
        levels = _parse_severities(self.severity, "severity")
        object.__setattr__(self, "severity", levels)
        if self.fail_on is not None and not isinstance(self.fail_on, Severity):
            object.__setattr__(self, "fail_on", _parse_fail_on(self.fail_on, "fail_on"))
        if self.max_bytes < 1:
            raise ConfigError(f"max-bytes must be at least 1, got {self.max_bytes}")

    def enabled(self) -> frozenset[str]:
        """The codes this configuration reports."""
        return frozenset(rule.code for rule in RULES if self._selected(rule.code))

    def _selected(self, code: str) -> bool:
        chosen = max((len(s) for s in self.select if _matches(s, code)), default=-1)
        dropped = max((len(s) for s in self.ignore if _matches(s, code)), default=-1)
        return chosen > dropped

    def severity_of(self, code: str) -> Severity:
        """The severity ``code`` is reported with."""
        return self.severity.get(code) or RULES_BY_CODE[code].severity

    def fails(self, severity: Severity) -> bool:
        """True when a diagnostic of ``severity`` fails the run."""
        return self.fail_on is not None and _RANK[severity] >= _RANK[self.fail_on]

    def clock(self) -> datetime:
        """``now``, or the current time as naive UTC."""
        return self.now or datetime.now(UTC).replace(tzinfo=None)

    def with_options(
        self,
        *,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        severity: Mapping[str, str] | None = None,
        fail_on: str | None = None,
        max_bytes: int | None = None,
    ) -> ValidateConfig:
        """This configuration with command-line options applied over it."""
        levels = dict(self.severity)
        levels.update(_parse_severities(severity or {}, "--severity"))
        return replace(
            self,
            select=tuple(_codes(select, "--select")) if select is not None else self.select,
            ignore=(*self.ignore, *_codes(ignore, "--ignore")),
            severity=levels,
            fail_on=_parse_fail_on(fail_on, "--fail-on") if fail_on else self.fail_on,
            max_bytes=max_bytes if max_bytes is not None else self.max_bytes,
        ).extended(_codes(extend_select, "--extend-select"))

    def extended(self, codes: Iterable[str]) -> ValidateConfig:
        """This configuration with ``codes`` added to ``select``."""
        extra = tuple(codes)
        return replace(self, select=(*self.select, *extra)) if extra else self


def _matches(selector: str, code: str) -> bool:
    return selector == "ALL" or code.startswith(selector)


def _check_selector(entry: str, where: str = "") -> None:
    if not isinstance(entry, str) or not any(_matches(entry, rule.code) for rule in RULES):
        prefix = f"{where}: " if where else ""
        raise ConfigError(
            f"{prefix}unknown rule code or prefix {entry!r} "
            f"(codes are {RULES[0].code}..{RULES[-1].code}; see `newsmodel validate --list-rules`)"
        )


def _codes(values: Iterable[str] | None, where: str) -> list[str]:
    out: list[str] = []
    for value in values or ():
        for part in str(value).split(","):
            part = part.strip().upper()
            if part:
                _check_selector(part, where)
                out.append(part)
    return out


def _parse_level(value: object, where: str) -> Severity:
    if isinstance(value, Severity):
        return value
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise ConfigError(
            f"{where}: unknown severity {value!r} (use error, warning or info)"
        ) from None


def _parse_severities(values: Mapping[str, object], where: str) -> dict[str, Severity]:
    out: dict[str, Severity] = {}
    for code, level in values.items():
        key = code.strip().upper()
        if key not in RULES_BY_CODE:
            raise ConfigError(f"{where}: unknown rule code {code!r}")
        out[key] = _parse_level(level, f"{where} {key}")
    return out


def _parse_fail_on(value: object, where: str) -> Severity | None:
    text = str(value).lower()
    if text == "never":
        return None
    if text not in FAIL_ON_CHOICES:
        raise ConfigError(f"{where}: {value!r} is not one of {', '.join(FAIL_ON_CHOICES)}")
    return Severity(text)


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` in ``start`` or a folder above it."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError as exc:  # TOML is UTF-8; tomllib lets the decode error through
        raise ConfigError(
            f"{path}: invalid TOML: not UTF-8 (byte 0x{exc.object[exc.start]:02x} "
            f"at offset {exc.start})"
        ) from None
    return data


def load_config(path: Path | None = None, *, start: Path | None = None) -> ValidateConfig:
    """The configuration in ``[tool.newsmodel.validate]`` of ``path``.

    Without ``path``, the nearest ``pyproject.toml`` from ``start`` (default: the current
    folder) upwards is read; with none found, or no such table, the defaults apply.
    """
    if path is None:
        path = find_pyproject(start or Path.cwd())
        if path is None:
            return ValidateConfig()
    data = _read_toml(path)
    tool = data.get("tool", {})
    newsmodel = tool.get("newsmodel", {}) if isinstance(tool, dict) else {}
    table = newsmodel.get("validate", {}) if isinstance(newsmodel, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.newsmodel.validate] must be a table")
    where = f"{path} [tool.newsmodel.validate]"
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        known = ", ".join(sorted(_KEYS))
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: {known})")
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{where}: severity must be a table of code = level")
    max_bytes = table.get("max-bytes", DEFAULT_MAX_BYTES)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool):
        raise ConfigError(f"{where}: max-bytes must be an integer, got {max_bytes!r}")
    if max_bytes < 1:
        raise ConfigError(f"{where}: max-bytes must be at least 1, got {max_bytes}")
    config = ValidateConfig(
        select=tuple(_codes(_list(table, "select", where), f"{where} select"))
        if "select" in table
        else ("NM",),
        ignore=tuple(_codes(_list(table, "ignore", where), f"{where} ignore")),
        severity=_parse_severities(severity, f"{where} severity"),
        fail_on=_parse_fail_on(table["fail-on"], f"{where} fail-on")
        if "fail-on" in table
        else Severity.ERROR,
        max_bytes=max_bytes,
    )
    return config.extended(_codes(_list(table, "extend-select", where), f"{where} extend-select"))


def _list(table: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of rule codes")
    return value
