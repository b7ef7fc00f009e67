"""Runs the review UI: Streamlit on loopback (or behind `[auth]` sign-in), stopped with its command."""

from __future__ import annotations

import ctypes
import hashlib
import hmac
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from agent.config import ConfigError
from agent.services.auth import is_loopback
from agent.workspace import Workspace

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8501
#: Seconds Streamlit gets to finish after SIGTERM before it is killed.
GRACE_S = 10.0
#: The primary action's colour (Approve): green, as in .streamlit/config.toml.
PRIMARY_COLOR = "#15803d"
APP_FILE = Path(__file__).resolve().parent.parent / "review_ui" / "app.py"
#: With `--log-format json`, Streamlit writes its log lines in this shape and we re-log each one
#: (and any other line it prints) as a JSON object under the logger `streamlit`.
STREAMLIT_FORMAT = "%(levelname)s|%(name)s|%(message)s"


@dataclass
class Launch:
    """A checked plan to serve the UI: the command, its environment, and where to open it."""

    cmd: list[str]
    env: dict[str, str]
    url: str
    signed_in: bool
    #: A private folder holding the generated secrets.toml; removed when the UI stops.
    secrets_dir: Path | None = field(default=None, repr=False)
    #: "json": Streamlit's output is re-logged as one JSON object a line (`--log-format json`).
    log_format: str = "text"


def port_in_use(host: str, port: int) -> bool:
    """True when something already listens on host:port (the bind Streamlit would make fails)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        # Like Tornado: a port in TIME_WAIT is free, one with a listener is not.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host.strip("[]"), port))
        except OSError:
            return True
    return False


def _browse_host(host: str) -> str:
    if host in ("0.0.0.0", "::", ""):
        return "localhost"
    return f"[{host}]" if ":" in host else host


def _secrets_toml(ws: Workspace, redirect_uri: str) -> str:
    auth = ws.config.auth
    assert auth is not None
    client_secret = ws.settings.oidc_client_secret
    if client_secret is None or not client_secret.get_secret_value():
        raise ConfigError(
            f"[auth] in {ws.config_path} needs the client secret of the {auth.provider} app "
            f"(client_id {auth.client_id!r}) in the OIDC_CLIENT_SECRET environment variable"
        )
    key = ws.settings.secret_key
    if key is None or len(key.get_secret_value()) < 16:
        raise ConfigError(
            "[auth] signs the sign-in cookie with a key derived from OUTRIDER_SECRET_KEY: set it to a random "
            "value of at least 16 characters (python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    # A derived key, so the cookie and the unsubscribe links never share a secret.
    cookie_secret = hmac.new(key.get_secret_value().encode(), b"outrider review ui cookie", hashlib.sha256).hexdigest()
    values = {
        "redirect_uri": redirect_uri,
        "cookie_secret": cookie_secret,
        "client_id": auth.client_id,
        "client_secret": client_secret.get_secret_value(),
        "server_metadata_url": auth.server_metadata_url,
    }
    # JSON string escapes are valid TOML basic strings.
    return "[auth]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items())


def plan(ws: Workspace, *, host: str = DEFAULT_HOST, port: int | None = None, log_format: str = "text") -> Launch:
    """Check the address and the sign-in settings; ConfigError with advice when it must not start."""
    port = port or DEFAULT_PORT
    auth = ws.config.auth
    if auth is None and not is_loopback(host):
        raise ConfigError(
            f"refusing to serve the review UI on {host}: without sign-in anyone who reaches it could approve "
            f"mail in anyone's name. Keep the default --host {DEFAULT_HOST} (reach it from elsewhere through an "
            f"SSH tunnel), or add an [auth] table to {ws.config_path} (README: Sign-in and roles)"
        )
    if port_in_use(host, port):
        raise ConfigError(
            f"port {port} on {host} is already in use (another `outrider ui`?). Stop that, or pick a free one with --port"
        )
    url = f"http://{_browse_host(host)}:{port}"
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(APP_FILE),
        "--server.address", host,
        "--server.port", str(port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal",
        "--theme.primaryColor", PRIMARY_COLOR,
    ]
    if log_format == "json":
        cmd += ["--logger.messageFormat", STREAMLIT_FORMAT]
    env = {**os.environ, "OUTRIDER_WORKSPACE": str(ws.path)}
    secrets_dir = None
    if auth is not None:
        text = _secrets_toml(ws, auth.redirect_uri or f"{url}/oauth2callback")
        secrets_dir = Path(tempfile.mkdtemp(prefix="outrider-ui-"))  # mode 0700
        secrets = secrets_dir / "secrets.toml"
        secrets.touch(mode=0o600)
        secrets.write_text(text)
        cmd += ["--secrets.files", str(secrets)]
    return Launch(cmd=cmd, env=env, url=url, signed_in=auth is not None, secrets_dir=secrets_dir, log_format=log_format)


class _Stopped(Exception):
    pass


def _on_signal(signum: int, _frame: FrameType | None) -> None:
    raise _Stopped(signum)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    # Linux: if `outrider ui` dies without cleaning up (kill -9), the kernel sends Streamlit SIGTERM.
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def stop(proc: subprocess.Popen[bytes], grace_s: float = GRACE_S) -> None:
    """SIGTERM to Streamlit's whole process group, SIGKILL after the grace period."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=grace_s)
            break
        except subprocess.TimeoutExpired:
            continue
    proc.wait()


def _relog(stream: object) -> None:
    """Streamlit's output, a line at a time, as log records (JSON lines once logging says so)."""
    for raw in iter(stream.readline, b""):  # type: ignore[attr-defined]
        line = raw.decode("utf-8", "replace").rstrip()
        if not line.strip():
            continue
        level, name, message = "INFO", "streamlit", line.strip()
        parts = line.split("|", 2)
        if len(parts) == 3 and parts[0] in logging.getLevelNamesMapping():
            level, name, message = parts
        logging.getLogger(name if name.startswith("streamlit") else f"streamlit.{name}").log(
            logging.getLevelNamesMapping()[level], "%s", message)


def run(launch: Launch) -> int:
    """Serve until Streamlit exits or this process gets Ctrl-C, SIGTERM or SIGHUP; then stop Streamlit.

    Returns Streamlit's exit code, or 0 when stopped by a signal.
    """
    handled = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous = {sig: signal.getsignal(sig) for sig in handled}
    try:
        for sig in handled:
            signal.signal(sig, _on_signal)
        # Its own process group: Ctrl-C reaches only us, and we stop everything Streamlit started.
        piped = launch.log_format == "json"
        proc = subprocess.Popen(launch.cmd, env=launch.env, start_new_session=True, preexec_fn=_die_with_parent,
                                stdout=subprocess.PIPE if piped else None, stderr=subprocess.STDOUT if piped else None)
        if piped:
            threading.Thread(target=_relog, args=(proc.stdout,), name="streamlit-log", daemon=True).start()
        try:
            return proc.wait()
        except (_Stopped, KeyboardInterrupt):
            return 0
        finally:
            for sig in handled:  # a second Ctrl-C must not cut the shutdown short
                signal.signal(sig, signal.SIG_IGN)
            stop(proc)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if launch.secrets_dir is not None:
            shutil.rmtree(launch.secrets_dir, ignore_errors=True)
