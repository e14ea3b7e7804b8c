"""The delivery agent: alerts -> Slack (or the terminal), each alert exactly once.

Before an alert is posted, the ``delivered`` table says whether it already was (a redelivered
message after a crash or rebalance, or the same article ingested twice): then it is skipped.
After Slack answers ok, the message ts is written to the table at once (its changelog record is
on its way to the broker within milliseconds). The first alert of a (rule, story) in a channel
opens a thread; later ones reply in it.

Alerts are taken in batches (up to ``BATCH`` or ``BATCH_WITHIN`` seconds): the alerts of one
story are delivered in order, one after the other (a reply needs its thread's ts); different
stories are delivered concurrently. An offset is never committed ahead of the record of delivery:
Faust flushes the producer before every commit, and the table writes of an alert happen before
its event is acked. The producer is also flushed once per batch (overlapping the next batch's
posts), so the records of delivery never lag more than two batches behind the posts: a crash can
repeat at most the posts whose record had not yet reached the broker.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Iterable, Sequence

import faust
from faust.streams import _current_event
from faust.types import EventT
from pydantic import ValidationError

from raqib.alerts import Alert
from streams.context import ServiceContext
from streams.topology import Tables, Topics

log = logging.getLogger(__name__)
BATCH = 200  # alerts taken at most at once
BATCH_WITHIN = 0.02  # seconds to wait for more alerts before delivering those taken


async def deliver_alert(ctx: ServiceContext, tables: Tables, alert: Alert) -> bool:
    """Deliver one alert to each of its channels not yet done; False if it was already delivered.

    Writes the tables (their changelog records go out at once) but does not wait for the producer.
    """
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
    ctx.metrics.alerts_out.inc()
    return True


def by_story(events: Iterable[EventT]) -> list[list[tuple[EventT, Alert]]]:
    """The alerts of ``events`` grouped by story key, each group in topic order.

    Copies of one alert go in one group even if their story keys differ (an article sent again
    with another title), so they are never posted concurrently. A record that does not fit this
    version's Alert model (or is not JSON) is logged and left out.
    """
    groups: dict[str, list[tuple[EventT, Alert]]] = {}
    group_of: dict[str, str] = {}  # alert id -> key of its group
    for event in events:
        try:
            # one pass from JSON to the model; ignores the ``__faust`` field of older records
            alert = Alert.model_validate_json(event.value)
        except ValidationError as e:  # written by another version of the service: say so, go on
            log.error("alert record at %s[%d]@%d does not fit this version's Alert model; not delivered: %s",
                      event.message.topic, event.message.partition, event.message.offset, e)
            continue
        key = group_of.setdefault(alert.id, alert.story_key)
        groups.setdefault(key, []).append((event, alert))
    return list(groups.values())


async def _deliver_story(ctx: ServiceContext, tables: Tables, items: list[tuple[EventT, Alert]]) -> int:
    """One story's alerts in order, in a task of its own (so its current event is its own); how many were posted."""
    posted = 0
    for event, alert in items:
        # A table write goes to the changelog partition of the current event: the alert's own.
        _current_event.set(weakref.ref(event))
        posted += await deliver_alert(ctx, tables, alert)
    return posted


async def deliver_batch(
    app: faust.App, ctx: ServiceContext, tables: Tables, events: Sequence[EventT],
    previous_flush: asyncio.Future[None] | None = None,
) -> asyncio.Future[None]:
    """Deliver a batch: stories concurrently, each story's alerts in order.

    Then waits for the previous batch's flush and starts this batch's: the flush of one batch
    overlaps the posts of the next, and at most two batches' records of delivery are on their way.
    Returns the flush to pass to the next call.
    """
    groups = by_story(events)
    delivered = 0
    if groups:
        # gather runs each story in a task with a copy of this context, so setting the current
        # event there leaves the agent's own untouched
        delivered = sum(await asyncio.gather(*(_deliver_story(ctx, tables, g) for g in groups)))
    if previous_flush is not None:
        await previous_flush
    flush = asyncio.ensure_future(app.producer.flush())
    if delivered:
        # From here on a crash cannot post these alerts again: say so, for operators and tests.
        flush.add_done_callback(lambda f: f.cancelled() or f.exception() or ctx.metrics.alerts_recorded.inc(delivered))
    return flush


def register_delivery_agent(app: faust.App, ctx: ServiceContext, topics: Topics, tables: Tables) -> None:
    @app.agent(topics.alerts, name="raqib.deliver")
    async def deliver(stream: faust.StreamT) -> None:
        # take_events() acks a batch's events when the next batch is asked for, which may be before
        # the batch's flush has finished: safe, as Faust flushes the producer before it commits.
        flushing: asyncio.Future[None] | None = None
        async for events in stream.take_events(BATCH, within=BATCH_WITHIN):
            with ctx.activity.event():
                flushing = await deliver_batch(app, ctx, tables, events, flushing)

    @app.on_before_shutdown.connect
    async def close_sink(app: faust.App, **kwargs: object) -> None:  # noqa: ARG001
        await ctx.sink.close()
