"""tests/integration/test_leads.py's "signals at the account count for its contacts" (counted
once), the route job run by two `outrider worker` processes at once on PostgreSQL: the leads'
scores are those of a single run."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agent.pipeline import process_signals
from agent.services import leads
from agent.store.models import Signal
from signals.model import utcnow
from tests.integration.test_leads import contact, lead_workspace
from tests.integration.workers_harness import on_two_workers, pg_schema, postgres_db_url  # noqa: F401  (the `db_url` fixture: PostgreSQL only)

pytestmark = pytest.mark.postgres

LEADS = ("dana@acme.example", "sam@acme.example")


def acme_raises(ws: Any, occurred_at: datetime) -> int:
    """A new funding signal about Acme, waiting to be routed (it names the company, not the account)."""
    with ws.db.write_session() as session:
        signal = Signal(kind="funding", source="t", dedup_key="acme-b", ref="r", occurred_at=occurred_at,
                        title="Acme Robotics raises $45M Series B", company_name="Acme Robotics",
                        company_domain="acme.example", facts={"amount_usd": 45_000_000, "round": "Series B"},
                        evidence=[{"id": "E1", "label": "company", "text": "Acme Robotics"}], strength=0.9)
        session.add(signal)
        session.commit()
        return int(signal.id or 0)


def scores(ws: Any) -> dict[str, tuple[float, list[str], dict[str, Any]]]:
    return {e: (c.score, c.score_reasons, c.score_ledger) for e in LEADS for c in [contact(ws, e)]}


def test_signals_at_the_account_count_once_on_two_workers(tmp_path: Path, db_url: str) -> None:
    ws = lead_workspace(tmp_path / "ws", db_url)
    raised = utcnow() - timedelta(hours=2)
    sid = acme_raises(ws, raised)
    on_two_workers(ws, ("route", {"signal_ids": [sid]}), copies=3)
    raced = scores(ws)
    assert all(any("funding round" in r for r in reasons) for _score, reasons, _ledger in raced.values()), raced
    assert leads.signals_routed(ws, signal_ids=[sid]) == 0  # counted already, once
    assert leads.rescore(ws).drifted == 0  # every ledger is what the history gives: nothing counted twice
    # The single run: the same workspace on its own schema, the signal routed once in-process at
    # the moment the workers scored (the score decays with time).
    at = contact(ws, LEADS[0]).scored_at
    with pg_schema() as single_url:
        single = lead_workspace(tmp_path / "single", single_url)
        try:
            process_signals(single, signal_ids=[acme_raises(single, raised)], now=at)
            assert scores(single) == raced
        finally:
            single.close()
    ws.close()
