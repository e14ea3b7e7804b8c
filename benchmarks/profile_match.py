"""Profile the match path (cProfile, stdlib): ``uv run python -m benchmarks.profile_match --size 10000``.

``--analysis`` profiles only ``Watchlist.analyze`` (tokens, sentences, page segments: the
lazy parts of the document are forced, as matching would), ``--warmup N`` sets how many
articles are matched first to warm the per-word caches (the benchmark's ``--warmup``).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile

from benchmarks import workload as W


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--out", help="write the raw profile here (for snakeviz etc.)")
    ap.add_argument("--warmup", type=int, default=20, help="articles matched before profiling")
    ap.add_argument("--analysis", action="store_true", help="profile Watchlist.analyze only")
    a = ap.parse_args()
    import raqib

    with tempfile.TemporaryDirectory() as tmp:
        watch = raqib.load_rules(W.write_rules(W.make_rules(a.seed, a.size), tmp))
    arts = list(W.articles(a.seed, a.articles))
    for art in arts[: a.warmup]:  # warm the per-word caches
        watch.match(art)

    def analyze(art: dict) -> None:
        doc = watch.analyze(art)
        doc.tokens, doc.sentence_of, doc.paragraph_of, doc.sentence_spans, doc.segment_of  # computed on first use

    run = analyze if a.analysis else watch.match
    prof = cProfile.Profile()
    prof.enable()
    for art in arts:
        run(art)
    prof.disable()
    if a.out:
        prof.dump_stats(a.out)
    st = pstats.Stats(prof).strip_dirs()
    st.sort_stats("tottime").print_stats(a.top)
    st.sort_stats("cumulative").print_stats(a.top)


if __name__ == "__main__":
    main()
