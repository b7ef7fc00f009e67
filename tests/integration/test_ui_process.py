"""`outrider ui` as a real process: loopback by default, refuses what it must, and takes Streamlit
down with it (issue 8, finding 9: killing `outrider ui` left Streamlit serving)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from agent.cli import app
from tests.conftest import make_workspace

ROOT = Path(__file__).resolve().parents[2]
AUTH_TOML = """
[auth]
provider = "Test IdP"
server_metadata_url = "http://127.0.0.1:9/.well-known/openid-configuration"
client_id = "outrider-review"

[auth.roles]
"boss@example.com" = "admin"
"@example.com" = "rep"
"""
runner = CliRunner()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(predicate, what: str, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    pytest.fail(f"{what} within {timeout}s")


@contextmanager
def outrider_ui(tmp_path: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    ws = make_workspace(tmp_path / "ws", f"sqlite:///{tmp_path / 'ws' / 'outrider.db'}")
    ws.db  # noqa: B018 - migrate before the UI opens it
    ws.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": f"sqlite:///{tmp_path / 'ws' / 'outrider.db'}"}
    env.pop("OUTRIDER_WORKSPACE", None)
    log = (tmp_path / "ui.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "-w", str(ws.path), "ui", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
    )
    try:
        def healthy() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"outrider ui exited with {proc.returncode}:\n{(tmp_path / 'ui.log').read_text()}")
            try:
                return httpx.get(f"http://127.0.0.1:{port}/_stcore/health", timeout=2, trust_env=False).text == "ok"
            except httpx.HTTPError:
                return False

        wait_until(healthy, "the UI did not answer /_stcore/health")
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in children(proc.pid):
            os.kill(pid, signal.SIGKILL)
        log.close()


def test_sigterm_to_outrider_ui_stops_streamlit(tmp_path: Path) -> None:
    port = free_port()
    with outrider_ui(tmp_path, port) as proc:
        streamlit = children(proc.pid)
        assert len(streamlit) == 1
        assert os.getpgid(streamlit[0]) == streamlit[0]  # its own group: Ctrl-C reaches only outrider
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        assert not listening(port), "Streamlit still serves after outrider ui stopped"
        assert not alive(streamlit[0])
    # the console wraps its lines at the terminal's width, and where depends on the length of tmp_path
    out = " ".join((tmp_path / "ui.log").read_text().split())
    assert f"at http://127.0.0.1:{port}" in out and "one local user" in out


def test_ctrl_c_stops_streamlit(tmp_path: Path) -> None:
    port = free_port()
    with outrider_ui(tmp_path, port) as proc:
        streamlit = children(proc.pid)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert not listening(port)
        assert not any(alive(pid) for pid in streamlit)


def test_kill_9_of_outrider_ui_still_stops_streamlit(tmp_path: Path) -> None:
    port = free_port()
    with outrider_ui(tmp_path, port) as proc:
        streamlit = children(proc.pid)
        proc.kill()
        proc.wait()
        wait_until(lambda: not listening(port), "Streamlit did not stop after outrider ui was killed with -9")
        wait_until(lambda: not any(alive(pid) for pid in streamlit), "the Streamlit process did not exit")


def test_streamlit_binds_loopback_only(tmp_path: Path) -> None:
    port = free_port()
    with outrider_ui(tmp_path, port) as proc:
        args = Path(f"/proc/{children(proc.pid)[0]}/cmdline").read_bytes().split(b"\0")
        assert args[args.index(b"--server.address") + 1] == b"127.0.0.1"
        assert args[args.index(b"--server.headless") + 1] == b"true"
        assert args[args.index(b"--browser.gatherUsageStats") + 1] == b"false"
        # Nothing answers on this machine's other addresses.
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent; this picks the outward interface
            outward = probe.getsockname()[0]
        if outward != "127.0.0.1":
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
                sock.settimeout(1)
                assert sock.connect_ex((outward, port)) != 0


# --------------------------------------------------------------------------- refusals, no process started


@pytest.fixture
def ws_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    url = f"sqlite:///{tmp_path / 'ws' / 'outrider.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("OUTRIDER_WORKSPACE", raising=False)
    return make_workspace(tmp_path / "ws", url).path


def test_a_busy_port_is_a_clear_error(ws_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = runner.invoke(app, ["-w", str(ws_path), "ui", "--port", str(port)])
    assert result.exit_code == 2
    assert f"port {port} on 127.0.0.1 is already in use" in result.output
    assert "--port" in result.output


def test_a_non_loopback_host_needs_auth(ws_path: Path) -> None:
    result = runner.invoke(app, ["-w", str(ws_path), "ui", "--host", "0.0.0.0", "--port", str(free_port())])
    assert result.exit_code == 2
    assert "refusing to serve the review UI on 0.0.0.0" in result.output
    assert "[auth]" in result.output and "SSH tunnel" in result.output


def test_auth_needs_the_client_secret_and_a_cookie_key(ws_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with (ws_path / "outrider.toml").open("a") as f:
        f.write(AUTH_TOML)
    monkeypatch.delenv("OIDC_CLIENT_SECRET", raising=False)
    monkeypatch.setenv("OUTRIDER_SECRET_KEY", "k" * 32)
    result = runner.invoke(app, ["-w", str(ws_path), "ui", "--host", "0.0.0.0", "--port", str(free_port())])
    assert result.exit_code == 2 and "OIDC_CLIENT_SECRET" in result.output

    monkeypatch.setenv("OIDC_CLIENT_SECRET", "s3cret-value")
    monkeypatch.setenv("OUTRIDER_SECRET_KEY", "short")
    result = runner.invoke(app, ["-w", str(ws_path), "ui", "--port", str(free_port())])
    assert result.exit_code == 2 and "OUTRIDER_SECRET_KEY" in result.output
    assert "short" not in result.output and "s3cret" not in result.output


# --------------------------------------------------------------------------- --by is an e-mail address


@pytest.mark.parametrize(
    "command",
    [
        ["queue", "approve", "1"],
        ["queue", "reject", "1", "--reason", "no"],
        ["queue", "snooze", "1"],
        ["queue", "regenerate", "1", "-i", "shorter"],
        ["outbox", "resolve", "1", "--outcome", "cancel"],
        ["leads", "stage", "dana@acme.io", "engaged", "--reason", "called"],
        ["alerts", "retry", "1"],
    ],
)
@pytest.mark.parametrize("by", ["lol", "vp-sales", "dana@localhost", "a b@example.com", ""])
def test_by_must_be_an_email_address(ws_path: Path, command: list[str], by: str) -> None:
    result = runner.invoke(app, ["-w", str(ws_path), *command, "--by", by])
    assert result.exit_code == 2, result.output
    assert "--by must be your e-mail address, like --by dana@example.com" in result.output
