"""`outrider report` and `outrider audit`: the Analytics and Audit pages' numbers and log, in a terminal.

Registered on the main app by agent/cli.py; both read through agent.services (report, audit) only.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from agent.cli import _print_json, app, console, friendly, open_ws, parse_now

SINCE_HELP = "Only since this date or date-time (ISO, UTC unless it has an offset), or a span back from now: 30d, 12h."


def parse_since(value: str | None) -> datetime | None:
    """'2026-11-01', '2026-11-01T09:00+01:00', '30d', '12h', '2w' -> an aware datetime (None for all time)."""
    if value is None or not value.strip():
        return None
    text = value.strip().lower()
    units = {"h": "hours", "d": "days", "w": "weeks"}
    if text[-1:] in units and text[:-1].isdigit():
        return datetime.now(UTC) - timedelta(**{units[text[-1]]: int(text[:-1])})
    try:
        return parse_now(value)
    except typer.BadParameter:
        raise typer.BadParameter(
            f"--since {value!r} is neither a date (2026-11-01), a date-time (2026-11-01T09:00) nor a span (30d, 12h)"
        ) from None


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    return escape(str(value))


def _table(title: str, rows: list[dict[str, Any]]) -> Table | None:
    if not rows:
        return None
    columns = [c for c in rows[0] if c != "measures"]
    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    return table


@app.command("report")
@friendly
def report_command(
    since: Annotated[str | None, typer.Option("--since", help=SINCE_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="Print the CSV the Analytics page downloads.")] = False,
    now: Annotated[str | None, typer.Option("--now", help="Judge queue age at this ISO date-time.")] = None,
) -> None:
    """What the system achieves: speed to lead, queue age, approvals, rejections, replies, MQLs (as the Analytics page)."""
    from agent.services import report

    result = report.build(open_ws().db, since=parse_since(since), now=parse_now(now))
    if as_json:
        _print_json(result.as_json())
        return
    if csv_out:
        typer.echo(report.to_csv(result), nl=False)
        return
    console.print(f"[bold]Outrider report[/] since {result.since or 'the beginning'} (at {result.generated_at})")
    summary = result.queue_age_summary
    console.print(
        f"Waiting for a decision: {summary.get('waiting', 0)} draft(s); median age {_cell(summary.get('median_h'))} h, "
        f"p90 {_cell(summary.get('p90_h'))} h, oldest {_cell(summary.get('oldest_h'))} h"
    )
    shown = 0
    for key, title in report.Report.TABLES:
        table = _table(title, getattr(result, key))
        if table is not None:
            console.print(table)
            shown += 1
    if not shown:
        console.print("Nothing to report yet: no drafts, sends or leads in this period.")


@app.command("audit")
@friendly
def audit_command(
    since: Annotated[str | None, typer.Option("--since", help=SINCE_HELP)] = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only entries by this person (part of the name is enough).")] = None,
    action: Annotated[str | None, typer.Option("--action", help="An action (draft.approved) or an area (draft, suppression, outbox, config).")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many entries, newest first.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="Print CSV (as the Audit page exports).")] = False,
) -> None:
    """Who changed what, when: review actions, configuration, suppressions, outbox settlements."""
    from agent.services import audit

    rows = audit.entries(open_ws().db, since=parse_since(since), actor=actor, action=action, limit=limit)
    if as_json:
        _print_json(rows)
        return
    if csv_out:
        typer.echo(audit.to_csv(rows), nl=False)
        return
    if not rows:
        console.print("No audit entries match.")
        return
    table = Table("when (UTC)", "who", "action", "target", "reason", "change")
    for row in rows:
        change = audit.describe_change(row.get("before"), row.get("after"))
        table.add_row(
            row["at"][:19].replace("T", " "), escape(row["actor"]), row["action"],
            escape(f"{row['target_type']} {row['target_id'] or ''}".strip()), escape(row["reason"] or ""), escape(change),
        )
    console.print(table)
    console.print(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}" + (" (the limit; use --limit for more)" if len(rows) == limit else ""))
