"""Terminal rendering of explanations."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from raqib.analysis.document import Document
from raqib.engine.explain import NodeTrace, RuleExplanation
from raqib.engine.results import Hit

CONTEXT = 60


def hit_in_context(doc: Document, hit: Hit) -> Text:
    """The hit's surroundings with the hit highlighted."""
    text = doc.article.title if hit.field == "title" else doc.article.text
    lo, hi = max(0, hit.start - CONTEXT), min(len(text), hit.end + CONTEXT)
    t = Text("…" if lo else "")
    t.append(text[lo : hit.start].replace("\n", " "))
    t.append(text[hit.start : hit.end], style="bold reverse")
    t.append(text[hit.end : hi].replace("\n", " "))
    t.append("…" if hi < len(text) else "")
    return t


def _hit_line(doc: Document, h: Hit) -> Text:
    line = Text(f"{h.field}[{h.start}:{h.end}] {h.surface!r} ← {h.term!r} ({h.how}): ", style="dim")
    return line + hit_in_context(doc, h)


def _add(tree: Tree, node: NodeTrace, doc: Document) -> None:
    mark = "✓" if node.held else "✗"
    branch = tree.add(Text(f"{mark} {node.label}", style="green" if node.held else "red"))
    for h in node.hits[:5]:
        branch.add(_hit_line(doc, h))
    if len(node.hits) > 5:
        branch.add(Text(f"… {len(node.hits) - 5} more", style="dim"))
    for c in node.children:
        _add(branch, c, doc)


def print_explanations(exps: list[RuleExplanation], doc: Document, out: Console) -> None:
    """Matched rules with their hits, then near misses with the part that failed."""
    out.print(Text(f"article {doc.article.id} · lang {doc.lang} · {len(doc.segments)} segment(s)", style="bold"))
    for seg in doc.segments:
        out.print(Text(f"  {seg.kind.value:<9} [{seg.start}:{seg.end}] {seg.title[:70]}", style="dim"))
    if not exps:
        out.print("no rule matched, and no rule's terms occur in this article")
        return
    for e in exps:
        info = e.rule.info
        if e.match:
            head = Text(f"MATCH {info.id} ({info.severity}) — {info.title} · in {e.match.segment.kind}: {e.match.segment.title[:60]}", style="bold green")
            tree = Tree(head)
            for h in e.match.hits:
                tree.add(_hit_line(doc, h))
        else:
            tree = Tree(Text(f"near  {info.id} — {info.title}: {e.reason}", style="bold yellow"))
            _add(tree, e.trace, doc)
        out.print(tree)
