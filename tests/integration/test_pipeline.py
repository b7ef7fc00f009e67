"""The whole loop on real feeds over loopback HTTP, on SQLite and PostgreSQL.

funding news -> matched account -> grounded draft -> approval -> exactly one email; a second
cycle is a no-op; broken sources are marked and the rest of the cycle goes on.
"""

from __future__ import annotations

import email
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlmodel import func, select

from agent.pipeline import collect_source, make_fetcher, process_signals
from agent.scheduler import run_cycle
from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from agent.services.delivery import send
from agent.services.signals import list_signals, source_health
from agent.store.models import CollectorState, Draft, Outbox, Signal
from signals.model import utcnow
from tests.conftest import FIXTURES, LoopbackServer, Route, make_workspace

TECHCRUNCH = FIXTURES / "news_rss" / "techcrunch_feed_2023-08-16.xml"

ACCOUNTS = b"""name,domain,aliases,industry,employees,country,owner_email
Northwind Analytics,northwind.example,Northwind,Software,420,US,dana@example.com
Lattice Energy,latticeenergy.example,,Energy,900,US,sam@example.com
Configu,configu.com,,Software,40,IL,sam@example.com
Kestrel Robotics,kestrel.example,,Software,180,DE,sam@example.com
"""

CONTACTS = b"""first_name,last_name,email,title,company,domain,lifecycle_stage,champion
Maya,Okafor,maya@northwind.example,VP of Sales,Northwind Analytics,northwind.example,lead,true
Ava,Collins,ava@latticeenergy.example,VP Sales,Lattice Energy,latticeenergy.example,lead,false
Ori,Levi,ori@configu.com,Chief Revenue Officer,Configu,configu.com,lead,false
"""


def rss(items: list[tuple[str, str, str]], *, when=None) -> bytes:  # type: ignore[no-untyped-def]
    when = when or utcnow() - timedelta(hours=3)
    body = "".join(
        f"<item><title>{title}</title><link>https://news.example/{guid}</link>"
        f"<guid isPermaLink='false'>{guid}</guid><pubDate>{format_datetime(when)}</pubDate>"
        f"<description>{summary}</description></item>"
        for guid, title, summary in items
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Wire</title>"
        f"<link>https://news.example/</link><description>d</description>{body}</channel></rss>"
    ).encode()


WIRE = [
    ("n-1", "Northwind Analytics raises $45M Series B led by Harbor Ventures",
     "Northwind Analytics raised $45 million led by Harbor Ventures."),
    ("n-2", "Lattice raises $30M Series B", "Lattice, the HR platform, raised $30 million."),
    ("n-3", "Kestrel Robotics lands $12 million Series A", "Kestrel Robotics closed a Series A."),
    ("n-4", "Helio Grid raises $25M Series A led by Sunward Capital", "An unwatched company."),
    ("n-5", "Northwind Analytics raises prices", "Not a round."),
]


