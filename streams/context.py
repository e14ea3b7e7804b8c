"""What the agents, views and tasks share, passed explicitly instead of module globals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from connectors.sinks import Sink
from raqib.engine import Watchlist
from raqib.settings import Settings
from streams.healing import Activity
from streams.metrics import Metrics


@dataclass
class RulesHolder:
    """The running watch list; ``swap`` replaces it whole, between two articles."""

    watchlist: Watchlist
    version: int = 1
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    def swap(self, watchlist: Watchlist) -> int:
        """Called on the event loop, so an agent sees the old or the new list, never a mix."""
        self.watchlist = watchlist
        self.version += 1
        self.loaded_at = datetime.now(UTC)
        return self.version

    @property
    def count(self) -> int:
        return len(self.watchlist.rules)


@dataclass(frozen=True)
class ServiceContext:
    settings: Settings
    rules: RulesHolder
    sink: Sink
    metrics: Metrics
    activity: Activity = field(default_factory=Activity)
