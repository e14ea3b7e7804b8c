"""The service commands: ``raqib broker``, ``raqib run``, ``raqib ingest jsonl|rss``.

Kafka, Faust and Slack are imported inside the commands, so the rest of the CLI (and the
library) never loads them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from raqib.settings import Settings

BrokerOpt = Annotated[str | None, typer.Option("--broker", help="Kafka HOST:PORT (env RAQIB_KAFKA_BROKER)")]


def _settings(**flags: object) -> Settings:
    from pydantic import ValidationError

    try:
        return Settings.load(**flags)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        typer.echo(f"raqib: invalid settings: {problems}", err=True)
        raise typer.Exit(2) from None


def _bootstrap(settings: Settings) -> str:
    if not settings.kafka_broker:
        typer.echo("raqib: no broker: pass --broker HOST:PORT or set RAQIB_KAFKA_BROKER "
                   "(start one with `raqib broker --port 9092`)", err=True)
        raise typer.Exit(2)
    return settings.kafka_broker


def broker(
    port: Annotated[int, typer.Option("--port", help="port to listen on")] = 9092,
    host: Annotated[str, typer.Option("--host", help="address to listen on and advertise")] = "127.0.0.1",
) -> None:
    """Run the embedded Kafka-compatible broker (Tansu, memory only) in the foreground."""
    from streams.broker import BrokerError, EmbeddedBroker

    try:
        b = EmbeddedBroker(port=port, host=host).start()
    except BrokerError as e:
        typer.echo(f"raqib: {e}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"embedded broker on {b.address} (memory only; Ctrl-C to stop)")
    try:
        b.wait()
    except KeyboardInterrupt:
        pass
    finally:
        b.stop()


def run(
    broker: BrokerOpt = None,
    rules: Annotated[list[Path] | None, typer.Option("--rules", help="rule file or directory (env RAQIB_RULES)")] = None,
    web_port: Annotated[int | None, typer.Option("--web-port", help="port of the web views (env RAQIB_WEB_PORT)")] = None,
    replay: Annotated[Path | None, typer.Option("--replay", help="send this JSONL file of articles at startup")] = None,
) -> None:
    """Run the service: match every article on Kafka against the rules, post alerts to Slack."""
    from connectors.kafka import KafkaUnavailable
    from raqib.engine import RuleFileErrors
    from streams.broker import BrokerError
    from streams.service import ServiceError, run_service

    settings = _settings(kafka_broker=broker, rules=tuple(rules) if rules else None, web_port=web_port)
    if replay is not None and not replay.is_file():
        typer.echo(f"raqib: --replay {replay}: no such file", err=True)
        raise typer.Exit(2)
    try:
        run_service(settings, replay=replay, echo=lambda m: typer.echo(m, err=True))
    except RuleFileErrors as e:
        typer.echo(f"raqib: the rules do not load; fix these and start again:\n{e}", err=True)
        raise typer.Exit(1) from None
    except (KafkaUnavailable, BrokerError, ServiceError) as e:
        typer.echo(f"raqib: {e}", err=True)
        raise typer.Exit(1) from None


ingest_app = typer.Typer(help="Send articles to the articles topic.", no_args_is_help=True)


@ingest_app.command("jsonl")
def ingest_jsonl(
    file: Annotated[Path, typer.Argument(help="one article (JSON object) per line; - for stdin")],
    broker: BrokerOpt = None,
) -> None:
    """Send every article of a JSONL file to the ``articles`` topic."""
    from connectors.jsonl import ingest_file
    from connectors.kafka import KafkaUnavailable

    settings = _settings(kafka_broker=broker)
    try:
        report = ingest_file(file, _bootstrap(settings), partitions=settings.partitions)
    except (KafkaUnavailable, OSError) as e:
        typer.echo(f"raqib: {e}", err=True)
        raise typer.Exit(1) from None
    for problem in report.problems:
        typer.echo(f"{file}:{problem}", err=True)
    typer.echo(f"sent {report.sent} articles to {settings.kafka_broker}"
               + (f"; {len(report.problems)} lines skipped" if report.problems else ""))
    if report.problems and not report.sent:
        raise typer.Exit(1)


@ingest_app.command("rss")
def ingest_rss(
    urls: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs")],
    broker: BrokerOpt = None,
    every: Annotated[float | None, typer.Option("--every", help="poll again every SECONDS (default: once)")] = None,
) -> None:
    """Read feeds and send their items (full text fetched when the feed has only a summary)."""
    from connectors.kafka import KafkaUnavailable
    from connectors.rss import poll_feeds

    settings = _settings(kafka_broker=broker)
    try:
        poll_feeds(urls, _bootstrap(settings), every=every, state=settings.data_dir / "rss-seen.txt",
                   partitions=settings.partitions, echo=typer.echo)
    except KafkaUnavailable as e:
        typer.echo(f"raqib: {e}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        pass


def register(app: typer.Typer) -> None:
    """Add the service commands to the root ``raqib`` app."""
    app.command("broker")(broker)
    app.command("run")(run)
    app.add_typer(ingest_app, name="ingest")

