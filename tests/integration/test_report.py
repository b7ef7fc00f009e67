"""The report's numbers (agent/services/report.py) over a seeded history with known timestamps, on
SQLite and PostgreSQL; and `outrider report`, which prints the same numbers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.services import report
from agent.workspace import Workspace
from tests.report_seed import NOW, at, seed_report_history


def _speed(r: report.Report, family: str, step: str) -> tuple[int, float | None, float | None]:
    row = r.speed(family, step)
    assert row is not None, f"no speed-to-lead row for {family} / {step}: {r.speed_to_lead}"
    return row["n"], row["median_h"], row["p90_h"]


def test_percentile_interpolates_between_ranks() -> None:
    assert report.percentile([], 0.5) is None
    assert report.percentile([7.0], 0.9) == 7.0
    assert report.percentile([2.0, 6.0, 4.0], 0.5) == 4.0
    assert report.percentile([2.0, 4.0, 6.0], 0.9) == pytest.approx(5.6)
    assert report.percentile([1.0, 2.0, 4.0, 6.0], 0.5) == 3.0


def test_report_numbers_over_a_known_history(workspace: Workspace) -> None:
    seed_report_history(workspace.db)
    r = report.build(workspace.db, now=NOW)

    # Speed to lead, per family: exact medians and p90s in hours.
    assert _speed(r, "funding", "detected") == (3, 4.0, 5.6)
    assert _speed(r, "funding", "queued") == (3, 1.0, 3.4)
    assert _speed(r, "funding", "approved") == (2, 6.0, 9.2)  # d1's later re-approval does not count
    assert _speed(r, "funding", "sent") == (2, 1.0, 1.4)
    assert _speed(r, "funding", "total") == (2, 11.0, 15.4)
    assert _speed(r, "hiring", "detected") == (1, 1.0, 1.0)
    assert _speed(r, "hiring", "queued") == (1, 0.5, 0.5)
    assert r.speed("hiring", "approved") is None  # still waiting
    assert _speed(r, "all", "detected") == (4, 3.0, 5.4)
    assert _speed(r, "all", "queued") == (4, 1.0, 3.1)
    assert {row["family"] for row in r.speed_to_lead} == {"funding", "hiring", "all"}  # sequence steps have no signal

    # Queue age at NOW: d4 (hiring) 70.5 h, d5 (a sequence step) 192 h.
    assert r.queue_age == [
        {"bucket": "1-3 days", "family": "hiring", "drafts": 1},
        {"bucket": "> 7 days", "family": "sequence", "drafts": 1},
    ]
    assert r.queue_age_summary == {"waiting": 2, "n": 2, "median_h": 131.25, "p90_h": 179.85, "oldest_h": 192.0}

    assert r.approval_by_drafter == [
        {"drafter": "offline", "prompt_version": "v1", "decided": 4, "approved": 2, "approved_unedited": 2,
         "rejected": 2, "approve_without_edit_rate": 0.5},
        {"drafter": "openai gpt-4o-mini", "prompt_version": "p2", "decided": 1, "approved": 1,
         "approved_unedited": 0, "rejected": 0, "approve_without_edit_rate": 0.0},
    ]
    # "Wrong person" and "  wrong   person. " are one reason.
    assert r.rejection_reasons == [{"reason": "wrong person", "drafts": 2}]

    assert r.engagement_by_family == [
        {"family": "funding", "sent": 2, "replies": 1, "meetings": 1, "reply_rate": 0.5, "meeting_rate": 0.5},
        {"family": "not after a message", "sent": 0, "replies": 0, "meetings": 1, "reply_rate": None,
         "meeting_rate": None},
        {"family": "sequence", "sent": 1, "replies": 1, "meetings": 0, "reply_rate": 1.0, "meeting_rate": 0.0},
    ]
    assert r.engagement_by_step == [
        {"sequence": "educate", "step": 1, "sent": 1, "replies": 1, "meetings": 0, "reply_rate": 1.0,
         "meeting_rate": 0.0},
    ]
    assert r.mqls_per_week == [{"week": "2026-11-02", "mqls": 1}, {"week": "2026-11-09", "mqls": 2}]
    assert r.handoff_latency == [
        {"step": "event -> handoff", "n": 2, "median_h": 1.5, "p90_h": 1.9},
        {"step": "handoff -> alerted", "n": 2, "median_h": 0.5, "p90_h": 0.7},  # first delivered alert only
    ]


def test_since_limits_each_section_to_the_period(workspace: Workspace) -> None:
    seed_report_history(workspace.db)
    early = report.build(workspace.db, since=at(3.5), now=NOW)
    assert _speed(early, "funding", "detected") == (2, 5.0, 5.8)  # s1 (stored at 2 h) is before
    assert early.speed("hiring", "detected") is None

    late = report.build(workspace.db, since=at(12), now=NOW)
    assert late.speed_to_lead == []
    assert late.rejection_reasons == []  # both rejections were before 12 h
    assert [(r["drafter"], r["decided"]) for r in late.approval_by_drafter] == [
        ("offline", 1), ("openai gpt-4o-mini", 1)
    ]
    funding = next(r for r in late.engagement_by_family if r["family"] == "funding")
    assert (funding["sent"], funding["replies"], funding["meetings"]) == (1, 1, 1)
    assert late.mqls_per_week == [{"week": "2026-11-02", "mqls": 1}, {"week": "2026-11-09", "mqls": 2}]
    # The queue is judged at `now`, whatever the period.
    assert late.queue_age_summary["waiting"] == 2


def test_empty_workspace_reports_nothing_without_failing(workspace: Workspace) -> None:
    r = report.build(workspace.db)
    assert r.speed_to_lead == [] and r.queue_age == [] and r.mqls_per_week == []
    assert r.queue_age_summary == {"waiting": 0, "n": 0, "median_h": None, "p90_h": None, "oldest_h": None}
    assert report.to_csv(r).splitlines()[0] == "section,group,metric,value"


def test_csv_holds_every_number(workspace: Workspace) -> None:
    seed_report_history(workspace.db)
    rows = list(csv.DictReader(io.StringIO(report.to_csv(report.build(workspace.db, now=NOW)))))
    lookup = {(r["section"], r["group"], r["metric"]): r["value"] for r in rows}
    assert lookup[("speed_to_lead", "funding / total", "p90_h")] == "15.4"
    assert lookup[("approval_by_drafter", "offline / v1", "approve_without_edit_rate")] == "0.5"
    assert lookup[("mqls_per_week", "2026-11-09", "mqls")] == "2"
    assert lookup[("queue_age_summary", "", "oldest_h")] == "192.0"


runner = CliRunner()


def test_cli_report_prints_the_same_numbers(tmp_path: Path, workspace: Workspace,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    seed_report_history(workspace.db)
    monkeypatch.setenv("DATABASE_URL", workspace.db.url)
    args = ["-w", str(workspace.path), "report", "--now", NOW.isoformat()]
    result = runner.invoke(app, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed == json.loads(json.dumps(report.build(workspace.db, now=NOW).as_json()))
    since = runner.invoke(app, [*args, "--since", at(12).isoformat(), "--json"], catch_exceptions=False)
    assert json.loads(since.stdout)["speed_to_lead"] == []

    table = runner.invoke(app, args, catch_exceptions=False)
    assert table.exit_code == 0, table.output
    assert "Speed to lead" in table.stdout and "wrong person" in table.stdout and "2026-11-09" in table.stdout

    bad = runner.invoke(app, [*args, "--since", "last tuesday"])
    assert bad.exit_code == 2 and "neither a date" in bad.output


def test_queue_feedback_gives_the_reports_approve_without_edit(workspace: Workspace,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """`outrider queue feedback` and the report (Analytics) share one definition: the same groups
    and the same approved / unedited / rejected numbers, plus what only feedback lists."""
    seed_report_history(workspace.db)
    monkeypatch.setenv("DATABASE_URL", workspace.db.url)
    result = runner.invoke(app, ["-w", str(workspace.path), "queue", "feedback", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    shared = report.build(workspace.db, now=NOW).approval_by_drafter
    assert [{k: row[k] for k in shared[0]} for row in rows if row["decided"]] == shared
    offline = next(r for r in rows if r["drafter"] == "offline")
    assert (offline["drafts"], sorted(offline["reject_reasons"])) == (6, ["  wrong   person. ", "Wrong person"])
    table = runner.invoke(app, ["-w", str(workspace.path), "queue", "feedback"], catch_exceptions=False)
    assert table.exit_code == 0 and "50%" in table.stdout, table.stdout
