"""Run the matching benchmark: per rule-set size, compile time, throughput, latency, peak RSS, peers.

    uv run python -m benchmarks.run --sizes 100,1000,10000 --articles 500 --json bench.json
    uv run raqib bench --sizes 100,1000 --articles 200

Each size runs in its own subprocess (one core, its own peak RSS), ``--repeat`` times
(each a fresh process: the caches start cold every time); the table shows the run of
median throughput and the spread of every run. Within a run:

1. the rule files are written (not timed), then ``raqib.load_rules`` is timed (compile);
2. a warm-up pass over ``warmup`` articles of the stream before the measured ones (the
   scanner's per-word caches fill as a long-running service's would; the measured
   articles are still unseen), then every measured article is matched with
   ``Watchlist.match(mapping)`` — article validation, analysis and matching, all timed;
   then the measured articles once more (``warm art/s``: every word seen before);
3. peer (a): one compiled Python ``re`` per rule (alternation of its terms' words,
   IGNORECASE) searched over the raw title and text, rule after rule — a desk script;
   timed on as many articles as fit in ``peer_budget`` seconds, extrapolated;
4. peer (b): one pyahocorasick automaton of every term's normalized words, scanned
   over the article's normalized tokens joined by spaces (tokenizing and
   ``normalize_word`` included in the time) — the floor for any exact matcher.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import workload as W

DEFAULT_SIZES = (100, 1_000, 10_000, 100_000)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def run_size(size: int, n_articles: int, seed: int, budget: float, peer_budget: float, warmup: int) -> dict:
    """Measure one rule-set size in this process."""
    import ahocorasick

    import raqib
    from raqib.analysis.chars import normalize_word
    from raqib.analysis.tokens import _WORD

    out: dict = {"size": size, "seed": seed}
    tmp = tempfile.TemporaryDirectory(prefix="raqib-bench-")
    wl = W.make_rules(seed, size)
    paths = W.write_rules(wl, tmp.name)
    out["rule_files"] = len(paths)
    out["rule_bytes"] = sum(p.stat().st_size for p in paths)
    rss0 = _rss_mb()
    t = time.perf_counter()
    watch = raqib.load_rules(paths, builtin=True)
    out["compile_s"] = time.perf_counter() - t
    out["rss_after_compile_mb"] = _rss_mb()
    out["rss_before_compile_mb"] = rss0
    out["patterns"] = len(watch.compiled.patterns)
    out["terms"] = len(watch.compiled.terms)

    # Articles 0 .. warmup-1 are the stream the service has read before; the next n_articles
    # are measured, so none of them was seen in the warm-up (the same ones for every size).
    # The warm-up articles are made one at a time, so they add nothing to peak RSS.
    arts = [W.article(seed, warmup + i) for i in range(n_articles)]
    nbytes = [len((a["title"] + "\n" + a["text"]).encode()) for a in arts]
    out["articles"] = len(arts)
    out["article_kb_mean"] = statistics.mean(nbytes) / 1024

    # -- the engine ---------------------------------------------------------------------------
    warm_s = 0.0
    for i in range(warmup):
        a = W.article(seed, i)
        t = time.perf_counter()  # matching only: making the article is the generator's time
        watch.match(a)
        warm_s += time.perf_counter() - t
    out["warmup_articles"] = warmup
    out["first_measured_article"] = arts[0]["id"] if arts else None
    out["warmup_s"] = warm_s
    lat: list[float] = []
    matches = matched = done_bytes = 0
    t0 = time.perf_counter()
    for a, nb in zip(arts, nbytes):
        t = time.perf_counter()
        ms = watch.match(a)
        lat.append(time.perf_counter() - t)
        matches += len(ms)
        matched += bool(ms)
        done_bytes += nb
        if time.perf_counter() - t0 > budget:
            break
    total = time.perf_counter() - t0
    out.update(
        measured_articles=len(lat),
        articles_per_s=len(lat) / total,
        mb_per_s=done_bytes / total / 1e6,
        p50_ms=_pct(lat, 0.5) * 1e3,
        p99_ms=_pct(lat, 0.99) * 1e3,
        matches_per_article=matches / len(lat),
        matched_article_share=matched / len(lat),
        peak_rss_mb=_rss_mb(),
    )
    # The same articles again: every word seen, as in a service that has read them before.
    # Not a target's measure (those are first sight, above); it shows what first sight costs.
    t0 = time.perf_counter()
    for a in arts[: len(lat)]:
        watch.match(a)
    out["warm_articles_per_s"] = len(lat) / (time.perf_counter() - t0)

    # -- peer (a): a loop of one Python regex per rule --------------------------------------
    t = time.perf_counter()
    regexes = []
    for rule in wl.rules:
        lits, rxs = W.rule_terms(rule, wl)
        alts = [re.escape(x) for x in lits] + rxs
        regexes.append(re.compile("|".join(alts), re.IGNORECASE))
    out["regex_compile_s"] = time.perf_counter() - t
    t0 = time.perf_counter()
    n = hits = 0
    for a in arts:
        text = a["title"] + "\n" + a["text"]
        for rx in regexes:
            if rx.search(text):
                hits += 1
        n += 1
        if time.perf_counter() - t0 > peer_budget:
            break
    dt = time.perf_counter() - t0
    out.update(regex_articles=n, regex_articles_per_s=n / dt, regex_extrapolated=n < len(lat))
    out["regex_hits_per_article"] = hits / n

    # -- peer (b): bare Aho-Corasick over normalized text -----------------------------------
    def norm_text(s: str) -> str:
        return " ".join(normalize_word(m.group()) for m in _WORD.finditer(s))

    t = time.perf_counter()
    ac = ahocorasick.Automaton()
    words: set[str] = set()
    for rule in wl.rules:
        lits, _ = W.rule_terms(rule, wl)
        words.update(norm_text(x) for x in lits)
    for k, w in enumerate(words):
        if w:
            ac.add_word(f" {w} ", k)
    ac.make_automaton()
    out["ac_build_s"] = time.perf_counter() - t
    out["ac_words"] = len(words)
    found = 0
    t0 = time.perf_counter()
    for a in arts[: len(lat)]:
        s = " " + norm_text(a["title"]) + " \n " + norm_text(a["text"]) + " "
        found += len({v for _, v in ac.iter(s)})
    dt = time.perf_counter() - t0
    out["ac_articles_per_s"] = len(lat) / dt
    out["ac_terms_per_article"] = found / len(lat)
    out["ratio_vs_regex"] = out["articles_per_s"] / out["regex_articles_per_s"]
    out["ratio_vs_ac"] = out["articles_per_s"] / out["ac_articles_per_s"]

    # -- reload: one rule of the last file retitled, then load_rules again, as the service does on an edit
    edited = paths[-1]
    edited.write_text(edited.read_text(encoding="utf-8").replace("title: Watch ", "title: Watched ", 1), encoding="utf-8")
    del watch
    t = time.perf_counter()
    raqib.load_rules(paths, builtin=True)
    out["reload_s"] = time.perf_counter() - t
    tmp.cleanup()
    return out


def machine() -> dict:
    info = {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count()}
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        info["cpu"] = next((ln.split(":", 1)[1].strip() for ln in lscpu.splitlines() if ln.startswith("Model name")), "")
    except OSError:
        pass
    return info


def run(
    sizes=DEFAULT_SIZES,
    n_articles: int = 500,
    seed: int = 1,
    json_path: str | None = None,
    budget: float = 120.0,
    peer_budget: float = 20.0,
    warmup: int = 1000,
    in_process: bool = False,
    repeat: int = 1,
) -> dict:
    """Run every size (each in a subprocess unless ``in_process``), print the table, write JSON.

    With ``repeat`` > 1 each size runs that many times, each in a fresh subprocess; its
    row is the run of median throughput (the lower one of the middle two for an even
    count), and ``runs`` lists every run's main figures.
    """
    if in_process and repeat > 1:
        raise ValueError("--repeat needs a fresh process per run (its caches start cold): drop --in-process")
    results = []
    for size in sizes:
        runs = []
        for _ in range(repeat):
            if in_process:
                r = run_size(size, n_articles, seed, budget, peer_budget, warmup)
            else:
                r = _run_child(size, n_articles, seed, budget, peer_budget, warmup)
            runs.append(r)
            print(
                f"{size:>7,} rules: compile {r['compile_s']:.1f} s, {r['articles_per_s']:.1f} articles/s, "
                f"AC {r['ac_articles_per_s'] / r['articles_per_s']:.2f}x faster, "
                f"peak RSS {r['peak_rss_mb']:.0f} MB", file=sys.stderr, flush=True,
            )  # fmt: skip
        results.append(median_run(runs))
    report = {"machine": machine(), "seed": seed, "articles": n_articles, "repeat": repeat, "results": results}
    report["targets"] = targets(results)
    print_table(results)
    for k, v in report["targets"].items():
        print(f"  target {k}: {v}")
    if json_path:
        Path(json_path).write_text(json.dumps(report, indent=2))
    return report


def _run_child(size: int, n_articles: int, seed: int, budget: float, peer_budget: float, warmup: int) -> dict:
    cmd = [
        sys.executable, "-m", "benchmarks.run", "--child", "--sizes", str(size),
        "--articles", str(n_articles), "--seed", str(seed), "--budget", str(budget),
        "--peer-budget", str(peer_budget), "--warmup", str(warmup),
    ]  # fmt: skip
    root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"benchmark of {size} rules failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


RUN_FIGURES = ("articles_per_s", "warm_articles_per_s", "ac_articles_per_s", "ratio_vs_ac", "compile_s", "reload_s")


def median_run(runs: list[dict]) -> dict:
    """The run of median throughput (the lower middle one of an even count), with every run's figures."""
    ordered = sorted(runs, key=lambda r: r["articles_per_s"])
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    if len(runs) > 1:
        chosen["runs"] = [{k: r[k] for k in RUN_FIGURES if k in r} for r in runs]
    return chosen


