"""Rendering an alert as a Slack ``chat.postMessage`` payload: a pure function, pinned by tests.

Article text is untrusted: it is escaped (``& < >``) so it can never open a mention
(``<!channel>``, ``<@U123>``) or a masked link, broadcast words (``@channel``, ``@here``,
``@everyone``) get a word joiner so they stay plain text even where Slack would parse names,
and the mrkdwn markers ``*`` and `````` are replaced by look-alikes so text cannot break the
highlighting.
"""

from __future__ import annotations

import re
from typing import Any

from raqib.alerts import Alert, how_matched

EVENT_TYPE = "raqib_alert"
SEVERITY_ICON = {"info": "⚪", "low": "🔵", "medium": "🟡", "high": "🟠", "critical": "🔴"}
HEADER_MAX = 150
SECTION_MAX = 3000
_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_MRKDWN = str.maketrans({"*": "∗", "`": "ˋ"})
_URL_UNSAFE = {"|": "%7C", "<": "%3C", ">": "%3E", " ": "%20", "\n": "", "\r": "", "\t": ""}


def escape(text: str) -> str:
    """Untrusted text made safe for mrkdwn and plain_text fields."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "@" in text:
        text = _BROADCAST.sub("@\u2060\\1", text)
    if "*" in text or "`" in text:  # translate() walks the whole text: only when there is work
        text = text.translate(_MRKDWN)
    return text


def safe_url(url: str | None) -> str | None:
    """An http(s) URL with the characters that would end a Slack link percent-encoded; else None."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    for bad, good in _URL_UNSAFE.items():
        url = url.replace(bad, good)
    return url


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def marked_snippet(alert: Alert) -> str:
    """The snippet, escaped, with each matched word in bold."""
    s = alert.snippet
    parts, pos = [], 0
    for lo, hi in s.marks:
        parts += [escape(s.text[pos:lo]), "*", escape(s.text[lo:hi]), "*"]
        pos = hi
    parts.append(escape(s.text[pos:]))
    return "".join(parts)


def fallback_text(alert: Alert) -> str:
    """The notification text (also shown where blocks cannot be)."""
    title = alert.article.title or alert.snippet.text
    return _cut(f"[{alert.rule.severity.upper()}] {escape(alert.rule.title)}: {escape(title)}", 300)


def metadata(alert: Alert) -> dict[str, Any]:
    return {
        "event_type": EVENT_TYPE,
        "event_payload": {
            "alert_id": alert.id,
            "rule_id": alert.rule.id,
            "article_id": alert.article.id,
            "story_id": alert.story_id,
        },
    }


def render_blocks(alert: Alert) -> list[dict[str, Any]]:
    rule, art = alert.rule, alert.article
    icon = SEVERITY_ICON.get(rule.severity, "")
    header = _cut(f"{icon} {rule.severity.upper()} · {rule.title}".strip(), HEADER_MAX)
    title = escape(art.title or "(untitled)")
    url = safe_url(art.url)
    headline = f"*<{url}|{title}>*" if url else f"*{title}*"
    where = " · ".join(escape(x) for x in (art.source, art.published_at) if x)
    context = f"rule `{escape(rule.id)}` · " + "; ".join(escape(line) for line in how_matched(alert))
    return [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": True}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _cut(headline + (f"\n{where}" if where else ""), SECTION_MAX)}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _cut("> " + marked_snippet(alert), SECTION_MAX)}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(context, SECTION_MAX)}]},
    ]


def render_message(alert: Alert, channel: str, thread_ts: str | None = None) -> dict[str, Any]:
    """The keyword arguments of ``chat.postMessage`` for this alert in this channel."""
    payload: dict[str, Any] = {
        "channel": channel,
        "text": fallback_text(alert),
        "blocks": render_blocks(alert),
        "metadata": metadata(alert),
        "unfurl_links": False,
        "unfurl_media": False,
    }
    if thread_ts:
        payload["thread_ts"] = thread_ts
    return payload


def render_ops_message(channel: str, title: str, body: str) -> dict[str, Any]:
    """A plain message for the ops channel (rule reload errors and the like)."""
    text = f"{escape(title)}\n```{_cut(escape(body), SECTION_MAX - 200)}```"
    return {"channel": channel, "text": text, "unfurl_links": False, "unfurl_media": False}
