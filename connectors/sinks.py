"""Where alerts go: the sink interface and the terminal sink (used when there is no Slack token)."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from typing import Protocol, TextIO

from raqib.alerts import Alert, render_text


class Sink(Protocol):
    """Delivers one alert to one channel and says where it landed."""

    def channels(self, alert: Alert) -> tuple[str, ...]:
        """The channels this alert goes to: the rule's ``notify`` channels, else the default."""
        ...

    async def post(self, alert: Alert, channel: str, thread_ts: str | None) -> str:
        """Post; return the message ts once the destination has accepted it (retrying until then)."""
        ...

    async def post_ops(self, title: str, body: str) -> None:
        """Tell the operators something (best effort; never raises)."""
        ...

    async def close(self) -> None: ...


def route(alert: Alert, default_channel: str) -> tuple[str, ...]:
    return alert.rule.notify or (default_channel,)


class TerminalSink:
    """Prints alerts as text; the ts it returns are local counters."""

    def __init__(self, default_channel: str, out: TextIO | None = None, echo: Callable[[str], None] | None = None) -> None:
        self.default_channel = default_channel
        self._out = out
        self._echo = echo
        self._ts = itertools.count(1)

    def _print(self, text: str) -> None:
        if self._echo is not None:
            self._echo(text)
        else:
            print(text, file=self._out or sys.stdout, flush=True)

    def channels(self, alert: Alert) -> tuple[str, ...]:
        return route(alert, self.default_channel)

    async def post(self, alert: Alert, channel: str, thread_ts: str | None) -> str:
        thread = f" (thread {thread_ts})" if thread_ts else ""
        self._print(f"── alert → {channel}{thread}\n{render_text(alert)}")
        return f"terminal.{next(self._ts)}"

    async def post_ops(self, title: str, body: str) -> None:
        self._print(f"── ops: {title}\n{body}")

    async def close(self) -> None:
        return None
