"""The service's agents: match (articles -> alerts, or the DLQ) and delivery (alerts -> Slack)."""
