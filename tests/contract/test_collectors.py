"""Every registered collector: config validates, check() refuses a bad config with a clear
message, read() twice yields no new event, and state round-trips through JSON."""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import pytest
from pydantic import ValidationError

import tests.contract as contract_pkg
from signals.http import Fetcher
from signals.sources.base import ConfigProblem, MemorySnapshots, ReadContext, registered
from tests.conftest import LoopbackServer, Route
from tests.contract.harness import ContractCase


def all_cases() -> list[ContractCase]:
    cases: list[ContractCase] = []
    for module in pkgutil.iter_modules(contract_pkg.__path__):
        if module.name.startswith("cases_"):
            cases.extend(importlib.import_module(f"tests.contract.{module.name}").CASES)
    return cases


CASES = all_cases()


def test_every_registered_collector_has_a_contract_case() -> None:
    covered = {case.type for case in CASES}
    missing = set(registered()) - covered
    assert not missing, f"collectors without a contract case in tests/contract/cases_*.py: {sorted(missing)}"


def _fill(value, base: str, folder: str):  # type: ignore[no-untyped-def]
    if isinstance(value, str):
        return value.replace("{base}", base).replace("{dir}", folder)
    if isinstance(value, dict):
        return {k: _fill(v, base, folder) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, base, folder) for v in value]
    return value


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id or c.type)
def test_collector_contract(case: ContractCase, tmp_path: Path, http_server: LoopbackServer) -> None:
    collector_cls = registered()[case.type]
    for path, (body, ctype) in case.routes.items():
        http_server.add(path, Route(body, content_type=ctype, etag=f'"{hash(body) & 0xFFFFFF:x}"'))
    for name, data in case.files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    raw = _fill(case.config, http_server.base, str(tmp_path))
    config = collector_cls.Config.model_validate(raw)
    collector = collector_cls()
    collector.check(config)

    fetcher = Fetcher(attempts=1, timeout=10, allow_private=True)
    snapshots = MemorySnapshots()
    kw = {"http": fetcher, "snapshots": snapshots, "accounts": case.accounts}
    if case.now:
        kw["now"] = case.now
    ctx = ReadContext(state={}, **kw)
    first = list(collector.read(config, ctx))
    assert len(first) >= case.min_events, ctx.problems
    for event in first:
        assert event.source == config.name and event.kind and event.title
        assert event.occurred_at.tzinfo is not None
        assert event.evidence() and event.dedup_key

    # State (and snapshots) survive a JSON round trip, as they do in the database.
    state = json.loads(json.dumps({**ctx.state, "polled_once": True}))
    snapshots.data = json.loads(json.dumps(snapshots.data))
    ctx2 = ReadContext(state=state, **kw)
    second = list(collector.read(config, ctx2))
    seen = {e.dedup_key for e in first}
    assert not [e for e in second if e.dedup_key not in seen], "a second read produced new events"
    fetcher.close()

    if case.bad_config is not None:
        bad = _fill(case.bad_config, http_server.base, str(tmp_path))
        with pytest.raises((ConfigProblem, ValidationError)) as info:
            collector.check(collector_cls.Config.model_validate(bad))
        assert case.bad_config_mentions in str(info.value)
