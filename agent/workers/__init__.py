"""PostgreSQL workers on procrastinate: the pipeline's steps as jobs any number of processes run.

With DATABASE_URL on PostgreSQL, `outrider worker` runs jobs and `outrider run` only defers the
periodic tick; on SQLite the embedded single-process loop (agent/scheduler.py) stays.

- app.py: the procrastinate App, bound to a workspace; its schema applied next to ours.
- tasks.py: collect(source), route(signal_ids), draft(signal_id), send(outbox_id) and the periodic
  tick that defers them (plus sequence tick, inbox poll, owner alerts, lead refresh).
- ops.py: `workers status`, `jobs failed`, `jobs retry`, one cycle deferred (`run --once`).
- ratelimit.py: a per-provider drafting rate shared through the database.
- metrics.py / logs.py: Prometheus metrics and JSON log lines.
"""
