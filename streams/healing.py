"""At-least-once despite two faust-streaming bugs: never commit past a lost event, re-read it.

faust-streaming can drop events it has already fetched when a rebalance's table recovery clears
its in-memory queues (faust-streaming/faust#596), and it then commits past them: it counts a
missing offset at the head of the acked ones as a gap to skip (faust-streaming/faust#606), so a
restarted worker could silently skip an article or an alert. Two guards, both safe because
Raqib's processing is idempotent (an article always yields the same alert ids; a delivered alert
is skipped):

- ``guard_commits``: a partition's offset is never committed past an event that was not
  processed (our topics are not compacted, so a hole in the acked offsets is always a loss);
- ``register_healer``: once the agents have been idle for a while, a partition whose committed
  offset is below its end and has not moved is sought back to it, so the lost events are read again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import faust

from streams.topology import Topics

log = logging.getLogger(__name__)
IDLE_SECONDS = 8.0
CHECK_EVERY = 4.0


@dataclass
class Activity:
    """Events being processed by the agents now, and when the last one finished."""

    in_flight: int = 0
    last: float = field(default_factory=time.monotonic)

    @contextmanager
    def event(self) -> Iterator[None]:
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1
            self.last = time.monotonic()

    def idle_for(self, seconds: float) -> bool:
        return self.in_flight == 0 and time.monotonic() - self.last >= seconds


def guard_commits(consumer: faust.types.ConsumerT) -> None:
    """Make ``consumer`` refuse to commit while the event at the committed offset is unprocessed."""
    new_offset = consumer._new_offset  # type: ignore[attr-defined]

    def _new_offset(tp: faust.types.TP) -> int | None:
        acked = consumer._acked[tp]  # type: ignore[attr-defined]
        committed = consumer._committed_offset[tp]  # type: ignore[attr-defined]  # next offset to read
        if acked and committed is not None and min(acked) > committed:
            return None
        return new_offset(tp)

    consumer._new_offset = _new_offset  # type: ignore[attr-defined]


def register_healer(app: faust.App, topics: Topics, activity: Activity) -> None:
    guard_commits(app.consumer)
    sources = {topics.articles.get_topic_name(), topics.alerts.get_topic_name()}
    suspects: dict[faust.types.TP, int] = {}  # partition -> committed offset seen stuck last time

    @app.timer(interval=CHECK_EVERY)
    async def reread_stalled_partitions() -> None:
        recovery = app.tables.recovery
        if app.rebalancing or not recovery.completed.is_set() or not activity.idle_for(IDLE_SECONDS):
            suspects.clear()
            return
        consumer = app.consumer
        for tp in consumer.assignment():
            if tp.topic not in sources:
                continue
            committed = consumer._committed_offset.get(tp) or 0  # faust: the next offset to read
            high = consumer.highwater(tp)
            if high is None or committed >= high:
                suspects.pop(tp, None)
            elif suspects.get(tp) == committed:
                log.warning("%s[%d]: offsets %d..%d were read but never processed; reading them again",
                            tp.topic, tp.partition, committed, high - 1)
                await consumer.seek(tp, committed)
                suspects.pop(tp, None)
            else:
                suspects[tp] = committed
