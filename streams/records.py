"""Wire schemas of the topics (``faust.Record``, JSON)."""

from __future__ import annotations

from typing import Any

import faust

from raqib.alerts import Alert
from raqib.article import Article


class ArticleRecord(faust.Record, serializer="json"):
    """An article on the ``articles`` topic (key: article id). Sources may send plain JSON too."""

    id: str
    title: str = ""
    text: str = ""
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: str | None = None
    fetched_at: str | None = None

    @classmethod
    def from_article(cls, article: Article) -> ArticleRecord:
        return cls(**article.model_dump(mode="json"))


class AlertRecord(faust.Record, serializer="json"):
    """An alert on the ``alerts`` topic (key: the story key, so a story's alerts share a partition).

    The agents write and read these fields as the Alert model's own JSON (``model_dump_json`` /
    ``model_validate_json``: one pass each way, no intermediate dicts); records written through
    this class carry an extra ``__faust`` field, which the Alert model ignores. Other readers of
    the topic may use this class.
    """

    id: str
    rule: dict[str, Any]
    article: dict[str, Any]
    story_id: str
    segment: dict[str, Any]
    hits: list[dict[str, Any]]
    snippet: dict[str, Any]
    created_at: str

    @classmethod
    def from_alert(cls, alert: Alert) -> AlertRecord:
        return cls(**alert.model_dump(mode="json"))

    def to_alert(self) -> Alert:
        return Alert.model_validate({f: getattr(self, f) for f in Alert.model_fields})


class DeadLetter(faust.Record, serializer="json"):
    """What the match agent could not process, on ``articles.dlq``, with the reason."""

    reason: str
    payload: str  # the record's value as received (decoded as UTF-8, invalid bytes replaced)
    key: str | None
    topic: str
    partition: int
    offset: int
    failed_at: str
