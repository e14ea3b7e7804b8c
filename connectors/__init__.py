"""The edges: sources that produce articles to Kafka (JSONL, RSS) and sinks that deliver alerts (Slack, terminal)."""
