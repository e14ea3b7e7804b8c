"""Loading a watch list raises the collector's young threshold, and only raises it."""

from __future__ import annotations

import gc

import pytest

from raqib import load_rules
from raqib.engine.watchlist import YOUNG_THRESHOLD

RULES = """\
version: 1
rules:
  - id: lavrov
    title: Lavrov
    match: Lavrov
"""


@pytest.fixture
def saved_threshold():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def _load(tmp_path):
    (tmp_path / "r.yaml").write_text(RULES, encoding="utf-8")
    return load_rules(tmp_path, builtin=False)


def test_default_threshold_is_raised(tmp_path, saved_threshold):
    gc.set_threshold(700, 10, 10)
    wl = _load(tmp_path)
    assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    assert [m.rule.id for m in wl.match({"id": "a", "title": "", "text": "Lavrov spoke."})] == ["lavrov"]


def test_a_higher_threshold_is_kept(tmp_path, saved_threshold):
    gc.set_threshold(50_000, 20, 5)
    _load(tmp_path)
    assert gc.get_threshold() == (50_000, 20, 5)


def test_a_collector_switched_off_by_threshold_stays_off(tmp_path, saved_threshold):
    gc.set_threshold(0, 10, 10)
    _load(tmp_path)
    assert gc.get_threshold()[0] == 0
