"""Job-board collector benchmark: 2,000 boards on loopback, a full cycle then a mostly-304 cycle.

Generates boards in the Greenhouse, Lever and Ashby shapes (20-200 jobs each, with descriptions)
on disk, serves them with `benchmarks._loopback.StaticServer` (ETag / If-None-Match), and runs the
`job_boards` collector over them twice: a first full cycle, then a second an hour later in which
one board in ten has changed and the rest answer 304. Reports boards/s of the first cycle, the
second cycle's time as a share of the first, and peak RSS.

    python benchmarks/collectors_boards.py                  # 2,000 boards (the target run)
    python benchmarks/collectors_boards.py --boards 300     # a quick look

Targets: 2,000 boards in <= 60 s; the 304 cycle <= 25% of the first.
`run_boards_benchmark()` returns the numbers for `benchmarks/collectors.py` to put in its table.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._loopback import StaticServer, peak_rss_mb  # noqa: E402
from signals.http import Fetcher  # noqa: E402
from signals.model import WatchedAccount  # noqa: E402
from signals.sources.base import MemorySnapshots, ReadContext  # noqa: E402
from signals.sources.job_boards import JobBoardsCollector, JobBoardsConfig  # noqa: E402

SHAPES = ("greenhouse", "lever", "ashby")
TITLES = [
    "Account Executive", "Senior Account Executive", "Enterprise Account Executive", "SDR",
    "Sales Development Representative", "BDR", "Sales Engineer", "Solutions Consultant",
    "Account Manager", "Regional Sales Director", "Head of Sales", "VP, Sales",
    "Revenue Operations Analyst", "Salesforce Administrator", "Sales Operations Manager",
    "Marketing Operations Manager", "Product Marketing Manager", "Demand Generation Manager",
    "Content Marketing Manager", "Head of Growth Marketing", "Brand Designer",
    "Customer Success Manager", "Technical Account Manager", "Support Engineer",
    "Implementation Consultant", "Software Engineer", "Senior Software Engineer",
    "Staff Software Engineer (Backend)", "Frontend Engineer", "Engineering Manager",
    "Site Reliability Engineer", "Machine Learning Engineer", "Product Manager",
    "Senior Product Manager", "Product Designer", "UX Researcher", "Data Scientist",
    "Data Engineer", "Analytics Engineer", "Director of FP&A", "Accountant", "Controller",
    "Recruiter", "Technical Recruiter", "HR Business Partner", "Office Manager",
    "Executive Assistant", "Program Manager", "Legal Counsel", "Softwareentwickler (m/w/d)",
]
QUALIFIERS = ["", ", EMEA", ", North America", " - Remote", " (DACH)", ", APAC", " - London", ", Platform"]
DEPARTMENTS = ["Sales", "Marketing", "Engineering", "Customer Success", "Product", "G&A", "People"]
PARAGRAPH = (
    "<p>We are looking for a <strong>{title}</strong> to join our {dept} team in {city}.</p>"
    "<ul><li>Own outcomes end to end</li><li>Work with customers &amp; partners</li>"
    "<li>Ship and learn every week</li></ul><p>Benefits: equity, healthcare &amp; learning budget.</p>"
)
CITIES = ["London", "Berlin", "New York", "San Francisco", "Paris", "Austin", "Toronto", "Remote"]


def _job(rng: random.Random, board: int, n: int, now: datetime) -> dict[str, Any]:
    title = rng.choice(TITLES) + rng.choice(QUALIFIERS)
    dept = rng.choice(DEPARTMENTS)
    city = rng.choice(CITIES)
    published = now - timedelta(days=rng.uniform(0, 120))
    return {
        "id": f"{board:05d}{n:05d}",
        "title": title,
        "dept": dept,
        "city": city,
        "published": published,
        "html": PARAGRAPH.format(title=html.escape(title), dept=dept, city=city),
    }


def _payload(shape: str, token: str, jobs: list[dict[str, Any]]) -> bytes:
    if shape == "greenhouse":
        data: Any = {
            "jobs": [
                {
                    "id": int(j["id"]),
                    "title": j["title"],
                    "absolute_url": f"https://job-boards.greenhouse.io/{token}/jobs/{j['id']}",
                    "location": {"name": j["city"]},
                    "updated_at": j["published"].isoformat(),
                    "first_published": j["published"].isoformat(),
                    "company_name": token,
                    "requisition_id": j["id"],
                    "departments": [{"id": 1, "name": j["dept"] + " ", "child_ids": [], "parent_id": None}],
                    "offices": [],
                    "content": html.escape(j["html"]),
                }
                for j in jobs
            ],
            "meta": {"total": len(jobs)},
        }
    elif shape == "lever":
        data = [
            {
                "id": f"{j['id']}-0000-4000-8000-000000000000",
                "text": j["title"],
                "categories": {"commitment": "Full-time", "location": j["city"], "team": j["dept"],
                               "allLocations": [j["city"]]},
                "createdAt": int(j["published"].timestamp() * 1000),
                "country": "GB",
                "workplaceType": "hybrid",
                "hostedUrl": f"https://jobs.lever.co/{token}/{j['id']}",
                "applyUrl": f"https://jobs.lever.co/{token}/{j['id']}/apply",
                "description": j["html"],
                "descriptionPlain": j["title"],
                "lists": [{"text": "What you will do", "content": "<li>Build</li><li>Sell</li>"}],
                "additional": "<p>Equal opportunity employer.</p>",
            }
            for j in jobs
        ]
    else:
        data = {
            "apiVersion": "1",
            "jobs": [
                {
                    "id": f"{j['id']}-ashby",
                    "title": j["title"],
                    "department": j["dept"],
                    "team": j["dept"],
                    "employmentType": "FullTime",
                    "location": j["city"],
                    "publishedAt": j["published"].isoformat(),
                    "isListed": True,
                    "isRemote": False,
                    "jobUrl": f"https://jobs.ashbyhq.com/{token}/{j['id']}",
                    "applyUrl": f"https://jobs.ashbyhq.com/{token}/{j['id']}/application",
                    "descriptionHtml": j["html"],
                    "descriptionPlain": j["title"],
                    "compensation": None,
                }
                for j in jobs
            ],
        }
    return json.dumps(data).encode()


def _path(root: Path, shape: str, token: str) -> Path:
    # The static server drops the query string, so ?content=true / ?mode=json map to these files.
    relative = {
        "greenhouse": f"v1/boards/{token}/jobs",
        "lever": f"v0/postings/{token}",
        "ashby": f"posting-api/job-board/{token}",
    }[shape]
    return root / relative


def _jobs(seed: int, board: int, now: datetime) -> list[dict[str, Any]]:
    # Regenerated from the seed when needed, so the benchmark itself holds no job in memory.
    rng = random.Random(seed * 1_000_003 + board)
    return [_job(rng, board, n, now) for n in range(rng.randint(20, 200))]


def generate(root: Path, n_boards: int, now: datetime, seed: int = 7) -> tuple[list[WatchedAccount], int]:
    accounts: list[WatchedAccount] = []
    total_jobs = 0
    for i in range(n_boards):
        shape = SHAPES[i % len(SHAPES)]
        token = f"company{i:05d}"
        jobs = _jobs(seed, i, now)
        total_jobs += len(jobs)
        path = _path(root, shape, token)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_payload(shape, token, jobs))
        accounts.append(
            WatchedAccount(id=i + 1, name=f"Company {i}", domain=f"company{i}.example", ats=shape, ats_board=token)
        )
    return accounts, total_jobs


def change_some(
    root: Path, n_boards: int, share: float, generated_at: datetime, now: datetime, seed: int = 7
) -> int:
    """Rewrite `share` of the boards: three postings close, five open (so a new ETag)."""
    rng = random.Random(seed + 1)
    changed = 0
    for i in range(n_boards):
        if rng.random() >= share:
            continue
        shape, token = SHAPES[i % len(SHAPES)], f"company{i:05d}"
        kept = _jobs(seed, i, generated_at)[3:]
        fresh = [_job(rng, i, 10_000 + n, now) for n in range(5)]
        for job in fresh:
            job["published"] = now - timedelta(hours=rng.uniform(0, 48))
        _path(root, shape, token).write_bytes(_payload(shape, token, kept + fresh))
        changed += 1
    return changed


def run_boards_benchmark(n_boards: int = 2000, *, changed_share: float = 0.1, workers: int = 16) -> dict[str, Any]:
    """Two collector cycles over `n_boards` loopback boards; returns the measurements."""
    now = datetime(2026, 8, 3, 9, tzinfo=UTC)
    with tempfile.TemporaryDirectory(prefix="outrider-boards-") as tmp:
        root = Path(tmp)
        accounts, total_jobs = generate(root, n_boards, now)
        server = StaticServer(root)
        try:
            base = f"http://127.0.0.1:{server.port}"
            config = JobBoardsConfig.model_validate(
                {
                    "name": "boards-bench",
                    "type": "job_boards",
                    "watch": ["sales development", "revenue operations", "sales", "marketing operations"],
                    "discover": False,
                    "workers": workers,
                    "base_urls": {shape: base for shape in SHAPES},
                }
            )
            collector = JobBoardsCollector()
            collector.check(config)
            snapshots = MemorySnapshots()
            state: dict[str, Any] = {}
            with Fetcher(attempts=2, timeout=30, max_connections=workers * 2, allow_private=True) as fetcher:
                ctx = ReadContext(http=fetcher, state=state, snapshots=snapshots, accounts=accounts, now=now)
                started = time.perf_counter()
                first_events = sum(1 for _ in collector.read(config, ctx))
                first_s = time.perf_counter() - started
                first_problems = len(ctx.problems)

                # Modification times must move for the server's ETag to change.
                time.sleep(0.01)
                changed = change_some(root, n_boards, changed_share, now, now + timedelta(hours=1))
                state = {**ctx.state, "polled_once": True}
                ctx2 = ReadContext(
                    http=fetcher, state=state, snapshots=snapshots, accounts=accounts, now=now + timedelta(hours=1)
                )
                started = time.perf_counter()
                second_events = sum(1 for _ in collector.read(config, ctx2))
                second_s = time.perf_counter() - started
        finally:
            server.close()
    return {
        "boards": n_boards,
        "jobs": total_jobs,
        "first_cycle_s": round(first_s, 2),
        "boards_per_s": round(n_boards / first_s, 1),
        "jobs_per_s": round(total_jobs / first_s, 0),
        "first_events": first_events,
        "first_problems": first_problems,
        "changed_boards": changed,
        "second_cycle_s": round(second_s, 2),
        "second_share": round(second_s / first_s, 3),
        "second_events": second_events,
        "second_problems": len(ctx2.problems),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boards", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args()
    result = run_boards_benchmark(args.boards, workers=args.workers)

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"job_boards: {result['boards']:,} boards, {result['jobs']:,} jobs on loopback")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    rows = [
        ("first cycle", f"{result['first_cycle_s']} s", "<= 60 s"),
        ("boards/s", f"{result['boards_per_s']:,}", ">= 33"),
        ("jobs/s", f"{result['jobs_per_s']:,.0f}", ""),
        ("events (first / second)", f"{result['first_events']:,} / {result['second_events']:,}", ""),
        ("problems (first / second)", f"{result['first_problems']} / {result['second_problems']}", "0 / 0"),
        ("changed boards in cycle 2", f"{result['changed_boards']:,}", ""),
        ("second cycle", f"{result['second_cycle_s']} s", ""),
        ("second / first", f"{result['second_share']:.1%}", "<= 25%"),
        ("peak RSS", f"{result['peak_rss_mb']} MB", ""),
    ]
    for row in rows:
        table.add_row(*row)
    Console().print(table)


if __name__ == "__main__":
    main()
