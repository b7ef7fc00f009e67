"""Reactivation benchmark: routing throughput when signalled accounts hold dormant leads. Prints a table.

A synthetic workspace of N accounts, each with one active contact and D dormant ones (old CRM
activity; one in three closed lost with a reason, one e-mail sent to each last year), and a funding
feed (a file) with one round per account. Measures collect + route + draft (ordinary drafts and
reactivations with their history), then a second cycle (every lead already has an open
reactivation: nothing new), `reactivations list` and `stats`.

    python benchmarks/reactivation.py                          # 2,000 accounts x 3 dormant leads
    python benchmarks/reactivation.py --accounts 200 --dormant 2   # a quick look

Set DATABASE_URL to run it against PostgreSQL instead of the workspace's SQLite file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402
from sqlmodel import func, select  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.init import write_config  # noqa: E402
from agent.pipeline import collect_source, process_signals  # noqa: E402
from agent.services import reactivation  # noqa: E402
from agent.services.accounts import import_accounts, import_contacts  # noqa: E402
from agent.store.models import Contact, Draft, DraftKind, Outbox  # noqa: E402
from agent.workspace import Workspace  # noqa: E402
from benchmarks._loopback import peak_rss_mb  # noqa: E402
from signals.model import utcnow  # noqa: E402

TITLES = ["VP Sales", "Head of Revenue Operations", "Chief Revenue Officer"]


def build(root: Path, accounts: int, dormant: int) -> tuple[Workspace, Path]:
    now = utcnow()
    feed = root / "funding.xml"
    items = "".join(
        f"<item><title>Company{i} Labs raises ${10 + i % 40}M Series B led by Harbor Ventures</title>"
        f"<link>https://news.example/r{i}</link><guid isPermaLink='false'>r{i}</guid>"
        f"<pubDate>{format_datetime(now - timedelta(hours=2))}</pubDate>"
        f"<description>Company{i} Labs raised money led by Harbor Ventures.</description></item>"
        for i in range(accounts)
    )
    feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><link>https://news.example/</link>"
                    f"<description>d</description>{items}</channel></rss>", encoding="utf-8")
    cfg = write_config(root / "ws")
    text = cfg.read_text(encoding="utf-8")
    start, end = text.index("\n[[sources]]\n"), text.index("[sender]")
    source = f'[[sources]]\nname = "wire"\ntype = "funding_rss"\npath = "{feed.as_posix()}"\nevery = "30m"\nmax_age_days = 30\n\n'
    cfg.write_text(text[: start + 1] + source + text[end:], encoding="utf-8")
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{root / 'ws' / 'outrider.db'}"
    ws = Workspace.open(root / "ws", settings=Settings(DATABASE_URL=url))  # type: ignore[call-arg]
    rows = ["name,domain,industry,employees,country"]
    rows += [f"Company{i} Labs,company{i}.example,Software,300,US" for i in range(accounts)]
    import_accounts(ws.db, ("\n".join(rows) + "\n").encode())
    old = (now - timedelta(days=200)).date().isoformat()
    contacts = ["first_name,last_name,email,title,company,domain,last_activity_at,lead_status,lost_reason"]
    for i in range(accounts):
        contacts.append(f"Act{i},One,active{i}@company{i}.example,VP Sales,Company{i} Labs,company{i}.example,"
                        f"{(now - timedelta(days=5)).date().isoformat()},,")
        for j in range(dormant):
            lost = ("Closed Lost", "No budget this year") if j % 3 == 0 else ("", "")
            contacts.append(f"Dor{j},Mant{i},d{j}.{i}@company{i}.example,{TITLES[j % 3]},Company{i} Labs,"
                            f"company{i}.example,{old},{lost[0]},{lost[1]}")
    import_contacts(ws, ("\n".join(contacts) + "\n").encode())
    sent = now - timedelta(days=210)
    with ws.db.write_session() as session:
        for c in session.exec(select(Contact).where(Contact.stage == "dormant")).all():
            d = Draft(kind=DraftKind.SIGNAL, account_id=c.account_id or 0, contact_id=c.id, subject="Hello",
                      body="Hi", status="sent", created_at=sent, updated_at=sent)
            session.add(d)
            session.flush()
            session.add(Outbox(draft_id=d.id or 0, to_email=c.email, state="sent", sent_at=sent, created_at=sent))
        session.commit()
    return ws, feed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--dormant", type=int, default=3)
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        ws, _feed = build(root, args.accounts, args.dormant)
        setup_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        collected = collect_source(ws, "wire")
        process_signals(ws)
        first_s = time.perf_counter() - t0
        with ws.db.session() as session:
            kinds = dict(session.exec(select(Draft.kind, func.count()).where(Draft.status == "pending").group_by(Draft.kind)).all())
        # A second round of news at every account: each dormant lead already has an open
        # reactivation, so only the active leads get (ordinary) drafts.
        text = _feed.read_text(encoding="utf-8").replace("Series B", "Series C").replace(">r", ">s").replace("news.example/r", "news.example/s")
        _feed.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        collect_source(ws, "wire")
        again = process_signals(ws)
        second_s = time.perf_counter() - t0
        with ws.db.session() as session:
            open_per_lead = session.exec(
                select(func.count()).select_from(Draft).where(Draft.kind == DraftKind.REACTIVATION)
                .where(Draft.status == "pending")
            ).one()
        t0 = time.perf_counter()
        listed = reactivation.list_reactivations(ws.db, limit=100_000)
        list_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        stats = reactivation.stats(ws.db)
        stats_s = time.perf_counter() - t0
        ws.close()
    signals = collected.new_signals
    table = Table(title=f"reactivation: {args.accounts} accounts x (1 active + {args.dormant} dormant)")
    for column in ("measure", "value"):
        table.add_column(column)
    table.add_row("setup (import + history)", f"{setup_s:.1f} s")
    table.add_row("signals collected", str(signals))
    table.add_row("ordinary drafts / reactivations", f"{kinds.get('signal', 0)} / {kinds.get('reactivation', 0)}")
    table.add_row("collect + route + draft", f"{first_s:.1f} s ({signals / first_s:.0f} signals/s, "
                  f"{(kinds.get('signal', 0) + kinds.get('reactivation', 0)) / first_s:.0f} drafts/s)")
    table.add_row("second round of news (routing)", f"{second_s:.1f} s: {again.drafted} signals drafted, "
                  f"open reactivations still {open_per_lead} (one per lead)")
    table.add_row("reactivations list (all open)", f"{len(listed)} in {list_s * 1000:.0f} ms")
    table.add_row("stats", f"{len(stats)} rows in {stats_s * 1000:.0f} ms")
    table.add_row("peak RSS", f"{peak_rss_mb():.0f} MB")
    console.print(table)


if __name__ == "__main__":
    main()
