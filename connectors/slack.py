"""The Slack sink: posts alerts with the async slack_sdk client, paced per channel, retried until ok.

- Pacing: Slack allows about one message per second per channel; ``rate`` messages per second
  per channel are sent at most (``RAQIB_SLACK_RATE_PER_CHANNEL``).
- Retries: 429 (waiting Retry-After), 5xx, timeouts and connection errors are retried with
  exponential backoff, without limit: the alert stays in the ``alerts`` topic until Slack answers
  ok, so nothing is lost. A channel the bot cannot post to (``channel_not_found``,
  ``not_in_channel``, ``is_archived``) falls back to the default channel, so one bad ``notify``
  does not hold every alert behind it; other errors (a bad token, an unusable default channel)
  keep retrying while they are logged, until the operator fixes the setting.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable
from typing import Any

import aiohttp
from pydantic import SecretStr
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from connectors.sinks import route
from connectors.slack_render import render_message, render_ops_message
from raqib.alerts import Alert

log = logging.getLogger(__name__)

# slack_sdk formats a debug line of every request's arguments whenever its logger's own level is
# NOTSET or DEBUG, before logging decides to drop it; a logger of its own at INFO skips that work.
CLIENT_LOG = logging.getLogger("connectors.slack.client")
CLIENT_LOG.setLevel(logging.INFO)
CHANNEL_ERRORS = frozenset({"channel_not_found", "not_in_channel", "is_archived", "restricted_action"})
MAX_BACKOFF = 30.0


class ChannelPacer:
    """At most ``rate`` sends per second per channel; ``hold`` pushes a channel back (Retry-After)."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / rate
        self._clock = clock
        self._next: dict[str, float] = {}

    async def wait(self, channel: str) -> None:
        now = self._clock()
        at = max(now, self._next.get(channel, now))
        self._next[channel] = at + self.interval
        if at > now:
            await asyncio.sleep(at - now)

    def hold(self, channel: str, seconds: float) -> None:
        self._next[channel] = max(self._next.get(channel, 0.0), self._clock() + seconds)


class SlackSink:
    """Delivers alerts to Slack; ``post`` returns the message ts only when Slack answered ok."""

    def __init__(
        self,
        token: SecretStr,
        *,
        base_url: str,
        default_channel: str,
        ops_channel: str | None = None,
        rate_per_channel: float = 1.0,
        timeout: float = 10.0,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self.default_channel = default_channel
        self.ops_channel = ops_channel
        self.pacer = ChannelPacer(rate_per_channel)
        self._on_error = on_error or (lambda kind: None)
        self._timeout = int(max(1, timeout))
        self._client = AsyncWebClient(
            token=token.get_secret_value(), base_url=base_url, timeout=self._timeout, retry_handlers=[],
            logger=CLIENT_LOG,
        )
        self._session_loop: asyncio.AbstractEventLoop | None = None

    def channels(self, alert: Alert) -> tuple[str, ...]:
        return route(alert, self.default_channel)

    async def post(self, alert: Alert, channel: str, thread_ts: str | None) -> str:
        payload = render_message(alert, channel, thread_ts)
        fallback = channel != self.default_channel
        try:
            return await self._send(payload, what=f"alert {alert.id}", may_fall_back=fallback)
        except _ChannelUnusable as e:
            log.error("cannot post alert %s to %s (%s): posting to the default channel %s instead; "
                      "invite the bot to %s or fix the rule's notify", alert.id, channel, e, self.default_channel, channel)
            return await self.post(alert, self.default_channel, None)

    async def post_ops(self, title: str, body: str) -> None:
        if not self.ops_channel:
            return
        try:
            payload = render_ops_message(self.ops_channel, title, body)
            await asyncio.wait_for(self._send(payload, what="ops message"), 60)
        except Exception as e:  # noqa: BLE001 - best effort: ops messages never stop the service
            log.warning("could not post to the ops channel %s: %s", self.ops_channel, e)

    async def close(self) -> None:
        session = getattr(self._client, "session", None)
        if session is not None and not session.closed:
            await session.close()
        self._client.session = None
        self._session_loop = None

    def _ensure_session(self) -> None:
        """One HTTP session (kept-alive connections) per event loop, made on first use.

        Without it slack_sdk opens a new session, hence a new TCP connection, for every post.
        """
        loop = asyncio.get_running_loop()
        session = self._client.session
        if session is not None and not session.closed and self._session_loop is loop:
            return
        self._client.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self._timeout))
        self._session_loop = loop

    async def _send(self, payload: dict[str, Any], *, what: str, may_fall_back: bool = False) -> str:
        channel = payload["channel"]
        attempt = 0
        while True:
            await self.pacer.wait(channel)
            self._ensure_session()
            try:
                response = await self._client.chat_postMessage(**payload)
                return str(response["ts"])
            except SlackApiError as e:
                status = e.response.status_code
                error = e.response.get("error") if isinstance(e.response.data, dict) else None
                if status == 429:
                    wait = _retry_after(e.response.headers, default=1.0)
                    self.pacer.hold(channel, wait)
                    self._on_error("ratelimited")
                    log.warning("Slack rate limit on %s for %s: waiting %.1f s (Retry-After)", channel, what, wait)
                    attempt += 1
                    continue
                if status < 500 and error in CHANNEL_ERRORS and may_fall_back:
                    self._on_error(error)
                    raise _ChannelUnusable(error) from None
                kind = f"http_{status}" if status >= 500 else (error or f"http_{status}")
                if status >= 500:
                    hint = ""
                elif error in CHANNEL_ERRORS:
                    hint = f"; invite the bot to {channel} or fix the channel setting"
                else:
                    hint = "; check SLACK_BOT_TOKEN and the bot's scopes (chat:write)"
            except (TimeoutError, aiohttp.ClientError) as e:
                kind, hint = "timeout" if isinstance(e, asyncio.TimeoutError) else "connection", ""
            attempt += 1
            wait = min(MAX_BACKOFF, 0.25 * 2 ** min(attempt, 10)) * random.uniform(0.8, 1.2)
            self._on_error(kind)
            log.warning("Slack did not accept %s in %s (%s, attempt %d): retrying in %.1f s%s",
                        what, channel, kind, attempt, wait, hint)
            await asyncio.sleep(wait)


class _ChannelUnusable(Exception):
    """The bot cannot post to this channel (not found, not a member, archived)."""


def _retry_after(headers: Any, default: float) -> float:
    for key in ("Retry-After", "retry-after"):
        value = headers.get(key) if headers else None
        if value is not None:
            try:
                return max(0.0, float(value))
            except (TypeError, ValueError):
                break
    return default