def targets(results: list[dict]) -> dict:
    by = {r["size"]: r for r in results}
    t: dict = {}
    if 100_000 in by:
        r = by[100_000]
        t["100k >= 1000 articles/s"] = f"{r['articles_per_s']:.1f}/s {'MET' if r['articles_per_s'] >= 1000 else 'MISSED'}"
        t["100k compile < 60 s"] = f"{r['compile_s']:.1f} s {'MET' if r['compile_s'] < 60 else 'MISSED'}"
        t["100k peak RSS < 1.5 GB"] = f"{r['peak_rss_mb']:.0f} MB {'MET' if r['peak_rss_mb'] < 1536 else 'MISSED'}"
        if 100 in by:
            ratio = r["articles_per_s"] / by[100]["articles_per_s"]
            t["100k >= half of 100-rule throughput"] = f"{ratio:.2f}x {'MET' if ratio >= 0.5 else 'MISSED'}"
    if 10_000 in by and "reload_s" in by[10_000]:
        r = by[10_000]["reload_s"]
        t["10k reload of one edited file < 1 s"] = f"{r:.2f} s {'MET' if r < 1 else 'MISSED'}"
    if 10_000 in by:
        x = by[10_000]["ratio_vs_regex"]
        t[">= 100x regex loop at 10k"] = f"{x:.1f}x {'MET' if x >= 100 else 'MISSED'}"
    worst = min((r["ratio_vs_ac"] for r in results), default=None)
    if worst is not None:
        t["within 4x of Aho-Corasick at every size"] = f"worst {1 / worst:.1f}x slower {'MET' if worst >= 0.25 else 'MISSED'}"
    return t