def source_toml(name: str, url: str, **extra: object) -> str:
    lines = [f'\n[[sources]]\nname = "{name}"\ntype = "funding_rss"\nurl = "{url}"\nevery = "30m"']
    lines += [f"{k} = {v!r}".replace("'", '"') for k, v in extra.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def loop(tmp_path: Path, db_url: str, http_server: LoopbackServer):  # type: ignore[no-untyped-def]
    wire = http_server.add("/wire.xml", Route(rss(WIRE), etag='"wire-v1"'))
    tc = http_server.add("/tc.xml", Route(TECHCRUNCH.read_bytes(), etag='"tc-v1"'))
    extra = source_toml("wire", wire) + source_toml("techcrunch", tc, max_age_days=100000)
    ws = make_workspace(tmp_path / "ws", db_url, extra)
    import_accounts(ws.db, ACCOUNTS, filename="accounts.csv")
    import_contacts(ws.db, CONTACTS, filename="contacts.csv")
    yield ws, http_server
    ws.close()


def count(ws, model) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_cycle_drafts_grounded_messages_for_matched_accounts(loop) -> None:  # type: ignore[no-untyped-def]
    ws, _server = loop
    report = run_cycle(ws, deliver=False)
    assert all(r.ok for r in report.collected), [r.error for r in report.collected]

    drafts = queue.list_drafts(ws.db)
    by_account = {v.account.name: v for v in drafts}
    # Northwind (wire) and Configu (TechCrunch capture) have fitting contacts.
    assert set(by_account) == {"Northwind Analytics", "Configu"}
    northwind = by_account["Northwind Analytics"].draft
    assert "Maya" in northwind.body and "$45M" in (northwind.subject + northwind.body)
    assert northwind.body.count("?") == 1
    assert all(r["passed"] for r in northwind.guardrail_report), northwind.guardrail_report
    configu = by_account["Configu"]
    assert configu.signal.facts["round"] == "pre_seed"
    assert configu.contact is not None and configu.contact.email == "ori@configu.com"

    # "Lattice" is not "Lattice Energy"; Helio Grid is not watched: both wait as unmatched.
    unmatched = {s["company_name"] for s in list_signals(ws.db, unmatched=True)}
    assert {"Lattice", "Helio Grid"} <= unmatched
    # Kestrel matched but has no contact: recorded and shown, no draft.
    kestrel = [s for s in list_signals(ws.db) if s["account"] and s["account"]["name"] == "Kestrel Robotics"]
    assert kestrel and kestrel[0]["status"] == "recorded" and "no contact" in kestrel[0]["status_reason"]
    # "raises prices" is not a round.
    assert not [s for s in list_signals(ws.db) if "prices" in s["title"]]


def test_customers_open_deals_and_suppressed_contacts_get_no_cold_pitch(loop) -> None:  # type: ignore[no-untyped-def]
    """Issue 8, findings 8 and 11: a suppressed contact, a customer and a contact in an open deal
    used to get cold drafts queued, unmarked. Now the signal is recorded with the reason."""
    from agent.services.delivery import suppress

    ws, _server = loop
    import_contacts(
        ws,
        b"first_name,last_name,email,title,company,domain,lifecycle_stage,champion\n"
        b"Maya,Okafor,maya@northwind.example,VP of Sales,Northwind Analytics,northwind.example,opportunity,true\n"
        b"Ava,Collins,ava@latticeenergy.example,VP Sales,Lattice Energy,latticeenergy.example,customer,false\n",
    )
    suppress(ws.db, value="configu.com", reason="asked us to stop")
    run_cycle(ws, deliver=False)
    assert queue.list_drafts(ws.db) == []
    reasons = {s["account"]["name"]: s["status_reason"] for s in list_signals(ws.db) if s["account"]}
    assert "Maya Okafor (open deal)" in reasons["Northwind Analytics"]
    assert "suppressed" in reasons["Configu"]


def test_second_cycle_is_a_no_op_and_uses_conditional_get(loop) -> None:  # type: ignore[no-untyped-def]
    ws, server = loop
    run_cycle(ws, deliver=False)
    signals, drafts = count(ws, Signal), count(ws, Draft)
    report = run_cycle(ws, deliver=False)
    assert report.new_signals == 0
    assert (count(ws, Signal), count(ws, Draft)) == (signals, drafts)
    assert server.routes["/wire.xml"].not_modified == 1
    with ws.db.session() as session:
        assert session.get(CollectorState, "wire").etag == '"wire-v1"'


def test_changed_feed_without_etag_still_dedups(loop) -> None:  # type: ignore[no-untyped-def]
    ws, server = loop
    run_cycle(ws, deliver=False)
    before = count(ws, Signal)
    route = server.routes["/wire.xml"]
    route.etag = '"wire-v2"'  # the server says "changed" but serves the same entries + one new
    route.body = rss([*WIRE, ("n-6", "Configu raises $9M seed extension", "More money.")])
    report = run_cycle(ws, deliver=False)
    assert report.new_signals == 1
    assert count(ws, Signal) == before + 1


def test_approve_then_send_delivers_exactly_once(loop) -> None:  # type: ignore[no-untyped-def]
    ws, _server = loop
    run_cycle(ws, deliver=False)
    view = queue.list_drafts(ws.db)[0]
    queue.approve(ws, draft_id=view.draft.id, reviewer="rep@example.com")
    first = send(ws)
    again = send(ws)
    run_cycle(ws)  # a whole cycle again sends nothing new either
    assert first.sent == 1 and again.sent == 0
    files = list(ws.outbox_dir.glob("*.eml"))
    assert len(files) == 1
    message = email.message_from_bytes(files[0].read_bytes())
    assert message["To"].endswith(f"<{view.contact.email}>")
    assert message["List-Unsubscribe"]
    assert count(ws, Outbox) == 1
    assert queue.get_draft(ws.db, view.draft.id).draft.status == "sent"


def test_stale_events_are_recorded_not_drafted(tmp_path: Path, db_url: str, http_server: LoopbackServer) -> None:
    old = rss(WIRE[:1], when=utcnow() - timedelta(days=90))
    url = http_server.add("/old.xml", Route(old))
    ws = make_workspace(tmp_path / "ws", db_url, source_toml("old", url, max_age_days=30))
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws.db, CONTACTS)
    run_cycle(ws, deliver=False)
    (row,) = list_signals(ws.db)
    assert row["stale"] and row["status"] == "recorded"
    assert queue.list_drafts(ws.db) == []
    ws.close()


