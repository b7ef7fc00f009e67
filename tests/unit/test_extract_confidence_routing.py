"""An extracted company the extractor is unsure of is recorded for a person, not drafted."""

from __future__ import annotations

from pathlib import Path

from agent.config import Settings
from agent.scheduler import run_cycle
from agent.services import queue
from agent.services.accounts import import_accounts, import_contacts
from agent.services.signals import list_signals
from agent.workspace import Workspace
from signals.model import utcnow
from tests.conftest import make_workspace

ACCOUNTS = b"name,domain,industry,employees,country\nNorthwind Analytics,northwind.example,Software,420,US\n"
CONTACTS = (
    b"first_name,last_name,email,title,company,domain\n"
    b"Maya,Okafor,maya@northwind.example,VP of Sales,Northwind Analytics,northwind.example\n"
)


def _feed(path: Path) -> None:
    when = utcnow().strftime("%a, %d %b %Y %H:%M:%S +0000")
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>w</title>"
        "<link>https://news.example/</link><description>d</description>"
        "<item><title>Northwind Analytics raises $45M Series B led by Harbor Ventures</title>"
        f"<link>https://news.example/n1</link><guid>n1</guid><pubDate>{when}</pubDate>"
        "<description>Northwind Analytics raised $45 million.</description></item></channel></rss>",
        encoding="utf-8",
    )


def _cycle(tmp_path: Path, db_url: str, min_confidence: float) -> list[dict]:
    feed = tmp_path / "feed.xml"
    _feed(feed)
    source = f'\n[[sources]]\nname = "wire"\ntype = "funding_rss"\npath = "{feed}"\nevery = "30m"\n'
    ws = make_workspace(tmp_path / "ws", db_url, source)
    ws.close()
    cfg = tmp_path / "ws" / "outrider.toml"
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(text.replace("\nmin_priority", f"\nmin_confidence = {min_confidence}\nmin_priority", 1), encoding="utf-8")
    ws = Workspace.open(tmp_path / "ws", settings=Settings(DATABASE_URL=db_url))  # type: ignore[call-arg]
    try:
        import_accounts(ws.db, ACCOUNTS)
        import_contacts(ws.db, CONTACTS)
        run_cycle(ws, deliver=False)
        rows = list_signals(ws.db)
        assert len(rows) == 1
        rows[0]["drafts"] = len(queue.list_drafts(ws.db))
        return rows
    finally:
        ws.close()


def test_a_sure_company_is_drafted(tmp_path: Path, db_url: str) -> None:
    (row,) = _cycle(tmp_path, db_url, 0.6)
    assert row["facts"]["confidence"] >= 0.9 and "Northwind Analytics" in row["facts"]["explanation"]
    assert row["status"] == "drafted" and row["drafts"] == 1


def test_an_unsure_company_is_recorded_with_a_reason_a_rep_understands(tmp_path: Path, db_url: str) -> None:
    (row,) = _cycle(tmp_path, db_url, 0.99)
    assert row["status"] == "recorded" and row["drafts"] == 0
    assert row["status_reason"].startswith("the company in this item is uncertain: ")
    assert "Northwind Analytics" in row["status_reason"]
