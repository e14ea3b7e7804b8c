"""Source: a JSONL file of articles, one JSON object per line, sent to the ``articles`` topic."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from connectors.kafka import ArticleProducer, ensure_topics
from raqib.article import Article, ArticleError


@dataclass
class IngestReport:
    sent: int = 0
    problems: list[str] = field(default_factory=list)  # "line: what is wrong"


def read_articles(lines: Iterator[str], report: IngestReport) -> Iterator[dict[str, Any]]:
    """Valid articles as JSON-ready mappings; each bad line is reported as ``N: reason``."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = Article.parse(json.loads(line))
        except json.JSONDecodeError as e:
            report.problems.append(f"{n}: not valid JSON ({e})")
            continue
        except ArticleError as e:
            report.problems.append(f"{n}: {e}")
            continue
        yield article.model_dump(mode="json")


def ingest_file(path: Path, bootstrap: str, *, partitions: int = 4) -> IngestReport:
    report = IngestReport()
    info = ensure_topics(bootstrap, partitions)
    f = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    try:
        with ArticleProducer(bootstrap, one_record_per_batch=info.is_tansu) as producer:
            for article in read_articles(iter(f), report):
                producer.send(article)
            report.sent = producer.sent
    finally:
        if f is not sys.stdin:
            f.close()
    return report
