"""The `outrider` command: typer, with rich tables and progress bars."""

from __future__ import annotations

if __name__ == "__main__":  # pragma: no cover
    # `python -m agent.cli`: run the imported module (its cached bytecode, and the app the commands
    # of agent.cli_insight register on), not this second copy of it under the name __main__.
    from agent.cli import app as _app

    raise SystemExit(_app())

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from agent.config import ConfigError
from agent.workspace import Workspace

app = typer.Typer(
    help="Outrider: notice buying moments at watched accounts, draft grounded outreach, queue it for approval.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
accounts_app = typer.Typer(help="Watched accounts.", no_args_is_help=True)
contacts_app = typer.Typer(help="Contacts at watched accounts.", no_args_is_help=True)
queue_app = typer.Typer(help="The review queue of drafted messages.", no_args_is_help=True)
signals_app = typer.Typer(help="Signals collected from sources.", no_args_is_help=True)
sources_app = typer.Typer(help="Configured sources and their health.", no_args_is_help=True)
suppress_app = typer.Typer(help="Addresses and domains that are never sent to.", no_args_is_help=True)
app.add_typer(accounts_app, name="accounts")
app.add_typer(contacts_app, name="contacts")
app.add_typer(queue_app, name="queue")
app.add_typer(signals_app, name="signals")
app.add_typer(sources_app, name="sources")
app.add_typer(suppress_app, name="suppress")
outbox_app = typer.Typer(help="Messages approved for sending, and settling the ones whose fate is unknown.", no_args_is_help=True)
app.add_typer(outbox_app, name="outbox")
eval_app = typer.Typer(help="Measure drafting quality over a fixed set of cases.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
leads_app = typer.Typer(help="Leads: scores, stages, timelines and calibration.", no_args_is_help=True)
app.add_typer(leads_app, name="leads")
inbox_app = typer.Typer(help="Replies, out-of-office notices and bounces from the mailbox of the inbox section.", no_args_is_help=True)
app.add_typer(inbox_app, name="inbox")

console = Console()
err = Console(stderr=True, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., Any])


class _State:
    workspace: Path | None = None


state = _State()


@app.callback()
def main(
    workspace: Annotated[
        Path | None,
        typer.Option("--workspace", "-w", envvar="OUTRIDER_WORKSPACE", help="Workspace folder (default: current directory)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    from signals.redact import install_log_redaction

    state.workspace = workspace
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    # httpx logs every URL at INFO (-v); no user:password, token or Authorization may reach a log.
    install_log_redaction()


def friendly(func: F) -> F:
    """Turn expected failures into one line of advice and exit code 2 (no traceback)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from agent.services.accounts import AccountError
        from agent.services.leads import LeadError
        from agent.services.nurture import NurtureError
        from agent.services.queue import QueueError
        from signals.imports import ImportFileError

        try:
            return func(*args, **kwargs)
        except (ConfigError, QueueError, AccountError, ImportFileError, FileExistsError, LeadError, NurtureError) as exc:
            # Escaped: advice naming "[auth]" or "[inbox]" must not be eaten as rich markup.
            err.print(f"[bold red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def open_ws() -> Workspace:
    return Workspace.open(state.workspace)


@contextmanager
def bar(label: str) -> Iterator[Callable[[int, int | None], None]]:
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def parse_now(value: str | None) -> Any:
    """`--now 2025-01-13T09:30` (no offset: UTC) -> an aware datetime, or None for the real clock."""
    if value is None:
        return None
    from datetime import UTC, datetime

    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date-time like 2025-01-13T09:30:00+01:00") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


NOW_HELP = "Play the calendar: act as if it were this ISO date-time (no offset: UTC)."


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, default=str) + "\n")


# --------------------------------------------------------------------------- init


@app.command()
@friendly
def init(
    directory: Annotated[Path, typer.Argument(help="Folder to create the workspace in.")] = Path("."),
    force: Annotated[bool, typer.Option(help="Overwrite an existing outrider.toml.")] = False,
) -> None:
    """Write a commented outrider.toml and create the database."""
    from agent.init import write_config

    path = write_config(directory, overwrite=force)
    ws = Workspace.open(directory)
    from agent.workers.app import ensure_schema

    ensure_schema(ws)  # PostgreSQL: the workers' job tables, next to ours
    ws.db.dispose()  # opening it created and migrated the database
    console.print(f"[green]Workspace ready:[/] {path}")
    console.print("Next: edit outrider.toml, then `outrider accounts import accounts.csv`.")


@app.command()
@friendly
def migrate() -> None:
    """Upgrade the database schema to this version of Outrider (once, under a lock)."""
    from agent.config import database_url_for, resolve_workspace
    from agent.store.db import Database, upgrade

    ws = open_ws()
    db = Database(database_url_for(resolve_workspace(state.workspace), ws.settings))
    try:
        with err.status("upgrading the schema..."):
            before, after = upgrade(db.engine)
        from agent.workers.app import ensure_schema

        jobs = ensure_schema(ws)  # PostgreSQL: the workers' job tables, upgraded with procrastinate
    finally:
        db.dispose()
    if before == after:
        console.print(f"The schema is up to date (revision {after}).")
    else:
        console.print(f"[green]Upgraded the schema[/] from {before or 'empty'} to {after}.")
    if jobs:
        console.print(f"[green]Job schema (procrastinate):[/] applied {', '.join(jobs)}.")


# --------------------------------------------------------------------------- accounts / contacts


def _print_import(summary: Any, what: str) -> None:
    console.print(
        f"[green]{what}:[/] {summary.created} created, {summary.updated} updated, "
        f"{summary.unchanged} unchanged ({summary.dialect} format)"
        + (f"; {summary.rematched} signal(s) get another pass on the next cycle" if summary.rematched else "")
    )
    for problem in summary.problems:
        err.print(f"[yellow]skipped[/] {problem.where}: {problem.reason}")


@accounts_app.command("import")
@friendly
def accounts_import(
    file: Annotated[Path, typer.Argument(help="CSV: ours, HubSpot or Salesforce export.")],
    by: Annotated[str | None, typer.Option("--by", help="Your e-mail address, for the audit log.")] = None,
) -> None:
    """Import or update watched accounts (key: domain)."""
    from agent.services.accounts import import_accounts, read_import_file

    ws = open_ws()
    actor = _cli_actor(by, ws) if by else None
    summary = import_accounts(ws.db, read_import_file(file), filename=str(file), actor=actor)  # re-matches signals too
    _print_import(summary, "accounts")


@accounts_app.command("list")
@friendly
def accounts_list(
    search: Annotated[str | None, typer.Option(help="Filter by name or domain.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    archived: Annotated[bool, typer.Option("--archived", help="List archived accounts instead.")] = False,
) -> None:
    """List watched accounts."""
    from agent.services.accounts import list_accounts

    rows = list_accounts(open_ws().db, search=search, archived=archived)
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "name", "domain", "industry", "employees", "country", "contacts", "signals")
    for r in rows:
        name = r["name"] + (" [dim](suggested)[/]" if r["suggested"] else "")
        table.add_row(
            str(r["id"]), name, r["domain"] or "", r["industry"] or "", str(r["employees"] or ""),
            r["country"] or "", str(r["contacts"]), str(r["signals"]),
        )
    console.print(table)


@contacts_app.command("import")
@friendly
def contacts_import(
    file: Annotated[Path, typer.Argument(help="CSV: ours, HubSpot or Salesforce export.")],
    by: Annotated[str | None, typer.Option("--by", help="Your e-mail address, for the audit log.")] = None,
) -> None:
    """Import or update contacts (key: email)."""
    from agent.services.accounts import import_contacts, read_import_file

    ws = open_ws()
    actor = _cli_actor(by, ws) if by else None
    summary = import_contacts(ws, read_import_file(file), filename=str(file), actor=actor)
    _print_import(summary, "contacts")
    for change in summary.changes:
        console.print(
            f"[cyan]changed[/] {change['email']}: {change['before']['title']} at {change['before']['company']}"
            f" -> {change['after']['title']} at {change['after']['company']}"
        )


@contacts_app.command("list")
@friendly
def contacts_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List contacts."""
    from agent.services.accounts import list_contacts

    rows = list_contacts(open_ws().db)
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "name", "email", "title", "account", "stage", "champion")
    for r in rows:
        table.add_row(
            str(r["id"]), f"{r['first_name']} {r['last_name']}", r["email"], r["title"] or "",
            r["account"] or "", r["lifecycle_stage"] or "", "yes" if r["champion"] else "",
        )
    console.print(table)


# --------------------------------------------------------------------------- collect / run


def _report_collect(name: str, result: Any) -> None:
    # The one place a failed source is reported on the command line (the pipeline only logs at
    # debug level), so each failure prints exactly once.
    if result.failed:
        err.print(f"[red]✗ {name}[/]: {result.failure}")
    elif result.skipped:
        console.print(f"[yellow]• {name}[/]: {result.skipped}")
    else:
        console.print(f"[green]✓ {name}[/]: {result.events} events, {result.new_signals} new")
    for problem in result.problems[:20]:
        err.print(f"  [yellow]skipped[/] {problem}")


def _exit_if_sources_failed(results: list[Any]) -> None:
    """Exit 1 when any source failed, so cron and CI notice (config errors exit 2)."""
    failed = [r.source for r in results if r.failed]
    if failed:
        err.print(f"[red]{len(failed)} of {len(results)} sources failed[/]: {', '.join(failed)}")
        raise typer.Exit(1)


@app.command()
@friendly
def collect(source: Annotated[str | None, typer.Option(help="Only this source.")] = None) -> None:
    """Read sources and store new signals (no drafting). Exits 1 when a source failed."""
    from agent.pipeline import collect_source

    ws = open_ws()
    names = [source] if source else [s.name for s in ws.config.sources if s.enabled]
    if source:
        ws.config.source(source)
    if not names:
        err.print("No sources configured: add a [[sources]] table to outrider.toml.")
    results = []
    for name in names:
        with bar(f"collecting {name}") as progress:
            result = collect_source(ws, name, progress=progress)
        _report_collect(name, result)
        results.append(result)
    _exit_if_sources_failed(results)


def _cycle(ws: Workspace, *, deliver: bool = True) -> Any:
    from agent.scheduler import run_cycle

    with bar("running one cycle") as progress:
        report = run_cycle(ws, deliver=deliver, on_source=_report_collect, progress=progress)
    if report.sent is not None:
        _print_send(report.sent)  # sent first, before collecting: approved mail never waits
    r = report.routed
    console.print(
        f"[bold]{report.new_signals} new signals[/]: {r.drafted} drafted, {r.recorded} recorded, "
        f"{r.unmatched} unmatched"
    )
    for reason in r.fallbacks:
        err.print(f"[yellow]fallback[/] {reason}")
    alerts = report.alerts
    if alerts is not None and (alerts.delivered or alerts.failed or alerts.retried):
        console.print(
            f"owner alerts: {alerts.delivered} delivered, {alerts.retried} to retry, {alerts.failed} failed"
            + (" (`outrider alerts list` says why)" if alerts.failed else "")
        )
    return report


LogFormat = Annotated[
    str, typer.Option("--log-format", help="text, or json: one JSON object a line (job id, source, signal id, duration).")
]


@app.command()
@friendly
def run(
    once: Annotated[bool, typer.Option("--once", help="One cycle, then exit.")] = False,
    inline: Annotated[bool, typer.Option("--inline", help="On PostgreSQL too, run the steps in this process instead of deferring them to workers.")] = False,
    log_format: LogFormat = "text",
) -> None:
    """Run the embedded scheduler: each source on its `every`, drafting, and sending on its own thread.

    `--once`: send what is approved, collect every source, draft; exits 1 when a source failed.
    On PostgreSQL (DATABASE_URL) it only defers jobs for `outrider worker` processes: `--once`
    defers one cycle's jobs and returns (`--inline`: run them here, as on SQLite).
    """
    from agent.scheduler import run_forever
    from agent.workers.logs import announce, configure

    configure(log_format, verbose=not once)
    ws = open_ws()
    if ws.db.engine.dialect.name == "postgresql" and not inline:
        from agent.workers.ops import defer_once, run_deferrer

        if once:
            counts = defer_once(ws)
            console.print(
                f"deferred for the workers: {counts['collect']} collect, {counts['route']} route, "
                f"{counts['send']} send, {counts['chores']} chore job(s); {counts['stalled']} stalled job(s) queued again"
            )
            return
        announce(log_format, f"Deferring jobs for {len(ws.config.sources)} source(s) to `outrider worker` processes. Ctrl-C to stop.", console.print)
        try:
            run_deferrer(ws)
        except KeyboardInterrupt:
            announce(log_format, "stopped", console.print)
        return
    if once:
        report = _cycle(ws)
        _exit_if_sources_failed(report.collected)
        return
    announce(log_format, f"Outrider is watching {len(ws.config.sources)} source(s). Ctrl-C to stop.", console.print)
    try:
        run_forever(ws)
    except KeyboardInterrupt:
        announce(log_format, "stopped", console.print)


@app.command()
@friendly
def worker(
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1, help="Jobs run at once (drafting waits on the network: 8 is fine).")] = 1,
    queue: Annotated[list[str] | None, typer.Option("--queue", "-q", help="Only these queues (repeat): periodic, collect, route, draft, send. Default: all.")] = None,
    metrics_port: Annotated[int | None, typer.Option("--metrics-port", help="Serve Prometheus metrics on this port at /metrics.")] = None,
    name: Annotated[str | None, typer.Option(help="Name in the logs.")] = None,
    log_format: LogFormat = "text",
) -> None:
    """Run jobs on PostgreSQL (procrastinate) until SIGTERM/Ctrl-C; start as many as you like."""
    from agent.workers.logs import announce, configure
    from agent.workers.ops import run_worker

    configure(log_format)
    ws = open_ws()
    from agent.workers.app import require_postgres

    require_postgres(ws, "`outrider worker`")
    if metrics_port is not None:
        from agent.workers.metrics import serve_metrics, watch_queues

        watch_queues(ws)
        serve_metrics(metrics_port)
        announce(log_format, f"metrics on http://0.0.0.0:{metrics_port}/metrics", err.print)
    announce(log_format, f"worker {name or ''} running {', '.join(queue) if queue else 'every queue'} with concurrency {concurrency}", err.print)
    run_worker(ws, concurrency=concurrency, queues=queue, name=name)


workers_app = typer.Typer(help="PostgreSQL workers: queue depths, live workers, failed jobs.", no_args_is_help=True)
app.add_typer(workers_app, name="workers")
jobs_app = typer.Typer(help="Worker jobs that failed, and retrying them.", no_args_is_help=True)
app.add_typer(jobs_app, name="jobs")


@workers_app.command("status")
@friendly
def workers_status(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Workers alive, jobs waiting per queue, the oldest waiting job, running and failed jobs."""
    from agent.services.workers import status

    current = status(open_ws())
    if as_json:
        _print_json(current)
        return
    table = Table("queue", "waiting", "running")
    for name, waiting in current["queues"].items():
        table.add_row(name, str(waiting), str(current["running_by_queue"].get(name, 0)))
    console.print(table)
    console.print(f"workers alive: {current['workers']}; failed jobs: {current['failed']}"
                  + (" (`outrider jobs failed`)" if current["failed"] else ""))
    oldest = current["oldest_waiting"]
    if oldest:
        console.print(f"oldest waiting: job {oldest['id']} ({oldest['task']}, queue {oldest['queue']}) for {oldest['waiting_s']} s")


@jobs_app.command("failed")
@friendly
def jobs_failed(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Jobs that failed after their retries (newest first)."""
    from agent.services.workers import failed_jobs

    rows = failed_jobs(open_ws())
    if as_json:
        _print_json(rows)
        return
    if not rows:
        console.print("No failed jobs.")
        return
    table = Table("id", "task", "queue", "args", "attempts", "failed at")
    for r in rows:
        table.add_row(str(r["id"]), r["task"], r["queue"], escape(json.dumps(r["args"])), str(r["attempts"]), r["failed_at"] or "")
    console.print(table)
    console.print("Retry one with `outrider jobs retry ID`; the worker logs (with the job id) say why it failed.")


@jobs_app.command("retry")
@friendly
def jobs_retry(job_id: Annotated[int, typer.Argument(help="The job id from `outrider jobs failed`.")]) -> None:
    """Put a failed job back in its queue."""
    from agent.services.workers import retry

    done = retry(open_ws(), job_id)
    console.print(f"job {done['id']} ({done['task']}) is queued again")


# --------------------------------------------------------------------------- queue


def _queue_table(views: list[Any]) -> Table:
    table = Table("id", "status", "prio", "account", "to", "signal", "subject", "provider")
    for v in views:
        d = v.draft
        table.add_row(
            str(d.id), d.status, f"{d.priority:.0f}", v.account.name,
            v.contact.email if v.contact else "-",
            v.signal.kind if v.signal else f"{d.sequence} step {d.step}", d.subject, d.provider,
        )
    return table


@queue_app.command("list")
@friendly
def queue_list(
    status: Annotated[str | None, typer.Option(help="pending (default), snoozed, approved, rejected, sent, all ...")] = "pending",
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
    limit: Annotated[int, typer.Option(help="How many drafts to show (a page).", min=1)] = 200,
    offset: Annotated[int, typer.Option(help="Skip this many first (the next page: --offset 200).", min=0)] = 0,
    family: Annotated[str | None, typer.Option(help="funding, hiring, job_change, intent, technology.")] = None,
    owner: Annotated[str | None, typer.Option(help="The owner's e-mail (the contact's, else the account's).")] = None,
    stage: Annotated[str | None, typer.Option(help="The contact's lead stage.")] = None,
    sequence: Annotated[str | None, typer.Option(help="Steps of this sequence only.")] = None,
    older_than: Annotated[float | None, typer.Option("--older-than", help="Drafts written at least this many days ago.")] = None,
) -> None:
    """Drafts waiting for a decision, highest priority first, a page at a time; says how many there are."""
    from agent.services.queue import QueueFilter, list_page

    filters = QueueFilter(
        status=None if status in (None, "all") else status, family=family, owner=owner, stage=stage,
        sequence=sequence, min_age_days=older_than,
    )
    page = list_page(open_ws().db, filters, limit=limit, offset=offset)
    noun = "drafts" if status in (None, "all") else f"{status} drafts"
    if as_json:
        _print_json([v.as_json() for v in page.items])
        err.print(page.describe(noun))  # stderr: stdout stays one JSON array
        return
    if page.items:
        console.print(_queue_table(page.items))
    console.print(page.describe(noun))
    if page.last < page.total:
        console.print(f"Next page: queue list --offset {page.last}" + (f" --limit {limit}" if limit != 200 else ""))


@queue_app.command("bulk")
@friendly
def queue_bulk(
    action: Annotated[str, typer.Argument(help="approve, reject or snooze.")],
    draft_ids: Annotated[list[int], typer.Argument(help="The drafts' ids.")],
    by: Annotated[str, typer.Option("--by", help="Your e-mail address; recorded as \"<address> (cli)\".")],
    reason: Annotated[str | None, typer.Option("--reason", help="Why (reject): one reason for all of them.")] = None,
    days: Annotated[float, typer.Option(help="Days to snooze.")] = 3,
) -> None:
    """Approve, reject or snooze several drafts; each is its own compare-and-set, and a draft that
    fails (changed meanwhile, failing checks) is reported and left as it was."""
    from agent.services.queue import decide_many, get_draft, summarize

    ws = open_ws()
    versions = [(i, get_draft(ws.db, i).draft.version) for i in draft_ids]
    results = decide_many(ws, action=action, drafts=versions, reviewer=_cli_actor(by, ws), reason=reason, days=days)
    console.print(escape(summarize(action, results)))
    if not all(r["ok"] for r in results):
        raise typer.Exit(1)


@queue_app.command("show")
@friendly
def queue_show(draft_id: int) -> None:
    """One draft in full, with its evidence and reasons."""
    from agent.services.queue import get_draft

    v = get_draft(open_ws().db, draft_id).as_json()
    console.rule(f"draft {v['id']} · {v['status']} · priority {v['priority']}")
    console.print(f"[bold]To:[/] {v['contact']['name'] + ' <' + v['contact']['email'] + '>' if v['contact'] else '-'}")
    console.print(f"[bold]Subject:[/] {v['subject']}\n")
    console.print(v["body"])
    signal = v["signal"] or {"evidence": [], "reasons": []}
    console.rule("evidence")
    for e in signal["evidence"]:
        console.print(f"[dim]{e['id']}[/] {e['label']}: {e['text'][:200]}")
    console.rule("why")
    for reason in signal["reasons"]:
        console.print(f"· {reason}")


@queue_app.command("approve")
@friendly
def queue_approve(
    draft_id: int,
    by: Annotated[str, typer.Option("--by", help="Your e-mail address; recorded as \"<address> (cli)\".")],
    subject: Annotated[str | None, typer.Option(help="Replace the subject.")] = None,
    body: Annotated[str | None, typer.Option(help="Replace the body.")] = None,
    override_reason: Annotated[
        str | None,
        typer.Option("--override-reason", help="Approve even though the text fails guardrail checks; recorded."),
    ] = None,
) -> None:
    """Approve a draft (optionally edited); it is sent by the next `outrider send`.

    The text being approved is checked again; a failing check refuses the approval unless you
    give --override-reason.
    """
    from agent.services.queue import approve

    ws = open_ws()
    view = approve(
        ws, draft_id=draft_id, reviewer=_cli_actor(by, ws), subject=subject, body=body, override_reason=override_reason
    )
    console.print(f"[green]approved[/] draft {draft_id} to {view.contact.email if view.contact else '-'}")


@queue_app.command("reject")
@friendly
def queue_reject(
    draft_id: int,
    by: Annotated[str, typer.Option("--by", help="Your e-mail address; recorded as \"<address> (cli)\".")],
    reason: Annotated[str, typer.Option("--reason", help="Why; it teaches the drafter.")],
) -> None:
    """Reject a draft with a reason."""
    from agent.services.queue import reject

    ws = open_ws()
    reject(ws.db, draft_id=draft_id, reviewer=_cli_actor(by, ws), reason=reason)
    console.print(f"[yellow]rejected[/] draft {draft_id}")


@queue_app.command("snooze")
@friendly
def queue_snooze(
    draft_id: int,
    by: Annotated[str, typer.Option("--by", help="Your e-mail address; recorded as \"<address> (cli)\".")],
    days: Annotated[float, typer.Option(help="Days to snooze.")] = 3,
) -> None:
    """Hide a draft for a while; it comes back as pending."""
    from agent.services.queue import snooze

    ws = open_ws()
    view = snooze(ws.db, draft_id=draft_id, reviewer=_cli_actor(by, ws), days=days)
    console.print(f"snoozed draft {draft_id} until {view.draft.snoozed_until:%Y-%m-%d %H:%M} UTC")


@queue_app.command("regenerate")
@friendly
def queue_regenerate(
    draft_id: int,
    by: Annotated[str, typer.Option("--by", help="Your e-mail address; recorded as \"<address> (cli)\".")],
    instruction: Annotated[str, typer.Option("--instruction", "-i", help='e.g. "shorter, mention their SDR hiring"')],
) -> None:
    """Ask the drafter again with an instruction; the guardrails check the new draft."""
    from agent.services.queue import regenerate

    ws = open_ws()
    actor = _cli_actor(by, ws)
    with err.status("drafting..."):
        view = regenerate(ws, draft_id=draft_id, reviewer=actor, instruction=instruction)
    d = view.draft
    how = f"fallback: {d.fallback_reason}" if d.fallback_reason else f"{d.provider} · {d.prompt_version}"
    console.rule(f"draft {draft_id} ({how})")
    console.print(f"[bold]Subject:[/] {d.subject}\n")
    console.print(d.body)


@queue_app.command("feedback")
@friendly
def queue_feedback(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """How reps treated drafts, per drafter and prompt version (approve-without-edit rate, as `outrider report`)."""
    from agent.services.report import feedback

    rows = feedback(open_ws().db)
    if as_json:
        _print_json(rows)
        return
    table = Table("drafter", "prompt", "drafts", "approved", "unedited", "edited", "regenerated",
                  "rejected", "approve w/o edit")
    for r in rows:
        rate = r["approve_without_edit_rate"]
        table.add_row(
            r["drafter"], r["prompt_version"], str(r["drafts"]), str(r["approved"]),
            str(r["approved_unedited"]), str(r["edited"]), str(r["regenerated"]), str(r["rejected"]),
            f"{rate:.0%}" if rate is not None else "-",
        )
    console.print(table)


# --------------------------------------------------------------------------- eval


def _eval_provider(name: str, ws: Workspace | None, policy: Any) -> Any:
    """The provider to evaluate, configured like the pipeline's (workspace config, OPENAI_API_KEY)."""
    from agent.config import DraftingConfig, Settings
    from drafting.offline import OfflineDrafter

    if name == "offline":
        return OfflineDrafter(max_subject_chars=policy.max_subject_chars, max_body_words=policy.max_body_words)
    if name == "llm":
        from drafting.llm import LLMDrafter

        cfg = ws.config.drafting if ws is not None else DraftingConfig()
        key = (ws.settings if ws is not None else Settings()).openai_api_key
        return LLMDrafter(
            model=cfg.model,
            base_url=cfg.base_url,
            api_key=key.get_secret_value() if key else None,
            temperature=cfg.temperature,
            timeout_s=cfg.timeout_s,
            max_retries=cfg.max_retries,
            policy=policy,
            structured_output=cfg.structured_output,
            tone=cfg.tone,
        )
    raise typer.BadParameter(f"unknown provider {name!r}; use offline or llm", param_hint="--provider")


@eval_app.command("drafts")
@friendly
def eval_drafts(
    provider: Annotated[
        list[str] | None, typer.Option("--provider", "-p", help="offline (default) or llm; repeat to compare.")
    ] = None,
    cases: Annotated[Path | None, typer.Option("--cases", help="A JSON Lines file of cases (default: the bundled set).")] = None,
    min_grounding: Annotated[
        float, typer.Option(help="Exit 1 if a provider's grounding rate is below this (CI: 1.0 for offline).")
    ] = 0.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the reports as JSON.")] = False,
) -> None:
    """Draft every case with each provider, check every draft, and print a table per provider."""
    from drafting.eval import EvalCaseError, load_cases, run_eval
    from drafting.guardrails import GuardrailPolicy

    try:
        ws: Workspace | None = Workspace.open(state.workspace)
    except ConfigError:
        ws = None  # no workspace: default guardrails, drafting config and environment
    policy = ws.config.guardrails if ws is not None else GuardrailPolicy()
    try:
        loaded = load_cases(cases)
    except EvalCaseError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    reports = []
    for name in provider or ["offline"]:
        drafter = _eval_provider(name, ws, policy)
        with bar(f"drafting {len(loaded)} cases with {name}") as update:
            reports.append(run_eval(drafter, loaded, policy, progress=update))
    if as_json:
        _print_json([r.as_dict() for r in reports])
    else:
        for report in reports:
            table = Table("metric", "value", title=f"eval drafts: {report.provider}")
            for metric, value in report.table_rows():
                table.add_row(metric, value)
            console.print(table)
            failures = report.failure_rows()
            if failures:
                worst = Table("case", "kind", "what went wrong", title=f"{report.provider}: drafts that failed")
                for row in failures[:20]:
                    worst.add_row(*row)
                console.print(worst)
    low = [r for r in reports if r.grounding_rate < min_grounding]
    for r in low:
        err.print(
            f"[bold red]grounding below {min_grounding:.0%}:[/] {r.provider} at {r.grounding_rate:.1%} "
            f"({r.unsupported_claims} unsupported of {r.claims} claims)"
        )
    if low:
        raise typer.Exit(1)


@eval_app.command("extract")
@friendly
def eval_extract(
    sets: Annotated[
        Path | None, typer.Option("--dir", help="Directory of real-world sets (default: tests/fixtures/realworld).")
    ] = None,
    part: Annotated[str | None, typer.Option("--part", help="Score only this part of the sets (dev or test).")] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", help="Score your own labelled items (JSON Lines, the sets' row format) instead; needs --set."),
    ] = None,
    set_name: Annotated[str | None, typer.Option("--set", help="Which extractor --file is for: funding, appointments or titles.")] = None,
    show_fails: Annotated[bool, typer.Option("--fails", help="List every item the extractor gets wrong (with --part or --file).")] = False,
    dupcheck: Annotated[
        Path | None,
        typer.Option("--dupcheck", help="Say which items of this JSON Lines file the sets already hold (the part only, never the row)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="Leave the learned models out (as OUTRIDER_EXTRACT_LEARNED=0 does), to compare.")
    ] = False,
) -> None:
    """Precision, recall and F1 of the funding, appointment and title extractors on labelled real text.

    Tuning on a set's `dev` part: `--part dev --fails`. New items, before writing rules for them:
    `--dupcheck new.jsonl`, then `--file new.jsonl --set funding --fails`. The `test` part is held out:
    reading its failures turns it into a second dev part.
    """
    from signals.extract.learned import SWITCH
    from signals.extract.measure import SETS, SetError, failures, format_table, load_set, near_duplicates, score_rows

    previous = os.environ.get(SWITCH)
    if rules_only:
        os.environ[SWITCH] = "0"
    try:
        directory = sets or Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "realworld"
        try:
            if dupcheck is not None:
                texts = [row["text"] for row in load_set(dupcheck)]
                hits = near_duplicates(texts, directory)
                for text, where, score in hits:
                    typer.echo(f"already in the {where} part (similarity {score:.0f}): {text[:100]!r}")
                typer.echo(f"{len(hits)} of {len(texts)} items are (nearly) in the sets already")
                return
            if file is not None:
                if set_name not in SETS:
                    err.print(f"[bold red]error:[/] --file needs --set, one of {', '.join(SETS)}")
                    raise typer.Exit(2)
                batches = {set_name: [dict(row, part="file") for row in load_set(file)]}
            else:
                batches = {name: load_set(directory / filename) for name, filename in SETS.items() if (directory / filename).exists()}
                if not batches:
                    raise SetError(f"no evaluation sets ({', '.join(SETS.values())}) in {directory}")
                if part is not None:
                    batches = {name: [r for r in rows if r.get("part") == part] for name, rows in batches.items()}
                    if not any(batches.values()):
                        raise SetError(f"no items in a part called {part!r} (the sets have dev and test)")
            if show_fails and file is None and part is None:
                err.print("[bold red]error:[/] --fails lists wrong answers of one part or file: add --part dev or --file")
                raise typer.Exit(2)
            scores = [s for name, rows in batches.items() if rows for s in score_rows(name, rows) if not (part or file) or s.part != "all"]
        except SetError as exc:
            err.print(f"[bold red]error:[/] {exc} (give the sets' folder with --dir)")
            raise typer.Exit(2) from None
        if as_json:
            payload: dict | list = [s.as_dict() for s in scores]
            if show_fails:
                payload = {"scores": payload, "fails": {name: failures(name, rows) for name, rows in batches.items()}}
            _print_json(payload)
            return
        typer.echo(format_table(scores))
        if show_fails:
            for name, rows in batches.items():
                for wrong in failures(name, rows):
                    typer.echo(f"\n{name}: {wrong['text'][:300]!r}\n  expected {wrong['expected']}\n  found    {wrong['found']}")

    finally:  # the switch is this command's, not the rest of the process's
        if rules_only:
            if previous is None:
                os.environ.pop(SWITCH, None)
            else:
                os.environ[SWITCH] = previous


@eval_app.command("ungrounded")
@friendly
def eval_ungrounded(
    cases: Annotated[Path | None, typer.Option("--cases", help="A JSON Lines file (default: the bundled set).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Hold the hand-written ungrounded drafts to the guardrails: exit 1 if any of them passes.

    Also checks the positive set: every bundled eval case's offline draft must pass.
    """
    from drafting.ungrounded import UngroundedCaseError, load_ungrounded, run_ungrounded

    try:
        loaded = load_ungrounded(cases)
    except UngroundedCaseError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    report = run_ungrounded(loaded)
    if as_json:
        _print_json(report.as_dict())
    else:
        table = Table("metric", "value", title="eval ungrounded")
        table.add_row("ungrounded drafts", str(len(report.results)))
        table.add_row("refused by grounding, naming the claim", f"{len(report.results) - len(report.escaped)}")
        table.add_row("escaped", str(len(report.escaped)))
        table.add_row("offline drafts of the bundled cases passing", f"{report.positive_cases - len(report.positive_failures)}/{report.positive_cases}")
        console.print(table)
        if report.escaped:
            worst = Table("id", "draft says", "grounding said", title="ungrounded drafts that were not caught")
            for r in report.escaped:
                worst.add_row(r.case.id, r.case.text, r.reason)
            console.print(worst)
        for case_id, failures in report.positive_failures:
            err.print(f"[bold red]offline draft fails:[/] {case_id}: {'; '.join(failures)}")
    if not report.ok:
        raise typer.Exit(1)


@eval_app.command("injection")
@friendly
def eval_injection(
    cases: Annotated[Path | None, typer.Option("--cases", help="A JSON Lines file of payloads (default: the bundled corpus).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the reports as JSON.")] = False,
) -> None:
    """Run the injection corpus through the real LLM drafting stack against a loopback model that
    obeys every planted instruction (word for word, then paraphrased): exit 1 if any payload
    reaches the queue."""
    import functools
    import os

    from agent.loopback_model import LoopbackModel
    from drafting.guardrails import GuardrailPolicy
    from drafting.injection import InjectionCaseError, load_payloads, obey, run_injection
    from drafting.llm import LLMDrafter

    try:
        payloads = load_payloads(cases)
    except InjectionCaseError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    # The model is on this machine: a proxy configured in the environment must not be asked for it.
    os.environ["NO_PROXY"] = ",".join(filter(None, [os.environ.get("NO_PROXY"), "127.0.0.1", "localhost"]))
    policy = GuardrailPolicy()
    reports = {}
    for mode, paraphrased in (("verbatim", False), ("paraphrased", True)):
        with LoopbackModel(functools.partial(obey, paraphrased=paraphrased)) as model:
            drafter = LLMDrafter(
                model="obedient-loopback", base_url=model.base_url, api_key=None, max_retries=0, timeout_s=30, policy=policy
            )
            with bar(f"drafting {len(payloads)} payloads ({mode})") as update:
                reports[mode] = run_injection(drafter, payloads, policy, progress=update)
    if as_json:
        _print_json({mode: report.as_dict() for mode, report in reports.items()})
    else:
        table = Table("model", "payloads", "reached the queue", title="eval injection")
        for mode, report in reports.items():
            table.add_row(f"obeys {mode}", str(len(report.results)), str(len(report.escaped)))
        console.print(table)
        for mode, report in reports.items():
            for r in report.escaped:
                how = "its own draft passed" if r.primary_passed else f"queued text carries {r.effects_queued}"
                err.print(f"[bold red]escaped ({mode}):[/] {r.payload.id} ({r.payload.source}): {how}")
    if any(report.escaped for report in reports.values()):
        raise typer.Exit(1)


# --------------------------------------------------------------------------- signals / sources


@signals_app.command("list")
@friendly
def signals_list(
    kind: Annotated[str | None, typer.Option(help="funding, new_role, job_change, intent_spike, ...")] = None,
    source: Annotated[str | None, typer.Option(help="Source name.")] = None,
    family: Annotated[str | None, typer.Option(help="funding, hiring, job_change, intent, technology.")] = None,
    unmatched: Annotated[bool, typer.Option("--unmatched", help="Only signals with no watched account.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """Recent signals, newest first."""
    from agent.services.signals import list_signals

    rows = list_signals(open_ws().db, kind=kind, source=source, family=family, unmatched=unmatched, limit=limit)
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "date", "kind", "source", "account", "status", "title")
    for r in rows:
        account = r["account"]["name"] if r["account"] else f"[dim]{r['company_name'] or '?'} (unmatched)[/]"
        table.add_row(str(r["id"]), r["occurred_at"][:10], r["kind"], r["source"], account, r["status"], r["title"])
    console.print(table)


@sources_app.command("list")
@friendly
def sources_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Configured sources, their health and last error."""
    from agent.services.signals import source_health

    rows = source_health(open_ws())
    if as_json:
        _print_json(rows)
        return
    table = Table("name", "type", "every", "health", "last run", "error")
    colour = {"ok": "green", "degraded": "yellow", "unhealthy": "red"}
    for r in rows:
        h = r["health"]
        table.add_row(
            escape(r["name"]), r["type"], r["every"], f"[{colour.get(h, 'dim')}]{h}[/]",
            (r["last_run_at"] or "never")[:19], escape(r["last_error"] or ""),
        )
    console.print(table)


# --------------------------------------------------------------------------- delivery


def _print_send(report: Any) -> None:
    console.print(
        f"sent {report.sent}, failed {report.failed}, suppressed {report.suppressed}, "
        f"unknown {report.unknown}, retry later {report.retried}, scheduled {report.scheduled}"
    )
    for line in report.details:
        err.print(f"  {escape(line)}")


@app.command()
@friendly
def send(now: Annotated[str | None, typer.Option("--now", help=NOW_HELP)] = None) -> None:
    """Deliver approved drafts that are due (caps and send windows allowing) by the configured transport."""
    from agent.services.delivery import send as send_service

    ws = open_ws()
    at = parse_now(now)
    with err.status("sending approved drafts...") as status:
        report = send_service(ws, now=at, progress=lambda line: status.update(f"sending: {line}"))
    _print_send(report)


@outbox_app.command("list")
@friendly
def outbox_list(
    state: Annotated[
        str | None, typer.Option(help="queued, scheduled, sending, sent, failed, unknown, suppressed, cancelled.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The outbox: every approved message and what became of it."""
    from agent.services.delivery import outbox

    rows = outbox(open_ws().db, state=state)
    if as_json:
        _print_json(rows)
        return
    table = Table("draft", "to", "account", "state", "attempts", "sent / goes", "why")
    colour = {"sent": "green", "unknown": "red", "failed": "red", "queued": "yellow", "scheduled": "cyan"}
    for r in rows:
        when = r["not_before"] if r["state"] == "scheduled" else r["sent_at"]
        why = r["schedule_reason"] if r["state"] == "scheduled" else r["error"]
        table.add_row(
            str(r["draft_id"]), r["to_email"], escape(r["account"] or ""),
            f"[{colour.get(r['state'], 'dim')}]{r['state']}[/]",
            str(r["attempts"]), (when or "").replace("T", " ")[:16], escape(why or ""),
        )
    console.print(table)


@outbox_app.command("resolve")
@friendly
def outbox_resolve(
    draft_id: int,
    by: Annotated[str, typer.Option("--by", help="Your e-mail address; recorded as \"<address> (cli)\".")],
    outcome: Annotated[str, typer.Option(help="mark_sent (it is in the Sent folder), resend, or cancel.")],
) -> None:
    """Settle a message whose sending was interrupted (or retry a failed one). Never automatic."""
    from agent.services.delivery import resolve_unknown

    ws = open_ws()
    row = resolve_unknown(ws.db, draft_id=draft_id, reviewer=_cli_actor(by, ws), outcome=outcome)  # type: ignore[arg-type]
    console.print(f"draft {draft_id}: delivery is now {row['state']}")


# --------------------------------------------------------------------------- alerts

alerts_app = typer.Typer(help="MQL handoff alerts: Slack, the owner's e-mail, HubSpot tasks.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


def _alerts_friendly(func: F) -> F:
    """`friendly`, plus the alert service's own errors."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from rich.markup import escape

        from agent.services.alerts import AlertError

        try:
            return func(*args, **kwargs)
        except AlertError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2) from None

    return friendly(wrapper)  # type: ignore[return-value]


@alerts_app.command("list")
@_alerts_friendly
def alerts_list(
    state: Annotated[str | None, typer.Option(help="delivered, pending or failed.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every handoff alert and what became of it: failed first, with the error that says what to do."""
    from rich.markup import escape

    from agent.services.alerts import list_alerts

    rows = list_alerts(open_ws().db, state=state)
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "lead", "account", "channel", "state", "tries", "score", "when (UTC)")
    for index in (1, 3, 4, 7):  # lead, channel, state, when: never broken across lines
        table.columns[index].no_wrap = True
    colour = {"delivered": "green", "failed": "red", "pending": "yellow"}
    for r in rows:
        when = (r["delivered_at"] or r["next_attempt_at"] or r["created_at"] or "")[5:16].replace("T", " ")
        table.add_row(
            str(r["id"]), escape(r["email"] or ""), escape(r["account"] or ""), r["channel"],
            f"[{colour.get(r['state'], 'dim')}]{r['state']}[/]", str(r["attempts"]),
            f"{r['score']:.0f}" if r["score"] is not None else "", when,
        )
    if not rows:
        console.print("No alerts yet: a lead crossing the MQL threshold creates one per configured channel.")
        return
    console.print(table)
    for r in rows:  # errors are sentences: below the table, where they have room
        if r["last_error"]:
            console.print(f"[bold]alert {r['id']}[/] ({r['state']}): {escape(r['last_error'])}", highlight=False)


@alerts_app.command("retry")
@_alerts_friendly
def alerts_retry(
    alert_id: int,
    by: Annotated[str, typer.Option("--by", help="Your e-mail address; recorded as \"<address> (cli)\".")],
) -> None:
    """Send a failed alert again (after fixing what its error said). Never automatic."""
    from agent.services.alerts import retry_alert

    ws = open_ws()
    row = retry_alert(ws.db, alert_id=alert_id, actor=_cli_actor(by, ws))
    console.print(f"alert {alert_id} ({row['channel']} for {row['email']}) is {row['state']} again; "
                  "`outrider alerts deliver` or a running server delivers it", markup=False, highlight=False)


@alerts_app.command("deliver")
@_alerts_friendly
def alerts_deliver() -> None:
    """Deliver the alerts that are due now."""
    from rich.markup import escape

    from agent.services.alerts import deliver

    ws = open_ws()
    with err.status("delivering alerts...") as status:
        report = deliver(ws, progress=lambda line: status.update(escape(f"delivering alerts: {line}")))
    console.print(report.summary())
    for line in report.details:
        err.print(f"  {line}", markup=False, highlight=False)


@suppress_app.command("add")
@friendly
def suppress_add(
    value: Annotated[str, typer.Argument(help="An email address or a domain.")],
    reason: Annotated[str, typer.Option(help="Why.")] = "",
    by: Annotated[str | None, typer.Option("--by", help="Your e-mail address, for the audit log.")] = None,
) -> None:
    """Never send to this address or domain."""
    from agent.services.delivery import suppress

    ws = open_ws()
    row = suppress(ws.db, value=value, reason=reason, actor=_cli_actor(by, ws) if by else "outrider (cli)")
    console.print(f"suppressed {row.kind} {row.value}")


@suppress_app.command("remove")
@friendly
def suppress_remove(
    value: str,
    by: Annotated[str | None, typer.Option("--by", help="Your e-mail address, for the audit log.")] = None,
) -> None:
    """Allow sending to an address or domain again."""
    from agent.services.delivery import unsuppress

    ws = open_ws()
    unsuppress(ws.db, value=value, actor=_cli_actor(by, ws) if by else "outrider (cli)")
    console.print(f"removed {value}")


@suppress_app.command("list")
@friendly
def suppress_list() -> None:
    """Suppressed addresses and domains."""
    from agent.services.delivery import suppressions

    table = Table("value", "kind", "reason", "since")
    for row in suppressions(open_ws().db):
        table.add_row(row.value, row.kind, row.reason, f"{row.created_at:%Y-%m-%d}")
    console.print(table)


# --------------------------------------------------------------------------- leads


NowOption = Annotated[str | None, typer.Option("--now", help="Pretend it is this time (ISO 8601), to play a calendar.")]
_STAGE_COLOUR = {"mql": "bold green", "handed_off": "green", "engaged": "cyan", "dormant": "dim", "disqualified": "red", "customer": "blue"}


@leads_app.command("list")
@friendly
def leads_list(
    stage: Annotated[str | None, typer.Option(help="lead, engaged, mql, handed_off, customer, disqualified, dormant.")] = None,
    min_score: Annotated[float | None, typer.Option("--min-score", help="Only leads scoring at least this.")] = None,
    search: Annotated[str | None, typer.Option(help="E-mail, last name or account contains this.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 500,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """Leads, newest MQLs first, then by score."""
    from agent.services.leads import list_leads

    rows = list_leads(open_ws().db, stage=stage, min_score=min_score, search=search, limit=limit)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        console.print("No leads" + (f" at stage {stage}" if stage else "") + ".")
        return
    table = Table("email", "account", "stage", "score", "since", "top reason")
    for column, width in zip(table.columns, (None, None, 10, 5, 10, None), strict=True):
        if width:
            column.min_width = width
            column.no_wrap = True
    table.columns[5].overflow = "ellipsis"
    table.columns[5].max_width = 34
    for r in rows:
        colour = _STAGE_COLOUR.get(r["stage"], "")
        table.add_row(
            r["email"], r["account"] or "", f"[{colour}]{r['stage']}[/]" if colour else r["stage"],
            f"{r['score']:.0f}", (r["stage_changed_at"] or "")[:10], (r["reasons"] or [""])[0],
        )
    console.print(table)


@leads_app.command("show")
@friendly
def leads_show(email: str, now: NowOption = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """One lead: its score breakdown and its timeline (signals, drafts, sends, events, stages)."""
    from agent.services.leads import lead_detail

    d = lead_detail(open_ws(), email=email, now=parse_now(now))
    if as_json:
        _print_json(d)
        return
    console.rule(f"{d['name']} <{d['email']}> · {d['account'] or '-'} · {d['stage']} · score {d['score_now']:.0f}")
    b = d["breakdown"]
    console.print(
        f"fit {b['fit']:+.0f} · engagement {b['engagement']:+.0f} · signals {b['signals']:+.0f} · "
        f"negatives {b['negatives']:+.0f}" + (f" · owner {d['owner']}" if d["owner"] else "")
    )
    for reason in d["reasons"]:
        console.print(f"  · {reason}")
    console.rule("timeline")
    table = Table("when", "what", "detail", box=None)
    for item in d["timeline"][:60]:
        table.add_row((item["at"] or "")[:16].replace("T", " "), item["kind"], item["summary"])
    console.print(table)


@leads_app.command("rescore")
@friendly
def leads_rescore(now: NowOption = None) -> None:
    """Recompute every lead's score from its history (it must agree with the live score)."""
    from agent.services.leads import rescore

    with err.status("rescoring leads..."):
        report = rescore(open_ws(), now=parse_now(now))
    console.print(f"rescored {report.contacts} leads: {report.changed} changed score")
    if report.drifted:
        err.print(f"[yellow]{report.drifted} lead(s) had a stored ledger that differed from their history; fixed[/]")


@leads_app.command("refresh")
@friendly
def leads_refresh(now: NowOption = None) -> None:
    """Let time act: decay re-arms handoffs, quiet leads go dormant (the scheduler runs this hourly)."""
    from agent.services.leads import refresh

    with err.status("refreshing lead scores..."):
        report = refresh(open_ws(), now=parse_now(now))
    console.print(
        f"{report.rescored} leads: {report.dormant} went dormant, {report.rearmed} re-armed, {report.handoffs} handed off"
    )


@leads_app.command("stage")
@friendly
def leads_stage(
    email: str,
    stage: Annotated[str, typer.Argument(help="lead, engaged, mql, handed_off, customer, disqualified, dormant.")],
    by: Annotated[str, typer.Option("--by", help="Your e-mail address; recorded as \"<address> (cli)\".")],
    reason: Annotated[str, typer.Option("--reason", help="Why; kept in the lead's history.")],
) -> None:
    """Move a lead to a stage by hand (for example "not dormant" or "disqualified: wrong person")."""
    from agent.services.leads import set_stage

    ws = open_ws()
    row = set_stage(ws, email=email, stage=stage, reason=reason, actor=_cli_actor(by, ws))
    console.print(f"{row['email']} is now {row['stage']}")


@leads_app.command("calibrate")
@friendly
def leads_calibrate(
    since: Annotated[str | None, typer.Option(help="Only events since this date (default: a year ago).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Conversion by score band and per rule, and the MQL threshold the data suggests."""
    from agent.services.leads import calibrate

    report = calibrate(open_ws(), since=parse_now(since))
    if as_json:
        _print_json(report)
        return
    console.print(
        f"{report['leads']} leads since {report['since'][:10]}, {report['converted']} converted "
        "(meeting booked, or the CRM says opportunity/customer)"
    )
    bands = Table("score band", "leads", "converted", "rate", title="by score band")
    for r in report["bands"]:
        bands.add_row(r["band"], str(r["leads"]), str(r["converted"]), f"{r['rate']:.0%}" if r["rate"] is not None else "-")
    console.print(bands)
    rules = Table("rule", "leads", "converted", "rate", "lift", title="by scoring rule")
    for r in report["rules"][:25]:
        rules.add_row(r["rule"], str(r["leads"]), str(r["converted"]), f"{r['rate']:.0%}", f"{r['lift']}" if r["lift"] else "-")
    console.print(rules)
    s = report["suggested_threshold"]
    if s:
        console.print(
            f"Suggested MQL threshold: [bold]{s['threshold']}[/] (now {report['current_threshold']:.0f}); it would "
            f"catch {s['catches']:.0%} of converters with {s['false_alarms']:.0%} false alarms."
        )
    if not report["enough_data"]:
        err.print("[yellow]Fewer than 10 converted and 10 unconverted leads: treat the suggestion as a hint.[/]")


def _cli_actor(by: str, ws: Workspace | None = None) -> Any:
    """The CLI's --by: an e-mail address, recorded as "<email> (cli)".

    With `[auth]` in the workspace it is an `Actor` with the role `[auth.roles]` gives that address,
    so the services refuse what the role may not do, as they do in the UI.
    """
    from agent.services.auth import Actor, role_for
    from agent.services.queue import QueueError

    value = (by or "").strip()
    local, at, domain = value.rpartition("@")
    if not at or not local or "." not in domain.strip(".") or any(c.isspace() for c in value):
        raise QueueError(
            f"--by must be your e-mail address, like --by dana@example.com (got {by!r}); "
            "it is recorded with what you do"
        )
    email = value.lower()
    if ws is not None and ws.config.auth is not None:
        return Actor(email=email, role=role_for(email, ws.config.auth), via="cli")
    return f"{email} (cli)"


# --------------------------------------------------------------------------- serve / API tokens

api_token_app = typer.Typer(help="Tokens for the HTTP API (shown once, stored only as a hash).", no_args_is_help=True)
app.add_typer(api_token_app, name="api-token")


def _token_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from agent.services.tokens import TokenError

        try:
            return func(*args, **kwargs)
        except TokenError as exc:
            err.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


@app.command()
@friendly
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    log_format: LogFormat = "text",
) -> None:
    """Serve the HTTP API: POST /v1/events and /v1/segment, unsubscribe and click links, /healthz, /metrics."""
    from agent.api.server import make_server
    from agent.workers.logs import announce, configure

    configure(log_format, verbose=False)
    ws = open_ws()
    server = make_server(ws, host=host, port=port)
    announce(log_format, f"Serving the Outrider API for {ws.path} on http://{host}:{port} (Ctrl-C to stop)", err.print)
    if (ws.config.server.public_url or "").startswith("http://"):
        announce(log_format, "note: [server] public_url is http://; mail providers offer one-click unsubscribe only for https links", err.print)
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn shut down gracefully, then re-raised the Ctrl-C
        pass
    if not server.started:
        raise typer.Exit(1)
    announce(log_format, "stopped", err.print)


@api_token_app.command("create")
@friendly
@_token_errors
def api_token_create(name: Annotated[str, typer.Argument(help="Who uses it, e.g. segment or website.")]) -> None:
    """Create a token. It is printed once, as the last line; only its hash is kept."""
    from agent.services.tokens import create_token

    token, info = create_token(open_ws().db, name=name)
    typer.echo(f"Created API token {info.name!r} ({info.prefix}...). Store it now: it is not shown again.")
    typer.echo("Send it as `Authorization: Bearer <token>`:")
    typer.echo(token)


@api_token_app.command("list")
@friendly
@_token_errors
def api_token_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Tokens: name, prefix, created, last used, revoked."""
    from agent.services.tokens import list_tokens

    tokens = list_tokens(open_ws().db)
    if as_json:
        _print_json([t.as_json() for t in tokens])
        return
    table = Table("name", "prefix", "created", "last used", "revoked")
    for t in tokens:
        table.add_row(
            t.name, t.prefix, f"{t.created_at:%Y-%m-%d %H:%M}",
            f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never",
            f"[red]{t.revoked_at:%Y-%m-%d %H:%M}[/]" if t.revoked_at else "",
        )
    console.print(table)


@api_token_app.command("revoke")
@friendly
@_token_errors
def api_token_revoke(name: str) -> None:
    """Revoke a token: its next request is refused with 401."""
    from agent.services.tokens import revoke_token

    info = revoke_token(open_ws().db, name=name)
    console.print(f"revoked {info.name} ({info.prefix}...)")


# --------------------------------------------------------------------------- nurture: content, sequences, tick

content_app = typer.Typer(help="The content library (content.toml) that nurture steps send.", no_args_is_help=True)
sequences_app = typer.Typer(help="Nurture sequences (sequences.toml): validate, enrol, stop, follow.", no_args_is_help=True)
app.add_typer(content_app, name="content")
app.add_typer(sequences_app, name="sequences")


def _print_problems(problems: list[Any]) -> None:
    for p in problems:
        style = "red" if p.severity == "error" else "yellow"
        err.print(f"[{style}]{p}[/]", highlight=False, markup=True)


@content_app.command("list")
@friendly
def content_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """The assets in content.toml."""
    from agent.services.nurture import list_assets, load

    ws = open_ws()
    rows = list_assets(ws)
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "stage", "personas", "title", "facts")
    for r in rows:
        table.add_row(r["id"], r["stage"], ", ".join(r["personas"]) or "everyone", r["title"], str(len(r["facts"])))
    console.print(table)
    _print_problems(list(load(ws).library.problems))


@content_app.command("gaps")
@friendly
def content_gaps(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """The stage x persona matrix of the library, flagging empty cells a sequence needs."""
    from agent.services.nurture import content_gaps as gaps_service

    report = gaps_service(open_ws())
    if as_json:
        _print_json(report.as_json())
        return
    table = Table("stage", *report.personas, title="assets per stage and persona")
    for stage in report.stages:
        cells = []
        for persona in report.personas:
            cell = report.cell(stage, persona)
            text = str(len(cell.assets))
            if cell.gap:
                text = "[bold red]0 (needed)[/]"
            elif cell.short:
                text = f"[yellow]{text} (short)[/]"
            cells.append(text)
        table.add_row(stage, *cells)
    console.print(table)
    for cell in report.gaps:
        err.print(f"[red]gap[/] {cell.stage} x {cell.persona}: no asset, needed by {', '.join(cell.needed_by)}")
    for cell in report.cells:
        if cell.short:
            err.print(f"[yellow]short[/] {cell.stage} x {cell.persona}: {len(cell.assets)} asset(s) for "
                      f"{', '.join(cell.needed_by)}; later steps are skipped for those leads")
    if not report.gaps:
        console.print("No gaps: every cell a sequence needs has an asset.")


@sequences_app.command("validate")
@friendly
def sequences_validate() -> None:
    """Check sequences.toml and content.toml; exits 1 on any error (warnings do not fail)."""
    from agent.nurture.problems import errors
    from agent.services.nurture import check_files

    problems = check_files(open_ws())
    _print_problems(problems)
    bad = errors(problems)
    if bad:
        err.print(f"[bold red]{len(bad)} error(s)[/]; sequences with errors do not run.")
        raise typer.Exit(1)
    warnings = len(problems) - len(bad)
    console.print("[green]sequences.toml and content.toml are valid[/]" + (f" ({warnings} warning(s))" if warnings else ""))


@sequences_app.command("list")
@friendly
def sequences_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Each sequence with its enrolments by state."""
    from agent.services.nurture import list_sequences

    rows = list_sequences(open_ws())
    if as_json:
        _print_json(rows)
        return
    table = Table("name", "purpose", "steps", "review", "active", "waiting", "paused", "exited", "completed", "runs")
    for r in rows:
        n = r["enrollments"]
        table.add_row(
            r["name"], r.get("purpose") or "", str(len(r["steps"])), r.get("review") or "",
            str(n["active"]), str(n["waiting"]), str(n["paused"]), str(n["exited"]), str(n["completed"]),
            "[green]yes[/]" if r["runs"] else f"[red]no[/]: {r['problem']}",
        )
    console.print(table)


@sequences_app.command("show")
@friendly
def sequences_show(name: str, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """One sequence: leads per step, drafts per step, exits by reason."""
    from agent.services.nurture import sequence_report

    report = sequence_report(open_ws(), name=name)
    if as_json:
        _print_json(report)
        return
    table = Table("step", "what", "due", "waiting", "paused", "drafts", title=f"sequence {name}")
    for row in report["steps"]:
        what = row.get("asset") or row.get("stage") or ""
        drafts = ", ".join(f"{k} {v}" for k, v in sorted(row["drafts"].items()))
        table.add_row(str(row["step"]), what, str(row["due"]), str(row["waiting"]), str(row["paused"]), drafts)
    console.print(table)
    exits = ", ".join(f"{k} {v}" for k, v in sorted(report["exits"].items())) or "none yet"
    console.print(f"exits: {exits}")
    if report["problem"]:
        err.print(f"[red]{report['problem']}[/]")


@sequences_app.command("enroll")
@friendly
def sequences_enroll(
    emails: Annotated[list[str], typer.Argument(help="One or more contact e-mail addresses.")],
    sequence: Annotated[str, typer.Option("--sequence", "-s", help="The sequence's name.")],
    by: Annotated[str | None, typer.Option("--by", help="Your email (kept with the enrolment).")] = None,
    now: NowOption = None,
) -> None:
    """Put leads into a sequence by hand; its first step is drafted by the next `outrider tick`."""
    from agent.services.nurture import NurtureError, enroll

    ws = open_ws()
    results = enroll(ws, emails=emails, sequence=sequence, actor=_cli_actor(by, ws) if by else "cli", now=parse_now(now))
    if len(results) == 1 and not results[0]["enrolled"]:
        raise NurtureError(f"{results[0]['email']} {results[0]['reason']}")
    for r in results:
        if r["enrolled"]:
            console.print(f"[green]enrolled[/] {r['email']} in {r['sequence']} (first step due {r['next_at'][:16]})")
        else:
            err.print(f"[yellow]not enrolled[/] {r['email']}: {r['reason']}")
    if not any(r["enrolled"] for r in results):
        raise typer.Exit(1)


@sequences_app.command("stop")
@friendly
def sequences_stop(
    email: str,
    sequence: Annotated[str | None, typer.Option("--sequence", "-s", help="Only this sequence.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Your email (kept with the exit).")] = None,
    now: NowOption = None,
) -> None:
    """End a lead's sequences now; pending step drafts are withdrawn, unsent approved ones cancelled."""
    from agent.services.nurture import stop

    ws = open_ws()
    ended = stop(ws, email=email, sequence=sequence, actor=_cli_actor(by, ws) if by else "cli", now=parse_now(now))
    console.print(f"stopped {ended} sequence(s) for {email}")


@sequences_app.command("status")
@friendly
def sequences_status(
    email: str, as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False
) -> None:
    """A lead's enrolments: sequence, state, step and exit reason."""
    from agent.services.nurture import status

    rows = status(open_ws(), email=email)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        console.print(f"{email} is in no sequence.")
        return
    table = Table("sequence", "round", "state", "step", "next", "exit")
    for r in rows:
        table.add_row(r["sequence"], str(r["round"]), r["state"], str(r["step"]), (r["next_at"] or "")[:16],
                      (r["exit_reason"] or "") + (f": {r['exit_detail']}" if r["exit_detail"] else ""))
    console.print(table)


@sequences_app.command("path")
@friendly
def sequences_path(
    email: str,
    sequence: Annotated[str | None, typer.Option("--sequence", "-s", help="Only this sequence.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """A lead's path through its sequences: entries, steps, skips, branches, pauses and exits."""
    from agent.services.nurture import path

    rows = path(open_ws(), email=email, sequence=sequence)
    if as_json:
        _print_json(rows)
        return
    table = Table("at", "sequence", "step", "what", "detail", "draft")
    for r in rows:
        draft = f"{r['draft_id']} ({r['draft_status']})" if r["draft_id"] else ""
        table.add_row(r["at"][:16], r["sequence"], str(r["step"] or ""), r["action"], r["detail"], draft)
    console.print(table)


@app.command()
@friendly
def tick(
    now: NowOption = None,
    limit: Annotated[int | None, typer.Option(help="At most this many step drafts in this run.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Advance every due nurture enrolment: expire, settle, branch and draft the next steps."""
    from agent.services.nurture import tick as tick_service

    report = tick_service(open_ws(), now=parse_now(now), limit=limit)
    if as_json:
        _print_json(report.as_json())
        return
    console.print(
        f"drafted {report.drafted} step(s) ({report.auto_approved} approved by the sequence), "
        f"entered {report.entered}, branched {report.branched}, skipped {report.skipped}, expired {report.expired}, "
        f"settled {report.settled}, completed {report.completed}, resumed {report.resumed}"
    )
    for line in report.details[:50]:
        err.print(f"  {line}")
    for problem in report.problems:
        err.print(f"[red]{problem}[/]")


# --------------------------------------------------------------------------- inbox


@inbox_app.command("poll")
@friendly
def inbox_poll(
    now: Annotated[str | None, typer.Option("--now", help=NOW_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Read new messages from the inbox mailbox (read-only) and act on each once."""
    from agent.services.inbox import poll

    report = poll(open_ws(), now=parse_now(now))
    if as_json:
        _print_json(report.as_json())
    else:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.kinds.items())) or "nothing new"
        console.print(f"inbox: read {report.read} ({kinds}); health {report.health}")
        for line in report.lines:
            err.print(f"  {escape(line)}")
        for problem in report.problems:
            err.print(f"  [yellow]problem:[/] {escape(problem)}")
    if report.error:
        err.print(f"[bold red]error:[/] {escape(report.error)}")
        raise typer.Exit(1)


@inbox_app.command("list")
@friendly
def inbox_list(
    kind: Annotated[
        str | None,
        typer.Option(help="reply, unsubscribe, out_of_office, auto_reply, bounce_hard, bounce_soft, delivery_notice."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Messages read from the inbox, newest first, and what was done about each."""
    from agent.services.inbox import messages

    rows = messages(open_ws(), kind=kind)
    if as_json:
        _print_json(rows)
        return
    table = Table("read", "kind", "from", "subject", "outcome")
    for r in rows:
        table.add_row(
            r["processed_at"][:16].replace("T", " "), r["kind"], escape(r["from"] or ""),
            escape((r["subject"] or "")[:50]), escape(r["outcome"]),
        )
    console.print(table)


# --------------------------------------------------------------------------- ui / demo


def _start_ui(ws: Workspace, port: int | None = None, host: str | None = None, log_format: str = "text") -> None:
    from agent import ui_server
    from agent.workers.logs import announce

    launch = ui_server.plan(ws, host=host or ui_server.DEFAULT_HOST, port=port, log_format=log_format)
    who = "sign-in required" if launch.signed_in else "one local user, no sign-in"
    announce(log_format, f"Review UI for {ws.path} at {launch.url} ({who}). Ctrl-C stops it.", console.print)
    code = ui_server.run(launch)
    if code:
        err.print(f"[bold red]error:[/] the review UI (Streamlit) exited with code {code}; its output is above")
        raise typer.Exit(code)


@app.command()
@friendly
def ui(
    port: Annotated[int | None, typer.Option(help="Port (default 8501).")] = None,
    host: Annotated[
        str,
        typer.Option(help="Address to listen on. Anything but loopback needs [auth] (sign-in) in outrider.toml."),
    ] = "127.0.0.1",
    log_format: LogFormat = "text",
) -> None:
    """Open the review queue in the browser (Streamlit); stopping this command stops it."""
    from agent.workers.logs import configure

    configure(log_format, verbose=log_format == "json")
    _start_ui(open_ws(), port, host, log_format)


reactivations_app = typer.Typer(
    help="Dormant leads woken by a new signal. Approve, edit, reject or snooze them with the queue commands.",
    no_args_is_help=True,
)
app.add_typer(reactivations_app, name="reactivations")


@reactivations_app.command("list")
@friendly
def reactivations_list(
    status: Annotated[str, typer.Option(help="open (pending, snoozed, approved), all, or one draft status.")] = "open",
    limit: Annotated[int, typer.Option(help="At most this many.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """Reactivation drafts by priority, with why the lead went dormant and what woke it."""
    from agent.services.reactivation import list_reactivations

    rows = list_reactivations(open_ws().db, status=status, limit=limit)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        console.print("No reactivations" + (f" ({status})" if status != "all" else "") + ".")
        return
    table = Table("draft", "email", "account", "woken by", "dormant since", "why dormant", "status", "subject")
    for column in table.columns[:5]:
        column.no_wrap = True
    for column in table.columns[5:]:
        column.overflow = "ellipsis"
        column.max_width = 30
    for r in rows:
        table.add_row(
            str(r["draft_id"]), r["email"] or "", r["account"] or "", r["trigger_label"] or "",
            (r["dormant_since"] or "")[:10], r["dormant_reason"] or "", r["status"], r["subject"],
        )
    console.print(table)
    console.print("Approve one: outrider queue approve DRAFT_ID --by you@example.com")


@reactivations_app.command("stats")
@friendly
def reactivations_stats(as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False) -> None:
    """Per week and trigger: reactivations found, approved, sent, replied, meetings."""
    from agent.services.reactivation import stats

    rows = stats(open_ws().db)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        console.print("No reactivations yet.")
        return
    table = Table("week", "trigger", "found", "approved", "sent", "replied", "meetings")
    for r in rows:
        table.add_row(r["week"], r["trigger"], *(str(r[k]) for k in ("found", "approved", "sent", "replied", "meetings")))
    console.print(table)


@reactivations_app.command("not-dormant")
@friendly
def reactivations_not_dormant(
    draft_id: int,
    by: Annotated[str, typer.Option("--by", help="Who says so (kept in the lead's history).")],
    reason: Annotated[str, typer.Option(help="Why.")] = "",
) -> None:
    """The lead is active: mark it engaged and reject this reactivation."""
    from agent.services.reactivation import not_dormant

    ws = open_ws()
    lead = not_dormant(ws, draft_id, actor=_cli_actor(by, ws), reason=reason)
    console.print(f"{lead['email']} is now {lead['stage']}; reactivation {draft_id} rejected")


@reactivations_app.command("wrong-person")
@friendly
def reactivations_wrong_person(
    draft_id: int,
    by: Annotated[str, typer.Option("--by", help="Who says so (kept in the lead's history).")],
    reason: Annotated[str, typer.Option(help="Why.")] = "",
) -> None:
    """This is the wrong person: disqualify the lead and reject this reactivation."""
    from agent.services.reactivation import wrong_person

    ws = open_ws()
    lead = wrong_person(ws, draft_id, actor=_cli_actor(by, ws), reason=reason)
    console.print(f"{lead['email']} is now {lead['stage']}; reactivation {draft_id} rejected")


@reactivations_app.command("enrol")
@friendly
def reactivations_enrol(
    draft_id: int,
    by: Annotated[str, typer.Option("--by", help="Who enrols the lead.")],
    sequence: Annotated[str | None, typer.Option(help="A sequence with purpose reactivation or re_engage.")] = None,
) -> None:
    """Enrol the lead in the reactivation (or re_engage) sequence instead of sending this draft."""
    from agent.services.reactivation import enrol_instead

    ws = open_ws()
    result = enrol_instead(ws, draft_id, actor=_cli_actor(by, ws), sequence=sequence)
    console.print(f"{result['email']} enrolled in {result['sequence']}; reactivation {draft_id} rejected")


@app.command()
@friendly
def demo(
    directory: Annotated[Path, typer.Option("--dir", help="Where to create the demo workspace.")] = Path("outrider-demo"),
    no_ui: Annotated[bool, typer.Option("--no-ui", help="Stop after the cycle and print the queue.")] = False,
    port: Annotated[int | None, typer.Option(help="UI port.")] = None,
) -> None:
    """Create a demo workspace with fictional accounts and recorded feeds, run one cycle offline."""
    from agent.demo import create_demo
    from agent.services.queue import list_drafts

    ws = create_demo(directory)
    console.print(f"[bold]Demo workspace:[/] {ws.path}")
    _cycle(ws, deliver=False)
    views = list_drafts(ws.db)
    console.print(_queue_table(views))
    if views:
        first = views[0]
        console.rule(f"draft {first.draft.id}: {first.draft.subject}")
        console.print(first.draft.body)
        console.rule()
    console.print(
        f"Approve one: outrider -w {ws.path} queue approve {views[0].draft.id if views else 1} --by you@example.com"
    )
    from agent.services.reactivation import list_reactivations

    woken = list_reactivations(ws.db)
    if woken:
        console.print(
            f"{len(woken)} dormant lead(s) woken by the news: outrider -w {ws.path} reactivations list "
            "(or the Reactivations page)"
        )
    if not no_ui:
        _start_ui(ws, port)


# --------------------------------------------------------------------------- config

config_app = typer.Typer(help="The workspace settings in outrider.toml: check and export.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("check")
@friendly
def config_check() -> None:
    """Validate outrider.toml exactly as start-up does; exit 2 with the reason when it is wrong."""
    ws = open_ws()
    console.print(f"[green]{ws.config_path} is valid[/]: {len(ws.config.sources)} source(s).")


@config_app.command("export")
@friendly
def config_export(
    output: Annotated[Path | None, typer.Argument(help="Write here (atomically); default: print.")] = None,
    full: Annotated[bool, typer.Option("--full", help="Spell out every setting, defaults included.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Export the settings (outrider.toml, validated; UI edits included) to a TOML file."""
    from agent.services.settings import export_config, write_atomically

    ws = open_ws()
    text = export_config(ws, full=full)
    if output is None:
        sys.stdout.write(text)
        return
    if output.exists() and not force:
        raise FileExistsError(f"{output} already exists; pass --force to overwrite it")
    write_atomically(output, text)
    err.print(f"[green]Exported[/] {ws.config_path} to {output}" + (" with every default" if full else ""))

# `outrider report` and `outrider audit` live in their own module; importing it registers them.
from agent import cli_insight as _cli_insight  # noqa: E402,F401
