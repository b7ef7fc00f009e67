"""The `outrider` command end to end, through typer's runner, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.cli import app

runner = CliRunner()


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
    first = drafts[0]
    for key in ("id", "status", "priority", "subject", "body", "provider", "account", "contact", "signal"):
        assert key in first
    assert set(first["account"]) >= {"name", "domain"}
    assert set(first["contact"]) >= {"email", "name"}
    assert set(first["signal"]) >= {"kind", "title", "url", "occurred_at"}
    assert [d["priority"] for d in drafts] == sorted((d["priority"] for d in drafts), reverse=True)

    invoke("-w", str(ws), "queue", "approve", str(first["id"]), "--by", "rep@example.com",
           "--subject", "Congrats on the round")
    invoke("-w", str(ws), "queue", "reject", str(drafts[1]["id"]), "--by", "rep@example.com",
           "--reason", "already in a deal")
    again = runner.invoke(app, ["-w", str(ws), "queue", "approve", str(first["id"]), "--by", "b@example.com"])
    assert again.exit_code == 2 and "rep@example.com (cli) already approved" in again.output
    assert "sent 1" in invoke("-w", str(ws), "send")
    assert "sent 0" in invoke("-w", str(ws), "send")
    assert len(list((ws / "outbox").glob("*.eml"))) == 1

    signals = json.loads(invoke("-w", str(ws), "signals", "list", "--json"))
    assert {"id", "kind", "source", "title", "url", "occurred_at", "account", "evidence"} <= set(signals[0])
    unmatched = json.loads(invoke("-w", str(ws), "signals", "list", "--unmatched", "--json"))
    assert all(s["account"] is None for s in unmatched) and unmatched

    # A second demo run over the same workspace adds nothing.
    invoke("demo", "--no-ui", "--dir", str(ws))
    assert len(json.loads(invoke("-w", str(ws), "queue", "list", "--status", "all", "--json"))) == len(drafts)


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
    rows = json.loads(invoke("-w", str(ws_dir), "outbox", "list", "--json"))
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
    assert "sent 0" in invoke("-w", str(ws_dir), "send")  # never resent on its own
    invoke("-w", str(ws_dir), "outbox", "resolve", str(first["id"]), "--by", "rep@example.com", "--outcome", "resend")
    assert "sent 1" in invoke("-w", str(ws_dir), "send")
    bad = runner.invoke(app, ["-w", str(ws_dir), "outbox", "resolve", str(first["id"]), "--by", "r@example.com",
                              "--outcome", "resend"])
    assert bad.exit_code == 2 and "sent" in bad.output
