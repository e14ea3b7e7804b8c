"""The topics and tables of the service, declared on an app."""

from __future__ import annotations

from dataclasses import dataclass

import faust

from connectors.kafka import ALERTS, ARTICLES, ARTICLES_DLQ
from streams.records import DeadLetter


@dataclass(frozen=True)
class Topics:
    articles: faust.TopicT  # raw bytes: the match agent validates them itself, to dead-letter bad ones
    alerts: faust.TopicT
    dlq: faust.TopicT


@dataclass(frozen=True)
class Tables:
    delivered: faust.Table  # alert id -> {channel: ts} of the messages Slack accepted
    stories: faust.Table  # story key (rule id/story id) -> {channel: ts} of the thread's first message


def declare_topics(app: faust.App, partitions: int) -> Topics:
    raw = {"key_serializer": "raw", "value_serializer": "raw"}
    return Topics(
        articles=app.topic(ARTICLES, partitions=partitions, **raw),
        # raw bytes: an alert's JSON (the fields of AlertRecord), parsed once into the Alert model
        alerts=app.topic(ALERTS, partitions=partitions, **raw),
        dlq=app.topic(ARTICLES_DLQ, partitions=partitions, key_serializer="raw", value_type=DeadLetter),
    )


def declare_tables(app: faust.App, partitions: int) -> Tables:
    """Both tables are written by the delivery agent, so they follow the partitions of ``alerts``.

    Alerts are keyed by story key, so every alert of a story (and every copy of one alert) lands in
    the same partition, handled by one worker, which holds both table entries it needs.
    """
    return Tables(
        delivered=app.Table("delivered", default=None, partitions=partitions, help="alerts delivered"),
        stories=app.Table("stories", default=None, partitions=partitions, help="first alert of each story"),
    )
