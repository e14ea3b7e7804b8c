"""Reproducible benchmarks of the matching engine (issue 5). See docs/performance.md."""
