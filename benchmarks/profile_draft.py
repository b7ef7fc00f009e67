"""Profile the CPU of draft jobs (issue 13 item 3): what one `draft` job does in the worker
besides waiting for the model. A loopback model that answers at once; N draft jobs run one after
another in this process through the job body (rate slot, process_signals, metrics), on PostgreSQL.

    .venv/bin/python benchmarks/profile_draft.py [--drafts 40] [--pyinstrument]

Prints ms of wall and CPU time per draft job (no model delay), and with --pyinstrument the profile
(`pip install pyinstrument` first: a profiling tool, not a dependency of Outrider).
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=40)
    parser.add_argument("--pyinstrument", action="store_true")
    args = parser.parse_args()
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
