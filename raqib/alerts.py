"""Alerts: what one (rule, article) match becomes on the way to Slack.

An alert's id is a hash of the rule id and the article id, so the same match found again
(a redelivered or re-ingested article) has the same id and is posted at most once. Alerts of
the same rule about the same story share a story key, so later ones go in the first one's
thread. The story id is, for now, a key of the normalized title (or of the first sentence when
the title is empty).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from raqib.analysis.sentences import sentences
from raqib.analysis.tokens import tokenize
from raqib.article import Article
from raqib.engine.results import Hit, RuleInfo, RuleMatch, SegmentInfo

ELLIPSIS = "…"


def _digest(*parts: str, size: int = 20) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def alert_id(rule_id: str, article_id: str) -> str:
    """The alert's id: stable across processes and restarts for the same (rule, article)."""
    return "a" + _digest(rule_id, article_id)


def story_id(title: str, text: str) -> str:
    """A key for the story an article tells: its normalized title, else its first sentence."""
    basis = title if title.strip() else _first_sentence(text)
    words = [t.norm for t in tokenize(basis)]
    return "s" + _digest(" ".join(words) if words else basis.strip(), size=16)


def story_key(rule_id: str, story: str) -> str:
    """The key of a (rule, story) pair: the alerts topic key and the stories table key."""
    return f"{rule_id}/{story}"


def _first_sentence(text: str) -> str:
    spans = sentences(text)
    return text[spans[0][0] : spans[0][1]] if spans else text[:200]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class ArticleRef(_Frozen):
    """The parts of the article an alert shows."""

    id: str
    url: str | None = None
    title: str = ""
    source: str | None = None
    lang: str | None = None
    published_at: str | None = None


class Snippet(_Frozen):
    """A piece of the original text with the matched words marked: ``marks`` are [start, end) in ``text``."""

    field: Literal["title", "text"]
    text: str
    marks: tuple[tuple[int, int], ...] = ()


class Alert(_Frozen):
    """One rule that matched one article: everything needed to tell a person about it."""

    id: str
    rule: RuleInfo
    article: ArticleRef
    story_id: str
    segment: SegmentInfo
    hits: tuple[Hit, ...]
    snippet: Snippet
    created_at: datetime

    @property
    def story_key(self) -> str:
        return story_key(self.rule.id, self.story_id)


def make_alert(match: RuleMatch, article: Article, *, snippet_chars: int = 280, now: datetime | None = None) -> Alert:
    """The alert for one rule match of an article."""
    published = article.published_at
    return Alert(
        id=alert_id(match.rule.id, article.id),
        rule=match.rule,
        article=ArticleRef(
            id=article.id, url=article.url, title=article.title, source=article.source, lang=article.lang,
            published_at=published.isoformat() if isinstance(published, datetime) else published,
        ),
        story_id=story_id(article.title, article.text),
        segment=match.segment,
        hits=match.hits,
        snippet=make_snippet(article, match.hits, snippet_chars),
        created_at=now or datetime.now(UTC),
    )


def make_snippet(article: Article, hits: tuple[Hit, ...], size: int = 280) -> Snippet:
    """A window of about ``size`` characters of the text around the first hit, hits marked.

    When every hit is in the title, the snippet is the title with its hits marked.
    """
    text_hits = sorted((h for h in hits if h.field == "text"), key=lambda h: h.start)
    if not text_hits:
        marks = _merge(_whole_word(article.title, h.start, h.end) for h in hits if h.field == "title")
        return Snippet(field="title", text=article.title, marks=tuple(marks))
    text = article.text
    first = text_hits[0]
    lo = max(0, first.start - size // 3)
    hi = min(len(text), max(lo + size, first.end))
    lo, hi = _word_bounds(text, lo, hi)
    words = (_whole_word(text, h.start, h.end) for h in text_hits if h.start >= lo and h.end <= hi)
    inside = _merge((max(s, lo), min(e, hi)) for s, e in words)
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < len(text) else ""
    shift = len(prefix) - lo
    body = text[lo:hi].replace("\n", " ")
    return Snippet(
        field="text", text=prefix + body + suffix, marks=tuple((s + shift, e + shift) for s, e in inside)
    )


def _word_bounds(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Move ``lo`` forward and ``hi`` back to whitespace, so no word is cut (unless it is one word)."""
    if lo > 0:
        cut = text.find(" ", lo, lo + 40)
        lo = cut + 1 if cut != -1 else lo
    if hi < len(text):
        cut = text.rfind(" ", max(lo, hi - 40), hi)
        hi = cut if cut > lo else hi
    return lo, hi


def _is_word_char(c: str) -> bool:
    return c.isalnum() or unicodedata.category(c).startswith("M") or c in "\u0640\u200c\u200d"


def _whole_word(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a hit to the whole words it touches (a hit inside وحميميم marks the whole word)."""
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]):
        end += 1
    return start, end


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def how_matched(alert: Alert) -> list[str]:
    """One line per distinct (term, surface, how): ``term → surface (how)``."""
    seen: dict[tuple[str, str, str], None] = {}
    for h in alert.hits:
        seen.setdefault((h.term, h.surface, h.how), None)
    return [f"{term} → {surface} ({how})" for term, surface, how in seen]


def render_text(alert: Alert) -> str:
    """The alert as plain text for a terminal; matched words in **double asterisks**."""
    a, s = alert.article, alert.snippet
    marked, pos = [], 0
    for lo, hi in s.marks:
        marked += [s.text[pos:lo], "**", s.text[lo:hi], "**"]
        pos = hi
    marked.append(s.text[pos:])
    where = " · ".join(x for x in (a.source, a.published_at) if x)
    lines = [
        f"[{alert.rule.severity.upper()}] {alert.rule.title}",
        f"  {a.title or '(untitled)'}" + (f" — {where}" if where else ""),
        *([f"  {a.url}"] if a.url else []),
        f"  {''.join(marked)}",
        f"  rule {alert.rule.id}: " + "; ".join(how_matched(alert)),
        f"  alert {alert.id} · article {a.id} · story {alert.story_id}",
    ]
    return "\n".join(lines)
