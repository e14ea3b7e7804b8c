"""Settings: typed, from flags over the environment, the Slack token never shown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from raqib.settings import Settings


def test_environment_and_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAQIB_KAFKA_BROKER", "kafka:9092")
    monkeypatch.setenv("RAQIB_RULES", "rules:more-rules")
    monkeypatch.setenv("RAQIB_SLACK_RATE_PER_CHANNEL", "50")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:8099/api")
    monkeypatch.setenv("WEB_PORT", "1")  # not ours: ignored
    s = Settings.load(web_port=7000, kafka_broker=None)
    assert s.kafka_broker == "kafka:9092"  # a flag left out does not hide the environment
    assert s.rules == (Path("rules"), Path("more-rules"))
    assert s.slack_rate_per_channel == 50
    assert s.slack_api_url == "http://127.0.0.1:8099/api/"  # slack_sdk needs the trailing slash
    assert s.web_port == 7000
    assert Settings.load(kafka_broker="other:1").kafka_broker == "other:1"


def test_token_is_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-very-secret")
    s = Settings.load()
    assert s.slack_enabled and s.slack_bot_token.get_secret_value() == "xoxb-very-secret"
    assert "xoxb-very-secret" not in repr(s) and "xoxb-very-secret" not in str(s.model_dump())


def test_no_token_means_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "")
    assert not Settings.load().slack_enabled


@pytest.mark.parametrize(
    ("env", "value", "message"),
    [
        ("RAQIB_KAFKA_BROKER", "localhost", "HOST:PORT"),
        ("SLACK_API_URL", "slack.com/api", "http(s) URL"),
        ("RAQIB_SLACK_RATE_PER_CHANNEL", "0", "greater than 0"),
    ],
)
def test_bad_values_say_what_is_wrong(monkeypatch: pytest.MonkeyPatch, env: str, value: str, message: str) -> None:
    monkeypatch.setenv(env, value)
    with pytest.raises(ValidationError, match=re.escape(message)):
        Settings.load()


def test_settings_are_frozen() -> None:
    with pytest.raises(ValidationError):
        Settings.load().web_port = 1  # type: ignore[misc]
