"""The `outrider` command end to end, through typer's runner, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from agent.cli import app

runner = CliRunner()
#: Sends wait for the recipient's window (weekdays 09:00-17:00 in their zone): play a time inside it.
MONDAY_AFTERNOON = "2026-12-07T15:00:00Z"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, db_url: str) -> None:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.delenv("OUTRIDER_WORKSPACE", raising=False)


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_demo_then_review_from_the_command_line(tmp_path: Path, env: None) -> None:
    ws = tmp_path / "demo"
    out = invoke("demo", "--no-ui", "--dir", str(ws))
    assert "drafted" in out
    drafts = json.loads(invoke("-w", str(ws), "queue", "list", "--json"))
    assert len(drafts) >= 3
    every = json.loads(invoke("-w", str(ws), "queue", "list", "--status", "all", "--json"))  # with the nurture history
    first = drafts[0]
    for key in ("id", "status", "priority", "subject", "body", "provider", "account", "contact", "signal"):
        assert key in first
    assert set(first["account"]) >= {"name", "domain"}
    assert set(first["contact"]) >= {"email", "name"}
    assert set(first["signal"]) >= {"kind", "title", "url", "occurred_at"}
    assert [d["priority"] for d in drafts] == sorted((d["priority"] for d in drafts), reverse=True)

    invoke("-w", str(ws), "queue", "approve", str(first["id"]), "--by", "rep@example.com",
           "--subject", "A quick question")
    invoke("-w", str(ws), "queue", "reject", str(drafts[1]["id"]), "--by", "rep@example.com",
           "--reason", "already in a deal")
    again = runner.invoke(app, ["-w", str(ws), "queue", "approve", str(first["id"]), "--by", "b@example.com"])
    assert again.exit_code == 2 and "rep@example.com (cli) already approved" in again.output
    # A Monday afternoon, inside the demo contacts' send windows (US, GB and DE).
    # The demo's nurture sequences may have a step waiting for its window too: count by state.
    invoke("-w", str(ws), "send", "--now", MONDAY_AFTERNOON)
    assert "sent 0" in invoke("-w", str(ws), "send", "--now", MONDAY_AFTERNOON)
    sent = json.loads(invoke("-w", str(ws), "outbox", "list", "--state", "sent", "--json"))
    assert first["id"] in {r["draft_id"] for r in sent}
    # The demo's earlier nurture steps are history (recorded as sent); this approval is a file.
    assert len(list((ws / "outbox").glob(f"*-outrider.{first['id']}.*.eml"))) == 1

    signals = json.loads(invoke("-w", str(ws), "signals", "list", "--json"))
    assert {"id", "kind", "source", "title", "url", "occurred_at", "account", "evidence"} <= set(signals[0])
    unmatched = json.loads(invoke("-w", str(ws), "signals", "list", "--unmatched", "--json"))
    assert all(s["account"] is None for s in unmatched) and unmatched

    # A second demo run over the same workspace adds nothing.
    invoke("demo", "--no-ui", "--dir", str(ws))
    assert len(json.loads(invoke("-w", str(ws), "queue", "list", "--status", "all", "--json"))) == len(every)


def test_init_import_and_list(tmp_path: Path, env: None, fixture_path: Path) -> None:
    ws = tmp_path / "ws"
    invoke("init", str(ws))
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(
        "name,domain,aliases,industry,employees,country,owner_email\n"
        "Acme Robotics,acme.example,Acme,Software,200,US,a@example.com\n"
        ",nameless.example,,,,,\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["-w", str(ws), "accounts", "import", str(accounts)])
    assert result.exit_code == 0
    assert "1 created" in result.stdout
    assert "line 3" in result.output
    listed = json.loads(invoke("-w", str(ws), "accounts", "list", "--json"))
    assert [a["name"] for a in listed] == ["Acme Robotics"]
    invoke("-w", str(ws), "accounts", "import", str(accounts))
    assert len(json.loads(invoke("-w", str(ws), "accounts", "list", "--json"))) == 1


def test_errors_read_like_advice(tmp_path: Path, env: None) -> None:
    result = runner.invoke(app, ["-w", str(tmp_path / "nowhere"), "queue", "list"])
    assert result.exit_code == 2
    assert "outrider init" in result.output and "Traceback" not in result.output
    ws = tmp_path / "ws"
    invoke("init", str(ws))
    result = runner.invoke(app, ["-w", str(ws), "accounts", "import", str(tmp_path / "missing.csv")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_outbox_is_listed_and_an_unknown_send_is_settled(tmp_path: Path, env: None) -> None:
    from agent.store.models import Draft, Outbox
    from agent.workspace import Workspace

    ws_dir = tmp_path / "demo"
    invoke("demo", "--no-ui", "--dir", str(ws_dir))
    first = json.loads(invoke("-w", str(ws_dir), "queue", "list", "--json"))[0]
    invoke("-w", str(ws_dir), "queue", "approve", str(first["id"]), "--by", "rep@example.com")
    # The demo's nurture history was sent already; the approval just made is the one queued row.
    rows = json.loads(invoke("-w", str(ws_dir), "outbox", "list", "--state", "queued", "--json"))
    assert [(r["draft_id"], r["state"]) for r in rows] == [(first["id"], "queued")]
    ws = Workspace.open(ws_dir)
    with ws.db.session() as session:  # a sender that died mid-send
        row = session.get(Outbox, rows[0]["id"])
        row.state = "unknown"
        session.add(row)
        draft = session.get(Draft, first["id"])
        draft.status = "send_unknown"
        session.add(draft)
        session.commit()
    ws.close()
    def state_of(draft_id: int) -> str:
        rows = json.loads(invoke("-w", str(ws_dir), "outbox", "list", "--json"))
        return next(r["state"] for r in rows if r["draft_id"] == draft_id)

    invoke("-w", str(ws_dir), "send", "--now", MONDAY_AFTERNOON)
    assert state_of(first["id"]) == "unknown"  # never resent on its own
    invoke("-w", str(ws_dir), "outbox", "resolve", str(first["id"]), "--by", "rep@example.com", "--outcome", "resend")
    assert "sent 1" in invoke("-w", str(ws_dir), "send", "--now", MONDAY_AFTERNOON)
    assert state_of(first["id"]) == "sent"
    bad = runner.invoke(app, ["-w", str(ws_dir), "outbox", "resolve", str(first["id"]), "--by", "r@example.com",
                              "--outcome", "resend"])
    assert bad.exit_code == 2 and "sent" in bad.output


# --------------------------------------------------------------------------- issue 8: exit codes and secrets


def _workspace_with_sources(tmp_path: Path, sources: str, **replace: str) -> Path:
    ws = tmp_path / "ws"
    invoke("init", str(ws))
    config = ws / "outrider.toml"
    text = config.read_text(encoding="utf-8")
    start, end = text.index("\n[[sources]]\n"), text.index("[sender]")
    text = text[: start + 1] + sources + "\n" + text[end:]
    text = text.replace("\n[http]\n", "\n[http]\nallow_private = true\n", 1)
    for old, new in replace.items():
        assert old in text
        text = text.replace(old, new)
    config.write_text(text, encoding="utf-8")
    return ws


def test_a_failed_source_fails_collect_and_run_once_and_is_printed_once(
    tmp_path: Path, env: None, http_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """`run --once` used to exit 0 when a source failed, and the error printed twice (the CLI's line
    and the pipeline's warning log)."""
    from tests.conftest import Route
    from tests.integration.test_pipeline import WIRE, rss, source_toml

    good = http_server.add("/wire.xml", Route(rss(WIRE)))
    gone = http_server.url("/gone.xml")
    loop_start = http_server.add("/loop-a", Route.redirect("/loop-b"))
    http_server.add("/loop-b", Route.redirect("/loop-a"))
    ws = _workspace_with_sources(
        tmp_path, source_toml("wire", good) + source_toml("gone", gone) + source_toml("looping", loop_start)
    )
    for command in (["collect"], ["run", "--once", "--inline"]):  # --inline: the cycle here, on PostgreSQL too
        caplog.clear()
        result = runner.invoke(app, ["-w", str(ws), *command])
        assert result.exit_code == 1, result.output
        assert result.output.count("HTTP 404") == 1, result.output
        assert result.output.count("the redirects loop") == 1, result.output
        assert f"{loop_start} -> {http_server.url('/loop-b')} -> {loop_start}" in result.output
        assert "2 of 3 sources failed: gone, looping" in result.output
        assert "✓ wire" in result.output and "Traceback" not in result.output
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING and "404" in r.getMessage()]
    ok = runner.invoke(app, ["-w", str(ws), "collect", "--source", "wire"])
    assert ok.exit_code == 0, ok.output


