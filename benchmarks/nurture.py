"""Nurture benchmark: 50,000 enrolments over 5 sequences, 90 simulated days of `tick`. Prints a table.

A synthetic workspace: 5,000 accounts with 10 contacts each, a library of 30 assets, and five
sequences (welcome, educate with branches, high_intent with review = "first", re_engage,
reactivation). Enrolments arrive by hand over the first `--spread` days, the way lists and
entry rules feed a programme. Each simulated day: some leads click, visit, open or reply (a
reply exits at once); `tick` runs at 09:00 (timed); a rep approves a few hundred steps; the file
transport sends them; the rest expire after their approve_within_days.

    python benchmarks/nurture.py                              # the full run (targets below)
    python benchmarks/nurture.py --enrolments 5000 --days 20  # a quick look

Target (2-core machine): a day's tick <= 10 s on SQLite. Set DATABASE_URL for PostgreSQL.

The second target of issue 10, frequency caps and send windows adding <= 10% to a send run, is
measured by benchmarks/send_caps.py. The sends here run with the workspace's default caps and
window (as in production): steps wait as `scheduled` and go on a later day.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.delivery.sender import send_approved  # noqa: E402
from agent.delivery.transports import FileTransport  # noqa: E402
from agent.init import write_config  # noqa: E402
from agent.services import leads, queue  # noqa: E402
from agent.services import nurture as service  # noqa: E402
from agent.services.accounts import import_accounts, import_contacts  # noqa: E402
from agent.workspace import Workspace  # noqa: E402
from benchmarks._loopback import peak_children_rss_mb, peak_rss_mb  # noqa: E402
from signals.engagement import EngagementIn  # noqa: E402

PERSONAS = ["VP Sales", "Head of Revenue Operations", "Chief Revenue Officer"]
TITLES = ["VP Sales", "Head of Revenue Operations", "Chief Revenue Officer", "Marketing Manager", "VP of Sales"]
STAGES = ["awareness", "evaluation", "purchase"]
SEQUENCES = ["welcome", "educate", "high_intent", "re_engage", "reactivation"]
START = datetime(2030, 1, 7, 9, 0, tzinfo=UTC)


def library(per_stage: int = 10) -> str:
    out = []
    for stage in STAGES:
        for i in range(per_stage):
            personas = "" if i % 3 else f'personas = ["{PERSONAS[i % len(PERSONAS)]}"]\n'
            slug = f"{stage}-{i}" if not (stage == "evaluation" and i == 0) else "pricing-guide"
            path = "pricing/guide" if slug == "pricing-guide" else f"{stage}/{i}"
            out.append(
                f'[[assets]]\nid = "{slug}"\ntitle = "The {stage} guide number {i + 1}"\n'
                f'url = "https://bench.example/{path}"\nstage = "{stage}"\n{personas}'
                f'facts = ["The guide covers {stage} in {i + 3} short chapters.", "Each chapter ends with a checklist."]\n'
            )
    return "\n".join(out)


def steps(*items: tuple[int, str, str]) -> str:
    out = []
    for wait, stage, branches in items:
        out.append(f'[[sequences.steps]]\nwait_days = {wait}\nstage = "{stage}"\n' + (f"branches = [{branches}]\n" if branches else ""))
    return "".join(out)


DEFINITIONS = (
    '[[sequences]]\nname = "welcome"\npurpose = "welcome"\nreview = "first"\napprove_within_days = 2\n'
    + steps((0, "awareness", ""), (2, "awareness", ""), (3, "evaluation", ""), (4, "evaluation", ""), (5, "purchase", ""))
    + '[[sequences]]\nname = "educate"\npurpose = "educate"\nbusiness_days = true\napprove_within_days = 3\n'
    + steps((0, "awareness", ""), (3, "evaluation", ""),
            (4, "evaluation", '{ clicked = "pricing", goto = "high_intent" }, { visited = "/pricing", goto = "high_intent" }'),
            (5, "awareness", '{ opened_none_after = 3, goto = "re_engage" }'), (5, "evaluation", ""), (5, "purchase", ""))
    + '[[sequences]]\nname = "high_intent"\npurpose = "high_intent"\nreview = "first"\napprove_within_days = 2\n'
    + steps((0, "purchase", ""), (2, "evaluation", ""), (3, "purchase", ""), (4, "evaluation", ""))
    + '[[sequences]]\nname = "re_engage"\npurpose = "re_engage"\napprove_within_days = 4\n'
    + steps((0, "awareness", ""), (7, "evaluation", ""), (10, "awareness", ""), (14, "purchase", ""))
    + '[[sequences]]\nname = "reactivation"\npurpose = "reactivation"\nreview = "first"\napprove_within_days = 3\n'
    + steps((0, "awareness", ""), (5, "evaluation", ""), (7, "purchase", ""), (9, "evaluation", ""))
)


def build(ws_dir: Path, n: int, per_account: int = 10) -> list[str]:
    cfg = write_config(ws_dir)
    text = cfg.read_text(encoding="utf-8")
    start, end = text.index("\n[[sources]]\n"), text.index("[sender]")
    cfg.write_text(text[: start + 1] + text[end:], encoding="utf-8")
    (ws_dir / "content.toml").write_text(library(), encoding="utf-8")
    (ws_dir / "sequences.toml").write_text(DEFINITIONS, encoding="utf-8")
    accounts = ["name,domain,industry,employees,country"]
    contacts = ["first_name,last_name,email,title,company,domain"]
    emails = []
    for a in range(max(1, n // per_account)):
        domain = f"acct{a}.example"
        accounts.append(f"Account {a},{domain},Software,{200 + a % 900},US")
        for c in range(per_account):
            email = f"p{c}@{domain}"
            emails.append(email)
            contacts.append(f"Pat{c},Lee{a},{email},{TITLES[(a + c) % len(TITLES)]},Account {a},{domain}")
    (ws_dir / "accounts.csv").write_text("\n".join(accounts), encoding="utf-8")
    (ws_dir / "contacts.csv").write_text("\n".join(contacts), encoding="utf-8")
    return emails[:n]


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children (the drafting
    pool's workers, counted once a tick has shut its pool down)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--enrolments", type=int, default=50_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--spread", type=int, default=30, help="enrolments arrive over this many first days")
    parser.add_argument("--approvals", type=int, default=300, help="steps a rep approves per simulated day")
    parser.add_argument("--every-day", action="store_true", help="print every simulated day's tick, not every tenth")
    args = parser.parse_args()
    console = Console()
    rng = random.Random(10)

    with tempfile.TemporaryDirectory(prefix="outrider-nurture-bench-") as tmp:
        ws_dir = Path(tmp) / "ws"
        emails = build(ws_dir, args.enrolments)
        ws = Workspace.open(ws_dir, settings=Settings())
        t = time.perf_counter()
        import_accounts(ws.db, (ws_dir / "accounts.csv").read_bytes())
        import_contacts(ws, (ws_dir / "contacts.csv").read_bytes())
        import_s = time.perf_counter() - t
        console.print(f"setup: {len(emails):,} contacts imported in {import_s:.0f} s", highlight=False)
        problems = service.check_files(ws)
        if any(p.severity == "error" for p in problems):
            raise SystemExit("\n".join(map(str, problems)))
        transport = FileTransport(Path(tmp) / "sent")
        rng.shuffle(emails)
        per_day = -(-len(emails) // max(1, args.spread))
        enrol_s = 0.0
        day_times: list[float] = []
        day_cpu: list[tuple[float, float]] = []
        load_before = os.getloadavg()
        day_drafts: list[int] = []
        totals = dict.fromkeys(("drafted", "auto_approved", "expired", "branched", "completed", "skipped", "exited"), 0)
        sent = 0
        service.tick(ws, now=START - timedelta(days=1))  # the first tick starts the entry cursor
        for day in range(args.days):
            now = START + timedelta(days=day)
            batch = emails[day * per_day : (day + 1) * per_day]
            if batch:
                t = time.perf_counter()
                for start in range(0, len(batch), 1000):
                    chunk = batch[start : start + 1000]
                    name = SEQUENCES[(day + start // 1000) % len(SEQUENCES)]
                    service.enroll(ws, emails=chunk, sequence=name, actor="bench@example.com", now=now - timedelta(hours=1))
                enrol_s += time.perf_counter() - t
            live = emails[: min(len(emails), (day + 1) * per_day)]
            events = []
            for i in range(max(1, len(live) // 200)):
                who = rng.choice(live)
                kind = rng.choices(["email_open", "email_click", "page_view", "reply"], weights=[60, 25, 14, 1])[0]
                url = {"email_click": "https://bench.example/pricing/guide", "page_view": "https://bench.example/pricing"}.get(kind)
                events.append(EngagementIn(id=f"d{day}-{i}", type=kind, email=who, url=url, occurred_at=now - timedelta(hours=2)))  # type: ignore[arg-type]
            for start in range(0, len(events), 500):
                leads.record_events(ws, events=events[start : start + 500], now=now - timedelta(hours=2))
            t, cpu = time.perf_counter(), _cpu()
            report = service.tick(ws, now=now)
            day_times.append(time.perf_counter() - t)
            after = _cpu()
            day_cpu.append((after[0] - cpu[0], after[1] - cpu[1]))
            day_drafts.append(report.drafted)
            for key in totals:
                totals[key] += getattr(report, key)
            for view in queue.list_drafts(ws.db, limit=args.approvals):
                if view.draft.kind == "sequence":
                    queue.approve(ws, draft_id=view.draft.id or 0, reviewer="rep@example.com", now=now)
            # 15:00 UTC: inside the default window (weekdays 09:00-17:00) of the US accounts' zone.
            sent += send_approved(ws, now=now + timedelta(hours=6), transport=transport, limit=10_000).sent
            if args.every_day or day % 10 == 9 or day == args.days - 1:
                main_cpu, pool_cpu = day_cpu[-1]
                console.print(f"day {day + 1}: tick {day_times[-1]:.2f} s (CPU {main_cpu:.2f} s + workers {pool_cpu:.2f} s), "
                              f"{report.drafted} drafts, {report.expired} expired, {report.settled} settled; "
                              f"max so far {max(day_times):.2f} s; load {os.getloadavg()[0]:.2f}", highlight=False)
        dialect = ws.db.engine.dialect.name
        load_after = os.getloadavg()
        states = {s["name"]: s["enrollments"] for s in service.list_sequences(ws)}
        ws.close()

    ordered = sorted(day_times)
    total_s = sum(day_times)
    table = Table(title=f"Outrider nurture benchmark ({args.enrolments:,} enrolments, 5 sequences, {args.days} days, {dialect})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_row("setup: import accounts + contacts", f"{import_s:.1f} s", "")
    table.add_row("enrol by hand (all days)", f"{enrol_s:.1f} s ({args.enrolments / max(enrol_s, 1e-9):,.0f}/s)", "")
    table.add_row("tick per simulated day: mean", f"{statistics.mean(day_times):.2f} s", "")
    table.add_row("tick per simulated day: p50", f"{statistics.median(day_times):.2f} s", "")
    table.add_row("tick per simulated day: p95", f"{ordered[max(0, int(round(0.95 * len(ordered))) - 1)]:.2f} s", "")
    table.add_row("tick per simulated day: max", f"{max(day_times):.2f} s", "<= 10 s")
    busiest = max(range(len(day_times)), key=lambda i: day_times[i])
    table.add_row("  that day's CPU: tick process + drafting workers",
                  f"{day_cpu[busiest][0]:.2f} s + {day_cpu[busiest][1]:.2f} s ({day_drafts[busiest]:,} drafts)", "")
    table.add_row("tick CPU per simulated day: max (process + workers)", f"{max(a + b for a, b in day_cpu):.2f} s", "")
    table.add_row("busiest day's drafts", f"{max(day_drafts):,}", "")
    table.add_row("step drafts (auto-approved)", f"{totals['drafted']:,} ({totals['auto_approved']:,})", "")
    table.add_row("drafts/s over all ticks", f"{totals['drafted'] / max(total_s, 1e-9):,.0f}", "")
    total_cpu = sum(a + b for a, b in day_cpu)
    table.add_row("drafts per CPU second (process + workers)", f"{totals['drafted'] / max(total_cpu, 1e-9):,.0f}", "")
    table.add_row("expired / skipped / branched / completed / exited",
                  f"{totals['expired']:,} / {totals['skipped']:,} / {totals['branched']:,} / {totals['completed']:,} / {totals['exited']:,}", "")
    table.add_row("sent by the file transport", f"{sent:,}", "")
    table.add_row("peak RSS", f"{peak_rss_mb():,.0f} MB", "")
    table.add_row("peak RSS of a drafting worker process", f"{peak_children_rss_mb():,.0f} MB", "")
    table.add_row("load average (1 min) before / after", f"{load_before[0]:.2f} / {load_after[0]:.2f}",
                  f"{os.cpu_count()} cores")
    console.print(table)
    states_table = Table("sequence", "active", "waiting", "paused", "exited", "completed", title="where the enrolments ended")
    for name, n in states.items():
        states_table.add_row(name, *(f"{n[s]:,}" for s in ("active", "waiting", "paused", "exited", "completed")))
    console.print(states_table)

    # The second target (caps and windows add <= 10% to a send run) is measured by
    # benchmarks/send_caps.py, over an outbox built for it.
    console.print("caps and send windows: see `python benchmarks/send_caps.py`", highlight=False)


if __name__ == "__main__":
    main()
