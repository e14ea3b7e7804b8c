"""Dump every (article, rule) match of the benchmark workload, hits included, one JSON line each.

    uv run python -m benchmarks.dump_matches --size 1000 --articles 300 > before.jsonl
    ... change the engine ...
    uv run python -m benchmarks.dump_matches --size 1000 --articles 300 > after.jsonl
    diff before.jsonl after.jsonl

An optimization of the match path must leave this output byte for byte the same.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile

from benchmarks import workload as W


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--twice", action="store_true", help="match every article twice (warm caches) and check")
    a = ap.parse_args(argv)
    import raqib

    with tempfile.TemporaryDirectory() as tmp:
        watch = raqib.load_rules(W.write_rules(W.make_rules(a.seed, a.size), tmp))
    out = sys.stdout
    for art in W.articles(a.seed, a.articles):
        got = [m.model_dump(mode="json") for m in watch.match(art)]
        if a.twice:
            again = [m.model_dump(mode="json") for m in watch.match(art)]
            if again != got:
                raise SystemExit(f"article {art['id']}: a second match differs from the first")
        for m in got:
            out.write(json.dumps({"article": art["id"], **m}, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
