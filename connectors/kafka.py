"""Kafka plumbing for the sources: topic names, topic creation, a JSON producer (kafka-python)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self

ARTICLES = "articles"
ALERTS = "alerts"
ARTICLES_DLQ = "articles.dlq"
TOPICS = (ARTICLES, ALERTS, ARTICLES_DLQ)


class KafkaUnavailable(RuntimeError):
    """No Kafka broker answered at the configured address."""


def _unavailable(bootstrap: str, e: Exception) -> KafkaUnavailable:
    return KafkaUnavailable(
        f"no Kafka broker at {bootstrap} ({type(e).__name__}: {e}); start one with "
        f"`raqib broker --port {bootstrap.rpartition(':')[2]}` or pass --broker HOST:PORT"
    )


@dataclass(frozen=True)
class BrokerInfo:
    cluster_id: str
    partitions: dict[str, int]  # topic -> partition count, for the service's topics

    @property
    def is_tansu(self) -> bool:
        """The embedded broker (Tansu), which needs a few client workarounds that Kafka does not."""
        return "tansu" in self.cluster_id.lower()


def ensure_topics(bootstrap: str, partitions: int, names: Iterable[str] = TOPICS, timeout: float = 20.0) -> BrokerInfo:
    """Create the topics that do not exist yet (with ``partitions`` partitions); idempotent."""
    from kafka.admin import KafkaAdminClient, NewTopic
    from kafka.errors import KafkaError, TopicAlreadyExistsError

    names = list(names)
    deadline = time.monotonic() + timeout
    while True:
        try:
            admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="raqib-admin", request_timeout_ms=10000)
            break
        except KafkaError as e:
            if time.monotonic() > deadline:
                raise _unavailable(bootstrap, e) from None
            time.sleep(0.3)
    try:
        existing = set(admin.list_topics())
        missing = [NewTopic(n, num_partitions=partitions, replication_factor=1) for n in names if n not in existing]
        if missing:
            try:
                admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass
        cluster_id = str(admin.describe_cluster().get("cluster_id") or "")
        counts = {t.get("name") or t.get("topic"): len(t["partitions"]) for t in admin.describe_topics(names)}
        return BrokerInfo(cluster_id=cluster_id, partitions=counts)
    finally:
        admin.close()


class ArticleProducer:
    """Sends article mappings to the ``articles`` topic, keyed by article id, as JSON."""

    def __init__(self, bootstrap: str, *, one_record_per_batch: bool = False, linger_ms: int = 20) -> None:
        from kafka import KafkaProducer
        from kafka.errors import KafkaError

        try:
            self._producer = KafkaProducer(
                bootstrap_servers=bootstrap,
                client_id="raqib-ingest",
                acks="all",
                linger_ms=0 if one_record_per_batch else linger_ms,
                # The embedded broker answers ListOffsets(latest) wrongly after a multi-record batch;
                # only table recovery asks it, of changelog topics, so articles need not avoid them.
                batch_size=1 if one_record_per_batch else 16384,
            )
        except KafkaError as e:
            raise _unavailable(bootstrap, e) from None
        self.sent = 0

    def send(self, article: Mapping[str, Any]) -> None:
        value = json.dumps(dict(article), ensure_ascii=False, default=str).encode("utf-8")
        self._producer.send(ARTICLES, key=str(article["id"]).encode("utf-8"), value=value)
        self.sent += 1

    def flush(self) -> None:
        self._producer.flush(timeout=30)

    def close(self) -> None:
        self._producer.flush(timeout=30)
        self._producer.close(timeout=10)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
