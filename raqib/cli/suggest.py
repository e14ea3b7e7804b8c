"""`raqib rules suggest`: the Arabic spellings a Latin name would match."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rich.console import Console

from raqib.analysis import translit
from raqib.analysis.affixes import clitic_readings
from raqib.analysis.tokens import tokenize, words


def suggest(name: str, articles: Path | None, out: Console) -> None:
    """Print generated spellings, and with ``articles`` the spellings found there."""
    out.print(f"{name} would match, by transliteration:", markup=False)
    for spelling in translit.arabic_spellings(name):
        out.print(f"  {spelling}", markup=False)
    if articles is None:
        return
    wanted = [translit.phonetic_key(w) for w in translit.merge_article(words(name))]
    if len(wanted) != 1 or wanted[0] is None:
        out.print("(searching articles works for one-word names)", markup=False)
        return
    norm = translit.merge_article(words(name))[0]
    found: Counter[str] = Counter()
    for line in articles.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        a = json.loads(line)
        for tok in tokenize(f"{a.get('title', '')}\n{a.get('text', '')}"):
            for r in clitic_readings(tok.norm):
                if r != norm and translit.phonetic_key(r) == wanted[0] and translit.similar(norm, r):
                    found[r] += 1
    out.print(f"found in {articles}:", markup=False)
    for spelling, n in found.most_common():
        out.print(f"  {spelling}  ({n}×)", markup=False)
    if not found:
        out.print("  (none)", markup=False)
