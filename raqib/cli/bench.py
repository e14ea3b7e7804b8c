"""`raqib bench`: the reproducible matching benchmark (benchmarks/run.py), imported only when run."""

from __future__ import annotations

import sys
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add the `bench` command to the `raqib` app."""

    @app.command()
    def bench(
        sizes: str = typer.Option("100,1000,10000,100000", help="rule-set sizes, comma-separated"),
        articles: int = typer.Option(500, help="articles per size (the same articles for every size)"),
        seed: int = typer.Option(1, help="seed of the synthetic rules and articles"),
        json_path: Path | None = typer.Option(None, "--json", help="write the full results as JSON here"),
        budget: float = typer.Option(120.0, help="at most this many seconds of engine matching per size"),
        peer_budget: float = typer.Option(20.0, help="seconds of the regex-loop peer per size (extrapolated)"),
        warmup: int = typer.Option(
            1000, help="articles of the stream read before the measured ones (fills the per-word caches)"
        ),
        repeat: int = typer.Option(1, min=1, help="runs per size, each a fresh process; the table shows the median"),
    ) -> None:
        """Benchmark compile time, throughput, latency and memory per rule-set size, against peers."""
        try:
            from benchmarks import run as bench_run
        except ImportError:
            # benchmarks/ sits next to the package in a source checkout; it is not part of the wheel.
            root = Path(__file__).resolve().parents[2]
            if not (root / "benchmarks" / "run.py").exists():
                raise typer.BadParameter("the benchmarks need a source checkout of raqib (benchmarks/)") from None
            sys.path.insert(0, str(root))
            from benchmarks import run as bench_run

        size_list = [int(s.strip().replace("_", "")) for s in sizes.split(",") if s.strip()]
        bench_run.run(
            size_list,
            n_articles=articles,
            seed=seed,
            json_path=str(json_path) if json_path else None,
            budget=budget,
            peer_budget=peer_budget,
            warmup=warmup,
            repeat=repeat,
        )
