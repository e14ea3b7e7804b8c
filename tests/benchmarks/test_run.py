"""The benchmark runner: repeated runs in fresh processes, reported by their median."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import workload as W
from benchmarks.run import median_run, run, run_size


def test_median_run_is_the_middle_throughput_with_every_run() -> None:
    runs = [
        {"articles_per_s": x, "ac_articles_per_s": 1000.0, "ratio_vs_ac": x / 1000, "compile_s": 1.0}
        for x in (300.0, 100.0, 200.0)
    ]
    got = median_run(runs)
    assert got["articles_per_s"] == 200.0
    assert [r["articles_per_s"] for r in got["runs"]] == [300.0, 100.0, 200.0]  # in the order they ran
    assert median_run(runs[:2])["articles_per_s"] == 100.0  # the lower middle of an even count
    assert "runs" not in median_run(runs[:1])


def test_repeated_runs_each_in_a_fresh_process(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    report = run([100], n_articles=8, budget=5, peer_budget=0.5, warmup=2, repeat=2, json_path=str(out))
    (result,) = report["results"]
    assert len(result["runs"]) == 2 and all(r["articles_per_s"] > 0 for r in result["runs"])
    assert result["articles_per_s"] == min(r["articles_per_s"] for r in result["runs"])
    assert json.loads(out.read_text())["repeat"] == 2
    with pytest.raises(ValueError, match="fresh process"):
        run([100], in_process=True, repeat=2)


def test_the_measured_articles_come_after_the_warm_up() -> None:
    # A service has read the warm-up articles before; the measured ones must be new to it.
    got = run_size(100, n_articles=2, seed=1, budget=5, peer_budget=0.2, warmup=3)
    assert got["warmup_articles"] == 3 and got["measured_articles"] == 2
    assert got["first_measured_article"] == W.article(1, 3)["id"] != W.article(1, 0)["id"]
