"""The sources: JSONL files and RSS feeds, producing to a real broker."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from connectors.jsonl import IngestReport, ingest_file, read_articles
from connectors.kafka import ArticleProducer, ensure_topics
from connectors.rss import SeenItems, fetch_page_text, poll_once

PAGE_TEXT = (
    "Syrian officials said on Monday that talks with a Russian delegation on the future of the naval "
    "facility in Tartus would continue next month. The delegation also visited the Hmeimim air base, "
    "where several transport aircraft were seen on the runway. Officials declined to say whether any "
    "agreement had been reached on the length of the lease, which was signed for 49 years. "
) * 2

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Wire</title><link>{base}/</link><description>test</description>
<item><title>Full item</title><link>{base}/full</link><guid>full-1</guid>
<pubDate>Mon, 03 Feb 2025 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{full}</p>]]></content:encoded></item>
<item><title>Summary only</title><link>{base}/page-b</link><guid>summary-1</guid>
<description>Talks on Tartus continue.</description></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            body, kind = FEED.format(base=base, full="Full text about Karabakh. " * 30), "application/rss+xml"
        elif self.path == "/page-b":
            body = f"<html><head><title>Summary only</title></head><body><nav>Home | World</nav><article><h1>Summary only</h1><p>{PAGE_TEXT}</p></article><footer>© Test Wire</footer></body></html>"
            kind = "text/html; charset=utf-8"
        else:
            self.send_error(404)
            return
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()


def read_topic(broker: str, topic: str = "articles", expect: int = 1) -> list[dict]:
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(topic, bootstrap_servers=broker, auto_offset_reset="earliest", group_id=None,
                             consumer_timeout_ms=1500)
    out = [json.loads(r.value) for r in consumer]
    consumer.close()
    return out


def test_read_articles_reports_bad_lines_by_number() -> None:
    lines = [
        json.dumps({"id": "a", "title": "ok", "text": "fine"}),
        "",
        "{broken",
        json.dumps({"id": "b", "title": "", "text": ""}),
        json.dumps({"title": "no id", "text": "gets one from its text"}),
    ]
    report = IngestReport()
    articles = list(read_articles(iter(lines), report))
    assert articles[0]["id"] == "a" and len(articles) == 2
    assert articles[1]["id"].startswith("h")
    assert [p.split(":")[0] for p in report.problems] == ["3", "4"]
    assert "not valid JSON" in report.problems[0] and "both empty" in report.problems[1]


def test_ingest_jsonl_sends_every_article_keyed_by_id(broker: str, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [{"id": f"n{i}", "title": f"t{i}", "text": "نص عربي"} for i in range(5)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    report = ingest_file(path, broker)
    assert report.sent == 5 and not report.problems
    got = read_topic(broker)
    assert sorted(a["id"] for a in got) == [f"n{i}" for i in range(5)]
    assert got[0]["text"] == "نص عربي"


def test_rss_fetches_summary_only_items_and_never_sends_twice(broker: str, feed_url: str, tmp_path: Path) -> None:
    info = ensure_topics(broker, 4)
    assert info.is_tansu and info.partitions["articles"] == 4
    state = tmp_path / "seen.txt"
    fetch = partial(fetch_page_text, allow_private=True)  # the test's pages are on 127.0.0.1
    with ArticleProducer(broker, one_record_per_batch=True) as producer:
        assert poll_once([feed_url], producer, SeenItems(state), fetch) == 2
        assert poll_once([feed_url], producer, SeenItems(state), fetch) == 0  # after a restart too
        seen = SeenItems(None)
        assert poll_once([feed_url], producer, seen, fetch) == 2  # no state file: only this process remembers
        assert poll_once([feed_url], producer, seen, fetch) == 0
    got = {a["title"]: a for a in read_topic(broker)}
    assert set(got) == {"Full item", "Summary only"}
    assert "Tartus would continue next month" in got["Summary only"]["text"]  # the page, not the summary
    assert "Home | World" not in got["Summary only"]["text"]
    assert got["Full item"]["text"].startswith("Full text about Karabakh.")
    assert got["Full item"]["published_at"] == "2025-02-03T10:00:00+00:00"
    assert got["Full item"]["source"] == "Test Wire"


def test_pages_on_private_addresses_are_not_fetched_by_default(feed_url: str) -> None:
    page = feed_url.replace("/feed.xml", "/page-b")
    assert fetch_page_text(page) == ""
    assert "Tartus would continue" in fetch_page_text(page, allow_private=True)
