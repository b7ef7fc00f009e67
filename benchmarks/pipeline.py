"""Pipeline benchmark: bulk throughput and the freshness of one new entry. Prints a table.

Bulk: a synthetic workspace of 10,000 accounts (one fitting contact each) and 100 RSS feeds
totalling 50,000 entries served on loopback; entries/s through collect + resolve + score + draft,
and peak RSS. Freshness: on that warm workspace, one new entry appears in one feed; the time from
the start of its fetch to its draft being queued, p50 and p95 over 100 trials.

    python benchmarks/pipeline.py                 # the full run (targets below)
    python benchmarks/pipeline.py --accounts 1000 --entries 5000 --trials 20   # a quick look

Targets (2-core machine): >= 500 entries/s, freshness p95 <= 1 s, peak RSS <= 500 MB.
Set DATABASE_URL to run it against PostgreSQL instead of the workspace's SQLite file.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from agent.config import Settings  # noqa: E402
from agent.init import write_config  # noqa: E402
from agent.pipeline import collect_source, make_fetcher, process_signals  # noqa: E402
from agent.services.accounts import import_accounts, import_contacts  # noqa: E402
from agent.workspace import Workspace  # noqa: E402
from benchmarks._loopback import StaticServer, peak_children_rss_mb, peak_rss_mb  # noqa: E402
from signals.model import utcnow  # noqa: E402

FIRST = ["North", "Bright", "Kestrel", "Copper", "Quill", "Fern", "Tide", "Orchard", "Silver", "Iron",
         "Cedar", "Harbor", "Summit", "Lumen", "Vector", "Nimbus", "Atlas", "Beacon", "Cobalt", "Delta",
         "Ember", "Falcon", "Granite", "Helix", "Indigo", "Juniper", "Keystone", "Lark", "Maple", "Nova",
         "Onyx", "Pioneer", "Quartz", "Raven", "Sable", "Tango", "Umber", "Vale", "Willow", "Zephyr"]
SECOND = ["wind", "path", "stone", "leaf", "field", "way", "water", "gate", "bridge", "crest",
          "forge", "light", "point", "ridge", "works", "shore", "brook", "line", "peak", "spring"]
THIRD = ["Analytics", "Robotics", "Payments", "Health", "Security", "Logistics", "Labs", "Systems",
         "Software", "Cloud", "Data", "AI", "Bio", "Energy", "Networks", "Finance", "Insights",
         "Dynamics", "Commerce", "Learning", "Mobility", "Media", "Materials", "Devices", "Capital"]
ROUNDS = ["pre-seed", "seed", "Series A", "Series B", "Series C", "Series D", "growth round"]
INVESTORS = ["Harbor Ventures", "Lantern Capital", "Alpine Growth", "Meridian Partners", "Foundry Row",
             "Sunward Capital", "Summit Ridge", "Blue Yard", "Northzone", "Point Nine"]
TEMPLATES = [
    "{c} raises ${a}M {r} led by {i}",
    "Exclusive: {c} lands ${a} million {r}",
    "{c} secures ${a}M {r} from {i}",
    "{i} leads ${a}M {r} in {c}",
    "{c} closes ${a}M {r} to expand",
    "{c} raises prices for enterprise plans",
    "{c} acquires rival for ${a}M",
]


def company_names(n: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        names.add(f"{rng.choice(FIRST)}{rng.choice(SECOND)} {rng.choice(THIRD)}")
        if len(names) < n and rng.random() < 0.2:
            names.add(f"{rng.choice(FIRST)} {rng.choice(THIRD)} {rng.choice(['Group', 'Co', 'Works'])}")
    return sorted(names)[:n]


def domain_of(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum()) + ".example"


def item_xml(guid: str, title: str, when) -> str:  # type: ignore[no-untyped-def]
    return (
        f"<item><title>{escape(title)}</title><link>https://news.example/{guid}</link>"
        f"<guid isPermaLink='false'>{guid}</guid><pubDate>{format_datetime(when)}</pubDate>"
        f"<description>{escape(title)}. The company plans to grow its go-to-market team.</description></item>"
    )


def feed_xml(items: list[str]) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Bench wire</title>"
        "<link>https://news.example/</link><description>synthetic</description>"
        + "".join(items)
        + "</channel></rss>"
    )


def headline(rng: random.Random, company: str) -> str:
    template = rng.choices(TEMPLATES, weights=[30, 15, 15, 10, 10, 10, 10])[0]
    return template.format(c=company, a=rng.randint(2, 300), r=rng.choice(ROUNDS), i=rng.choice(INVESTORS))


def build(root: Path, n_accounts: int, n_entries: int, n_feeds: int, seed: int = 7):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    names = company_names(int(n_accounts * 1.25), rng)
    watched, unwatched = names[:n_accounts], names[n_accounts:]
    accounts = ["name,domain,aliases,industry,employees,country,owner_email"]
    contacts = ["first_name,last_name,email,title,company,domain,lifecycle_stage,champion"]
    for i, name in enumerate(watched):
        dom = domain_of(name)
        accounts.append(f"{name},{dom},,Software,{rng.randint(20, 9000)},{rng.choice(['US', 'GB', 'DE', 'FR'])},o@example.com")
        contacts.append(f"Alex{i},Rivera,alex{i}@{dom},{rng.choice(['VP Sales', 'Head of RevOps', 'CRO'])},{name},{dom},lead,false")
    feeds_dir = root / "www"
    feeds_dir.mkdir(parents=True)
    now = utcnow()
    per_feed = n_entries // n_feeds
    feeds: dict[str, list[str]] = {}
    serial = 0
    for f in range(n_feeds):
        items = []
        for _ in range(per_feed):
            company = rng.choice(watched) if rng.random() < 0.8 else rng.choice(unwatched)
            serial += 1
            items.append(item_xml(f"g{serial}", headline(rng, company), now - timedelta(minutes=rng.randint(5, 20000))))
        feeds[f"feed{f:03d}.xml"] = items
        (feeds_dir / f"feed{f:03d}.xml").write_text(feed_xml(items), encoding="utf-8")
    return watched, "\n".join(accounts).encode(), "\n".join(contacts).encode(), feeds, feeds_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--trials", type=int, default=100)
    args = parser.parse_args()
    console = Console()

    with tempfile.TemporaryDirectory(prefix="outrider-bench-") as tmp:
        root = Path(tmp)
        watched, accounts_csv, contacts_csv, feeds, feeds_dir = build(root, args.accounts, args.entries, args.feeds)
        server = StaticServer(feeds_dir)
        try:
            ws_dir = root / "ws"
            cfg = write_config(ws_dir)
            text = cfg.read_text(encoding="utf-8")
            start, end = text.index("\n[[sources]]\n"), text.index("[sender]")
            sources = "".join(
                f'[[sources]]\nname = "{name[:-4]}"\ntype = "funding_rss"\nurl = "{server.url(name)}"\n'
                f'every = "30m"\nmax_age_days = 30\n\n'
                for name in feeds
            )
            cfg.write_text(text[: start + 1] + sources + text[end:], encoding="utf-8")
            ws = Workspace.open(ws_dir, settings=Settings())
            t = time.perf_counter()
            import_accounts(ws.db, accounts_csv)
            import_contacts(ws, contacts_csv)
            setup_s = time.perf_counter() - t

            fetcher = make_fetcher(ws, allow_private=True)  # the feeds are served from loopback
            t0 = time.perf_counter()
            collected = 0
            for source in ws.config.sources:
                result = collect_source(ws, source.name, fetcher=fetcher)
                if result.error:
                    raise SystemExit(result.error)
                collected += result.events
            t1 = time.perf_counter()
            routed = process_signals(ws)
            t2 = time.perf_counter()
            bulk_s = t2 - t0
            rss_bulk = peak_rss_mb()

            rng = random.Random(11)
            latencies = []
            names = list(feeds)
            for trial in range(args.trials):
                name = rng.choice(names)
                company = rng.choice(watched)
                feeds[name].insert(0, item_xml(f"fresh{trial}", f"{company} raises ${rng.randint(5, 90)}M Series A led by Harbor Ventures", utcnow()))
                feeds[name].pop()
                (feeds_dir / name).write_text(feed_xml(feeds[name]), encoding="utf-8")
                start_t = time.perf_counter()
                result = collect_source(ws, name[:-4], fetcher=fetcher)
                out = process_signals(ws, signal_ids=result.new_signal_ids)
                latencies.append(time.perf_counter() - start_t)
                if out.drafted != 1:
                    raise SystemExit(f"trial {trial} ({company}): expected one draft, got {out}")
            fetcher.close()
            ws.close()
        finally:
            server.close()

    lat = sorted(latencies)
    p50 = statistics.median(lat)
    p95 = lat[max(0, int(round(0.95 * len(lat))) - 1)]
    rate = args.entries / bulk_s
    table = Table(title=f"Outrider pipeline benchmark ({args.accounts:,} accounts, {args.entries:,} entries in {args.feeds} feeds, {ws.db.engine.dialect.name})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    table.add_row("setup: import accounts + contacts", f"{setup_s:.1f} s", "")
    table.add_row("collect (fetch + parse + extract + store)", f"{t1 - t0:.1f} s", "")
    table.add_row("resolve + score + draft + queue", f"{t2 - t1:.1f} s", "")
    table.add_row("funding events / drafts / unmatched", f"{collected:,} / {routed.drafted:,} / {routed.unmatched:,}", "")
    table.add_row("bulk throughput", f"{rate:,.0f} entries/s", ">= 500")
    table.add_row("peak RSS after bulk", f"{rss_bulk:,.0f} MB", "<= 500")
    table.add_row(f"freshness p50 ({len(lat)} trials)", f"{p50 * 1000:,.0f} ms", "")
    table.add_row(f"freshness p95 ({len(lat)} trials)", f"{p95 * 1000:,.0f} ms", "<= 1000")
    table.add_row("peak RSS overall", f"{peak_rss_mb():,.0f} MB", "<= 500")
    table.add_row("peak RSS of a drafting worker process", f"{peak_children_rss_mb():,.0f} MB", "<= 500")
    console.print(table)


if __name__ == "__main__":
    main()
