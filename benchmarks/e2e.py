"""End-to-end benchmark of the service: articles on Kafka -> match agent -> alerts -> Slack.

    uv run python -m benchmarks.e2e [--rate 50] [--seconds 20] [--max-rate-search] [--json PATH]

Starts the embedded broker (``streams.broker``), the fake Slack Web API
(``connectors.slack_fake``, in its own process, logging every accepted post with its
arrival time) and ONE ``raqib run`` process, waits until a warm-up article has been
posted, then produces articles with kafka-python at a steady rate (batched, 5 ms linger,
as an ingester sends). Each article is
the sample ``sample-ar-01`` with a unique id (carrying its produce time), a unique
title (so alerts spread over stories and partitions) and one sentence with a keyword
that exactly one generated rule matches. Latency is produce -> arrival of the post
at the fake Slack server, per alert.

With ``--max-rate-search`` the rate is stepped up (``--search-rates``, ``--search-seconds``
each). A step is SUSTAINED when every alert is delivered, the median latency of the last
tenth of the articles is less than 250 ms above that of the first tenth (latency does not
grow), the service's consumer lag (``raqib_consumer_lag`` on /metrics, sampled every 0.5 s)
stays within one second's worth of articles through the second half of the step (the lag
is bounded), and p99 < 1 s. The search stops at the first step that is not sustained and
prints the HIGHEST SUSTAINED RATE. Each step also reports the CPU time the service and the
broker spent per article. Every process started here is stopped on exit, on errors and on
Ctrl-C.
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
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from streams.broker import EmbeddedBroker, _death_signal_hook, free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[1]
KEYWORD = "zorblaxqu"  # a literal keyword nothing else contains
RULE_ID = "e2e-bench"
CHANNEL = "#e2e-bench"
# A rate is SUSTAINED when, over the step: every alert is delivered; the median latency of the
# last tenth of the articles is at most GROWTH_S above that of the first tenth (latency does not
# grow); the service's consumer lag (/metrics, sampled every LAG_EVERY_S) never exceeds LAG_BOUND_S
# seconds' worth of articles in the second half of the step (the lag stays bounded); and p99 < P99_S.
GROWTH_S = 0.25
LAG_BOUND_S = 1.0
LAG_EVERY_S = 0.5
P99_S = 1.0
LINGER_MS = 5

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

        def _record(self, method: str, body: dict[str, Any], auth: str, peer: Any = None) -> None:
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


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), 0.0 when unreadable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def metric(port: int, name: str) -> float | None:
    """One value from the service's /metrics, or None."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as r:
            text = r.read().decode()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return None


