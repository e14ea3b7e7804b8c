"""The alert model: stable ids, story keys, snippets with the matched words marked."""

from __future__ import annotations

import pytest
from alert_cases import ARTICLE, hit, sample_alert

from raqib.alerts import alert_id, make_snippet, render_text, story_id, story_key
from raqib.article import Article


def test_alert_id_is_stable_and_distinct() -> None:
    assert alert_id("hmeimim", "art-1") == alert_id("hmeimim", "art-1")
    assert alert_id("hmeimim", "art-1") != alert_id("hmeimim", "art-2")
    assert alert_id("hmeimim", "art-1") != alert_id("tartus", "art-1")
    # no ambiguity when ids contain the separator-looking characters
    assert alert_id("a/b", "c") != alert_id("a", "b/c")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("قافلة روسية تصل إلى حميميم", ""), ("قافِلة روسيّة تصل إلى حميميم", "other text"), True),
        (("Russia pulls out of Syria", ""), ("RUSSIA pulls out of  Syria!", ""), True),
        (("", "First sentence here. Second one."), ("", "First sentence here. A different second."), True),
        (("Russia pulls out of Syria", ""), ("Russia stays in Syria", ""), False),
    ],
)
def test_story_id_from_normalized_title_or_first_sentence(a, b, same) -> None:
    assert (story_id(*a) == story_id(*b)) is same


def test_story_key_joins_rule_and_story() -> None:
    assert story_key("tartus", "s123") == "tartus/s123"
    assert sample_alert().story_key == f"hmeimim/{sample_alert().story_id}"


def test_snippet_marks_whole_words_around_the_hit() -> None:
    article = Article.parse({"id": "x", "title": "t", "text": "قال مصدر إن القوات وصلت إلى وحميميم أمس."})
    start = article.text.index("حميميم")
    h = hit(article, "حميميم", "Hmeimim")
    snippet = make_snippet(article, (h,), size=280)
    [(lo, hi)] = snippet.marks
    assert snippet.text[lo:hi] == "وحميميم"
    assert start > 0


def test_snippet_window_is_cut_at_words_with_ellipses() -> None:
    words = " ".join(f"word{i}" for i in range(200))
    article = Article.parse({"id": "x", "title": "t", "text": words + " Hmeimim " + words})
    snippet = make_snippet(article, (hit(article, "Hmeimim", "Hmeimim"),), size=120)
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert len(snippet.text) <= 125
    [(lo, hi)] = snippet.marks
    assert snippet.text[lo:hi] == "Hmeimim"
    assert snippet.text[1:5] == "word"  # not cut inside a word


def test_title_only_hits_make_a_title_snippet() -> None:
    h = hit(ARTICLE, "حميميم", "Hmeimim", field="title")
    snippet = make_snippet(ARTICLE, (h,))
    assert snippet.field == "title" and snippet.text == ARTICLE.title
    assert [snippet.text[a:b] for a, b in snippet.marks] == ["حميميم"]


def test_render_text() -> None:
    text = render_text(sample_alert())
    assert text.splitlines()[0] == "[HIGH] Hmeimim air base in the news"
    assert "**حميميم**" in text and "https://example.org/ar/news/hmeimim" in text
    assert "Hmeimim → حميميم (transliterated)" in text


def test_alert_round_trips_through_json() -> None:
    alert = sample_alert()
    from raqib.alerts import Alert

    assert Alert.model_validate_json(alert.model_dump_json()) == alert
