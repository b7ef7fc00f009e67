"""`outrider demo`: a workspace with fictional accounts, contacts and recorded feeds; no network, no keys."""

from __future__ import annotations

from datetime import timedelta
from email.utils import format_datetime
from importlib.resources import files
from pathlib import Path

from agent.init import write_config
from agent.services.accounts import import_accounts, import_contacts
from agent.workspace import Workspace
from signals.model import utcnow

DEMO_SOURCES = """
[[sources]]
name = "demo-venture-wire"
type = "funding_rss"
path = "{feeds}/venture-wire.xml"
every = "30m"
max_age_days = 30

[[sources]]
name = "demo-press-wire"
type = "press_rss"
path = "{feeds}/press-wire.xml"
every = "1h"
max_age_days = 30

[[sources]]
name = "demo-bombora"
type = "bombora_csv"
path = "{feeds}/bombora/*.csv"
every = "1d"
"""


def _data(name: str) -> bytes:
    return files("agent.demo_data").joinpath(name).read_bytes()


def render_feed(template: str = "funding_feed.xml.tmpl", now=None) -> str:  # type: ignore[no-untyped-def]
    """A recorded feed with dates relative to today, so the demo always has fresh news."""
    now = now or utcnow()
    stamps = {
        "d1": now - timedelta(hours=5),
        "d2": now - timedelta(days=1, hours=2),
        "d3": now - timedelta(days=3),
        "d4": now - timedelta(days=6),
        "old": now - timedelta(days=120),
    }
    text = _data(template).decode("utf-8")
    for key, value in stamps.items():
        text = text.replace("{" + key + "}", format_datetime(value))
    return text


def render_surge(now=None) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """This week's Bombora file: (file name, text), dated the Monday of the current week."""
    now = now or utcnow()
    monday = (now - timedelta(days=now.weekday())).date()
    return f"surge_{monday:%Y%m%d}.csv", _data("bombora_surge.csv.tmpl").decode("utf-8").replace(
        "{week}", monday.isoformat()
    )


def create_demo(directory: Path, *, settings=None) -> Workspace:  # type: ignore[no-untyped-def]
    """Write the demo workspace and load its accounts and contacts (idempotent)."""
    directory = directory.resolve()
    config = directory / "outrider.toml"
    feeds = directory / "feeds"
    (feeds / "bombora").mkdir(parents=True, exist_ok=True)
    # Written once: re-dating them on a later run would make the same news look new.
    surge_name, surge = render_surge()
    for path, text in (
        (feeds / "venture-wire.xml", render_feed()),
        (feeds / "press-wire.xml", render_feed("press_feed.xml.tmpl")),
        (feeds / "bombora" / surge_name, surge),
    ):
        if not path.exists():
            path.write_text(text, encoding="utf-8")
    if not config.exists():
        path = write_config(directory, sender="Dana Rep <dana@example.com>", company="Outrider Demo")
        text = path.read_text(encoding="utf-8")
        start, end = text.index("\n[[sources]]\n"), text.index("[sender]")
        source = DEMO_SOURCES.format(feeds=feeds.as_posix())
        path.write_text(text[: start + 1] + source.lstrip() + "\n" + text[end:], encoding="utf-8")
    ws = Workspace.open(directory, settings=settings)
    import_accounts(ws.db, _data("accounts.csv"), filename="demo accounts.csv")
    import_contacts(ws, _data("contacts.csv"), filename="demo contacts.csv")
    post_demo_events(ws)
    seed_nurture(ws)
    seed_dormant(ws)  # after the nurture seed: it runs only in a workspace with no enrolments
    return ws


def seed_dormant(ws: Workspace, now=None) -> None:  # type: ignore[no-untyped-def]
    """Contacts who went quiet last year, so the Reactivations page has something to show offline.

    Greta (Kestrel Robotics) and Rita (Fernway Security) are closed-lost with reasons; Greta also got
    an e-mail from us before the deal was lost. Carl (Tidewater Logistics) finished the `re_engage`
    sequence last year without a reply. The demo's funding news wakes Greta and Rita; nothing wakes
    Carl. Idempotent.
    """
    from sqlmodel import select

    from agent.services.reactivation import sequence_completed
    from agent.store.models import Contact, Draft, DraftKind, Enrollment, EnrollmentState, Outbox

    now = now or utcnow()
    text = _data("contacts_dormant.csv.tmpl").decode("utf-8")
    for days in (240, 250, 290, 300):
        text = text.replace("{d%d}" % days, (now - timedelta(days=days)).date().isoformat())
    import_contacts(ws, text.encode("utf-8"), filename="demo dormant contacts.csv")
    with ws.db.write_session() as session:
        greta = session.exec(select(Contact).where(Contact.email == "greta.holm@kestrel-robotics.example")).one()
        carl = session.exec(select(Contact).where(Contact.email == "carl.jensen@tidewater.example")).one()
        if session.exec(select(Draft.id).where(Draft.contact_id == greta.id)).first() is None:
            sent = now - timedelta(days=310)
            draft = Draft(kind=DraftKind.SIGNAL, account_id=greta.account_id or 0, contact_id=greta.id,
                          subject="Ramp time for the new sales team", body="Hi Greta, ...", status="sent",
                          provider="offline", created_at=sent, updated_at=sent)
            session.add(draft)
            session.flush()
            session.add(Outbox(draft_id=draft.id or 0, to_email=greta.email, state="sent", sent_at=sent, created_at=sent))
        if session.exec(select(Enrollment.id).where(Enrollment.contact_id == carl.id)).first() is None:
            ended = now - timedelta(days=200)
            session.add(Enrollment(contact_id=carl.id or 0, sequence="re_engage", state=EnrollmentState.COMPLETED, step=5,
                                   exit_reason="completed", entered_by="manual by dana@example.com",
                                   enrolled_at=ended - timedelta(days=30), ended_at=ended, updated_at=ended))
            carl.last_engaged_at = ended - timedelta(days=30)
            sequence_completed(session, carl, sequence="re_engage", now=ended)
        session.commit()


