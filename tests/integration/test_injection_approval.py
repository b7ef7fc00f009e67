"""Rep edits go through the guardrails too (issue 8, finding 3), from the CLI as from the UI.

Before: an edit adding a calendly link and `{{calendar_link}}` was approved and the placeholder
was sent. Now `queue approve` re-checks the text being approved and refuses it, naming the
checks, unless `--override-reason` is given; the reason and the failed checks are recorded.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from agent.cli import app
from agent.services import queue
from agent.workspace import Workspace

runner = CliRunner()


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_queue_approve_refuses_a_failing_edit_unless_overridden(tmp_path: Path) -> None:
    ws_dir = tmp_path / "demo"
    invoke("demo", "--no-ui", "--dir", str(ws_dir))
    first = json.loads(invoke("-w", str(ws_dir), "queue", "list", "--json"))[0]
    edited = first["body"].replace("?", "? Book here: calendly.com/dana/30 or {{calendar_link}}", 1)
    assert edited != first["body"]

    refused = runner.invoke(
        app, ["-w", str(ws_dir), "queue", "approve", str(first["id"]), "--by", "rep@example.com", "--body", edited]
    )
    assert refused.exit_code == 2
    assert "fails" in refused.output and "placeholders" in refused.output and "links" in refused.output
    assert "override reason" in refused.output

    ws = Workspace.open(ws_dir)
    try:
        view = queue.get_draft(ws.db, first["id"])
        assert view.draft.status == "pending" and "calendar_link" not in view.draft.body
        # The unedited draft still passes: approving it needs no override.
        report, _cta = queue.recheck(ws, view, subject=view.draft.subject, body=view.draft.body)
        assert report.passed, report.failures()
    finally:
        ws.close()

    invoke(
        "-w", str(ws_dir), "queue", "approve", str(first["id"]), "--by", "rep@example.com", "--body", edited,
        "--override-reason", "our booking page; I checked the link",
    )  # fmt: skip
    ws = Workspace.open(ws_dir)
    try:
        view = queue.get_draft(ws.db, first["id"])
        assert view.draft.status == "approved" and "{{calendar_link}}" in view.draft.body
        assert not all(r["passed"] for r in view.draft.guardrail_report)
        (event,) = [e for e in queue.history(ws.db, first["id"]) if e.action == "approved"]
        assert event.edits["override_reason"] == "our booking page; I checked the link"
        assert any(f.startswith("placeholders:") for f in event.edits["failed_checks"])
        assert event.reason == "override: our booking page; I checked the link"
    finally:
        ws.close()
