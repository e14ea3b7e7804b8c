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
