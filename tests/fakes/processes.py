"""Long-running `outrider` commands as real processes for tests: start one, wait until its health
check passes (an HTTP URL, or a command run as written), stop it with a signal, read its output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]


def outrider_argv(args: list[str]) -> list[str]:
    """`outrider ARGS` with this interpreter (the console script may not be on PATH in a venv)."""
    if args and args[0] == "outrider":
        args = args[1:]
    return [sys.executable, "-c", "from agent.cli import app; app()", *args]


class Process:
    """One command, its stdout and stderr in a file (no pipe to fill up)."""

    def __init__(self, args: list[str], *, env: dict[str, str], log: Path) -> None:
        self.args = args
        self.log = log
        self._out = open(log, "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(outrider_argv(args), env={**os.environ, **env}, cwd=ROOT, stdout=self._out,
                                     stderr=subprocess.STDOUT)

    def output(self) -> str:
        if not self._out.closed:
            self._out.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_healthy(self, check: Any, *, timeout: float = 90) -> None:
        """Poll `check` (a URL, or a callable returning True) until it passes; fail with the output
        when the process exits or the time runs out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"`{' '.join(self.args)}` exited with {self.proc.returncode}:\n{self.output()[-3000:]}")
            try:
                if callable(check):
                    if check():
                        return
                elif httpx.get(check, timeout=5).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"`{' '.join(self.args)}` was not healthy within {timeout:.0f} s:\n{self.output()[-3000:]}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._out.close()
        return self.proc.returncode

    def __enter__(self) -> Process:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def json_lines(text: str) -> list[dict[str, Any]]:
    """Every non-empty line parsed as a JSON object (AssertionError naming the first that is not)."""
    import json

    parsed = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            raise AssertionError(f"not a JSON log line: {line!r}") from None
        assert isinstance(value, dict), line
        parsed.append(value)
    return parsed
