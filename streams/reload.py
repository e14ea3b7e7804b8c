"""Rules reload while running: watch the rule paths, compile an edit, swap it in if valid.

An invalid edit is refused with its ``file:line`` errors (logged, and posted to the ops channel
when one is set); the old rules keep running.
"""

from __future__ import annotations

import asyncio
import logging
from functools import partial
from pathlib import Path

import faust
from watchfiles import Change, awatch

from raqib.engine import RuleFileErrors, load_rules
from streams.context import ServiceContext

log = logging.getLogger(__name__)
RULE_SUFFIXES = (".yaml", ".yml")


def _is_rule_file(change: Change, path: str) -> bool:
    return path.endswith(RULE_SUFFIXES)


async def reload_rules(ctx: ServiceContext) -> bool:
    """Compile the rule paths again; swap the result in, or keep the old rules and report why."""
    paths = list(ctx.settings.rules)
    loop = asyncio.get_running_loop()
    try:
        watchlist = await loop.run_in_executor(
            None, partial(load_rules, paths, builtin=ctx.settings.builtin_lexicon)
        )
    except (RuleFileErrors, OSError) as e:
        ctx.metrics.reloads.labels(result="refused").inc()
        log.error("rule edit refused; the previous rules (version %d) keep running:\n%s", ctx.rules.version, e)
        await ctx.sink.post_ops("Raqib: rule edit refused; the previous rules keep running", str(e))
        return False
    version = ctx.rules.swap(watchlist)
    ctx.metrics.rules_loaded.set(ctx.rules.count)
    ctx.metrics.reloads.labels(result="ok").inc()
    log.info("rules reloaded: version %d, %d rules", version, ctx.rules.count)
    return True


def register_rule_watcher(app: faust.App, ctx: ServiceContext) -> None:
    @app.task
    async def watch_rules() -> None:
        watched = [str(p) for p in ctx.settings.rules if Path(p).exists()]
        if not watched:
            return
        async for _changes in awatch(*watched, watch_filter=_is_rule_file, debounce=300, step=50):
            await reload_rules(ctx)
