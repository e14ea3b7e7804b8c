"""Rules reload while running; what cannot be processed goes to the DLQ with the reason."""

from __future__ import annotations

import json
import shutil
import time

from svc_harness import ROOT, pairs, post_json, wait_for

TARTUS_RULE = """\
version: 1
rules:
  - id: tartus-port
    title: Tartus port · ميناء طرطوس
    match: {any: [Tartus, طرطوس]}
"""

BROKEN = """\
version: 1
rules:
  - id: broken
    title: A rule with a typo
    mach: Tartus
"""


def tartus_article(n: int) -> dict:
    return {"id": f"tartus-{n}", "title": f"Port news {n}", "text": f"Ships were seen leaving Tartus port on day {n}."}


def test_hot_reload_swaps_valid_rules_and_refuses_invalid_ones(broker, slack_server, start_service, tmp_path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copy(ROOT / "rules" / "drones.yaml", rules)
    service = start_service(rules, env={"RAQIB_SLACK_OPS_CHANNEL": "#raqib-ops"})
    state = slack_server.state
    assert service.health()["rules"] == 1

    post_json(service.url("/articles"), tartus_article(1))
    wait_for(lambda: service.metrics().get("raqib_articles_in_total", 0) >= 1, 30, service.tail)
    assert state.posted() == []

    (rules / "tartus.yaml").write_text(TARTUS_RULE, encoding="utf-8")
    wait_for(lambda: service.health()["rules_version"] == 2, 20, lambda: f"no reload\n{service.tail()}")
    assert service.health()["rules"] == 2
    post_json(service.url("/articles"), tartus_article(2))
    wait_for(lambda: pairs(state.posted()) == [("tartus-2", "tartus-port")], 30, service.tail)

    (rules / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    ops = wait_for(lambda: [m for m in state.messages if m["channel"] == "#raqib-ops"], 20,
                   lambda: f"no ops message\n{service.tail()}")
    assert "broken.yaml:5" in ops[0]["text"], ops[0]["text"]
    assert "broken.yaml:5" in service.tail(200)
    health = service.health()
    assert health["rules_version"] == 2 and health["rules"] == 2
    post_json(service.url("/articles"), tartus_article(3))
    wait_for(lambda: ("tartus-3", "tartus-port") in pairs(state.posted()), 30, service.tail)


def test_bad_articles_go_to_the_dlq_with_the_reason(broker, slack_server, start_service) -> None:
    from kafka import KafkaConsumer, KafkaProducer

    service = start_service(ROOT / "rules")
    producer = KafkaProducer(bootstrap_servers=broker, batch_size=1, linger_ms=0)
    bad = {
        b"k-json": b"{not json",
        b"k-empty": json.dumps({"id": "empty", "title": "", "text": "  "}).encode(),
        b"k-list": b"[1, 2, 3]",
        b"k-type": json.dumps({"id": "typed", "title": "t", "text": {"no": "dict"}}).encode(),
    }
    for key, value in bad.items():
        producer.send("articles", key=key, value=value)
    good = {"id": "good-1", "title": "Hmeimim", "text": "Aircraft at Hmeimim air base."}
    producer.send("articles", key=b"good-1", value=json.dumps(good).encode())
    producer.flush()
    producer.close()

    consumer = KafkaConsumer("articles.dlq", bootstrap_servers=broker, auto_offset_reset="earliest",
                             group_id=None, consumer_timeout_ms=1000)
    letters: dict[str, dict] = {}
    deadline = time.monotonic() + 40
    while len(letters) < len(bad) and time.monotonic() < deadline:
        for record in consumer:
            letter = json.loads(record.value)
            letters[letter["key"]] = letter
    consumer.close()
    assert set(letters) == {k.decode() for k in bad}, service.tail()
    assert "not valid JSON" in letters["k-json"]["reason"]
    assert "title and text are both empty" in letters["k-empty"]["reason"]
    assert "must be a JSON object" in letters["k-list"]["reason"]
    assert "text" in letters["k-type"]["reason"]
    assert letters["k-json"]["payload"] == "{not json" and letters["k-json"]["topic"] == "articles"
    wait_for(lambda: ("good-1", "russian-bases-syria") in pairs(slack_server.state.posted()), 30, service.tail)
    assert service.metrics()["raqib_dlq_total"] == len(bad)
