"""The match agent: every article against the running watch list; each match becomes an alert.

Anything that cannot be processed (not JSON, not an article, a matcher failure) goes to
``articles.dlq`` with the reason: nothing is dropped silently.

Articles are taken in batches (up to ``BATCH``, or what came within ``BATCH_WITHIN`` seconds).
A batch is parsed, matched and turned into alert JSON in one thread of its own (``match_batch``),
so the event loop keeps fetching, producing and delivering meanwhile; then the loop sends the
alerts (and dead letters) in topic order. Faust acks a batch's events only when the next batch is
asked for, after all of its alerts were handed to the producer, and flushes the producer before
it commits an offset: an article's offset is never committed before its alerts are on the broker.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

import faust
from faust.types import EventT

from raqib.alerts import make_alert
from raqib.article import Article, ArticleError
from raqib.engine import Watchlist
from streams.context import ServiceContext
from streams.records import DeadLetter
from streams.topology import Topics

log = logging.getLogger(__name__)
BATCH = 64  # articles taken at most at once
BATCH_WITHIN = 0.02  # seconds to wait for more articles before matching those taken


def parse_article(value: bytes | None) -> Article:
    if not value:
        raise ArticleError("empty message: expected a JSON object with id, title, text ...")
    try:
        data = json.loads(value)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ArticleError(f"not valid JSON ({e}): expected a JSON object with id, title, text ...") from None
    return Article.parse(data)


@dataclass
class Outcome:
    """What became of one article: its alerts as (key, JSON value), or why it goes to the DLQ."""

    alerts: list[tuple[bytes, bytes]] = field(default_factory=list)
    dead: str | None = None


def match_article(watchlist: Watchlist, value: bytes | None, snippet_chars: int) -> Outcome:
    """Parse and match one article and render its alerts for the ``alerts`` topic; never raises."""
    try:
        article = parse_article(value)
    except ArticleError as e:
        return Outcome(dead=str(e))
    try:
        matches = watchlist.match(article)
        alerts = [make_alert(m, article, snippet_chars=snippet_chars) for m in matches]
    except Exception as e:
        log.exception("matching article %s failed", article.id)
        return Outcome(dead=f"matching failed: {type(e).__name__}: {e}")
    # The Alert's JSON is the alerts topic's wire format (the fields of ``records.AlertRecord``).
    return Outcome(alerts=[(a.story_key.encode("utf-8"), a.model_dump_json().encode("utf-8")) for a in alerts])


def match_batch(watchlist: Watchlist, values: Sequence[bytes | None], snippet_chars: int) -> list[Outcome]:
    """Every article of a batch against one watch list (a reload lands between batches)."""
    return [match_article(watchlist, v, snippet_chars) for v in values]


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


async def handle_articles(
    ctx: ServiceContext, topics: Topics, events: Sequence[EventT], executor: ThreadPoolExecutor | None = None
) -> int:
    """Match a batch of articles (in ``executor``'s thread when given); return the number of alerts produced."""
    watchlist = ctx.rules.watchlist  # one watch list for the whole batch, even if a reload lands now
    values = [e.value for e in events]
    snippet_chars = ctx.settings.snippet_chars
    if executor is None:
        outcomes = match_batch(watchlist, values, snippet_chars)
    else:
        loop = asyncio.get_running_loop()
        outcomes = await loop.run_in_executor(executor, match_batch, watchlist, values, snippet_chars)
    m = ctx.metrics
    m.articles_in.inc(len(events))
    sent = 0
    for event, outcome in zip(events, outcomes, strict=True):
        if outcome.dead is not None:
            await dead_letter(topics, ctx, event, outcome.dead)
            continue
        if outcome.alerts:
            m.articles_matched.inc()
        for key, value in outcome.alerts:
            await topics.alerts.send(key=key, value=value, value_serializer="raw")
        sent += len(outcome.alerts)
    m.matches.inc(sent)
    return sent


def register_match_agent(app: faust.App, ctx: ServiceContext, topics: Topics) -> None:
    # One thread: the watch list's caches are only ever used from it, and batches keep their order.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="raqib-match")

    @app.agent(topics.articles, name="raqib.match")
    async def match(stream: faust.StreamT) -> None:
        async for events in stream.take_events(BATCH, within=BATCH_WITHIN):
            with ctx.activity.event():
                await handle_articles(ctx, topics, events, executor)
