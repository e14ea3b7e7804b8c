"""Shared fixtures: a real embedded broker and a local Slack Web API server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[str]:
    """A fresh embedded Kafka-compatible broker (Tansu, memory only); yields "127.0.0.1:PORT".

    Function-scoped: topic names are fixed, so each test gets a broker of its own.
    """
    from streams.broker import EmbeddedBroker

    with EmbeddedBroker(log=tmp_path / "broker.log") as b:
        yield b.address


@pytest.fixture
def slack_server() -> Iterator:
    """A local HTTP server speaking the Slack Web API (``.url`` ends with /api/, ``.state`` records)."""
    from connectors.slack_fake import FakeSlack, SlackServer

    with SlackServer(FakeSlack(token="xoxb-test-token")) as server:
        yield server


def pytest_configure(config: pytest.Config) -> None:
    # kafka-python 3 still loads its protocol schemas with importlib.resources' legacy API
    config.addinivalue_line("filterwarnings", "ignore:read_text is deprecated:DeprecationWarning")
    config.addinivalue_line("filterwarnings", "ignore:open_text is deprecated:DeprecationWarning")