def print_table(results: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="raqib match benchmark (one core)")
    cols = [
        ("rules", "size", "{:,}"), ("compile s", "compile_s", "{:.1f}"), ("reload s", "reload_s", "{:.2f}"), ("art/s", "articles_per_s", "{:.1f}"),
        ("warm art/s", "warm_articles_per_s", "{:.0f}"),
        ("MB/s", "mb_per_s", "{:.3f}"), ("p50 ms", "p50_ms", "{:.1f}"), ("p99 ms", "p99_ms", "{:.1f}"),
        ("peak RSS MB", "peak_rss_mb", "{:.0f}"), ("n art", "measured_articles", "{}"),
        ("matches/art", "matches_per_article", "{:.1f}"), ("regex art/s", "regex_articles_per_s", "{:.2f}"),
        ("x regex", "ratio_vs_regex", "{:.1f}"), ("AC art/s", "ac_articles_per_s", "{:.0f}"),
        ("AC x faster", "ac_over_ours", "{:.1f}"),
    ]  # fmt: skip
    for name, _, _ in cols:
        table.add_column(name, justify="right")
    for r in results:
        r = dict(r, ac_over_ours=r["ac_articles_per_s"] / r["articles_per_s"])
        r.setdefault("reload_s", float("nan"))  # runs before the reload line
        r.setdefault("warm_articles_per_s", float("nan"))  # runs before the warm pass
        table.add_row(*(fmt.format(r[key]) for _, key, fmt in cols))
    Console(width=max(160, Console().width)).print(table)
    for r in results:
        if "runs" in r:
            spread = ", ".join(f"{x['articles_per_s']:.0f} ({1 / x['ratio_vs_ac']:.2f}x)" for x in r["runs"])
            print(f"  {r['size']:,} rules, {len(r['runs'])} runs, art/s (AC x faster): {spread}; the row is the median")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", dest="json_path")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds of engine matching per size at most")
    ap.add_argument("--peer-budget", type=float, default=20.0, help="seconds of the regex-loop peer per size")
    ap.add_argument(
        "--warmup", type=int, default=1000, help="articles of the stream read before the measured ones"
    )
    ap.add_argument("--in-process", action="store_true")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size, each a fresh process; the median is shown")
    ap.add_argument("--show", metavar="JSON", help="print the table of an earlier run's JSON and exit")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.show:
        report = json.loads(Path(a.show).read_text())
        print_table(report["results"])
        for k, v in targets(report["results"]).items():
            print(f"  target {k}: {v}")
        return
    sizes = [int(s.replace("_", "")) for s in a.sizes.split(",") if s.strip()]
    if a.child:
        r = run_size(sizes[0], a.articles, a.seed, a.budget, a.peer_budget, a.warmup)
        print(json.dumps(r))
        return
    if a.repeat < 1:
        ap.error("--repeat must be at least 1")
    run(sizes, a.articles, a.seed, a.json_path, a.budget, a.peer_budget, a.warmup, a.in_process, a.repeat)


if __name__ == "__main__":
    main()
