"""The service's web views: ``POST /articles`` (HTTP ingest), ``GET /health``, ``GET /metrics``."""

from __future__ import annotations

import json
from typing import Any

import faust
from faust.web import Request, Response, View

from raqib.article import Article, ArticleError
from streams.context import ServiceContext
from streams.records import ArticleRecord
from streams.topology import Topics

MAX_BODY = 20 * 1024 * 1024


def parse_articles(body: bytes) -> list[Article]:
    """One article (a JSON object) or a list of them; ArticleError says which one is wrong and why."""
    try:
        data: Any = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ArticleError(f"the body is not valid JSON ({e}); send an article object or a list of them") from None
    if isinstance(data, dict):
        return [Article.parse(data)]
    if not isinstance(data, list) or not data:
        raise ArticleError("send an article object or a non-empty list of them")
    out = []
    for i, item in enumerate(data):
        try:
            out.append(Article.parse(item))
        except ArticleError as e:
            raise ArticleError(f"article [{i}]: {e}") from None
    return out


def consumer_lag(app: faust.App, topics: Topics) -> int | None:
    """Messages of ``articles`` and ``alerts`` not yet read, over the partitions this worker holds."""
    sources = {topics.articles.get_topic_name(), topics.alerts.get_topic_name()}
    try:
        consumer = app.consumer
        total = 0
        for tp in consumer.assignment():
            if tp.topic not in sources:
                continue  # changelog partitions are read only to recover tables
            high = consumer.highwater(tp)
            # faust keeps the last offset read, and the last one committed, per partition
            last = consumer._read_offset.get(tp)
            if last is None:
                last = consumer._committed_offset.get(tp)
            if high is not None:
                total += max(0, high - (last + 1 if last is not None else 0))
        return total
    except Exception:  # noqa: BLE001 - faust internals: no lag rather than a failed scrape
        return None


def register_views(app: faust.App, ctx: ServiceContext, topics: Topics) -> None:
    @app.page("/articles", name="raqib.articles")
    class ArticlesView(View):
        async def post(self, request: Request) -> Response:
            body = await request.read()
            if len(body) > MAX_BODY:
                return self.error(413, f"body over {MAX_BODY} bytes; send fewer articles at a time")
            try:
                articles = parse_articles(body)
            except ArticleError as e:
                return self.error(400, str(e))
            for article in articles:
                await topics.articles.send(key=article.id.encode("utf-8"), value=ArticleRecord.from_article(article).dumps())
            return self.json({"ids": [a.id for a in articles]}, status=202)

    @app.page("/health", name="raqib.health")
    class HealthView(View):
        async def get(self, request: Request) -> Response:
            return self.json({
                "status": "ok",
                "app": ctx.settings.app_id,
                "rules": ctx.rules.count,
                "rules_version": ctx.rules.version,
                "rules_loaded_at": ctx.rules.loaded_at.isoformat(),
                "slack": "slack" if ctx.settings.slack_enabled else "terminal",
                "partitions_assigned": len(app.consumer.assignment()) if app.consumer else 0,
            })

    @app.page("/metrics", name="raqib.metrics")
    class MetricsView(View):
        async def get(self, request: Request) -> Response:
            body = ctx.metrics.render(lambda: consumer_lag(app, topics))
            # set as a header: aiohttp refuses a content_type argument that carries a charset
            return self.bytes(body, headers={"Content-Type": ctx.metrics.content_type})
