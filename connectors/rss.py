"""Source: RSS/Atom feeds, polled, each item sent once to the ``articles`` topic.

When a feed carries only a summary, the page is fetched and its text extracted with
trafilatura. Items already sent (by id) are remembered in a state file, so a restart never
sends the same item twice.
"""

from __future__ import annotations

import calendar
import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser

from connectors.kafka import ArticleProducer, ensure_topics
from raqib.article import Article, ArticleError

log = logging.getLogger(__name__)
SUMMARY_ONLY = 400  # characters: a feed text shorter than this is a summary, fetch the page
USER_AGENT = "raqib/0.1 (+news watch; RSS ingester)"


class SeenItems:
    """Ids already sent, one per line in a file (kept in memory when there is no file)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._ids: set[str] = set()
        if path is not None and path.exists():
            self._ids = {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}

    def __contains__(self, item_id: str) -> bool:
        return item_id in self._ids

    def add(self, item_id: str) -> None:
        self._ids.add(item_id)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                f.write(item_id + "\n")


def _fragment_text(html: str) -> str:
    """Text of an HTML fragment from a feed (content or summary); plain text is kept as it is."""
    if "<" not in html:
        return html.strip()
    from trafilatura import html2txt

    return html2txt(f"<html><body>{html}</body></html>")


def fetch_page_text(url: str, *, allow_private: bool = False) -> str:
    """The main text of a web page, or "" when it cannot be fetched or extracted.

    Pages on private addresses are refused (trafilatura's SSRF protection) unless ``allow_private``.
    """
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    if allow_private:
        config.set("DEFAULT", "SSRF_PROTECTION", "False")
    try:
        html = trafilatura.fetch_url(url, config=config)
    except Exception as e:  # noqa: BLE001 - any network error: the summary is used instead
        log.warning("could not fetch %s: %s", url, e)
        return ""
    return (trafilatura.extract(html, include_comments=False, include_tables=False) or "") if html else ""


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
    return entry.get("published") or entry.get("updated")


def entry_to_article(entry: Any, feed_title: str | None, fetch: Callable[[str], str] = fetch_page_text) -> Article:
    """An article from a feed entry; the page's text is fetched when the entry has only a summary."""
    link = entry.get("link")
    text = _fragment_text(" ".join(c.get("value", "") for c in entry.get("content", []) or []))
    if len(text) < SUMMARY_ONLY:
        summary = _fragment_text(entry.get("summary", "") or "")
        page = fetch(link) if link else ""
        text = page if len(page) > len(summary) else (text if len(text) > len(summary) else summary)
    basis = entry.get("id") or link or f"{entry.get('title', '')}\n{text[:200]}"
    return Article.parse({
        "id": "rss-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16],
        "url": link,
        "title": entry.get("title", "") or "",
        "text": text,
        "lang": (entry.get("language") or None),
        "source": feed_title,
        "published_at": _published(entry),
        "fetched_at": datetime.now(UTC).isoformat(),
    })


def poll_once(urls: Iterable[str], producer: ArticleProducer, seen: SeenItems,
              fetch: Callable[[str], str] = fetch_page_text) -> int:
    """Read every feed once and send the items not seen before; return how many were sent."""
    sent = 0
    for url in urls:
        feed = feedparser.parse(url, agent=USER_AGENT)
        if feed.get("bozo") and not feed.entries:
            log.warning("feed %s could not be read: %s", url, feed.get("bozo_exception"))
            continue
        feed_title = feed.feed.get("title") or url
        for entry in feed.entries:
            try:
                article = entry_to_article(entry, feed_title, fetch)
            except ArticleError as e:
                log.warning("skipping an item of %s: %s", url, e)
                continue
            if article.id in seen:
                continue
            producer.send(article.model_dump(mode="json"))
            producer.flush()
            seen.add(article.id)
            sent += 1
    return sent


def poll_feeds(urls: list[str], bootstrap: str, *, every: float | None, state: Path | None, partitions: int = 4,
               echo: Callable[[str], None] = print) -> None:
    info = ensure_topics(bootstrap, partitions)
    seen = SeenItems(state)
    with ArticleProducer(bootstrap, one_record_per_batch=info.is_tansu) as producer:
        while True:
            sent = poll_once(urls, producer, seen)
            echo(f"{datetime.now(UTC):%H:%M:%S} sent {sent} new items from {len(urls)} feeds")
            if not every:
                return
            time.sleep(every)
