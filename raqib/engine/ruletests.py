"""Run the `tests` cases written in rule files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from raqib.analysis.document import analyze
from raqib.article import Article
from raqib.engine.errors import RuleFileErrors, RuleTestFailure

if TYPE_CHECKING:  # pragma: no cover
    from raqib.engine.watchlist import Watchlist


@dataclass(frozen=True, slots=True)
class CaseResult:
    rule_id: str
    case: int
    expect: str
    got: str
    failure: RuleTestFailure | None


def run_rule_tests(wl: Watchlist) -> list[CaseResult]:
    """Every test case of every rule, with its outcome."""
    from raqib.engine.watchlist import DocHits, evaluate_rule

    out = []
    for rule in wl.rules:
        for k, case in enumerate(rule.loaded.model.tests):
            article = Article(id=f"test:{rule.info.id}:{k}", title=case.title, text=case.text)
            doc = analyze(article)
            matched = evaluate_rule(rule, DocHits(doc, wl.term_hits(doc))) is not None
            got = "match" if matched else "no match"
            failure = None
            if got != case.expect:
                loc = rule.loaded.marks.at(("rules", rule.loaded.index, "tests", k))
                failure = RuleTestFailure(
                    f"rule `{rule.info.id}` test {k + 1}: expected {case.expect}, got {got}",
                    loc,
                    f"run `raqib explain` on this text to see why; fix the rule or the case",
                )
            out.append(CaseResult(rule.info.id, k, case.expect, got, failure))
    return out


def check_rule_tests(wl: Watchlist) -> None:
    """Raise RuleFileErrors if any rule test case fails."""
    failures = [r.failure for r in run_rule_tests(wl) if r.failure is not None]
    if failures:
        raise RuleFileErrors(failures)
