"""Sentence and paragraph spans of a text.

A paragraph is a line (news pages put one paragraph per line; blank lines
separate nothing more than a single line break does). A sentence ends at . ! ?
؟ ؛ or … followed by a space, or at a line end. A period after a single
capital letter (initials, "U.S.") or between digits does not end a sentence.
"""

from __future__ import annotations

import re

import regex

# A sentence end: terminal punctuation (and closing quotes) followed by whitespace or end of line.
# It never contains a line break, and its lookbehinds read the real text before it, so one pass
# over the whole text finds the same ends as a pass per line.
_END = regex.compile(r"(?<![\s.][A-Z])(?<!\d)[.!?؟؛…]+[\"'”’»)\]]*(?=\s|$)")


def _bmp_class(one_char: str) -> str:
    """The BMP code points that the ``regex`` pattern ``one_char`` matches, as a stdlib class body."""
    every = "".join(map(chr, range(0x10000)))
    spans = (m.span() for m in regex.finditer(f"(?:{one_char})+", every))
    return "".join(f"\\u{a:04x}" if b - a == 1 else f"\\u{a:04x}-\\u{b - 1:04x}" for a, b in spans)


# ``_END`` for the stdlib engine, 2x faster: it opens with the punctuation class, so the engine skips
# ahead by that class instead of trying the lookbehinds at every character; the lookbehinds, moved
# past the first mark, read the same two characters before it. ``\s`` and ``\d`` are read off
# ``regex`` itself, below U+10000; a text with a character above that is read by ``_END``.
_S, _D = _bmp_class(r"\s"), _bmp_class(r"\d")
_END_BMP = re.compile(rf"[.!?؟؛…](?<![{_S}.][A-Z].)(?<![{_D}].)[.!?؟؛…]*[\"'”’»)\]]*(?=[{_S}]|$)")
# ``_END_BMP`` for a text whose only terminal mark is the period (most pages): the same pattern with
# the mark classes narrowed to ".", which is all they can match there. A pattern opening with one
# literal character lets the engine skip ahead by a plain character search, 2x faster again.
_END_DOT = re.compile(rf"\.(?<![{_S}.][A-Z].)(?<![{_D}].)\.*[\"'”’»)\]]*(?=[{_S}]|$)")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text`` (a line of whitespace only is empty)."""
    # One split and a running offset: cheaper than a match object per line.
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line and not line.isspace():
            out.append((pos, end))
        pos = end + 1
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``; no sentence crosses a line break."""
    return paragraphs_and_sentences(text)[1]


def paragraphs_and_sentences(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``(paragraphs(text), sentences(text))`` in one pass of each regex."""
    paras = paragraphs(text)
    astral = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    if astral:
        end_rx = _END
    elif "!" in text or "?" in text or "؟" in text or "؛" in text or "…" in text:
        end_rx = _END_BMP
    else:
        end_rx = _END_DOT
    ends = [m.end() for m in end_rx.finditer(text)]
    out = []
    append = out.append
    k, n = 0, len(ends)
    for lo, hi in paras:
        while k < n and ends[k] <= lo:  # none: every end lies in a non-blank line
            k += 1
        start = lo
        while k < n and ends[k] <= hi:
            # a piece that ends in terminal punctuation is never blank
            append((start, ends[k]))
            start = ends[k]
            k += 1
        if start < hi and not text[start:hi].isspace():
            append((start, hi))
    return paras, out
