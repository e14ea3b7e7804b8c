"""End-to-end benchmark of the service: articles on Kafka -> match agent -> alerts -> Slack.

    uv run python -m benchmarks.e2e [--rate 50] [--seconds 20] [--max-rate-search] [--json PATH]

Starts the embedded broker (``streams.broker``), the fake Slack Web API
(``connectors.slack_fake``, in its own process, logging every accepted post with its
arrival time) and ONE ``raqib run`` process, waits until a warm-up article has been
posted, then produces articles with kafka-python at a steady rate. Each article is
the sample ``sample-ar-01`` with a unique id (carrying its produce time), a unique
title (so alerts spread over stories and partitions) and one sentence with a keyword
that exactly one generated rule matches. Latency is produce -> arrival of the post
at the fake Slack server, per alert.

With ``--max-rate-search`` the rate is stepped up (``--search-rates``, ~10 s each);
a step "keeps pace" when every alert is delivered, 99% of them no later than 3 s
after the last produce, and the median latency of the last tenth of the articles is
less than 1 s above that of the first tenth (the backlog does not grow); it is "kept up" when it also has
p99 < 1 s. The search stops at the first step that does not keep pace. Every process
started here is stopped on exit, on errors and on Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from streams.broker import EmbeddedBroker, _death_signal_hook, free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[1]
KEYWORD = "zorblaxqu"  # a literal keyword nothing else contains
RULE_ID = "e2e-bench"
CHANNEL = "#e2e-bench"
KEEP_UP_P99_S = 1.0
PACE_SLACK_S = 3.0
PACE_GROWTH_S = 1.0

RULES_YAML = f"""\
version: 1
rules:
  - id: {RULE_ID}
    title: End-to-end benchmark keyword
    severity: low
    match:
      phrase: {KEYWORD}
"""


# -- the fake Slack server, run as a child process of this script ---------------------------------

def fake_slack_main(port: int, log: Path) -> None:
    """Serve the fake Slack Web API on ``port``; append (arrival time, article, rule) per accepted post."""
    from connectors.slack_fake import FakeSlack, SlackServer

    class TimedFakeSlack(FakeSlack):
        def _accept(self, body: dict[str, Any]) -> dict[str, Any]:
            at = time.time()
            answer = super()._accept(body)
            payload = (body.get("metadata") or {}).get("event_payload") or {}
            with log.open("a", encoding="utf-8") as f:
                f.write(json.dumps({"at": at, "article_id": payload.get("article_id"),
                                    "rule_id": payload.get("rule_id"), "channel": body.get("channel"),
                                    "thread_ts": body.get("thread_ts")}) + "\n")
            return answer

        def _record(self, method: str, body: dict[str, Any], auth: str) -> None:
            pass  # keep no per-request history: the log file is the record

    server = SlackServer(TimedFakeSlack(), port=port).start()
    print(f"fake Slack Web API at {server.url}", flush=True)
    stop = False

    def on_term(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    while not stop:
        time.sleep(0.2)
    server.stop()


# -- helpers --------------------------------------------------------------------------------------

def pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def word(n: int) -> str:
    """A unique Latin-letter word for ``n`` (digits may not survive title normalization)."""
    letters = "bcdfghjklmnpqrstvwxz"
    out = ""
    n += 20 ** 3
    while n:
        n, r = divmod(n, 20)
        out += letters[r]
    return "q" + out


def load_template() -> dict[str, Any]:
    for line in (ROOT / "samples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            if a["id"] == "sample-ar-01":
                return a
    raise SystemExit("samples/articles.jsonl has no sample-ar-01")


def make_article(template: dict[str, Any], run: str, seq: int, sent_ns: int) -> dict[str, Any]:
    tag = word(seq)
    return {
        **template,
        "id": f"e2e-{run}-{seq}-{sent_ns}",
        "url": f"https://example.org/e2e/{run}/{seq}",
        "title": f"{template['title']} {tag}",
        # In the story's body (not in the page furniture at the end, which a story-scoped rule ignores).
        "text": template["text"].replace("\nولم يصدر", f"\nوذكر تقرير {tag} كلمة {KEYWORD} مرة واحدة.\nولم يصدر", 1),
    }


def read_log(path: Path) -> dict[str, float]:
    """Article id -> first arrival time of its alert's post."""
    out: dict[str, float] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return out
    for line in text.splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line being written
        aid = rec.get("article_id")
        if aid and aid not in out:
            out[aid] = rec["at"]
    return out