def post_demo_events(ws: Workspace, now=None) -> None:  # type: ignore[no-untyped-def]
    """What the website and our e-mails would have pushed: Priya at Brightpath reads a case study,
    looks at pricing twice and asks for a demo (an MQL, handed to her owner); Hannah at
    Copperleaf opens and clicks. Idempotent: the ids are fixed, so a rerun stores nothing new."""
    from agent.services.leads import record_events
    from signals.engagement import EngagementIn

    now = now or utcnow()

    def ago(hours: float) -> str:
        return (now - timedelta(hours=hours)).isoformat()

    raw = [
        ("demo-1", "content_download", "priya@brightpath.example", "https://outrider.example/case-studies/ramp-flow", 50),
        ("demo-2", "page_view", "priya@brightpath.example", "https://outrider.example/pricing", 26),
        ("demo-3", "page_view", "priya@brightpath.example", "https://outrider.example/pricing", 3),
        ("demo-4", "demo_request", "priya@brightpath.example", "https://outrider.example/demo", 2),
        ("demo-5", "email_open", "hannah.vogel@copperleaf.example", None, 30),
        ("demo-6", "email_click", "hannah.vogel@copperleaf.example", "https://outrider.example/blog/speed-to-lead", 29),
        ("demo-7", "webinar_attended", "ava.collins@latticeenergy.example", None, 72),
    ]
    events = [
        EngagementIn(id=i, type=kind, email=email, url=url, occurred_at=ago(hours))  # type: ignore[arg-type]
        for i, kind, email, url, hours in raw
    ]
    record_events(ws, events=events, origin="demo", now=now)


#: (days ago, what happens) in the demo's nurture history; see `seed_nurture`.
_NURTURE_EVENTS = {
    8: [("demo-n1", "email_open", "hannah.vogel@copperleaf.example", None)],
    6: [("demo-n2", "email_click", "hannah.vogel@copperleaf.example", "https://outrider-demo.example/pricing/guide")],
    2: [("demo-n3", "reply", "noah@rampflow.example", None)],
}


def seed_nurture(ws: Workspace, now=None) -> None:  # type: ignore[no-untyped-def]
    """The demo's content library and sequences, and two weeks of their life, so the Sequences and
    Content pages have something to show offline.

    Ava, Hannah and Noah enter `educate` twelve days ago; each day the tick drafts what is due, the
    demo rep approves it and the file transport "sends" it into outbox/demo-history/ (so your own
    first send is alone in outbox/). Hannah clicks the pricing guide and moves to `high_intent`;
    Noah replies and leaves; Marcus starts `re_engage` today. Today's steps stay in the queue for
    you. Runs once: a workspace with enrolments is left alone.
    """
    from agent.delivery.transports import FileTransport
    from agent.services import nurture

    for name in ("content.toml", "sequences.toml"):
        target = ws.path / name
        if not target.exists():
            target.write_bytes(_data(name))
    if nurture.list_sequences(ws) and any(sum(s["enrollments"].values()) for s in nurture.list_sequences(ws)):
        return
    now = now or utcnow()
    start = now - timedelta(days=12)
    history = FileTransport(ws.outbox_dir / "demo-history")
    # The history is played in a few seconds: caps and send windows (which hold real sends) would
    # make it depend on the weekday and hour the demo is created, so they are open while it plays.
    real_sending = ws.config.sending
    ws.config.sending = real_sending.model_copy(
        update={"window": "always", "max_per_contact_per_week": 1000, "engaged_max_per_week": 1000,
                "max_per_account_per_day": None, "daily_limit": None}
    )
    try:
        _play_nurture_history(ws, now, start, history)
    finally:
        ws.config.sending = real_sending


def _play_nurture_history(ws: Workspace, now, start, history) -> None:  # type: ignore[no-untyped-def]
    from agent.delivery.sender import send_approved
    from agent.services import nurture, queue
    from agent.services.leads import record_events
    from signals.engagement import EngagementIn

    nurture.tick(ws, now=start)  # the first tick: from here on, activity can enrol leads
    nurture.enroll(ws, emails=["ava.collins@latticeenergy.example", "hannah.vogel@copperleaf.example",
                               "noah@rampflow.example"], sequence="educate", actor="dana@example.com", now=start)
    for ago in range(12, -1, -1):
        when = now - timedelta(days=ago)
        for key, kind, email, url in _NURTURE_EVENTS.get(ago, []):
            record_events(ws, events=[EngagementIn(id=key, type=kind, email=email, url=url, occurred_at=when)],  # type: ignore[arg-type]
                          origin="demo", now=when)
        if ago == 0:
            nurture.enroll(ws, emails=["marcus.hale@orchardhealth.example"], sequence="re_engage",
                           actor="dana@example.com", now=when)
        nurture.tick(ws, now=when)
        if ago == 0:
            send_approved(ws, now=when, transport=history)  # what the sequence approved itself; the rest wait
            break
        for view in queue.list_drafts(ws.db):
            if view.draft.kind == "sequence":
                queue.approve(ws, draft_id=view.draft.id or 0, reviewer="dana@example.com", now=when)
        send_approved(ws, now=when, transport=history)
