"""Resolve a bare term to an entity, a concept, or a literal keyword (rules-v1, "text")."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from raqib.analysis.tokens import words
from raqib.engine.errors import ReferenceProblem
from raqib.engine.expressions import Term
from raqib.engine.rulefile import Definition

# A bare term written like an id (lower-case words joined by - or _) must name
# something: a typo in an id would otherwise silently become a keyword that never matches.
_ID_LIKE = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a term stands for."""

    kind: Literal["entity", "concept", "keyword", "regex"]
    ref: str | None  # definition id for entity/concept
    text: str  # keyword or regex text


class Resolver:
    """Looks terms up: user files first (id, then names), then the built-in lexicon."""

    def __init__(self, definitions: dict[str, Definition]) -> None:
        self.definitions = definitions
        self._by_id: list[dict[str, str]] = [{}, {}]
        self._by_name: list[dict[tuple[str, ...], str]] = [{}, {}]
        for d in definitions.values():
            tier = 1 if d.builtin else 0
            self._by_id[tier][d.id.casefold()] = d.id
            for names in d.words.values():
                for name in names:
                    key = tuple(words(name.rstrip("*")))
                    if key:
                        self._by_name[tier].setdefault(key, d.id)

    def resolve(self, term: Term) -> Resolved:
        """Resolve one term; raise ReferenceProblem for an id-like term that names nothing."""
        if term.kind == "regex":
            return Resolved("regex", None, term.text)
        if term.kind == "auto":
            ref = self.lookup(term.text)
            if ref is not None:
                d = self.definitions[ref]
                return Resolved("entity" if d.entity else "concept", ref, term.text)
            if _ID_LIKE.match(term.text):
                close = difflib.get_close_matches(term.text, sorted(self.definitions), n=1)
                hint = f"did you mean `{close[0]}`?" if close else "define it under `entities:` or `concepts:`"
                raise ReferenceProblem(
                    f"unknown id `{term.text}`",
                    term.loc,
                    f"{hint} (for a literal hyphenated keyword write {{phrase: {term.text}}})",
                )
        return Resolved("keyword", None, term.text)

    def lookup(self, text: str) -> str | None:
        """The id a text names, or None."""
        key = tuple(words(text))
        for tier in (0, 1):
            ref = self._by_id[tier].get(text.strip().casefold()) or self._by_name[tier].get(key)
            if ref is not None:
                return ref
        return None
