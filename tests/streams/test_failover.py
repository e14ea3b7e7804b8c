"""Crashes and rebalances: a killed worker's alerts are neither lost nor posted twice."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from svc_harness import ROOT, expected_pairs, pairs, read_jsonl, wait_for

from connectors.jsonl import ingest_file

RULES = ROOT / "rules"
SAMPLES = ROOT / "samples" / "articles.jsonl"


def batch(tmp_path: Path, suffix: str) -> tuple[Path, list[dict]]:
    """The sample articles under new ids (so new alerts), as a JSONL file."""
    articles = [{**a, "id": f"{a['id']}-{suffix}", "url": f"{a['url']}?{suffix}"} for a in read_jsonl(SAMPLES)]
    path = tmp_path / f"batch-{suffix}.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path, articles


def assert_exactly_once(posted: list[dict], want: set[tuple[str, str]]) -> None:
    counts = Counter(pairs(posted))
    twice = [p for p, n in counts.items() if n > 1]
    assert not twice, f"posted more than once: {twice}"
    assert set(counts) == want, f"missing: {want - set(counts)}; unexpected: {set(counts) - want}"


def test_kill_during_delivery_then_restart(broker, slack_server, start_service, tmp_path) -> None:
    path, articles = batch(tmp_path, "crash")
    want = expected_pairs(RULES, articles)
    slow = {"RAQIB_SLACK_RATE_PER_CHANNEL": "2"}  # 0.5 s between two messages of a channel
    service = start_service(RULES, env=slow)
    ingest_file(path, broker)
    state = slack_server.state
    wait_for(lambda: len(state.posted()) >= len(want) // 2, 60, lambda: service.tail())
    # Kill between two deliveries: just after Slack accepted a message (its delivery is recorded
    # within milliseconds), long before the channel's pacing lets the next one go.
    count = len(state.posted())
    wait_for(lambda: len(state.posted()) > count, 10, "delivery stalled", step=0.005)
    time.sleep(0.06)
    service.kill9()
    posted_before = len(state.posted())
    assert posted_before < len(want), "the crash came too late to test anything"

    restarted = start_service(RULES, name="restarted", env=slow)
    wait_for(lambda: len(state.posted()) >= len(want), 60,
             lambda: f"{len(state.posted())} of {len(want)} posted\n{restarted.tail()}")
    time.sleep(2)  # anything posted twice would arrive now
    assert_exactly_once(state.posted(), want)


def test_two_workers_share_partitions_and_take_over(broker, slack_server, start_service, tmp_path) -> None:
    first_path, first = batch(tmp_path, "b1")
    second_path, second = batch(tmp_path, "b2")
    want_first = expected_pairs(RULES, first)
    want_all = want_first | expected_pairs(RULES, second)
    w1 = start_service(RULES, name="w1")
    w2 = start_service(RULES, name="w2")
    wait_for(lambda: w1.health()["partitions_assigned"] > 0 and w2.health()["partitions_assigned"] > 0, 60,
             lambda: f"both workers should hold partitions\n{w1.health()} {w2.health()}\n{w2.tail()}")

    ingest_file(first_path, broker)
    state = slack_server.state
    wait_for(lambda: len(state.posted()) >= len(want_first), 60, lambda: f"{len(state.posted())}\n{w1.tail()}")
    m1, m2 = w1.metrics(), w2.metrics()
    assert m1["raqib_articles_in_total"] > 0 and m2["raqib_articles_in_total"] > 0, "the workers should share the work"

    w1.kill9()
    ingest_file(second_path, broker)
    wait_for(lambda: len(state.posted()) >= len(want_all), 90,
             lambda: f"{len(state.posted())} of {len(want_all)} posted after the kill\n{w2.tail()}")
    time.sleep(2)
    assert_exactly_once(state.posted(), want_all)
    assert w2.health()["partitions_assigned"] > 0
