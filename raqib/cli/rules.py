"""Rule tooling: check, test, schema, suggest, explain, backtest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from raqib.article import Article, ArticleError
from raqib.engine.errors import RuleFileErrors
from raqib.engine.paraphrases import families_for

RulesOpt = Annotated[list[Path], typer.Option("--rules", "-r", help="rule file or directory (repeatable)")]
NoBuiltin = Annotated[bool, typer.Option("--no-builtin", help="do not load the built-in lexicon")]

rules_app = typer.Typer(help="Check, test and inspect rule files.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(rules_app, name="rules")
    app.command("explain")(explain_cmd)
    app.command("backtest")(backtest_cmd)


def _load(paths, no_builtin: bool, run_tests: bool = True):
    from raqib.engine import load_rules

    try:
        return load_rules(paths, builtin=not no_builtin, run_tests=run_tests)
    except RuleFileErrors as e:
        # Plain lines, never wrapped: editors and terminals link `file:line:col`.
        for problem in e.errors:
            typer.echo(str(problem), err=True)
        n = len(e.errors)
        typer.echo(f"{n} problem{'s' if n != 1 else ''}; the rules were not loaded", err=True)
        raise typer.Exit(1) from None


@rules_app.command("check")
def check_cmd(paths: Annotated[list[Path], typer.Argument(help="rule files or directories")], no_builtin: NoBuiltin = False) -> None:
    """Check rule files: exit 0, or 1 with every problem as file:line:col."""
    wl = _load(paths, no_builtin)
    for note in wl.notes:
        typer.echo(f"note: {note}")
    user = [d for d in wl.ruleset.definitions.values() if not d.builtin]
    for d in user:
        fams = [] if d.entity else families_for([w for ws in d.words.values() for w in ws])
        if fams:
            names = ", ".join(f.name for f in fams)
            typer.echo(f"note: {d.loc}: concept {d.id!r} also matches the set phrases of {names} (paraphrases)")
    typer.echo(
        f"ok: {len(wl.ruleset.files)} file(s), {len(wl.rules)} rule(s), "
        f"{sum(1 for d in user if d.entity)} entities, {sum(1 for d in user if not d.entity)} concepts"
    )


@rules_app.command("test")
def test_cmd(paths: Annotated[list[Path], typer.Argument(help="rule files or directories")], no_builtin: NoBuiltin = False) -> None:
    """Run every rule's `tests` cases; exit 1 if any fails."""
    from raqib.engine.ruletests import run_rule_tests

    wl = _load(paths, no_builtin, run_tests=False)
    results = run_rule_tests(wl)
    failed = [r for r in results if r.failure]
    for r in failed:
        typer.echo(f"FAIL {r.failure}")
    typer.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise typer.Exit(1)


@rules_app.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of rule files (for editors)."""
    from raqib.engine.model import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@rules_app.command("suggest")
def suggest_cmd(
    name: Annotated[str, typer.Argument(help="a Latin-script name, e.g. Lavrov")],
    articles: Annotated[Path | None, typer.Option("--articles", help="JSONL articles to search for spellings")] = None,
) -> None:
    """Print the Arabic spellings a Latin name would match by transliteration."""
    from raqib.cli.suggest import suggest

    suggest(name, articles, Console(highlight=False))


def read_article_file(path: Path) -> Article:
    """An article from a .json file, or a .txt file (its text; no title)."""
    raw = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".json":
            return Article.parse(json.loads(raw))
        return Article.parse({"id": path.stem, "text": raw})
    except (ArticleError, json.JSONDecodeError) as e:
        raise typer.BadParameter(f"{path}: {e}") from None


def explain_cmd(
    article: Annotated[Path, typer.Argument(help="a .txt or .json article")],
    rules: RulesOpt,
    no_builtin: NoBuiltin = False,
) -> None:
    """Show which rules match an article, every hit in context and how it matched, and near misses."""
    from raqib.cli.render import print_explanations
    from raqib.engine.explain import explain

    wl = _load(rules, no_builtin)
    doc = wl.analyze(read_article_file(article))
    print_explanations(explain(wl, doc), doc, Console(highlight=False))


def backtest_cmd(
    rules: RulesOpt,
    articles: Annotated[Path, typer.Option("--articles", "-a", help="articles, one JSON object per line")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or jsonl")] = "table",
    no_builtin: NoBuiltin = False,
) -> None:
    """Run rules over a JSONL file of articles: a table of hits per rule, or one JSON line per match."""
    from raqib.cli.backtest import run_backtest

    if format not in ("table", "jsonl"):
        raise typer.BadParameter("--format is table or jsonl")
    wl = _load(rules, no_builtin)
    code = run_backtest(wl, articles, format, Console(highlight=False), Console(stderr=True))
    raise typer.Exit(code)
