"""The Slack payload of an alert, pinned exactly; escaping of untrusted article text."""

from __future__ import annotations

import pytest
from alert_cases import ARTICLE, CREATED, hit, make_alert, rule_match, sample_alert

from connectors.slack_render import escape, render_message, safe_url
from raqib.alerts import alert_id, story_id
from raqib.article import Article


def test_exact_payload() -> None:
    alert = sample_alert()
    sid = story_id(ARTICLE.title, ARTICLE.text)
    assert render_message(alert, "#syria-desk") == {
        "channel": "#syria-desk",
        "text": "[HIGH] Hmeimim air base in the news: قافلة روسية تصل إلى قاعدة حميميم",
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": "🟠 HIGH · Hmeimim air base in the news", "emoji": True}},
            {"type": "section", "text": {"type": "mrkdwn", "text": (
                "*<https://example.org/ar/news/hmeimim|قافلة روسية تصل إلى قاعدة حميميم>*\n"
                "الراصد · 2025-01-14T08:30:00Z"
            )}},
            {"type": "section", "text": {"type": "mrkdwn", "text": (
                "> وصلت قافلة عسكرية روسية إلى قاعدة *حميميم* الجوية في ريف اللاذقية، وفق مصادر محلية."
            )}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": (
                "rule `hmeimim` · Hmeimim → حميميم (transliterated)"
            )}]},
        ],
        "metadata": {
            "event_type": "raqib_alert",
            "event_payload": {
                "alert_id": alert_id("hmeimim", "art-1"),
                "rule_id": "hmeimim",
                "article_id": "art-1",
                "story_id": sid,
            },
        },
        "unfurl_links": False,
        "unfurl_media": False,
    }


def test_thread_reply_carries_thread_ts() -> None:
    payload = render_message(sample_alert(), "#desk", thread_ts="1700000001.000100")
    assert payload["thread_ts"] == "1700000001.000100"
    assert "thread_ts" not in render_message(sample_alert(), "#desk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!channel> wake up", "&lt;!channel&gt; wake up"),
        ("<@U024BE7LH> look", "&lt;@U024BE7LH&gt; look"),
        ("<https://evil.example|click here>", "&lt;https://evil.example|click here&gt;"),
        ("@channel and @here and @everyone", "@\u2060channel and @\u2060here and @\u2060everyone"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("*bold* and `code`", "∗bold∗ and ˋcodeˋ"),
        ("نص عربي عادي", "نص عربي عادي"),
    ],
)
def test_escape(text: str, expected: str) -> None:
    assert escape(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=c", "https://example.org/a?b=c"),
        ("https://example.org/a|<!channel>", "https://example.org/a%7C%3C!channel%3E"),
        ("javascript:alert(1)", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_hostile_article_cannot_mention_or_link() -> None:
    article = Article.parse({
        "id": "evil",
        "url": "https://example.org/x|<!channel>",
        "title": "<!channel> <@U123> <https://evil.example|Hmeimim>",
        "text": "Hmeimim @channel <!here> <https://evil.example|read> *x*",
        "source": "<!everyone>",
    })
    alert = make_alert(rule_match(article, [hit(article, "Hmeimim", "Hmeimim")]), article, now=CREATED)
    payload = render_message(alert, "#desk")
    every_text = [payload["text"]] + [
        b["text"]["text"] if "text" in b else b["elements"][0]["text"] for b in payload["blocks"]
    ]
    for text in every_text:
        assert "<!" not in text and "<@" not in text and "<https://evil" not in text
        assert "@channel" not in text and "@here" not in text
    # the one link is the article's own URL, made safe
    assert "*<https://example.org/x%7C%3C!channel%3E|&lt;!channel&gt;" in payload["blocks"][1]["text"]["text"]
