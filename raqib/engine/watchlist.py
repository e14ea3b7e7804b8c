"""The public face of the engine: load rules once, match many articles."""

from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from collections.abc import Iterable, Mapping
from itertools import accumulate, chain, repeat
from operator import add
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from raqib.analysis.document import FIELDS, TEXT, TITLE, Document, analyze
from raqib.analysis.segments import SegmentKind
from raqib.article import Article
from raqib.engine.compile import Compiled, CompiledRule, compile_rules
from raqib.engine.evaluate import TOK_TERM, TokenHit, Units, evaluate, mentions
from raqib.engine.results import Hit, RuleMatch, SegmentInfo, build
from raqib.engine.rulefile import RuleSet, read_rule_sets
from raqib.engine.scan import Scanner, add_coreferent_hits


@dataclass(frozen=True, slots=True)
class Scope:
    """A part of the page a rule is evaluated on: one story, or the whole page."""

    info: SegmentInfo
    segment: int | None  # None = the whole page


class Watchlist:
    """Compiled watch rules. ``match`` is a pure function of the article."""

    def __init__(self, ruleset: RuleSet, compiled: Compiled) -> None:
        self.ruleset = ruleset
        self.compiled = compiled
        self.scanner = Scanner(compiled)

    @property
    def rules(self) -> list[CompiledRule]:
        return self.compiled.rules

    @property
    def notes(self) -> list[str]:
        return self.ruleset.notes

    def analyze(self, article: Mapping[str, Any] | Article) -> Document:
        return analyze(Article.parse(article))

    def match(self, article: Mapping[str, Any] | Article) -> list[RuleMatch]:
        """Every rule that matches the article, with its hits."""
        return self.match_document(self.analyze(article))

    def match_document(self, doc: Document) -> list[RuleMatch]:
        dh = DocHits(doc, self.term_hits(doc))
        by_term = self.compiled.rules_by_term
        candidates = sorted(set(chain.from_iterable(map(by_term.get, dh.hits, repeat(())))))
        out = []
        sentences: dict[int, str] = {}  # sentence number -> its text, shared by the rules that match
        made: dict[TokenHit, Hit] = {}  # a name in several matching rules is one (immutable) hit
        for ri in candidates:
            rule = self.compiled.rules[ri]
            found = evaluate_rule(rule, dh)
            if found is not None:
                scope, th = found
                hits = tuple(to_hits(doc, th, self, sentences, made))
                out.append(build(RuleMatch, {"rule": rule.info, "hits": hits, "segment": scope.info}, _MATCH_FIELDS))
        return out

    def term_hits(self, doc: Document) -> dict[int, list[TokenHit]]:
        hits = self.scanner.scan(doc)
        add_coreferent_hits(doc, hits, self.compiled)
        if self.compiled.regex_terms:
            hits.update(regex_hits(doc, self.compiled))
        return hits


class DocHits:
    """An analyzed document with its term hits, split by scope once for all rules."""

    def __init__(self, doc: Document, hits: dict[int, list[TokenHit]]) -> None:
        self.doc = doc
        self.hits = hits
        self.units = Units(doc.sentence_of, doc.paragraph_of)
        self._scoped: dict[str, list[tuple[Scope, dict[int, list[TokenHit]]]]] = {}

    def scoped(self, kind: str) -> list[tuple[Scope, dict[int, list[TokenHit]]]]:
        """(scope, hits inside it) for each scope of the page, in page order."""
        got = self._scoped.get(kind)
        if got is None:
            sc = scopes(self.doc, kind)
            if kind == "page":
                got = [(sc[0], self.hits)]
            else:
                index = {s.segment: i for i, s in enumerate(sc)}
                buckets: list[dict[int, list[TokenHit]]] = [defaultdict(list) for _ in sc]
                seg_of = self.doc.segment_of
                for t, hs in self.hits.items():
                    for h in hs:
                        i = index.get(seg_of[h.tok])
                        if i is not None:
                            buckets[i][t].append(h)
                got = list(zip(sc, buckets, strict=True))
            self._scoped[kind] = got
        return got


def evaluate_rule(rule: CompiledRule, dh: DocHits) -> tuple[Scope, list[TokenHit]] | None:
    """The first scope of the page where the rule holds, and its hits."""
    if rule.lang and dh.doc.lang not in rule.lang:
        return None
    present = dh.hits.keys()
    for req in rule.required:
        if present.isdisjoint(req):
            return None
    n = len(dh.doc.field_of)
    for scope, sub in dh.scoped(rule.scope):
        if sub.keys().isdisjoint(rule.terms):
            continue
        found = evaluate(rule.expr, sub, 0, n, dh.units)
        if found and (rule.min_mentions <= 1 or mentions(found) >= rule.min_mentions):
            return scope, sorted(set(found), key=TOK_TERM)
    return None


def scopes(doc: Document, scope: str) -> list[Scope]:
    """The scopes a rule is evaluated on, in page order."""
    if scope == "page":
        title = doc.article.title.strip() or (doc.segments[0].title if doc.segments else "")
        return [Scope(SegmentInfo(kind="page", title=title, start=0, end=len(doc.article.text)), None)]
    out = []
    for i, seg in enumerate(doc.segments):
        if seg.kind == SegmentKind.FURNITURE:
            continue
        title = seg.title
        if not out and doc.article.title.strip():
            title = doc.article.title.strip()
        out.append(Scope(SegmentInfo(kind=seg.kind.value, title=title, start=seg.start, end=seg.end), i))
    return out


