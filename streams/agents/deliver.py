"""The delivery agent: alerts -> Slack (or the terminal), each alert exactly once.

Before an alert is posted, the ``delivered`` table says whether it already was (a redelivered
message after a crash or rebalance, or the same article ingested twice): then it is skipped.
After Slack answers ok, the message ts is written to the table and the changelog is flushed
before the next alert, so the offset is never committed ahead of the record of delivery.
The first alert of a (rule, story) in a channel opens a thread; later ones reply in it.
"""

from __future__ import annotations

import logging

import faust
from pydantic import ValidationError

from streams.context import ServiceContext
from streams.records import AlertRecord
from streams.topology import Tables, Topics

log = logging.getLogger(__name__)


async def deliver_alert(app: faust.App, ctx: ServiceContext, tables: Tables, record: AlertRecord) -> bool:
    """Deliver one alert to each of its channels not yet done; False if it was already delivered."""
    alert = record.to_alert()
    done: dict[str, str] = dict(tables.delivered.get(alert.id) or {})
    todo = [c for c in ctx.sink.channels(alert) if c not in done]
    if not todo:
        ctx.metrics.alerts_skipped.inc()
        log.info("alert %s already delivered; skipped", alert.id)
        return False
    threads: dict[str, str] = dict(tables.stories.get(alert.story_key) or {})
    for channel in todo:
        parent = threads.get(channel)
        ts = await ctx.sink.post(alert, channel, parent)
        done[channel] = ts
        tables.delivered[alert.id] = dict(done)
        if parent is None:
            threads[channel] = ts
            tables.stories[alert.story_key] = dict(threads)
        await app.producer.flush()
    ctx.metrics.alerts_out.inc()
    return True


def register_delivery_agent(app: faust.App, ctx: ServiceContext, topics: Topics, tables: Tables) -> None:
    @app.agent(topics.alerts, name="raqib.deliver")
    async def deliver(stream: faust.StreamT) -> None:
        async for record in stream:
            with ctx.activity.event():
                try:
                    await deliver_alert(app, ctx, tables, record)
                except ValidationError as e:  # written by another version of the service: say so, go on
                    log.error("alert record %s does not fit this version's Alert model; not delivered: %s",
                              getattr(record, "id", "?"), e)
