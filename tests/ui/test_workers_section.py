"""The Workers section of the Sources page: live workers, queue depths and failed jobs on
PostgreSQL; on SQLite it says the single process does everything."""

from __future__ import annotations

from sqlalchemy import text

from agent.workers.app import ensure_schema
from agent.workspace import Workspace
from tests.ui.test_review_app import app, ws  # noqa: F401 - the page fixtures


def test_sources_page_shows_the_job_queue(ws: Workspace) -> None:  # noqa: F811
    postgres = ws.db.engine.dialect.name == "postgresql"
    if postgres:
        ensure_schema(ws)
        with ws.db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, args, status) VALUES "
                "('collect', 'collect', '{\"source\": \"vc-news\"}', 'todo'), "
                "('draft', 'draft', '{\"signal_ids\": [7]}', 'todo'), "
                "('send', 'send', '{\"outbox_id\": 3}', 'failed')"
            ))
    at = app()
    at.switch_page("views/sources.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(h.value == "Workers" for h in at.subheader)
    if not postgres:
        assert any("workers run on PostgreSQL" in c.value for c in at.caption)
        return
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Workers alive": "0", "Jobs waiting": "2", "Running": "0", "Failed": "1"}
    assert any("No worker is running" in w.value for w in at.warning)
    queues = at.dataframe[-1].value
    assert dict(zip(queues["queue"], queues["waiting"])) == {"periodic": 0, "collect": 1, "route": 0, "draft": 1, "send": 0}
