"""The service's Prometheus metrics, in a registry of their own (one per app, no globals)."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE
from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest


class Metrics:
    """Counters and gauges; ``lag`` is computed when scraped."""

    content_type = CONTENT_TYPE

    def __init__(self) -> None:
        r = self.registry = CollectorRegistry()
        self.articles_in = Counter("raqib_articles_in", "Articles read from the articles topic", registry=r)
        self.articles_matched = Counter("raqib_articles_matched", "Articles that matched at least one rule", registry=r)
        self.matches = Counter("raqib_matches", "Rule matches (alerts produced to the alerts topic)", registry=r)
        self.alerts_out = Counter("raqib_alerts_out", "Alerts delivered (Slack answered ok)", registry=r)
        self.alerts_recorded = Counter(
            "raqib_alerts_recorded", "Delivered alerts whose record of delivery is on the broker", registry=r
        )
        self.alerts_skipped = Counter(
            "raqib_alerts_duplicate", "Redelivered alerts skipped because they were already delivered", registry=r
        )
        self.slack_errors = Counter("raqib_slack_errors", "Slack answers other than ok", ["kind"], registry=r)
        self.dlq = Counter("raqib_dlq", "Articles sent to the dead-letter topic", registry=r)
        self.rules_loaded = Gauge("raqib_rules_loaded", "Watch rules in the running watch list", registry=r)
        self.reloads = Counter("raqib_rule_reloads", "Rule reloads by result", ["result"], registry=r)
        self.consumer_lag = Gauge("raqib_consumer_lag", "Messages not yet read, over assigned partitions", registry=r)

    def slack_error(self, kind: str) -> None:
        self.slack_errors.labels(kind=kind).inc()

    def render(self, lag: Callable[[], int | None] | None = None) -> bytes:
        if lag is not None:
            value = lag()
            if value is not None:
                self.consumer_lag.set(value)
        return generate_latest(self.registry)
