"""Builds the Faust app of the service. Nothing else: the parts live in their own modules."""

from __future__ import annotations

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
# wrong after a multi-record batch, which breaks table recovery unless every batch holds one record.
TANSU_WORKAROUNDS = {"broker_session_timeout": 10, "broker_heartbeat_interval": 1, "producer_max_batch_size": 1}


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
