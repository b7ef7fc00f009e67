"""`--log-format json`: one JSON object per log line, with the ids a job logs (job id, task,
source, signal id, outbox id, duration) as fields, for a log collector."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime

#: Record attributes copied into the JSON line when a log call passes them in `extra`.
FIELDS = ("job_id", "task", "queue", "source", "signal_id", "signal_ids", "outbox_id", "duration_s",
          "outcome", "worker", "attempts", "new_signals", "drafted")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in FIELDS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str)


def configure(fmt: str, *, verbose: bool = True) -> None:
    """Re-point the root handler at `fmt` ("text" or "json"); INFO level for long-running commands."""
    if fmt not in ("text", "json"):
        raise ValueError(f"--log-format must be text or json (got {fmt!r})")
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig()
    for handler in root.handlers:
        handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    if verbose:
        root.setLevel(logging.INFO)


_banner_log = logging.getLogger("outrider.cli")
_banner_log.setLevel(logging.INFO)  # a banner is shown even when the command logs only warnings


def announce(fmt: str, message: str, printer: Callable[[str], object]) -> None:
    """A long-running command's banner ("serving on ...", "stopped"): printed for a person, or,
    with `--log-format json`, one JSON log line like every other line the process writes."""
    if fmt == "json":
        _banner_log.info("%s", message)
    else:
        printer(message)