def test_credentials_in_the_model_url_are_refused_at_start_up_without_echoing_them(
    tmp_path: Path, env: None
) -> None:
    """A base_url with user:password used to be accepted, then printed by httpx with -v."""
    ws = _workspace_with_sources(
        tmp_path, "",
        **{'# base_url = "https://api.openai.com/v1"': 'base_url = "https://dana:hunter2pw@llm.example/v1?api_key=k-998877"'},
    )
    for command in (["-v", "run", "--once"], ["-v", "collect"], ["queue", "list"]):
        result = runner.invoke(app, ["-w", str(ws), *command])
        assert result.exit_code == 2, result.output
        assert "`drafting.base_url`" in result.output and "OPENAI_API_KEY" in result.output
        for secret in ("hunter2pw", "dana:", "k-998877"):
            assert secret not in result.output


def test_verbose_logs_never_carry_credentials_or_authorization_headers(
    tmp_path: Path, env: None, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx logs each request's URL at INFO (shown by -v), user:password included; the CLI now
    installs a redacting filter, so neither that nor an Authorization header reaches a log line."""
    from drafting.eval import load_cases
    from drafting.llm import LLMDrafter
    from tests.fakes.openai_server import FakeOpenAIServer, draft_reply

    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    ws = _workspace_with_sources(tmp_path, "")
    assert runner.invoke(app, ["-v", "-w", str(ws), "sources", "list"]).exit_code == 0  # installs the filter
    case = next(c for c in load_cases() if c.id == "funding-series-b-vp-sales")
    fields = {"subject": "Hello", "body": "Hi Dana,\n\nok?\n\nSam", "call_to_action": "ok?",
              "evidence_ids": ["E1"], "personalisation_notes": []}
    with FakeOpenAIServer() as server:
        server.script(draft_reply(fields))
        url = server.base_url.replace("http://", "http://dana:hunter2pw@")
        LLMDrafter(model="m", base_url=url, api_key="sk-test-LOGSECRET-123456", max_retries=0).draft(case.context())
        assert server.completions[0].headers["authorization"].startswith("Basic "), "credentials were sent"
    # What a library at DEBUG may print of a request's headers, on a child logger of httpcore.
    logging.getLogger("httpcore.http11").debug(
        "send_request_headers.started headers=%r", [(b"Authorization", b"Bearer sk-test-LOGSECRET-123456")]
    )
    logging.getLogger("outrider.test").info("calling https://dana:hunter2pw@llm.example/v1?token=abc123def")
    assert "HTTP Request: POST" in caplog.text, "the request line is logged (redacted)"
    for secret in ("hunter2pw", "LOGSECRET", "ZGFuYTpodW50ZXIycHc", "abc123def"):
        assert secret not in caplog.text, secret
