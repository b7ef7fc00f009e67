"""Start-up stays light: the schema check needs no Alembic when the database is at head, and an
idle `outrider run --once` on SQLite imports none of the heavy optional libraries (issue 13, 6).

These tests count modules and compare revisions; they never time anything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from agent.store.db import (
    _alembic_config,
    current_revision,
    head_revision,
    make_engine,
    migration_heads,
    open_database,
)
from tests.conftest import make_workspace

ROOT = Path(__file__).resolve().parents[2]

#: Never needed by an idle cycle on SQLite: migrations (only when behind), the LLM stack (only
#: with provider = "llm" and something to draft), the UI, the PostgreSQL workers, the HTTP API,
#: and the libraries loaded on first use by fuzzy matching and the guardrails.
HEAVY = (
    "alembic", "mako", "langchain", "langchain_core", "langchain_openai", "openai", "streamlit",
    "pandas", "numpy", "procrastinate", "fastapi", "uvicorn", "prometheus_client",
    "rapidfuzz", "phonenumbers", "confusable_homoglyphs",
    # Drafting's checks and drafter: loaded when there is something to draft or check.
    "drafting.guardrails", "drafting.claims", "drafting.facts", "drafting.produce", "drafting.offline",
)

EMPTY_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Quiet news</title><link>https://news.example/</link>
<description>nothing new</description></channel></rss>
"""


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    # Fails when a migration is added in a way the light reader misreads (or two heads appear).
    script = ScriptDirectory.from_config(_alembic_config())
    assert migration_heads() == set(script.get_heads())
    assert head_revision() == script.get_current_head()


def test_the_current_revision_is_read_as_alembic_reads_it(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None  # an empty database: no schema yet
    finally:
        engine.dispose()
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            alembic_says = MigrationContext.configure(connection).get_current_revision()
        assert current_revision(db.engine) == alembic_says == head_revision()
    finally:
        db.dispose()


def _modules_after(args: list[str], env: dict[str, str]) -> set[str]:
    code = (
        "import json, sys\n"
        "from agent.cli import app\n"
        f"sys.argv = ['outrider', *{args!r}]\n"
        "try:\n"
        "    app()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "print('MODULES' + json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES"))
    return set(json.loads(line.removeprefix("MODULES")))


def test_an_idle_run_once_on_sqlite_imports_no_heavy_library(tmp_path: Path) -> None:
    feed = tmp_path / "quiet.xml"
    feed.write_text(EMPTY_FEED, encoding="utf-8")
    source = f'[[sources]]\nname = "quiet"\ntype = "funding_rss"\npath = "{feed}"\n'
    ws = make_workspace(tmp_path / "ws", f"sqlite:///{tmp_path / 'ws' / 'outrider.db'}", source)
    ws.db  # noqa: B018 - the schema is made here, so the run below finds it at head
    ws.close()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "OUTRIDER_WORKSPACE")}

    loaded = _modules_after(["-w", str(ws.path), "run", "--once"], env)

    assert "agent.pipeline" in loaded and "sqlmodel" in loaded  # the cycle really ran
    heavy = sorted(m for m in loaded if m in HEAVY or m.split(".")[0] in HEAVY)
    assert heavy == [], f"an idle `outrider run --once` imported {heavy}; import them where they are used"


def test_a_database_behind_the_migrations_is_still_upgraded(tmp_path: Path) -> None:
    # The light check must not hide a pending migration: a database one step back is upgraded.
    url = f"sqlite:///{tmp_path / 'old.db'}"
    open_database(url).dispose()
    script = ScriptDirectory.from_config(_alembic_config())
    previous = script.get_revision(head_revision()).down_revision
    engine = make_engine(url)
    with engine.begin() as connection:
        from alembic import command

        cfg = _alembic_config()
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, str(previous))
    assert current_revision(engine) == previous
    engine.dispose()
    db = open_database(url)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
