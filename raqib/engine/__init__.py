"""Rule files -> typed models -> compiled watch list; matching, explain, rule tests."""

from raqib.engine.errors import RuleError, RuleFileErrors
from raqib.engine.results import Hit, RuleInfo, RuleMatch, SegmentInfo
from raqib.engine.watchlist import Watchlist, load_rules

__all__ = ["Hit", "RuleError", "RuleFileErrors", "RuleInfo", "RuleMatch", "SegmentInfo", "Watchlist", "load_rules"]
