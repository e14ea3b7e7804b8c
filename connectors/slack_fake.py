"""A local HTTP server that speaks enough of the Slack Web API for tests and benchmarks.

It answers ``chat.postMessage`` (and ``auth.test``) like Slack does, records every request,
and can be scripted to answer 429 with Retry-After, 500, or an error such as
``channel_not_found``. It runs in a thread with its own event loop, so the real
``slack_sdk`` client (in the code under test) talks to it over HTTP.

    python -m connectors.slack_fake --port 8099 [--log messages.jsonl]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from aiohttp import web


@dataclass
class Scripted:
    """One scripted answer: an HTTP status, a Slack error code, or both."""

    status: int = 200
    error: str | None = None
    retry_after: int | None = None


@dataclass
class FakeSlack:
    """The server's state: requests seen, messages accepted, answers queued."""

    token: str | None = None  # when set, other tokens get invalid_auth
    unknown_channels: set[str] = field(default_factory=set)
    log: Path | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    script: deque[Scripted] = field(default_factory=deque)
    _ts: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, status: int = 500, *, error: str | None = None, retry_after: int | None = None, times: int = 1) -> None:
        with self._lock:
            self.script.extend(Scripted(status, error, retry_after) for _ in range(times))

    def posted(self, event_type: str = "raqib_alert") -> list[dict[str, Any]]:
        """Accepted messages carrying metadata of this event type."""
        with self._lock:
            return [m for m in self.messages if (m.get("metadata") or {}).get("event_type") == event_type]

    def _next_answer(self) -> Scripted | None:
        with self._lock:
            return self.script.popleft() if self.script else None

    def _record(self, method: str, body: dict[str, Any], auth: str, peer: Any = None) -> None:
        with self._lock:
            self.requests.append({"method": method, "body": body, "auth": auth, "at": time.time(), "peer": peer})

    def _accept(self, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            ts = f"{1700000000 + next(self._ts)}.000100"
            message = {**body, "ts": ts}
            self.messages.append(message)
            if self.log is not None:
                with self.log.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(message, ensure_ascii=False) + "\n")
        return {"ok": True, "channel": body.get("channel"), "ts": ts, "message": {"text": body.get("text"), "ts": ts}}

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.content_type == "application/json":
            body = await request.json()
        else:
            body = dict(await request.post())
            for k in ("blocks", "metadata"):
                if isinstance(body.get(k), str):
                    body[k] = json.loads(body[k])
        auth = request.headers.get("Authorization", "")
        # the client's address and port: the same for requests over one kept-alive connection
        peer = request.transport.get_extra_info("peername") if request.transport is not None else None
        self._record(method, body, auth, tuple(peer) if peer else None)
        scripted = self._next_answer()
        if scripted is not None and scripted.status != 200:
            headers = {"Retry-After": str(scripted.retry_after)} if scripted.retry_after is not None else {}
            payload = {"ok": False, "error": scripted.error or ("ratelimited" if scripted.status == 429 else "internal_error")}
            return web.json_response(payload, status=scripted.status, headers=headers)
        if scripted is not None and scripted.error:
            return web.json_response({"ok": False, "error": scripted.error})
        if not auth.startswith("Bearer "):
            return web.json_response({"ok": False, "error": "not_authed"})
        if self.token is not None and auth != f"Bearer {self.token}":
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method == "auth.test":
            return web.json_response({"ok": True, "user_id": "UFAKE", "team": "fake"})
        if method != "chat.postMessage":
            return web.json_response({"ok": False, "error": "unknown_method"})
        if not body.get("channel") or body["channel"] in self.unknown_channels:
            return web.json_response({"ok": False, "error": "channel_not_found"})
        if not body.get("text") and not body.get("blocks"):
            return web.json_response({"ok": False, "error": "no_text"})
        return web.json_response(self._accept(body))


class SlackServer:
    """The fake Slack Web API on 127.0.0.1, in a background thread. ``url`` ends with ``/api/``."""

    def __init__(self, state: FakeSlack | None = None, port: int = 0, host: str = "127.0.0.1") -> None:
        self.state = state or FakeSlack()
        self.host, self.port = host, port
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-slack", daemon=True)
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/api/"

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self.state.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def start(self) -> SlackServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="A local Slack Web API for tests and benchmarks.")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--log", type=Path, help="append every accepted message to this JSONL file")
    args = parser.parse_args(argv)
    server = SlackServer(FakeSlack(log=args.log), port=args.port).start()
    print(f"fake Slack Web API at {server.url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
