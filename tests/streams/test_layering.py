"""Dependencies point one way: the core package never loads Kafka, Faust or Slack."""

from __future__ import annotations

import subprocess
import sys

from svc_harness import ROOT

CHECK = """
import importlib, pkgutil, sys
import raqib
for m in pkgutil.walk_packages(raqib.__path__, "raqib."):
    if not m.name.startswith("raqib.cli"):
        importlib.import_module(m.name)
import raqib.cli  # the CLI imports the service commands lazily
import connectors.sinks, connectors.slack_render, connectors.jsonl, connectors.rss
bad = sorted({n.split(".")[0] for n in sys.modules} & {"faust", "aiokafka", "slack_sdk", "mode"})
assert not bad, f"loaded by the core package or the CLI: {bad}"
assert "streams" not in sys.modules, "connectors must not import streams"
print("ok")
"""


def test_core_and_cli_import_no_kafka_faust_or_slack() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], check=False, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-3000:]
