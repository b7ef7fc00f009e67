"""The contract every registered collector passes, and the case format each collector supplies.

A collector's module in tests/contract/cases_<type>.py defines `CASES: list[ContractCase]`:
a config (with "{base}" standing for the loopback server's URL and "{dir}" for a temp folder
holding `files`), the HTTP routes it reads, the accounts it watches, and a config that check()
must refuse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from signals.model import WatchedAccount


@dataclass
class ContractCase:
    type: str
    config: dict[str, Any]
    #: path -> (body, content type); served on 127.0.0.1 with ETag support.
    routes: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    #: file name -> bytes, written into "{dir}".
    files: dict[str, bytes] = field(default_factory=dict)
    accounts: list[WatchedAccount] = field(default_factory=list)
    #: A config that check() or validation must refuse, and a word the message must contain.
    bad_config: dict[str, Any] | None = None
    bad_config_mentions: str = ""
    #: At least this many events on the first read.
    min_events: int = 1
    now: datetime | None = None
    id: str = ""
