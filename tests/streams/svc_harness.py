"""Running ``raqib run`` as a real process against a real broker, for the integration tests."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from streams.broker import free_port

ROOT = Path(__file__).resolve().parents[2]


class Service:
    """One ``raqib run`` process; its log is kept for the assertion messages."""

    def __init__(self, broker: str, rules: Path, tmp: Path, *, slack_url: str | None, name: str = "w1",
                 env: dict[str, str] | None = None, app_id: str = "raqib-test") -> None:
        self.web_port = free_port()
        self.log_path = tmp / f"service-{name}.log"
        self.cmd = [sys.executable, "-c", "from raqib.cli import main; main()", "run", "--broker", broker,
                    "--rules", str(rules), "--web-port", str(self.web_port)]
        self.env = {
            **os.environ,
            "RAQIB_APP_ID": app_id,
            "RAQIB_DATA_DIR": str(tmp / f"data-{name}"),
            "RAQIB_SLACK_CHANNEL": "#alerts",
            "RAQIB_SLACK_RATE_PER_CHANNEL": "50",
            "RAQIB_LOG_LEVEL": "info",
            "PYTHONUNBUFFERED": "1",
        }
        if slack_url:
            self.env.update({"SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_API_URL": slack_url})
        self.env.update(env or {})
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Service:
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(self.cmd, cwd=ROOT, env=self.env, stdout=self._log, stderr=self._log)
        wait_for(lambda: self.health() is not None, 60, f"service did not answer /health\n{self.tail()}")
        return self

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.web_port}{path}"

    def health(self) -> dict[str, Any] | None:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise AssertionError(f"service exited with {self.proc.returncode}\n{self.tail()}")
        try:
            with urllib.request.urlopen(self.url("/health"), timeout=2) as r:
                return json.loads(r.read())
        except OSError:
            return None

    def metrics(self) -> dict[str, float]:
        with urllib.request.urlopen(self.url("/metrics"), timeout=5) as r:
            text = r.read().decode()
        out: dict[str, float] = {}
        for line in text.splitlines():
            m = re.match(r"^([a-z_]+(?:\{[^}]*\})?) ([0-9.e+-]+)$", line)
            if m:
                out[m.group(1)] = float(m.group(2))
        return out

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if getattr(self, "_log", None):
            self._log.close()

    def tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""


def wait_for(cond: Callable[[], Any], timeout: float, message: str | Callable[[], str], step: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = cond()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(message() if callable(message) else message)


def post_json(url: str, body: Any) -> tuple[int, Any]:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def pairs(messages: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    """(article id, rule id) of each posted alert, from the message metadata."""
    return [(m["metadata"]["event_payload"]["article_id"], m["metadata"]["event_payload"]["rule_id"]) for m in messages]


def expected_pairs(rules: Path, articles: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    """What matching the same rules in-process (as ``raqib backtest`` does) finds."""
    from raqib import load_rules

    wl = load_rules([rules])
    return {(a["id"], m.rule.id) for a in articles for m in wl.match(a)}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
