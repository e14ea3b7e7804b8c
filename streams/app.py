"""Builds the Faust app of the service. Nothing else: the parts live in their own modules."""

from __future__ import annotations

import copy
from pathlib import Path

import faust

from streams.agents.deliver import register_delivery_agent
from streams.agents.match import register_match_agent
from streams.context import ServiceContext
from streams.healing import register_healer
from streams.reload import register_rule_watcher
from streams.replay import register_replay
from streams.topology import declare_tables, declare_topics
from streams.views import register_views

# The embedded broker (Tansu) differs from Kafka in two ways that matter to Faust:
# a group join waits half the session timeout (so keep it short), and ListOffsets(latest) is
# wrong after a multi-record batch (it answers the last batch's base offset + 1), which breaks
# table recovery unless every batch of a changelog holds one record. Only table recovery asks
# ListOffsets(latest), and only of changelog topics (consumers read multi-record batches right and
# take the high watermark from fetch answers), so only changelog records go one per batch
# (``single_record_changelog_batches``); articles and alerts are batched as on Kafka.
TANSU_WORKAROUNDS = {"broker_session_timeout": 10, "broker_heartbeat_interval": 1}
CHANGELOG_SUFFIX = "-changelog"


# Tansu holds a fetch for its whole max wait even when records are there; Faust
# hard-codes that wait at 1.5 s, so on the embedded broker every hop (article ->
# alert -> Slack) waited up to 1.5 s. Kafka answers a fetch as soon as data arrives.
TANSU_FETCH_WAIT_MS = 50


def shorten_fetch_wait(ms: int) -> None:
    """Make Faust's worker consumers ask the broker to hold a fetch at most ``ms``."""
    from faust.transport.drivers import aiokafka as driver

    create = driver.AIOKafkaConsumerThread._create_worker_consumer
    if getattr(create, "fetch_wait_ms", None) == ms:
        return

    def _create_worker_consumer(self, transport):  # noqa: ANN001, ANN202
        consumer = create(self, transport)
        consumer._fetch_max_wait_ms = ms
        return consumer

    _create_worker_consumer.fetch_wait_ms = ms
    driver.AIOKafkaConsumerThread._create_worker_consumer = _create_worker_consumer


def _is_changelog(topic: str) -> bool:
    return topic.endswith(CHANGELOG_SUFFIX)


def single_record_changelog_batches() -> None:
    """Make Faust's producers put each changelog record in a batch of its own; other topics batch.

    Patches aiokafka's accumulator for the accumulators of Faust producers only (marked when
    Faust creates them). A changelog record gets a new, closed batch instead of waiting for the
    partition's previous batch to be sent, so records keep their order and nothing waits.
    """
    from aiokafka.errors import ProducerClosed
    from aiokafka.producer.message_accumulator import MessageAccumulator
    from faust.transport.drivers import aiokafka as driver

    if getattr(MessageAccumulator.add_message, "single_record", False):
        return
    add_message = MessageAccumulator.add_message

    async def _add_message(self, tp, key, value, timeout, timestamp_ms=None, headers=[]):  # noqa: ANN001, ANN202, B006
        single = getattr(self, "single_record_topics", None)
        if single is None or not single(tp.topic):
            return await add_message(self, tp, key, value, timeout, timestamp_ms=timestamp_ms, headers=headers)
        if self._closed:
            raise ProducerClosed()
        if self._exception is not None:
            raise copy.copy(self._exception)
        batch = self._append_batch(self.create_builder(), tp)
        future = batch.append(key, value, timestamp_ms, headers=headers)
        batch._builder.close()  # later records of this partition get batches of their own
        return future

    _add_message.single_record = True
    MessageAccumulator.add_message = _add_message

    new_producer = driver.Producer._new_producer

    def _new_producer(self, transactional_id=None):  # noqa: ANN001, ANN202
        producer = new_producer(self, transactional_id=transactional_id)
        producer._message_accumulator.single_record_topics = _is_changelog
        return producer

    driver.Producer._new_producer = _new_producer


def build_app(
    ctx: ServiceContext, *, bootstrap: str, partitions: int, tansu: bool = False, replay: Path | None = None
) -> faust.App:
    s = ctx.settings
    app = faust.App(
        s.app_id,
        broker=f"kafka://{bootstrap}",
        store="memory://",
        datadir=str(s.data_dir / s.app_id),
        topic_partitions=partitions,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        web_enabled=True,
        web_bind=s.web_host,
        web_host=s.web_host,
        web_port=s.web_port,
        web_in_thread=False,
        **(TANSU_WORKAROUNDS if tansu else {}),
    )
    if tansu:
        shorten_fetch_wait(TANSU_FETCH_WAIT_MS)
        single_record_changelog_batches()
    topics = declare_topics(app, partitions)
    tables = declare_tables(app, partitions)
    register_match_agent(app, ctx, topics)
    register_delivery_agent(app, ctx, topics, tables)
    register_views(app, ctx, topics)
    register_rule_watcher(app, ctx)
    register_healer(app, topics, ctx.activity)
    if replay is not None:
        register_replay(app, topics, replay)
    return app
