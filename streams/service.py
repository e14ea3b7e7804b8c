"""Running the service: broker (embedded or given), topics, rules, sink, then the Faust worker."""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import faust

from connectors.kafka import ensure_topics
from connectors.sinks import Sink, TerminalSink
from raqib.engine import load_rules
from raqib.settings import Settings
from streams.app import build_app
from streams.broker import EmbeddedBroker
from streams.context import RulesHolder, ServiceContext
from streams.metrics import Metrics

log = logging.getLogger(__name__)


class ServiceError(RuntimeError):
    """The service cannot start; the message says why and what to do."""


def check_web_port(host: str, port: int) -> None:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as e:
            raise ServiceError(
                f"the web port {host}:{port} is not free ({e.strerror}); pass --web-port N or set RAQIB_WEB_PORT"
            ) from None


class _Worker(faust.Worker):
    """The Faust worker, with the libraries' own start/stop chatter kept at WARNING and above."""

    def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
        super().on_setup_root_logger(logger, level)
        if level >= logging.INFO:
            for name in ("faust", "mode", "aiokafka", "kafka"):
                logging.getLogger(name).setLevel(logging.WARNING)


def make_sink(settings: Settings, metrics: Metrics) -> Sink:
    if settings.slack_bot_token is None:
        return TerminalSink(settings.slack_channel)
    from connectors.slack import SlackSink

    return SlackSink(
        settings.slack_bot_token,
        base_url=settings.slack_api_url,
        default_channel=settings.slack_channel,
        ops_channel=settings.slack_ops_channel,
        rate_per_channel=settings.slack_rate_per_channel,
        timeout=settings.slack_timeout,
        on_error=metrics.slack_error,
    )


@contextlib.contextmanager
def broker_address(settings: Settings, echo: Callable[[str], None] = print) -> Iterator[str]:
    """The configured broker, or an embedded one started for the life of the service."""
    if settings.kafka_broker:
        yield settings.kafka_broker
        return
    with EmbeddedBroker(log=settings.data_dir / "broker.log") as broker:
        echo(f"no Kafka broker configured: started the embedded broker at {broker.address} "
             f"(memory only; set RAQIB_KAFKA_BROKER or --broker to use Kafka)")
        yield broker.address


def run_service(settings: Settings, *, replay: Path | None = None, echo: Callable[[str], None] = print) -> None:
    """Run until stopped (SIGINT/SIGTERM). Raises RuleFileErrors when the rules do not load."""
    check_web_port(settings.web_host, settings.web_port)
    watchlist = load_rules(list(settings.rules), builtin=settings.builtin_lexicon)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    metrics = Metrics()
    metrics.rules_loaded.set(len(watchlist.rules))
    with broker_address(settings, echo) as bootstrap:
        info = ensure_topics(bootstrap, settings.partitions)
        partitions = info.partitions.get("alerts", settings.partitions)
        if partitions != settings.partitions:
            log.warning("topic alerts has %d partitions (not %d): using %d", partitions, settings.partitions, partitions)
        ctx = ServiceContext(
            settings=settings, rules=RulesHolder(watchlist), sink=make_sink(settings, metrics),
            metrics=metrics,
        )
        app = build_app(ctx, bootstrap=bootstrap, partitions=partitions, tansu=info.is_tansu, replay=replay)
        echo(f"raqib: {len(watchlist.rules)} rules from {', '.join(map(str, settings.rules))}; "
             f"alerts to {'Slack' if settings.slack_enabled else 'the terminal'}; "
             f"web on http://{settings.web_host}:{settings.web_port}/ (POST /articles, /health, /metrics)")
        worker = _Worker(app, loglevel=settings.log_level.upper(), quiet=True, redirect_stdouts=False)
        try:
            worker.execute_from_commandline()
        except SystemExit as e:
            if e.code not in (None, 0):
                raise