class LagSampler:
    """Samples the service's consumer lag (articles + alerts not yet read) in a thread."""

    def __init__(self, port: int, every: float = LAG_EVERY_S) -> None:
        self.port, self.every = port, every
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lag-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            lag = metric(self.port, "raqib_consumer_lag")
            if lag is not None:
                self.samples.append((time.time(), int(lag)))

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> list[tuple[float, int]]:
        self._stop.set()
        self._thread.join(5)
        return self.samples


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

        # Batched as an ingester sends (5 ms linger): only changelogs need one record per batch on
        # the embedded broker (streams/app.py).
        self.producer = ArticleProducer(self.broker.address, linger_ms=LINGER_MS)
        stack.callback(self.producer.close)
        warm = self._send()
        self.producer.flush()
        self._wait(lambda: warm in read_log(self.slack_log), 120, "the warm-up article's alert never reached Slack")
        self.pids = {"service": self.service.proc.pid, "broker": self.broker._proc.pid}  # type: ignore[union-attr]
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
        lags = LagSampler(self.web_port)
        cpu0 = {name: cpu_seconds(pid) for name, pid in self.pids.items()}
        start = time.perf_counter()
        t0 = time.time()
        lags.start()
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
        lag_samples = lags.stop()
        deadline = time.monotonic() + drain
        while time.monotonic() < deadline:
            got = read_log(self.slack_log)
            if all(a in got for a in sent):
                break
            if not self.service.alive():
                raise RuntimeError(f"the service exited\n{self.service.tail()}")
            time.sleep(0.25)
        got = read_log(self.slack_log)
        cpu = {name: cpu_seconds(pid) - cpu0[name] for name, pid in self.pids.items()}
        lat = [got[a] - t for a, t in sent.items() if a in got]
        arrivals = sorted(got[a] for a in sent if a in got)
        delivered = len(lat)
        second_half = [lag for t, lag in lag_samples if t >= t0 + (t_end - t0) / 2]
        lag_max = max(second_half) if second_half else None
        lag_bound = max(50, int(rate * LAG_BOUND_S))
        out = {
            "rate_target": rate,
            "seconds": seconds,
            "expected": n,
            "produced_rate": round(n / produce_s, 1) if produce_s else None,
            "delivered": delivered,
            "delivery_rate": round(len(arrivals) / (arrivals[-1] - t0), 1) if arrivals else 0.0,
            "p50_ms": round(pct(lat, 0.50) * 1000, 1),
            "p99_ms": round(pct(lat, 0.99) * 1000, 1),
            "max_ms": round(max(lat) * 1000, 1) if lat else None,
            "drain_s": round(time.time() - t_end, 1),
            "lag_max_second_half": lag_max,
            "lag_bound": lag_bound,
            # CPU seconds per delivered alert (one article each), of the service and of the broker
            "service_cpu_ms_per_article": round(1000 * cpu["service"] / delivered, 2) if delivered else None,
            "broker_cpu_ms_per_article": round(1000 * cpu["broker"] / delivered, 2) if delivered else None,
        }
        order = sorted(sent, key=sent.get)
        k = max(1, n // 10)
        first = [got[a] - sent[a] for a in order[:k] if a in got]
        last = [got[a] - sent[a] for a in order[-k:] if a in got]
        growth = pct(last, 0.5) - pct(first, 0.5) if first and last else float("inf")
        out["latency_growth_ms"] = round(growth * 1000, 1)
        why = []
        if delivered < n:
            why.append(f"{n - delivered} not delivered")
        if not growth < GROWTH_S:
            why.append(f"latency grew {growth * 1000:.0f} ms")
        if lag_max is None or lag_max > lag_bound:
            why.append(f"lag reached {lag_max} (bound {lag_bound})" if lag_max is not None else "no lag samples")
        if not (lat and pct(lat, 0.99) < P99_S):
            why.append(f"p99 >= {P99_S:g} s")
        out["sustained"] = not why
        out["not_sustained_because"] = "; ".join(why)
        return out


def table(rows: list[dict[str, Any]]) -> str:
    head = ("rate/s", "produced/s", "expected", "delivered", "delivered/s", "p50 ms", "p99 ms", "max ms",
            "growth ms", "max lag (2nd half)", "service CPU ms/article", "broker CPU ms/article", "sustained")
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * (len(head) - 1) + "---|"]
    for r in rows:
        verdict = "yes" if r["sustained"] else f"no: {r['not_sustained_because']}"
        lines.append("| " + " | ".join(str(x) for x in (
            r["rate_target"], r["produced_rate"], r["expected"], r["delivered"], r["delivery_rate"], r["p50_ms"],
            r["p99_ms"], r["max_ms"], r["latency_growth_ms"], r["lag_max_second_half"],
            r["service_cpu_ms_per_article"], r["broker_cpu_ms_per_article"], verdict)) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="End-to-end benchmark: broker -> raqib run -> fake Slack.")
    p.add_argument("--rate", type=float, default=50.0, help="articles per second (default 50)")
    p.add_argument("--seconds", type=float, default=20.0, help="seconds of producing (default 20)")
    p.add_argument("--max-rate-search", action="store_true", help="step the rate up to find the highest sustained rate")
    p.add_argument("--search-rates", default="200,300,400,500,600,700,800", help="rates of the search (comma-separated)")
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
                    if not s["sustained"]:
                        break  # a backlog may be left: later steps would measure it, not their rate
                result["search"] = steps
                ok = [s["rate_target"] for s in steps if s["sustained"]]
                result["max_rate_sustained"] = max(ok) if ok else None
                print("\nrate search\n" + table(steps), flush=True)
                best = result["max_rate_sustained"]
                print(f"\nHIGHEST SUSTAINED RATE: {best:g} articles/s" if best else "\nHIGHEST SUSTAINED RATE: none of the steps",
                      f"(every alert delivered, latency growth < {GROWTH_S * 1000:g} ms, consumer lag <= "
                      f"{LAG_BOUND_S:g} s of articles, p99 < {P99_S:g} s)", flush=True)
            result["targets"] = {
                "p99_under_500ms_at_50_per_s": bool(args.rate >= 50 and steady["delivered"] == steady["expected"]
                                                    and steady["p99_ms"] < 500),
                "sustains_500_per_s": (result.get("max_rate_sustained") or 0) >= 500 if args.max_rate_search else None,
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
