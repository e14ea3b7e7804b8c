"""Raqib: watch rules over Arabic and English news. The library knows no Kafka, Slack or network."""

from raqib.article import Article, ArticleError
from raqib.engine import Hit, RuleFileErrors, RuleInfo, RuleMatch, Watchlist, load_rules

__all__ = ["Article", "ArticleError", "Hit", "RuleFileErrors", "RuleInfo", "RuleMatch", "Watchlist", "load_rules"]
