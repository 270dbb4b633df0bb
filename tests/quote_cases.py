"""What the quote tests compare: the reported speech read from a text, as plain tuples."""

from __future__ import annotations

from newsmodel import QuoteKind, extract_quotes


def indirect_quotes(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    """``(text, speaker_text, cue)`` of each ``indirect`` quote of ``text``, in order."""
    return [
        (q.text, q.speaker_text, q.cue)
        for q in extract_quotes(text, language=language)
        if q.kind is QuoteKind.INDIRECT
    ]