BAD_SOURCES = {
    "html": (Route(b"<!DOCTYPE html><html><body>Login</body></html>", content_type="text/html"), "HTML page"),
    "huge": (Route(b"<rss>" + b" " * 300_000 + b"</rss>"), "cap"),
    "slow": (Route(rss(WIRE), delay=3.0), "did not answer in time"),
    "missing": (None, "404"),
    "broken": (Route(b"oops", status=500), "500"),
}


def test_bad_sources_are_marked_and_the_cycle_goes_on(
    tmp_path: Path, db_url: str, http_server: LoopbackServer
) -> None:
    extra = source_toml("good", http_server.add("/good.xml", Route(rss(WIRE))))
    truncated = rss(WIRE[2:3])[:-25]  # cut off mid-document: the item survives, the XML does not
    extra += source_toml("malformed", http_server.add("/malformed.xml", Route(truncated)))
    for name, (route, _) in BAD_SOURCES.items():
        url = http_server.add(f"/{name}.xml", route) if route else http_server.url(f"/{name}.xml")
        extra += source_toml(name, url, timeout_s=0.5, max_bytes=100_000)
    ws = make_workspace(tmp_path / "ws", db_url, extra)
    import_accounts(ws.db, ACCOUNTS)
    import_contacts(ws.db, CONTACTS)
    fetcher = make_fetcher(ws, attempts=2, backoff=0.01)
    results = {s.name: collect_source(ws, s.name, fetcher=fetcher) for s in ws.config.sources}
    process_signals(ws)
    assert results["good"].ok and results["malformed"].ok
    assert "not well-formed" in results["malformed"].warnings[0] and results["good"].new_signals >= 3
    for name, (_, expected) in BAD_SOURCES.items():
        assert results[name].error and expected in results[name].error, (name, results[name].error)
        assert name in results[name].error or "http://" in results[name].error
    health = {h["name"]: h for h in source_health(ws)}
    assert health["good"]["health"] == "ok"
    assert health["malformed"]["health"] == "degraded"
    assert "not well-formed" in health["malformed"]["last_error"]
    assert {health[n]["health"] for n in BAD_SOURCES} == {"degraded"}
    # Three failures in a row make a source unhealthy; a success heals it.
    for _ in range(2):
        collect_source(ws, "broken", fetcher=fetcher)
    assert {h["name"]: h for h in source_health(ws)}["broken"]["health"] == "unhealthy"
    assert queue.list_drafts(ws.db), "the good source's drafts are queued despite the bad ones"
    fetcher.close()
    ws.close()


def test_one_bad_entry_is_skipped_and_the_rest_kept(tmp_path: Path, db_url: str, http_server: LoopbackServer) -> None:
    when = format_datetime(utcnow())
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        "<item><title>Northwind Analytics raises $45M Series B</title><guid>a</guid>"
        f"<pubDate>{when}</pubDate></item>"
        "<item><title></title><guid>b</guid></item>"
        "<item><title>Configu raises $3M pre-seed round</title><guid>c</guid><pubDate>not a date</pubDate></item>"
        "</channel></rss>"
    ).encode()
    url = http_server.add("/mixed.xml", Route(feed))
    ws = make_workspace(tmp_path / "ws", db_url, source_toml("mixed", url))
    result = collect_source(ws, "mixed")
    assert result.ok and result.new_signals == 2
    ws.close()
