"""The `raqib` command."""

from __future__ import annotations

import importlib.util

import typer

from raqib.cli import rules as rules_cli

app = typer.Typer(
    name="raqib",
    help="Watch rules over Arabic and English news: check, test, explain, backtest, and run the service.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
rules_cli.register(app)

# The service commands import Kafka and Slack only when they run.
if importlib.util.find_spec("raqib.cli.service") is not None:
    from raqib.cli import service as service_cli

    service_cli.register(app)
if importlib.util.find_spec("raqib.cli.bench") is not None:
    from raqib.cli import bench as bench_cli

    bench_cli.register(app)


def main() -> None:
    """Entry point of the console script."""
    app()
