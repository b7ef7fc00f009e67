"""Profile the CPU of draft jobs (issue 13 item 3): what one `draft` job does in the worker
besides waiting for the model. A loopback model that answers at once; N draft jobs run one after
another in this process through the job body (rate slot, process_signals, metrics), on PostgreSQL.

    .venv/bin/python benchmarks/profile_draft.py [--drafts 40] [--pyinstrument]

Prints ms of wall and CPU time per draft job (no model delay), and with --pyinstrument the profile
(`pip install pyinstrument` first: a profiling tool, not a dependency of Outrider).

    .venv/bin/python benchmarks/profile_draft.py --steps 3000 [--cprofile]

Nurture steps instead (issue 10): N step drafts of benchmarks/nurture.py's library and contacts,
drafted offline and checked by every guardrail in this process, no database: the CPU a tick spends
per step draft (`--cprofile` prints where it goes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.workers import _workspace  # noqa: E402
from agent.loopback_model import LoopbackModel  # noqa: E402
from agent.pipeline import collect_source, process_signals  # noqa: E402
from agent.workers import tasks  # noqa: E402
from agent.workers.app import bind  # noqa: E402
from agent.workspace import Workspace  # noqa: E402
from drafting.injection import obey  # noqa: E402
from tests.conftest import LoopbackServer  # noqa: E402
from tests.integration.workers_harness import pg_schema  # noqa: E402


class _Ctx:
    job = None


def _step_contexts(n: int) -> list:
    """N step contexts as the nurture benchmark's tick builds them: 10 contacts per account, the
    library's assets in turn, the five sequence purposes, steps 1-6."""
    from datetime import UTC, datetime

    from agent.nurture.content import parse_content
    from benchmarks.nurture import PERSONAS, SEQUENCES, TITLES, library
    from drafting.context import AccountFacts, ContactFacts, SenderFacts
    from drafting.nurture import step_context

    assets = parse_content(library(), file="content.toml", personas=PERSONAS).assets
    sender = SenderFacts(name="Sam Rivera", email="sam@outrider.example", company="Outrider")
    now = datetime(2030, 2, 1, 9, 0, tzinfo=UTC)
    out = []
    for i in range(n):
        a, c = divmod(i, 10)
        asset = assets[(i * 7) % len(assets)]
        purpose = SEQUENCES[i % len(SEQUENCES)]
        out.append(step_context(
            asset_id=asset.id, asset_title=asset.title, asset_url=asset.url, asset_stage=asset.stage,
            asset_facts=asset.facts, sequence=purpose, purpose=purpose, step=1 + i % 6,
            account=AccountFacts(name=f"Account {a}", domain=f"acct{a}.example", industry="Software",
                                 employees=200 + a % 900, country="US"),
            contact=ContactFacts(first_name=f"Pat{c}", last_name=f"Lee{a}", email=f"p{c}@acct{a}.example",
                                 title=TITLES[(a + c) % len(TITLES)]),
            sender=sender, now=now, persona=PERSONAS[(a + c) % len(PERSONAS)] if (a + c) % 5 < 3 else None,
        ))
    return out


def _profile_steps(n: int, *, cprofile: bool) -> None:
    from drafting.guardrails import GuardrailPolicy
    from drafting.nurture import step_policy
    from drafting.offline import OfflineDrafter
    from drafting.produce import produce_draft

    contexts = _step_contexts(n)
    provider, policy = OfflineDrafter(), step_policy(GuardrailPolicy())
    profiler = None
    if cprofile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start, cpu = time.perf_counter(), time.process_time()
    failed = sum(not produce_draft(ctx, provider, policy=policy).report.passed for ctx in contexts)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    print(f"{'step drafts':>11} {'failed':>6} {'wall ms/draft':>13} {'cpu ms/draft':>12} {'drafts/s (cpu)':>14}")
    print(f"{n:>11} {failed:>6} {wall / n * 1000:>13.2f} {cpu / n * 1000:>12.2f} {n / max(cpu, 1e-9):>14,.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=40)
    parser.add_argument("--pyinstrument", action="store_true")
    parser.add_argument("--steps", type=int, default=0, help="profile N offline nurture step drafts instead (no database)")
    parser.add_argument("--cprofile", action="store_true", help="with --steps: print a cProfile of the step drafts")
    args = parser.parse_args()
    if args.steps:
        _profile_steps(args.steps, cprofile=args.cprofile)
        return
    with LoopbackModel(obey) as model, tempfile.TemporaryDirectory() as tmp, pg_schema() as url:
        server = LoopbackServer()
        ws = _workspace(Path(tmp), url, server, entries=args.drafts + 5, feeds=1)
        cfg = ws.config_path
        body = cfg.read_text(encoding="utf-8").replace('provider = "offline"', 'provider = "llm"').replace(
            '# base_url = "https://api.openai.com/v1"', f'base_url = "{model.base_url}"').replace("max_retries = 2", "max_retries = 0")
        cfg.write_text(body, encoding="utf-8")
        ws = Workspace.open(ws.path, settings=ws.settings)
        bind(ws)
        collect_source(ws, "feed0")
        routed: list[int] = []
        process_signals(ws, defer_drafts=routed.extend)
        server.close()
        tasks.workspace = lambda: ws  # type: ignore[assignment]
        run = tasks.draft.func  # the job body, undecorated
        run(_Ctx(), signal_ids=[routed[0]])  # warm: provider, routing index
        ids = routed[1 : args.drafts + 1]
        profiler = None
        if args.pyinstrument:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
        start, cpu = time.perf_counter(), time.process_time()
        for sid in ids:
            run(_Ctx(), signal_ids=[sid])
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        if profiler is not None:
            profiler.stop()
            print(profiler.output_text(unicode=False, color=False, show_all=False))
        print(f"{'jobs':>5} {'wall ms/job':>12} {'cpu ms/job':>11}")
        print(f"{len(ids):>5} {wall / len(ids) * 1000:>12.1f} {cpu / len(ids) * 1000:>11.1f}")
        ws.close()


if __name__ == "__main__":
    main()
