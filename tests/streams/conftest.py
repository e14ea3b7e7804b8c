"""Fixtures of the service integration tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from svc_harness import Service


@pytest.fixture
def start_service(broker: str, slack_server, tmp_path: Path) -> Iterator[Callable[..., Service]]:
    """Start ``raqib run`` processes on the test's broker and Slack server; all stopped at the end."""
    started: list[Service] = []

    def start(rules: Path, name: str = "w1", **kw) -> Service:
        kw.setdefault("slack_url", slack_server.url)
        service = Service(broker, rules, tmp_path, name=name, **kw).start()
        started.append(service)
        return service

    yield start
    for service in started:
        service.stop()
