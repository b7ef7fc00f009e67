"""Collector benchmark (issue 3, item 7): job boards and homepages on loopback, and a Bombora file.

    python benchmarks/collectors.py                      # the full run (targets below)
    python benchmarks/collectors.py --boards 200 --sites 200 --rows 100000 --accounts 10000

(a) 2,000 job boards (Greenhouse, Lever and Ashby shapes, 20-200 jobs each) and 2,000 homepages
served on 127.0.0.1: a full cycle, then a second where most boards/pages answer 304.
(b) A 1,000,000-row Bombora Company Surge file against 100,000 accounts, and the time as a ratio
to merely reading the same file with the fastest reader available.

Each part runs in its own process so that its peak RSS is its own. Targets: 2,000 boards in
<= 60 s; the 304 cycle <= 25% of the first; the 1M-row file in <= 60 s and <= 1 GB RSS.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _run(name: str, kwargs: dict[str, Any], queue: Any) -> None:
    if name == "boards":
        from benchmarks.collectors_boards import run_boards_benchmark

        queue.put(run_boards_benchmark(**kwargs))
    elif name == "homepages":
        from benchmarks.collectors_homepages import run_homepages_benchmark

        queue.put(run_homepages_benchmark(**kwargs))
    else:
        from benchmarks.collectors_intent import run_bombora_benchmark

        queue.put(run_bombora_benchmark(**kwargs))


def run_isolated(name: str, **kwargs: Any) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_run, args=(name, kwargs, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--boards", type=int, default=2000)
    parser.add_argument("--sites", type=int, default=2000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=100_000)
    args = parser.parse_args()

    from rich.console import Console
    from rich.table import Table

    boards = run_isolated("boards", n_boards=args.boards)
    pages = run_isolated("homepages", n_sites=args.sites)
    bombora = run_isolated("bombora", rows=args.rows, accounts=args.accounts)

    def verdict(ok: bool) -> str:
        return "[green]ok[/]" if ok else "[red]missed[/]"

    table = Table(title="Outrider collector benchmark (2-core machine, loopback HTTP)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    scale = args.boards / 2000
    table.add_row(
        f"job boards: first cycle ({boards['boards']:,} boards, {boards['jobs']:,} jobs)",
        f"{boards['first_cycle_s']:.1f} s · {boards['boards_per_s']:.0f} boards/s",
        f"<= {60 * scale:.0f} s " + verdict(boards["first_cycle_s"] <= 60 * scale),
    )
    table.add_row(
        f"job boards: second cycle ({boards['changed_boards']} changed, rest 304)",
        f"{boards['second_cycle_s']:.1f} s · {boards['second_share']:.0%} of first",
        "<= 25% " + verdict(boards["second_share"] <= 0.25),
    )
    table.add_row("job boards: peak RSS", f"{boards['peak_rss_mb']:.0f} MB", "")
    table.add_row(
        f"homepages: first cycle ({pages['homepages']:,} sites, {pages['avg_page_kb']} KB avg)",
        f"{pages['first_cycle_s']:.1f} s · {pages['first_homepages_per_s']:.0f} homepages/s",
        "",
    )
    table.add_row(
        f"homepages: second cycle ({pages['changed_sites']} changed, rest 304)",
        f"{pages['second_cycle_s']:.1f} s · {pages['second_over_first']:.0%} of first",
        "<= 25% " + verdict(pages["second_over_first"] <= 0.25),
    )
    table.add_row(
        "homepages: tools detected / planted",
        f"{pages['tools_detected']:,} / {pages['tools_expected']:,}",
        "",
    )
    table.add_row("homepages: peak RSS", f"{pages['peak_rss_mb']:.0f} MB", "")
    first = boards["first_cycle_s"] + pages["first_cycle_s"]
    second = boards["second_cycle_s"] + pages["second_cycle_s"]
    table.add_row(
        "whole cycle (boards + homepages): first / second",
        f"{first:.1f} s / {second:.1f} s · {second / first:.0%} of first",
        "<= 25% " + verdict(second / first <= 0.25),
    )
    table.add_row(
        f"bombora: {bombora['rows']:,} rows x {bombora['accounts']:,} accounts",
        f"{bombora['collector_s']:.1f} s · {bombora['rows_per_s']:,} rows/s",
        "<= 60 s " + verdict(bool(bombora["meets_time_target"])),
    )
    table.add_row(
        f"bombora: ratio to plain read ({bombora['fastest_reader']})",
        f"{bombora['ratio_to_fastest']:.2f}x",
        "",
    )
    table.add_row(
        "bombora: peak RSS",
        f"{bombora['peak_rss_mb']:.0f} MB",
        "<= 1024 MB " + verdict(bool(bombora["meets_rss_target"])),
    )
    Console().print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
