"""A workspace history with known timestamps, for the report's exact numbers (tests/integration/
test_report.py), the Analytics page (tests/ui/) and the browser test (tests/e2e/).

T0 is Monday 2026-11-02 09:00 UTC. Hours after T0:

  signal  family   occurred stored  draft          approved  sent    outcome
  s1      funding  0        2       d1 3 (offline)  5         5.5     c1 replies at 30 -> MQL 31, handoff 31
  s2      funding  0        4       d2 5 (openai)   15 edited 16.5    c2 books a meeting at 40 -> handoff 42
  s3      funding  0        6       d3 10 (offline) rejected "Wrong person"
  s4      hiring   0        1       d4 1.5          pending (the queue)
  -       sequence educate step 1: d7 sent 20 to c3 (replies at 25); d6 rejected "wrong person."
  -       sequence educate step 2: d5 pending, created 5 days before T0
  c4 books a meeting at 50 without any message; MQLs: c1 at 31, c2 at 8 days, c3 at 9 days.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent.store.db import Database
from agent.store.models import (
    Account,
    Alert,
    Contact,
    Draft,
    EngagementEvent,
    Handoff,
    Outbox,
    ReviewEvent,
    Signal,
    StageChange,
)

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
NOW = T0 + timedelta(hours=72)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def seed_report_history(db: Database) -> dict[str, int]:
    """Write the history above; returns ids by name (d1, c1, ...)."""
    ids: dict[str, int] = {}
    with db.session() as s:
        account = Account(name="Acme Analytics", domain="acme-analytics.example")
        s.add(account)
        s.flush()
        contacts = {}
        for n in range(1, 5):
            c = Contact(first_name=f"P{n}", email=f"p{n}@acme-analytics.example", account_id=account.id)
            s.add(c)
            contacts[f"c{n}"] = c
        s.flush()
        signals = {}
        for name, kind, stored in (("s1", "funding", 2), ("s2", "funding", 4), ("s3", "funding", 6), ("s4", "hiring", 1)):
            sig = Signal(kind=kind, source="test", dedup_key=f"report-{name}", ref=name, occurred_at=at(0),
                         title=f"{name} happened", account_id=account.id, status="drafted", created_at=at(stored))
            s.add(sig)
            signals[name] = sig
        s.flush()

        def draft(name: str, *, signal: str | None, contact: str, created: float, status: str,
                  provider: str = "offline", model: str | None = None, prompt: str = "v1", **kw: object) -> Draft:
            d = Draft(
                signal_id=signals[signal].id if signal else None,
                kind="signal" if signal else "sequence",
                account_id=account.id, contact_id=contacts[contact].id, subject=f"about {name}",
                body="Hi", provider=provider, model=model, prompt_version=prompt, status=status,
                created_at=at(created), **kw,
            )
            s.add(d)
            s.flush()
            ids[name] = int(d.id)  # type: ignore[arg-type]
            return d

        d1 = draft("d1", signal="s1", contact="c1", created=3, status="sent", reviewed_at=at(5))
        d2 = draft("d2", signal="s2", contact="c2", created=5, status="sent", provider="openai",
                   model="gpt-4o-mini", prompt="p2", edited=True, reviewed_at=at(15))
        d3 = draft("d3", signal="s3", contact="c3", created=10, status="rejected", reject_reason="Wrong person",
                   reviewed_at=at(11))
        draft("d4", signal="s4", contact="c4", created=1.5, status="pending")
        draft("d5", signal=None, contact="c4", created=-120, status="pending", sequence="educate", step=2)
        d6 = draft("d6", signal=None, contact="c1", created=8, status="rejected", sequence="educate", step=1,
                   reject_reason="  wrong   person. ", reviewed_at=at(9))
        d7 = draft("d7", signal=None, contact="c3", created=18, status="sent", sequence="educate", step=1,
                   reviewed_at=at(19))
        for d, hours in ((d1, 5), (d2, 15), (d7, 19)):
            s.add(ReviewEvent(draft_id=d.id, actor="rep@example.com", action="approved", from_status="pending",
                              to_status="approved", at=at(hours)))
        # A later re-approval never moves the first approval time.
        s.add(ReviewEvent(draft_id=d1.id, actor="rep@example.com", action="approved", from_status="approved",
                          to_status="approved", at=at(60)))
        for d, hours in ((d3, 11), (d6, 9)):
            s.add(ReviewEvent(draft_id=d.id, actor="rep@example.com", action="rejected", from_status="pending",
                              to_status="rejected", reason=d.reject_reason, at=at(hours)))
        for d, contact, sent in ((d1, "c1", 5.5), (d2, "c2", 16.5), (d7, "c3", 20)):
            s.add(Outbox(draft_id=d.id, to_email=contacts[contact].email, state="sent", sent_at=at(sent),
                         created_at=at(sent - 0.5)))
        events = {}
        for name, contact, kind, hours in (("e1", "c1", "reply", 30), ("e2", "c2", "meeting_booked", 40),
                                           ("e3", "c3", "reply", 25), ("e4", "c4", "meeting_booked", 50)):
            e = EngagementEvent(key=f"test:{name}", type=kind, email=contacts[contact].email,
                                contact_id=contacts[contact].id, occurred_at=at(hours), applied=True)
            s.add(e)
            events[name] = e
        s.flush()
        for contact, hours in (("c1", 31), ("c2", 8 * 24), ("c3", 9 * 24)):
            s.add(StageChange(contact_id=contacts[contact].id, from_stage="engaged", to_stage="mql",
                              reason="score crossed the threshold", at=at(hours)))
        h1 = Handoff(contact_id=contacts["c1"].id, score=80, reason="replied", event_id=events["e1"].id,
                     created_at=at(31))
        h2 = Handoff(contact_id=contacts["c2"].id, score=85, reason="meeting", event_id=events["e2"].id,
                     created_at=at(42))
        s.add(h1)
        s.add(h2)
        s.flush()
        for handoff, channel, delivered in ((h1, "slack", 31.25), (h1, "email", 32), (h2, "slack", 42.75)):
            s.add(Alert(kind="mql_handoff", ref_id=handoff.id, contact_id=handoff.contact_id, channel=channel,
                        state="delivered", delivered_at=at(delivered)))
        s.add(Alert(kind="mql_handoff", ref_id=h2.id, contact_id=h2.contact_id, channel="email", state="failed"))
        s.commit()
        ids.update({k: int(v.id) for k, v in contacts.items()})  # type: ignore[arg-type]
    return ids
