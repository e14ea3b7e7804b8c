"""``results.build`` gives the same objects as pydantic's validated construction."""

from __future__ import annotations

import copy
import pickle

from raqib.engine.results import Hit, RuleInfo, RuleMatch, SegmentInfo, build


def test_build_equals_validated_models():
    values = {
        "term": "Lavrov", "ref": "lavrov", "surface": "لافروف", "field": "text", "start": 3, "end": 9,
        "how": "transliterated", "sentence": "قال لافروف.",
    }  # fmt: skip
    hit = build(Hit, dict(values))
    assert hit == Hit(**values) == Hit.model_construct(**values)
    assert hash(hit) == hash(Hit(**values))
    assert repr(hit) == repr(Hit(**values))
    assert hit.model_dump() == Hit(**values).model_dump()
    assert hit.model_fields_set == Hit(**values).model_fields_set
    info = RuleInfo(id="r", title="R")
    seg = SegmentInfo(kind="story", title="t", start=0, end=10)
    match = build(RuleMatch, {"rule": info, "hits": (hit,), "segment": seg})
    valid = RuleMatch(rule=info, hits=(Hit(**values),), segment=seg)
    assert match == valid
    assert match.model_dump_json() == valid.model_dump_json()
    assert pickle.loads(pickle.dumps(match)) == valid
    assert copy.deepcopy(match) == valid
    try:
        hit.start = 4
    except Exception:
        pass
    assert hit.start == 3  # still frozen


def test_a_shared_fields_set_stays_each_instances_own():
    values = {
        "term": "Lavrov", "ref": "lavrov", "surface": "لافروف", "field": "text", "start": 3, "end": 9,
        "how": "transliterated", "sentence": "قال لافروف.",
    }  # fmt: skip
    shared = set(Hit.model_fields)
    a, b = build(Hit, dict(values), shared), build(Hit, dict(values, start=20, end=26), shared)
    assert a.model_fields_set == b.model_fields_set == Hit(**values).model_fields_set
    moved = a.model_copy(update={"start": 5})
    assert moved.start == 5 and a.start == 3
    assert shared == set(Hit.model_fields)  # the copy changed its own set, not the shared one
    assert copy.copy(b) == b and pickle.loads(pickle.dumps(b)) == b
