"""The Slack sink with the real slack_sdk client against the local Slack Web API server."""

from __future__ import annotations

import time

from alert_cases import sample_alert
from pydantic import SecretStr

from connectors.sinks import TerminalSink
from connectors.slack import SlackSink


def make_sink(server, rate: float = 50.0, errors: list[str] | None = None, ops: str | None = None) -> SlackSink:
    return SlackSink(
        SecretStr("xoxb-test-token"), base_url=server.url, default_channel="#alerts", ops_channel=ops,
        rate_per_channel=rate, timeout=5, on_error=(errors.append if errors is not None else None),
    )


async def test_post_returns_ts_and_sends_the_rendered_payload(slack_server) -> None:
    sink = make_sink(slack_server)
    ts = await sink.post(sample_alert(), "#alerts", None)
    await sink.close()
    [message] = slack_server.state.messages
    assert ts == message["ts"]
    assert message["channel"] == "#alerts"
    assert message["metadata"]["event_type"] == "raqib_alert"
    assert slack_server.state.requests[0]["auth"] == "Bearer xoxb-test-token"


async def test_posts_reuse_one_http_connection(slack_server) -> None:
    sink = make_sink(slack_server)
    for _ in range(3):
        await sink.post(sample_alert(), "#alerts", None)
    await sink.close()
    peers = [r["peer"] for r in slack_server.state.requests]
    assert len(peers) == 3 and len(set(peers)) == 1, f"a new connection per post: {peers}"


async def test_routing_rule_channels_else_default(slack_server) -> None:
    sink = make_sink(slack_server)
    assert sink.channels(sample_alert()) == ("#alerts",)
    assert sink.channels(sample_alert(notify=("#syria-desk", "#ops"))) == ("#syria-desk", "#ops")


async def test_429_waits_retry_after_then_delivers(slack_server) -> None:
    errors: list[str] = []
    sink = make_sink(slack_server, errors=errors)
    slack_server.state.fail_next(429, retry_after=1)
    started = time.monotonic()
    ts = await sink.post(sample_alert(), "#alerts", None)
    elapsed = time.monotonic() - started
    await sink.close()
    assert ts and len(slack_server.state.messages) == 1
    assert len(slack_server.state.requests) == 2
    assert elapsed >= 0.95, f"Retry-After: 1 was not honoured ({elapsed:.2f} s)"
    assert errors == ["ratelimited"]


async def test_5xx_is_retried_with_backoff(slack_server) -> None:
    errors: list[str] = []
    sink = make_sink(slack_server, errors=errors)
    slack_server.state.fail_next(500, times=2)
    ts = await sink.post(sample_alert(), "#alerts", None)
    await sink.close()
    assert ts == slack_server.state.messages[0]["ts"]
    assert len(slack_server.state.requests) == 3
    assert errors == ["http_500", "http_500"]


async def test_unknown_channel_falls_back_to_default(slack_server) -> None:
    slack_server.state.unknown_channels.add("#nowhere")
    sink = make_sink(slack_server)
    await sink.post(sample_alert(notify=("#nowhere",)), "#nowhere", None)
    await sink.close()
    assert [m["channel"] for m in slack_server.state.messages] == ["#alerts"]


async def test_pacing_per_channel(slack_server) -> None:
    sink = make_sink(slack_server, rate=5.0)  # one message every 0.2 s per channel
    started = time.monotonic()
    for _ in range(3):
        await sink.post(sample_alert(), "#a", None)
    await sink.post(sample_alert(), "#b", None)  # another channel is not held back by #a
    elapsed = time.monotonic() - started
    await sink.close()
    times = [r["at"] for r in slack_server.state.requests]
    assert times[1] - times[0] >= 0.18 and times[2] - times[1] >= 0.18
    assert times[3] - times[2] < 0.15
    assert elapsed < 1.0


async def test_ops_message_goes_to_ops_channel(slack_server) -> None:
    sink = make_sink(slack_server, ops="#raqib-ops")
    await sink.post_ops("rule edit refused", "rules/x.yaml:3:5: unknown field 'mach'")
    await sink.close()
    [message] = slack_server.state.messages
    assert message["channel"] == "#raqib-ops"
    assert "rules/x.yaml:3:5: unknown field 'mach'" in message["text"]


async def test_terminal_sink_prints_the_alert() -> None:
    lines: list[str] = []
    sink = TerminalSink("#alerts", echo=lines.append)
    ts = await sink.post(sample_alert(), "#alerts", None)
    assert ts == "terminal.1"
    assert "Hmeimim air base in the news" in lines[0] and "**حميميم**" in lines[0]


async def test_unusable_default_channel_is_retried_not_dropped(slack_server) -> None:
    errors: list[str] = []
    sink = make_sink(slack_server, errors=errors)
    slack_server.state.fail_next(200, error="not_in_channel")
    ts = await sink.post(sample_alert(), "#alerts", None)
    await sink.close()
    assert errors == ["not_in_channel"]
    assert [m["channel"] for m in slack_server.state.messages] == ["#alerts"] and ts