class Proc:
    """A child process in its own session that dies with this one; stopped by ``stop``."""

    def __init__(self, name: str, cmd: list[str], log: Path, env: dict[str, str] | None = None) -> None:
        self.name, self.log_path = name, log
        self._log = log.open("ab")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=self._log, stderr=self._log,
                                     stdin=subprocess.DEVNULL, start_new_session=True,
                                     preexec_fn=_death_signal_hook())  # noqa: PLW1509

    def alive(self) -> bool:
        return self.proc.poll() is None

    def tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def stop(self, timeout: float = 20) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


# -- the run --------------------------------------------------------------------------------------

class Bench:
    def __init__(self, tmp: Path, stack: contextlib.ExitStack) -> None:
        self.tmp = tmp
        self.run_id = f"{int(time.time()) % 100000}"
        self.template = load_template()
        self.seq = 0
        self.slack_log = tmp / "slack-posts.jsonl"
        self.slack_log.touch()

        self.broker = EmbeddedBroker(log=tmp / "broker.log").start()
        stack.callback(self.broker.stop)
        print(f"broker at {self.broker.address}", flush=True)

        slack_port = free_port()
        self.slack = Proc("fake-slack", [sys.executable, "-m", "benchmarks.e2e", "--fake-slack", str(slack_port),
                                         "--fake-slack-log", str(self.slack_log)], tmp / "slack.log")
        stack.callback(self.slack.stop)
        if not wait_for_port("127.0.0.1", slack_port, 15):
            raise RuntimeError(f"the fake Slack server did not start\n{self.slack.tail()}")
        slack_url = f"http://127.0.0.1:{slack_port}/api/"

        rules = tmp / "rules"
        rules.mkdir()
        (rules / "e2e.yaml").write_text(RULES_YAML, encoding="utf-8")
        self.web_port = free_port()
        env = {
            **os.environ,
            "RAQIB_APP_ID": f"raqib-e2e-{self.run_id}",
            "RAQIB_DATA_DIR": str(tmp / "data"),
            "RAQIB_SLACK_CHANNEL": CHANNEL,
            "RAQIB_SLACK_RATE_PER_CHANNEL": "1000",
            "RAQIB_LOG_LEVEL": "warning",
            "SLACK_BOT_TOKEN": "xoxb-e2e-bench",
            "SLACK_API_URL": slack_url,
            "PYTHONUNBUFFERED": "1",
        }
        cmd = [sys.executable, "-c", "from raqib.cli import main; main()", "run", "--broker", self.broker.address,
               "--rules", str(rules), "--web-port", str(self.web_port)]
        t0 = time.monotonic()
        self.service = Proc("service", cmd, tmp / "service.log", env)
        stack.callback(self.service.stop)
        self._wait(lambda: self._health() is not None, 90, "the service did not answer /health")
        t_health = time.monotonic() - t0

        from connectors.kafka import ArticleProducer

        # One record per batch: the embedded broker's workaround, as the service's own producers use.
        self.producer = ArticleProducer(self.broker.address, one_record_per_batch=True)
        stack.callback(self.producer.close)
        warm = self._send()
        self.producer.flush()
        self._wait(lambda: warm in read_log(self.slack_log), 120, "the warm-up article's alert never reached Slack")
        self.startup = {"health_s": round(t_health, 2), "first_alert_s": round(time.monotonic() - t0, 2)}
        print(f"service ready: /health after {t_health:.1f} s, first alert after {self.startup['first_alert_s']:.1f} s",
              flush=True)

    def _health(self) -> dict[str, Any] | None:
        if not self.service.alive():
            raise RuntimeError(f"the service exited with {self.service.proc.returncode}\n{self.service.tail()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}/health", timeout=2) as r:
                return json.loads(r.read())
        except OSError:
            return None

    def _wait(self, cond: Any, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.service.alive():
                raise RuntimeError(f"the service exited with {self.service.proc.returncode}\n{self.service.tail()}")
            if cond():
                return
            time.sleep(0.2)
        raise RuntimeError(f"{what} within {timeout:.0f} s\n{self.service.tail()}")

    def _send(self) -> str:
        self.seq += 1
        ns = time.time_ns()
        article = make_article(self.template, self.run_id, self.seq, ns)
        self.producer.send(article)
        return article["id"]

    def step(self, rate: float, seconds: float, drain: float) -> dict[str, Any]:
        """Produce at ``rate``/s for ``seconds``, wait up to ``drain`` s for the last alerts, measure."""
        n = int(rate * seconds)
        sent: dict[str, float] = {}
        start = time.perf_counter()
        t0 = time.time()
        for i in range(n):
            due = start + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            ns = time.time_ns()
            self.seq += 1
            article = make_article(self.template, self.run_id, self.seq, ns)
            self.producer.send(article)
            sent[article["id"]] = ns / 1e9
        self.producer.flush()
        produce_s = time.perf_counter() - start
        t_end = time.time()
        deadline = time.monotonic() + drain
        while time.monotonic() < deadline:
            got = read_log(self.slack_log)
            if all(a in got for a in sent):
                break
            if not self.service.alive():
                raise RuntimeError(f"the service exited\n{self.service.tail()}")
            time.sleep(0.25)
        got = read_log(self.slack_log)
        lat = [got[a] - t for a, t in sent.items() if a in got]
        arrivals = sorted(got[a] for a in sent if a in got)
        delivered = len(lat)
        on_time = sum(1 for a in sent if a in got and got[a] <= t_end + PACE_SLACK_S)
        out = {
            "rate_target": rate,
            "seconds": seconds,
            "expected": n,
            "produced_rate": round(n / produce_s, 1) if produce_s else None,
            "delivered": delivered,
            "delivered_by_end_plus_slack": on_time,
            "delivery_rate": round(len(arrivals) / (arrivals[-1] - t0), 1) if arrivals else 0.0,
            "p50_ms": round(pct(lat, 0.50) * 1000, 1),
            "p99_ms": round(pct(lat, 0.99) * 1000, 1),
            "max_ms": round(max(lat) * 1000, 1) if lat else None,
            "drain_s": round(time.time() - t_end, 1),
        }
        # Keeps pace: everything delivered, 99% of it no later than PACE_SLACK_S after the last produce,
        # and the latency of the last tenth of the articles no more than PACE_GROWTH_S above that of the
        # first tenth (the backlog does not grow). Kept up: keeps pace and p99 < 1 s.
        order = sorted(sent, key=sent.get)
        k = max(1, n // 10)
        first = [got[a] - sent[a] for a in order[:k] if a in got]
        last = [got[a] - sent[a] for a in order[-k:] if a in got]
        growth = pct(last, 0.5) - pct(first, 0.5) if first and last else float("inf")
        out["latency_growth_ms"] = round(growth * 1000, 1)
        out["keeps_pace"] = bool(delivered == n and on_time >= 0.99 * n and growth < PACE_GROWTH_S)
        out["kept_up"] = bool(out["keeps_pace"] and lat and pct(lat, 0.99) < KEEP_UP_P99_S)
        return out


def table(rows: list[dict[str, Any]]) -> str:
    head = ("rate/s", "produced/s", "expected", "delivered", f"by end+{PACE_SLACK_S:g}s", "delivered/s", "p50 ms",
            "p99 ms", "max ms", "growth ms", "keeps pace", "kept up (p99<1s)")
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * (len(head) - 1) + "---|"]
    for r in rows:
        lines.append("| " + " | ".join(str(x) for x in (
            r["rate_target"], r["produced_rate"], r["expected"], r["delivered"], r["delivered_by_end_plus_slack"],
            r["delivery_rate"], r["p50_ms"], r["p99_ms"], r["max_ms"], r["latency_growth_ms"], "yes" if r["keeps_pace"] else "no",
            "yes" if r["kept_up"] else "no")) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="End-to-end benchmark: broker -> raqib run -> fake Slack.")
    p.add_argument("--rate", type=float, default=50.0, help="articles per second (default 50)")
    p.add_argument("--seconds", type=float, default=20.0, help="seconds of producing (default 20)")
    p.add_argument("--max-rate-search", action="store_true", help="step the rate up to find the highest kept up")
    p.add_argument("--search-rates", default="100,200,300,400,600,800", help="rates of the search (comma-separated)")
    p.add_argument("--search-seconds", type=float, default=10.0, help="seconds per search step (default 10)")
    p.add_argument("--drain", type=float, default=15.0, help="seconds to wait for late alerts after each step")
    p.add_argument("--json", type=Path, help="write the results here")
    p.add_argument("--keep-tmp", action="store_true", help="keep the temp dir (logs) for inspection")
    p.add_argument("--fake-slack", type=int, help=argparse.SUPPRESS)
    p.add_argument("--fake-slack-log", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.fake_slack:
        fake_slack_main(args.fake_slack, args.fake_slack_log)
        return 0

    # Ctrl-C and SIGTERM unwind through the ExitStack, which stops every child.
    def on_term(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with SIGINT ignored (`&`)
    tmp = Path(tempfile.mkdtemp(prefix="raqib-e2e-"))
    result: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "config": {"rate": args.rate, "seconds": args.seconds, "slack_rate_per_channel": 1000,
                   "partitions": int(os.environ.get("RAQIB_PARTITIONS", "4")), "rules": 1},
    }
    code = 0
    try:
        with contextlib.ExitStack() as stack:
            bench = Bench(tmp, stack)
            result["startup"] = bench.startup
            steady = bench.step(args.rate, args.seconds, args.drain)
            result["steady"] = steady
            print("\nsteady rate\n" + table([steady]), flush=True)
            if args.max_rate_search:
                steps = []
                for rate in [float(r) for r in args.search_rates.split(",") if r.strip()]:
                    print(f"rate {rate:g}/s for {args.search_seconds:g} s ...", flush=True)
                    s = bench.step(rate, args.search_seconds, args.drain)
                    steps.append(s)
                    print(table([s]).splitlines()[-1], flush=True)
                    if not s["keeps_pace"]:
                        break  # a backlog is left: later steps would measure it, not their rate
                result["search"] = steps
                kept = [s["rate_target"] for s in steps if s["kept_up"]]
                paced = [s["rate_target"] for s in steps if s["keeps_pace"]]
                result["max_rate_kept_up"] = max(kept) if kept else None
                result["max_rate_keeps_pace"] = max(paced) if paced else None
                print("\nrate search\n" + table(steps), flush=True)
                print(f"highest rate kept up (all delivered, p99 < 1 s): {result['max_rate_kept_up']}; "
                      f"highest rate whose delivery keeps pace (any latency): {result['max_rate_keeps_pace']}",
                      flush=True)
            result["targets"] = {
                "p99_under_500ms_at_50_per_s": bool(args.rate >= 50 and steady["delivered"] == steady["expected"]
                                                    and steady["p99_ms"] < 500),
                "sustains_500_per_s": (result.get("max_rate_kept_up") or 0) >= 500 if args.max_rate_search else None,
            }
    except KeyboardInterrupt:
        print("interrupted; stopped every process", file=sys.stderr)
        code = 130
    except Exception as e:
        print(f"error: {e}", file=sys.stderr)
        result["error"] = str(e)
        code = 1
    finally:
        if args.json:
            args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
            print(f"wrote {args.json}")
        if args.keep_tmp or code:
            print(f"logs in {tmp}")
        else:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
