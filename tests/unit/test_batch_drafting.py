"""Large batches are drafted on a process pool; the drafts are the same as drafting one by one."""

from __future__ import annotations

from datetime import UTC, datetime

from agent.pipeline import PARALLEL_DRAFTS_MIN, _BatchDrafter, _DraftJob
from drafting.context import AccountFacts, ContactFacts, DraftContext, SenderFacts
from drafting.guardrails import GuardrailPolicy
from drafting.offline import OfflineDrafter
from signals.model import SignalEvent, SignalKind

NOW = datetime(2026, 11, 29, tzinfo=UTC)


def jobs(n: int) -> list[_DraftJob]:
    out = []
    for i in range(n):
        name = f"Company {i} Robotics"
        event = SignalEvent(
            kind=SignalKind.FUNDING, source="wire", occurred_at=NOW, ref=f"r{i}", company_name=name,
            title=f"{name} raises ${i + 5}M Series A led by Harbor Ventures",
            facts={"company": name, "round": "series_a", "amount": float((i + 5) * 1_000_000),
                   "currency": "USD", "investors": ["Harbor Ventures"]},
        )
        ctx = DraftContext.from_event(
            event, account=AccountFacts(name=name), sender=SenderFacts(name="Dana Rep", email="dana@example.com"),
            contact=ContactFacts(first_name="Maya", last_name="Okafor", email=f"m{i}@c{i}.example", title="VP Sales"),
        )
        out.append(_DraftJob(signal_id=i + 1, account_id=i + 1, contact_id=i + 1, priority=50.0, context=ctx))
    return out


def test_pool_and_serial_drafts_are_identical() -> None:
    batch = jobs(PARALLEL_DRAFTS_MIN + 36)
    pooled = _BatchDrafter(OfflineDrafter(), GuardrailPolicy(), expected=len(batch))
    serial = _BatchDrafter(OfflineDrafter(), GuardrailPolicy(), expected=1)  # too few for a pool
    try:
        rows = pooled.draft(batch, NOW)
        assert pooled._pool is not None  # the pool really ran (on a machine with 2+ cores)
        assert rows == serial.draft(batch, NOW)
    finally:
        pooled.close()
        serial.close()
    assert [r["signal_id"] for r in rows] == list(range(1, len(batch) + 1))
    assert all(r["provider"] == "offline" and r["status"] == "pending" for r in rows)
    assert all(all(check["passed"] for check in r["guardrail_report"]) for r in rows)
