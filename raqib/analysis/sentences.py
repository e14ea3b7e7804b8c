"""Sentence and paragraph spans of a text.

A paragraph is a line (news pages put one paragraph per line; blank lines
separate nothing more than a single line break does). A sentence ends at . ! ?
؟ ؛ or … followed by a space, or at a line end. A period after a single
capital letter (initials, "U.S.") or between digits does not end a sentence.
"""

from __future__ import annotations

import regex

_LINE = regex.compile(r"[^\n]+")
# A sentence end: terminal punctuation (and closing quotes) followed by whitespace or end of line.
_END = regex.compile(r"(?<![\s.][A-Z])(?<!\d)[.!?؟؛…]+[\"'”’»)\]]*(?=\s|$)")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text``."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``; no sentence crosses a line break."""
    out = []
    for lo, hi in paragraphs(text):
        start = lo
        for m in _END.finditer(text, lo, hi):
            if text[start : m.end()].strip():
                out.append((start, m.end()))
            start = m.end()
        if text[start:hi].strip():
            out.append((start, hi))
    return out
