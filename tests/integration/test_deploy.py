"""deploy/ is checked, not trusted: no Docker daemon or registry here, so the images are never
built. Instead every `outrider` command in deploy/compose.yaml and the systemd units must parse
(options and values, as typer reads them), every health check must point at what its process
serves, every environment variable named must be one agent/config.py reads; and the compose's
migrate, serve, worker, run and ui commands are started as local processes against the test
PostgreSQL, their health checks executed as written (host names -> 127.0.0.1, fixed ports -> free
ones), until one signal on a loopback feed becomes a queued draft."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from sqlmodel import select

from agent.cli import app
from agent.config import Settings
from agent.store.models import Draft, Signal
from tests.conftest import LoopbackServer, Route, _postgres_available, make_workspace
from tests.fakes.processes import Process, outrider_argv
from tests.integration.test_delivery import free_port
from tests.integration.test_pipeline import ACCOUNTS, CONTACTS, WIRE, rss, source_toml
from tests.integration.test_ui_process import AUTH_TOML
from tests.integration.workers_harness import FAST_WORKERS, pg_schema

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
SERVICES: dict[str, Any] = COMPOSE["services"]
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
#: What a systemd unit's ExecStart runs `outrider` as.
UNIT_OUTRIDER = "/srv/outrider/.venv/bin/outrider"


def parse(args: list[str]) -> Any:
    """Parse `outrider ARGS` exactly as the CLI would (options, their values, subcommands) without
    running it: the leaf command's click context, or click's UsageError / BadParameter when it
    would be refused (typer's own click, hence no import of `click` here)."""
    command: Any = typer.main.get_command(app)
    ctx = command.make_context("outrider", list(args))
    while hasattr(command, "resolve_command"):  # a group: on to the subcommand
        rest = [*ctx._protected_args, *ctx.args]
        name, sub, rest = command.resolve_command(ctx, rest)
        assert sub is not None and name is not None, args
        command = sub
        ctx = sub.make_context(name, rest, parent=ctx)
    return ctx


def option(args: list[str], name: str) -> str | None:
    return args[args.index(name) + 1] if name in args else None


def settings_env() -> set[str]:
    """The environment variables agent/config.py reads (Settings' aliases)."""
    return {field.alias for field in Settings.model_fields.values() if field.alias}


# --------------------------------------------------------------------------- compose, read


def outrider_services() -> dict[str, list[str]]:
    return {name: svc["command"] for name, svc in SERVICES.items() if svc.get("command", [""])[0] == "outrider"}


def test_every_compose_command_is_a_valid_outrider_command() -> None:
    commands = outrider_services()
    assert set(commands) == {"migrate", "serve", "ui", "worker", "run"}
    for name, command in commands.items():
        ctx = parse(command[1:])
        assert ctx.command.name == command[1], name
        help_ = subprocess.run(outrider_argv([*command, "--help"]), capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert help_.returncode == 0, (name, help_.stderr)
    # A misspelt option is caught by the same check (it can fail).
    with pytest.raises(Exception, match="No such option: --prot"):
        parse(["serve", "--prot", "8000"])
    with pytest.raises(Exception, match="valid integer"):
        parse(["worker", "--concurrency", "four"])


def health_url(test: list[str]) -> str:
    assert test[0] == "CMD", test
    (url,) = re.findall(r"https?://[^'\"\s]+", " ".join(test))
    return url


def test_each_compose_health_check_targets_what_its_process_serves() -> None:
    serve, ui, worker, run = (SERVICES[n] for n in ("serve", "ui", "worker", "run"))
    assert health_url(serve["healthcheck"]["test"]) == f"http://127.0.0.1:{option(serve['command'], '--port')}/healthz"
    assert health_url(ui["healthcheck"]["test"]) == f"http://127.0.0.1:{option(ui['command'], '--port')}/_stcore/health"
    assert health_url(worker["healthcheck"]["test"]) == f"http://127.0.0.1:{option(worker['command'], '--metrics-port')}/metrics"
    run_check = run["healthcheck"]["test"]
    assert run_check[:2] == ["CMD", "outrider"] and parse(run_check[2:]).command.name == "status"
    for name in ("serve", "ui"):  # the published port is the one the process listens on
        port = option(SERVICES[name]["command"], "--port")
        assert SERVICES[name]["ports"] == [f"{port}:{port}"], name
    # Long-running processes log JSON for a collector (the UI included).
    for name in ("serve", "ui", "worker", "run"):
        assert option(SERVICES[name]["command"], "--log-format") == "json", name


def test_compose_environment_is_what_the_config_reads() -> None:
    env = set(COMPOSE["x-outrider"]["environment"])
    for name, service in SERVICES.items():
        if name != "postgres":
            names = set(service["environment"])
            assert names <= settings_env(), (name, names - settings_env())
            assert env <= names, name
    assert {"DATABASE_URL", "OUTRIDER_WORKSPACE"} <= env
    url = COMPOSE["x-outrider"]["environment"]["DATABASE_URL"]
    assert url.startswith("postgresql+psycopg://") and "@postgres:" in url  # the compose's postgres service
    postgres = SERVICES["postgres"]["environment"]
    assert url.endswith(f"/{postgres['POSTGRES_DB']}") and f"//{postgres['POSTGRES_USER']}:" in url
    # Everything that needs the schema waits for `migrate`; the UI on 0.0.0.0 needs [auth] (it refuses otherwise).
    assert SERVICES["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert COMPOSE["x-outrider"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"


def test_docker_compose_config_when_the_client_has_it() -> None:
    """`docker compose config` validates the file offline; this machine's docker has no compose
    plugin, which the test states instead of skipping (the checks above hold either way)."""
    import shutil

    if shutil.which("docker") is None:
        return
    version = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, timeout=30)
    if version.returncode != 0:
        assert "compose" in (version.stderr + version.stdout)
        return
    checked = subprocess.run(["docker", "compose", "-f", str(DEPLOY / "compose.yaml"), "config", "--quiet"],
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr


# --------------------------------------------------------------------------- systemd units, read


def unit_lines(path: Path, key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(f"{key}=")]


def unit_commands(path: Path) -> list[list[str]]:
    """The `outrider` argument lists a unit runs (inside `sh -c '...'` too); %i is instance 1."""
    found = []
    for line in unit_lines(path, "ExecStart"):
        argv = shlex.split(line.replace("%i", "1"))
        if argv[:2] == ["/bin/sh", "-c"]:
            argv = shlex.split(argv[2].split("|")[0])
        if argv and argv[0] == UNIT_OUTRIDER:
            found.append(argv[1:])
    return found


def test_every_systemd_exec_start_is_a_valid_outrider_command() -> None:
    assert {u.name for u in UNITS} >= {"outrider-serve.service", "outrider-worker@.service", "outrider-run.service",
                                       "outrider-ui.service", "outrider-migrate.service", "outrider-health.service"}
    seen = {}
    for unit in UNITS:
        for args in unit_commands(unit):
            seen[unit.name] = parse(args).command.name
        for line in unit_lines(unit, "ExecStart"):  # anything else it runs is a system tool
            program = shlex.split(line)[0]
            assert program in (UNIT_OUTRIDER, "/bin/sh", "/usr/bin/curl"), (unit.name, program)
    assert seen == {
        "outrider-serve.service": "serve", "outrider-worker@.service": "worker", "outrider-run.service": "run",
        "outrider-ui.service": "ui", "outrider-migrate.service": "migrate", "outrider-health.service": "status",
    }
    # The worker's metrics port for instance 1, and the health unit's curl at the serve unit's port.
    (worker,) = unit_commands(DEPLOY / "systemd" / "outrider-worker@.service")
    assert option(worker, "--metrics-port") == "9101"
    (serve,) = unit_commands(DEPLOY / "systemd" / "outrider-serve.service")
    curl = [line for line in unit_lines(DEPLOY / "systemd" / "outrider-health.service", "ExecStart") if "curl" in line]
    assert curl == [f"/usr/bin/curl -fsS http://127.0.0.1:{option(serve, '--port')}/healthz"]
    for unit in ("serve", "ui", "run"):
        (args,) = unit_commands(DEPLOY / "systemd" / f"outrider-{unit}.service")
        assert option(args, "--log-format") == "json", unit


def test_the_systemd_environment_file_names_what_the_config_reads() -> None:
    names = set()
    for line in (DEPLOY / "systemd" / "outrider.env.example").read_text(encoding="utf-8").splitlines():
        line = line.lstrip("# ").strip()
        if re.match(r"^[A-Z_]+=", line):
            names.add(line.split("=", 1)[0])
    assert {"DATABASE_URL", "OUTRIDER_WORKSPACE"} <= names
    assert names <= settings_env(), names - settings_env()
    for unit in UNITS:
        assert unit_lines(unit, "EnvironmentFile") in ([], ["/etc/outrider/outrider.env"]), unit.name


# --------------------------------------------------------------------------- compose, run


def localised(argv: list[str], ports: dict[str, str]) -> list[str]:
    """A compose command or health check for this machine: host names -> 127.0.0.1, the fixed
    ports -> free ones (other test runs share the machine), `python` -> this interpreter."""
    out = []
    for arg in argv:
        arg = arg.replace("0.0.0.0", "127.0.0.1").replace("postgres:5432", "127.0.0.1:5432")
        for fixed, free in ports.items():
            arg = re.sub(rf"(?<![0-9]){fixed}(?![0-9])", free, arg)
        out.append(arg)
    if out and out[0] == "python":
        out[0] = sys.executable
    return out


def run_health_check(service: str, ports: dict[str, str], env: dict[str, str]) -> bool:
    test = localised(SERVICES[service]["healthcheck"]["test"], ports)
    assert test[0] == "CMD"
    argv = outrider_argv(test[1:]) if test[1] == "outrider" else test[1:]
    return subprocess.run(argv, env=env, capture_output=True, timeout=60, cwd=ROOT).returncode == 0


@pytest.mark.postgres
def test_the_compose_processes_run_here_and_one_signal_goes_through(tmp_path: Path, http_server: LoopbackServer) -> None:
    if not _postgres_available():
        pytest.fail("needs PostgreSQL (OUTRIDER_TEST_POSTGRES_URL)")
    import os

    from agent.services.accounts import import_accounts, import_contacts

    feed = http_server.add("/wire.xml", Route(rss(WIRE[:1])))  # one entry: Northwind's round
    ports = {"8000": str(free_port()), "9100": str(free_port()), "8501": str(free_port())}
    with pg_schema() as url:
        # The UI listens on 0.0.0.0 in the container: sign-in configured, as the compose file says.
        ws = make_workspace(tmp_path / "ws", url, source_toml("wire", feed) + FAST_WORKERS + AUTH_TOML)
        import_accounts(ws.db, ACCOUNTS, filename="accounts.csv")
        import_contacts(ws.db, CONTACTS, filename="contacts.csv")
        env = {"DATABASE_URL": url, "OUTRIDER_WORKSPACE": str(ws.path), "OIDC_CLIENT_SECRET": "s3cret-value",
               "OUTRIDER_SECRET_KEY": "k" * 32}
        full_env = {**os.environ, **env}
        migrate = subprocess.run(outrider_argv(localised(SERVICES["migrate"]["command"], ports)), env=full_env,
                                 capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert migrate.returncode == 0, migrate.stderr
        procs = [Process(localised(SERVICES[name]["command"], ports), env=env, log=tmp_path / f"{name}.log")
                 for name in ("serve", "worker", "run", "ui")]
        try:
            for proc, name in zip(procs, ("serve", "worker", "run", "ui"), strict=True):
                proc.wait_healthy(lambda name=name: run_health_check(name, ports, full_env), timeout=120)
            deadline = time.monotonic() + 120
            drafts: list[Draft] = []
            while time.monotonic() < deadline and not drafts:
                with ws.db.session() as session:
                    drafts = list(session.exec(select(Draft)).all())
                time.sleep(0.5)
            with ws.db.session() as session:
                signals = list(session.exec(select(Signal)).all())
        finally:
            codes = {proc.args[0]: proc.stop() for proc in procs}
        ws.close()
    assert len(signals) == 1 and signals[0].title.startswith("Northwind Analytics raises"), signals
    assert len(drafts) == 1 and drafts[0].signal_id == signals[0].id and drafts[0].status == "pending", [
        p.output()[-2000:] for p in procs]
    assert all(code in (0, -15) for code in codes.values()), codes  # stopped by SIGTERM, not crashed
