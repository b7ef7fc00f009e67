"""Nurture sequences: enrolment, the tick that advances them, exits that act at once, and views.

The one API for the CLI, the UI and the scheduler:

* `load` reads content.toml and sequences.toml from the workspace (cached until they change) and
  validates them; a sequence with an error does not run, the others do.
* `enroll` / `stop` by hand; entries from engagement events, stage changes and routed signals are
  picked up by `tick` (from where the last tick stopped: activity before the first tick of a
  workspace enrols nobody).
* `tick(ws, now=...)` expires steps nobody approved in time, settles decided ones, and drafts what
  is due through the drafting stack. Running it twice at the same `now` drafts nothing new.
* Exits (reply, meeting, MQL, unsubscribe, bounce, customer, disqualified) are listeners on
  `agent.leads.hooks`, registered when this package is imported (agent/services/__init__.py does).
  They run inside the transaction that records the event or the stage change, and in that same
  transaction withdraw the lead's pending step drafts and cancel approved ones not yet sent.

Modules: `programme` (the two files, validated), `lifecycle` (enrol, stop, exits, pauses and their
listeners), `engine` (the tick: advancing due enrolments), `views`.
"""

from agent.services.nurture.lifecycle import OOO_DEFAULT_DAYS, enroll, exit_contact, pause_contact, stop
from agent.services.nurture.programme import NurtureError, Programme, check_files, content_gaps, list_assets, load
from agent.services.nurture.rows import AUTO_ACTOR
from agent.services.nurture.engine import STEP_PRIORITY, TickReport, tick
from agent.services.nurture.views import list_sequences, path, sequence_report, status

__all__ = [
    "AUTO_ACTOR",
    "OOO_DEFAULT_DAYS",
    "STEP_PRIORITY",
    "NurtureError",
    "Programme",
    "TickReport",
    "check_files",
    "content_gaps",
    "enroll",
    "exit_contact",
    "list_assets",
    "list_sequences",
    "load",
    "path",
    "pause_contact",
    "sequence_report",
    "status",
    "stop",
    "tick",
]
