"""``raqib run --replay FILE``: send a JSONL file of articles to the ``articles`` topic at startup.

Lines are sent as they are (keyed by their id when they have one), so a broken line reaches the
DLQ with its reason, like any bad article from a source.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import faust

from raqib.article import derive_id
from streams.topology import Topics

log = logging.getLogger(__name__)


def line_key(line: str) -> str:
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return derive_id({"title": line})
    if isinstance(data, dict):
        return str(data.get("id") or derive_id(data))
    return derive_id({"title": line})


def register_replay(app: faust.App, topics: Topics, path: Path) -> None:
    @app.task
    async def replay() -> None:
        sent = 0
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    await topics.articles.send(key=line_key(line).encode("utf-8"), value=line.strip().encode("utf-8"))
                    sent += 1
        log.info("replayed %d articles from %s", sent, path)
