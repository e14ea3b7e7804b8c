"""``evaluate``'s shortcut for an ``any`` of terms gives what the walk over its children gives."""

from raqib.engine.evaluate import CAll, CAny, CTerm, TokenHit, Units, evaluate


def _hits() -> dict[int, list[TokenHit]]:
    # term -> hits in token order, over a document of 12 tokens in 3 sentences of 4
    places = {1: [0, 5, 9], 2: [2, 6], 3: [11]}
    return {t: [TokenHit(t, i, 1, "exact", f"t{t}") for i in toks] for t, toks in places.items()}


def test_any_of_terms_takes_the_shortcut_and_agrees_with_the_walk():
    units = Units(tuple(i // 4 for i in range(12)), (0,) * 12)
    terms = (CTerm(1), CTerm(2), CTerm(4))  # term 4 has no hit
    flat, walked = CAny.of(terms), CAny(terms)
    assert flat.terms == (1, 2, 4) and walked.terms == ()
    hits = _hits()
    for lo, hi in [(0, 12), (0, 20), (4, 8), (3, 6), (10, 12)]:
        assert evaluate(flat, hits, lo, hi, units) == evaluate(walked, hits, lo, hi, units), (lo, hi)
    assert [h.tok for h in evaluate(flat, hits, 0, 12, units)] == [0, 5, 9, 2, 6]
    assert evaluate(flat, hits, 10, 12, units) is None
    # inside a window, the shortcut is not taken, and the window still bounds the hits
    both = CAll((CAny.of((CTerm(1), CTerm(3))), CTerm(2)), (), "sentence")
    assert sorted(h.tok for h in evaluate(both, hits, 0, 12, units)) == [0, 2, 5, 6]  # not 9: no term 2 there


def test_any_with_a_nested_expression_has_no_shortcut():
    nested = CAny.of((CTerm(1), CAll((CTerm(2), CTerm(3)), (), "article")))
    assert nested.terms == ()
    units = Units((0,) * 12, (0,) * 12)
    assert sorted(h.tok for h in evaluate(nested, _hits(), 0, 12, units)) == [0, 2, 5, 6, 9, 11]
