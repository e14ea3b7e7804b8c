"""The commit guard: an offset is never committed past an event that was not processed."""

from __future__ import annotations

import faust
from faust.types import TP

from streams.healing import Activity, guard_commits

ALERTS_0 = TP("alerts", 0)


def consumer_with(committed: int, acked: list[int]) -> faust.types.ConsumerT:
    app = faust.App("guard-test", broker="kafka://127.0.0.1:9")
    consumer = app.consumer
    consumer._committed_offset[ALERTS_0] = committed  # the next offset to read
    for offset in acked:
        consumer._acked[ALERTS_0].append(offset)
        consumer._acked_index[ALERTS_0].add(offset)
    return consumer


def test_faust_alone_commits_past_a_lost_event() -> None:
    # faust-streaming/faust#606: offset 5 was never processed, yet 8 would be committed.
    # If this starts failing, faust fixed it and guard_commits may go.
    assert consumer_with(5, [6, 7])._new_offset(ALERTS_0) == 8


def test_guard_holds_the_commit_until_the_event_is_processed() -> None:
    consumer = consumer_with(5, [6, 7])
    guard_commits(consumer)
    assert consumer._new_offset(ALERTS_0) is None
    consumer._acked[ALERTS_0].insert(0, 5)  # read again and processed
    consumer._acked_index[ALERTS_0].add(5)
    assert consumer._new_offset(ALERTS_0) == 8


def test_guard_lets_contiguous_offsets_commit() -> None:
    consumer = consumer_with(5, [5, 6])
    guard_commits(consumer)
    assert consumer._new_offset(ALERTS_0) == 7


def test_activity_counts_events_in_flight() -> None:
    activity = Activity()
    with activity.event():
        assert activity.in_flight == 1 and not activity.idle_for(0)
    assert activity.in_flight == 0 and activity.idle_for(0) and not activity.idle_for(60)
