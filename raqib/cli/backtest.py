"""`raqib backtest`: rules over a file of articles, as a table or JSON lines."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from raqib.alerts import make_snippet
from raqib.article import Article, ArticleError
from raqib.engine import RuleMatch, Watchlist


def match_record(article: Article, m: RuleMatch) -> dict:
    """One JSON line of a backtest: the match, its hits and a snippet with **bold** hits."""
    snip = make_snippet(article, m.hits)
    marked, last = [], 0
    for s, e in snip.marks:
        marked += [snip.text[last:s], "**", snip.text[s:e], "**"]
        last = e
    marked.append(snip.text[last:])
    return {
        "article_id": article.id,
        "rule_id": m.rule.id,
        "severity": m.rule.severity,
        "title": article.title or m.segment.title,
        "segment": m.segment.kind,
        "hits": [h.model_dump(exclude={"sentence"}) for h in m.hits],
        "snippet": "".join(marked),
    }


def run_backtest(wl: Watchlist, path: Path, fmt: str, out: Console, err: Console) -> int:
    """Match every article of a JSONL file; bad lines are reported and skipped. Returns an exit code."""
    lines = path.read_text(encoding="utf-8").splitlines()
    per_rule: dict[str, list[str]] = defaultdict(list)
    bad = 0
    progress = Progress(
        TextColumn("matching"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err, disable=not err.is_terminal, transient=True,
    )
    with progress:
        for n, line in enumerate(progress.track(lines), start=1):
            if not line.strip():
                continue
            try:
                article = Article.parse(json.loads(line))
            except (json.JSONDecodeError, ArticleError) as e:
                err.print(f"{path}:{n}: skipped: {e}", markup=False, highlight=False, soft_wrap=True)
                bad += 1
                continue
            for m in wl.match(article):
                if fmt == "jsonl":
                    out.file.write(json.dumps(match_record(article, m), ensure_ascii=False) + "\n")
                per_rule[m.rule.id].append(article.title or m.segment.title or article.id)
    if fmt == "table":
        table = Table(title=f"{path.name}: {len(lines) - bad} articles")
        for col in ("rule", "severity", "matches", "sample titles"):
            table.add_column(col)
        for rule in wl.rules:
            titles = per_rule.get(rule.info.id, [])
            sample = "\n".join(t[:80] for t in titles[:3])
            table.add_row(rule.info.id, rule.info.severity, str(len(titles)), sample)
        out.print(table)
    return 0
