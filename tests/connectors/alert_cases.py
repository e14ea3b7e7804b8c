"""Alerts built by hand from match results, for the rendering and sink tests."""

from __future__ import annotations

from datetime import UTC, datetime

from raqib.alerts import Alert, make_alert
from raqib.article import Article
from raqib.engine.results import Hit, RuleInfo, RuleMatch, SegmentInfo

CREATED = datetime(2025, 1, 14, 9, 0, tzinfo=UTC)

ARTICLE = Article.parse({
    "id": "art-1",
    "url": "https://example.org/ar/news/hmeimim",
    "title": "قافلة روسية تصل إلى قاعدة حميميم",
    "text": "وصلت قافلة عسكرية روسية إلى قاعدة حميميم الجوية في ريف اللاذقية، وفق مصادر محلية.",
    "source": "الراصد",
    "published_at": "2025-01-14T08:30:00Z",
})


def hit(article: Article, surface: str, term: str, how: str = "exact", field: str = "text", ref: str | None = None) -> Hit:
    source = article.text if field == "text" else article.title
    start = source.index(surface)
    return Hit(term=term, ref=ref, surface=surface, field=field, start=start, end=start + len(surface),
               how=how, sentence=source)


def rule_match(article: Article, hits: list[Hit], *, rule_id: str = "hmeimim", notify: tuple[str, ...] = (),
               severity: str = "high", title: str = "Hmeimim air base in the news") -> RuleMatch:
    return RuleMatch(
        rule=RuleInfo(id=rule_id, title=title, severity=severity, notify=notify),
        hits=tuple(hits),
        segment=SegmentInfo(kind="story", title=article.title, start=0, end=len(article.text)),
    )


def sample_alert(article: Article = ARTICLE, notify: tuple[str, ...] = ()) -> Alert:
    hits = [hit(article, "حميميم", "Hmeimim", how="transliterated", ref="hmeimim")]
    return make_alert(rule_match(article, hits, notify=notify), article, now=CREATED)
