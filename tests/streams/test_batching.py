"""Batched matching and delivery against the embedded broker: the records table recovery needs."""

from __future__ import annotations

import json
import time
from pathlib import Path

from svc_harness import ROOT, expected_pairs, pairs, read_jsonl, wait_for

from connectors.jsonl import ingest_file

RULES = ROOT / "rules"
SAMPLES = ROOT / "samples" / "articles.jsonl"


def burst(tmp_path: Path, copies: int) -> tuple[Path, list[dict]]:
    """The sample articles ``copies`` times under new ids: many alerts, delivered in batches."""
    articles = [{**a, "id": f"{a['id']}-b{n}", "url": f"{a['url']}?b{n}", "title": f"{a['title']} ({n})"}
                for n in range(copies) for a in read_jsonl(SAMPLES)]
    path = tmp_path / "burst.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path, articles


def read_all(consumer, tps) -> dict:
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    got = {tp: [] for tp in tps}
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        polled = consumer.poll(300)
        for tp, records in polled.items():
            got[tp] += records
        if not polled and all(consumer.highwater(tp) is not None for tp in tps):
            break
    return got


def test_changelog_end_offsets_match_what_is_there_after_a_burst(broker, slack_server, start_service, tmp_path) -> None:
    """Table recovery stops at ListOffsets(latest): the embedded broker answers it wrongly after a
    multi-record batch, so every changelog record must go in a batch of its own, while articles and
    alerts may be batched."""
    from kafka import KafkaConsumer, TopicPartition

    path, articles = burst(tmp_path, 8)
    want = expected_pairs(RULES, articles)
    # no pacing to speak of: posts, hence table writes, come in bursts
    service = start_service(RULES, env={"RAQIB_SLACK_RATE_PER_CHANNEL": "1000"})
    ingest_file(path, broker)  # the ingester batches articles
    state = slack_server.state
    wait_for(lambda: len(state.posted()) >= len(want), 90, lambda: f"{len(state.posted())} of {len(want)}\n{service.tail()}")
    assert sorted(pairs(state.posted())) == sorted(want)

    consumer = KafkaConsumer(bootstrap_servers=broker, enable_auto_commit=False)
    try:
        for table, least in (("delivered", len(want)), ("stories", 1)):
            topic = f"raqib-test-{table}-changelog"
            tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
            ends = consumer.end_offsets(tps)  # what table recovery asks
            got = read_all(consumer, tps)
            assert {tp: len(got[tp]) for tp in tps} == {tp: ends[tp] for tp in tps}, f"{table}: {ends}"
            assert sum(ends.values()) >= least
    finally:
        consumer.close()
