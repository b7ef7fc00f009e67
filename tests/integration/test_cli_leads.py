"""`outrider leads ...` through typer's runner, on SQLite and PostgreSQL, on the demo workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.cli import app

runner = CliRunner()


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_url: str) -> Path:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.delenv("OUTRIDER_WORKSPACE", raising=False)
    ws = tmp_path / "demo"
    result = runner.invoke(app, ["demo", "--no-ui", "--dir", str(ws)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return ws


def invoke(ws: Path, *args: str) -> str:
    result = runner.invoke(app, ["-w", str(ws), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_leads_list_json_contract_and_the_demo_mql(demo: Path) -> None:
    rows = json.loads(invoke(demo, "leads", "list", "--json"))
    assert rows and all({"email", "account", "score", "stage", "reasons"} <= set(r) for r in rows)
    assert all(isinstance(r["score"], int | float) and isinstance(r["reasons"], list) for r in rows)
    first = rows[0]
    # The demo's MQL was handed to her owner by the cycle's alert (a file-transport e-mail).
    assert (first["email"], first["stage"]) == ("priya@brightpath.example", "handed_off")
    assert list((demo / "outbox" / "alerts").glob("*.eml"))
    handed = json.loads(invoke(demo, "leads", "list", "--stage", "handed_off", "--json"))
    assert "priya@brightpath.example" in {r["email"] for r in handed} and {r["stage"] for r in handed} == {"handed_off"}
    high = json.loads(invoke(demo, "leads", "list", "--min-score", "100", "--json"))
    assert [r["email"] for r in high] == ["priya@brightpath.example"]


def test_leads_show_rescore_refresh_calibrate_and_stage(demo: Path) -> None:
    out = invoke(demo, "leads", "show", "priya@brightpath.example")
    assert "demo request" in out and "timeline" in out
    assert "rescored" in invoke(demo, "leads", "rescore")
    assert "went dormant" in invoke(demo, "leads", "refresh", "--now", "2031-01-01")
    dormant = json.loads(invoke(demo, "leads", "list", "--stage", "dormant", "--json"))
    assert "priya@brightpath.example" in {r["email"] for r in dormant}
    report = json.loads(invoke(demo, "leads", "calibrate", "--json"))
    assert {"bands", "rules", "suggested_threshold", "converted"} <= set(report)
    invoke(demo, "leads", "stage", "noah@rampflow.example", "disqualified", "--by", "rep@example.com",
           "--reason", "a student")
    bad = runner.invoke(app, ["-w", str(demo), "leads", "stage", "noah@rampflow.example", "lead", "--by", "lol",
                              "--reason", "x"])
    assert bad.exit_code == 2 and "e-mail address" in bad.output
    unknown = runner.invoke(app, ["-w", str(demo), "leads", "list", "--stage", "hot"])
    assert unknown.exit_code == 2 and "not a stage" in unknown.output