def regex_hits(doc: Document, c: Compiled) -> dict[int, list[TokenHit]]:
    """Regex terms run over each field's normalized words joined by single spaces."""
    out: dict[int, list[TokenHit]] = defaultdict(list)
    all_norms = doc.norms
    for field in (TITLE, TEXT):
        idx = doc.field_range(field)
        if not idx:
            continue
        norms = all_norms[idx.start : idx.stop]
        text = " ".join(norms)
        matched = c.regex_set.Match(text)
        if not matched:
            continue
        # where each word starts in the joined text
        starts = list(map(add, accumulate(map(len, norms), initial=0), range(len(norms))))
        for n in matched:
            tid = c.regex_terms[n]
            for m in c.terms[tid].regex.finditer(text):
                if m.end() == m.start():
                    continue
                first = _token_at(starts, m.start())
                last = _token_at(starts, m.end() - 1)
                out[tid].append(TokenHit(tid, idx[first], last - first + 1, "regex", c.terms[tid].text))
    for hs in out.values():
        hs.sort(key=lambda h: h.tok)
    return out


def _token_at(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(bisect_right(starts, offset) - 1, 0)


def to_hits(
    doc: Document,
    found: Iterable[TokenHit],
    wl: Watchlist,
    sentences: dict[int, str] | None = None,
    made: dict[TokenHit, Hit] | None = None,
) -> list[Hit]:
    """Token hits -> hits with offsets into the original title or text.

    ``sentences`` caches sentence texts and ``made`` the hits across calls on one document.
    """
    out = []
    starts, ends, field_of, sentence_of, terms = doc.starts, doc.ends, doc.field_of, doc.sentence_of, wl.compiled.terms
    if sentences is None:
        sentences = {}
    if made is None:
        made = {}
    for h in found:
        hit = made.get(h)
        if hit is not None:
            out.append(hit)
            continue
        start, end = starts[h.tok], ends[h.tok + h.length - 1]
        field = field_of[h.tok]
        text = doc.field_text(field)
        s = sentence_of[h.tok]
        sentence = sentences.get(s)
        if sentence is None:
            if field == TEXT:
                _, s_lo, s_hi = doc.sentence_spans[s]
                sentence = text[s_lo:s_hi].strip()
            else:
                sentence = text.strip()
            sentences[s] = sentence
        # built from checked parts: no validation on the hot path
        hit = made[h] = build(
            Hit,
            {
                "term": h.name,
                "ref": terms[h.term].resolved.ref,
                "surface": text[start:end],
                "field": FIELDS[field],
                "start": start,
                "end": end,
                "how": h.how,
                "sentence": sentence,
            },
            _HIT_FIELDS,
        )
        out.append(hit)
    return out


# every hit and match has all its fields set: one set each, shared (~200 objects an article at 100,000 rules)
_HIT_FIELDS = set(Hit.model_fields)
_MATCH_FIELDS = set(RuleMatch.model_fields)


def load_rules(
    paths: Iterable[str | Path] | str | Path, *, builtin: bool = True, run_tests: bool = True
) -> Watchlist:
    """Load, check and compile rule files (a file, a directory, or several).

    Raises RuleFileErrors listing every problem, failing rule `tests` cases included.
    """
    from raqib.engine.ruletests import check_rule_tests

    if isinstance(paths, str | Path):
        paths = [paths]
    builtin_paths = []
    if builtin:
        from raqib.lexicon import builtin_paths as lexicon_paths

        builtin_paths = lexicon_paths()
    errors: list = []
    with _long_lived_objects():
        ruleset = read_rule_sets(list(paths), builtin_paths, errors)
        wl = Watchlist(ruleset, compile_rules(ruleset, errors))
    if run_tests:
        check_rule_tests(wl)
    return wl


@contextmanager
def _long_lived_objects():
    """Build a watch list without the cyclic garbage collector, then exempt it from later passes.

    A large watch list is millions of objects that live as long as the service.
    Left to the collector, every full pass walks all of them: building 100,000
    rules spent most of its time in collections, and so did matching, in passes
    triggered by whatever allocated next. Freezing moves them out of its sight;
    they are still freed by reference counting when the watch list is dropped.

    Garbage is collected before the build, while the heap holds little that is not
    frozen already, and not after it: a successful build leaves no cyclic garbage
    (measured: none at 10,000 rules), and a full pass over the new watch list cost
    0.8 s of 3 s at 10,000 rules. A failed build is collected as before.
    """
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    except BaseException:
        gc.collect()
        raise
    else:
        gc.freeze()
        raise_young_threshold()
    finally:
        if was_enabled:
            gc.enable()


YOUNG_THRESHOLD = 10_000


def raise_young_threshold() -> None:
    """Collect the youngest generation every 10,000 allocations, not CPython's default 700.

    Matching an article allocates a few thousand short-lived containers (hits, lists,
    dicts), and a young collection in the middle of an article promotes the ones still
    in use; promoted objects count toward the next full collection, which walks every
    object not frozen, the per-word caches of the watch list included. With the
    default, 100,000 rules spent ~15% of a warm article in the collector (10,000
    rules: ~11%); at 10,000 allocations the time is the same as with the collector
    off (docs/performance.md). Never lowers a threshold someone set higher.
    """
    young, middle, old = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:  # 0: the collector is switched off by threshold; leave it so
        gc.set_threshold(YOUNG_THRESHOLD, middle, old)
