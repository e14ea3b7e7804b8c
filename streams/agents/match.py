"""The match agent: every article against the running watch list; each match becomes an alert.

Anything that cannot be processed (not JSON, not an article, a matcher failure) goes to
``articles.dlq`` with the reason: nothing is dropped silently.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import faust
from faust.types import EventT

from raqib.alerts import make_alert
from raqib.article import Article, ArticleError
from streams.context import ServiceContext
from streams.records import AlertRecord, DeadLetter
from streams.topology import Topics

log = logging.getLogger(__name__)


def parse_article(value: bytes | None) -> Article:
    if not value:
        raise ArticleError("empty message: expected a JSON object with id, title, text ...")
    try:
        data = json.loads(value)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ArticleError(f"not valid JSON ({e}): expected a JSON object with id, title, text ...") from None
    return Article.parse(data)


async def dead_letter(topics: Topics, ctx: ServiceContext, event: EventT, reason: str) -> None:
    msg = event.message
    value = event.value if isinstance(event.value, bytes) else str(event.value).encode()
    key = msg.key.decode("utf-8", "replace") if isinstance(msg.key, bytes) else None
    log.warning("article at %s[%d]@%d to the DLQ: %s", msg.topic, msg.partition, msg.offset, reason)
    await topics.dlq.send(
        key=msg.key,
        value=DeadLetter(
            reason=reason, payload=(value or b"").decode("utf-8", "replace"), key=key, topic=msg.topic,
            partition=msg.partition, offset=msg.offset, failed_at=datetime.now(UTC).isoformat(),
        ),
    )
    ctx.metrics.dlq.inc()


async def handle_article(ctx: ServiceContext, topics: Topics, event: EventT) -> int:
    """Match one article; return the number of alerts produced."""
    ctx.metrics.articles_in.inc()
    try:
        article = parse_article(event.value)
    except ArticleError as e:
        await dead_letter(topics, ctx, event, str(e))
        return 0
    watchlist = ctx.rules.watchlist  # one watch list for the whole article, even if a reload lands now
    try:
        matches = watchlist.match(article)
    except Exception as e:
        log.exception("matching article %s failed", article.id)
        await dead_letter(topics, ctx, event, f"matching failed: {type(e).__name__}: {e}")
        return 0
    if matches:
        ctx.metrics.articles_matched.inc()
    for match in matches:
        alert = make_alert(match, article, snippet_chars=ctx.settings.snippet_chars)
        await topics.alerts.send(key=alert.story_key.encode("utf-8"), value=AlertRecord.from_alert(alert))
        ctx.metrics.matches.inc()
    return len(matches)


def register_match_agent(app: faust.App, ctx: ServiceContext, topics: Topics) -> None:
    @app.agent(topics.articles, name="raqib.match")
    async def match(stream: faust.StreamT) -> None:
        async for event in stream.events():
            with ctx.activity.event():
                await handle_article(ctx, topics, event)
