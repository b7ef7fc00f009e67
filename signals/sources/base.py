"""The collector contract: a source declares its config and reads events; the registry lists them.

Modelled on Airbyte CDK streams: a collector is a small class with a pydantic `Config`, a
`check()` that fails early with a readable message on a bad config, and `read()` that yields
typed events while it keeps whatever incremental state it needs in `ctx.state` (a JSON-able dict
the orchestrator persists only after the events are committed).
"""

from __future__ import annotations

import glob
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator

from signals.model import RecordProblem, SignalEvent, WatchedAccount, utcnow

_EVERY = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> timedelta:
    """"30m" -> 30 minutes. Accepts s, m, h, d."""
    match = _EVERY.match(value)
    if not match:
        raise ValueError(f"{value!r} is not an interval; write it like \"30m\", \"1h\" or \"1d\"")
    amount, unit = int(match.group(1)), match.group(2)
    if amount <= 0:
        raise ValueError(f"{value!r} must be longer than zero")
    return timedelta(seconds=amount * _UNIT_SECONDS[unit])


class SourceConfig(BaseModel):
    """Keys every `[[sources]]` entry has. Each collector extends this with its own keys."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    type: str
    every: str = "1h"
    max_age_days: int = Field(default=30, ge=0)
    enabled: bool = True
    #: Seconds one HTTP request may take in all (connect, headers, the whole body) before it
    #: is given up (then retried with backoff).
    timeout_s: float = Field(default=20.0, gt=0, le=600)
    #: Seconds the whole read of this source may take in one run. When it passes, the source
    #: stops, what it read so far is kept, and it is marked degraded; the rest is read next run.
    deadline_s: float = Field(default=300.0, gt=0, le=86400)
    #: Per-API base URLs, for EU hosts, proxies and tests: {"greenhouse": "https://..."}.
    base_urls: dict[str, str] = Field(default_factory=dict)

    @field_validator("every")
    @classmethod
    def _valid_every(cls, value: str) -> str:
        parse_every(value)
        return value

    @property
    def interval(self) -> timedelta:
        return parse_every(self.every)


class ConfigProblem(ValueError):
    """A source's configuration cannot work; the message says what to change."""


def check_http_url(config: SourceConfig, url: str | None, key: str = "url") -> None:
    """Refuse a URL a collector cannot fetch (ftp:, file:, a bare host) before any request."""
    if url and not url.startswith(("http://", "https://")):
        raise ConfigProblem(f"source {config.name!r}: {key} must start with http:// or https://")


def expand_files(pattern: str, ctx: ReadContext, where: str) -> list[Path]:
    """The files a `path` key names: one file, or a glob (in name order).

    A missing single file fails the source (SourceError); a glob that matches nothing is a
    warning, since an empty drop folder is normal between deliveries.
    """
    expanded = os.path.expanduser(pattern)
    if glob.has_magic(expanded):
        files = [Path(p) for p in glob.glob(expanded, recursive=True) if os.path.isfile(p)]
        if not files:
            ctx.warn(f"{where}: no file matches {pattern}")
        return sorted(files, key=lambda p: (p.name, str(p)))
    single = Path(expanded)
    if not single.is_file():
        raise SourceError(f"{where}: the file {single} does not exist")
    return [single]


class SourceError(Exception):
    """The source could not be read this run. The message names the source and what was wrong."""


class SnapshotStore(Protocol):
    """Keyed JSON snapshots a collector keeps between runs (job boards, tech stacks, ...)."""

    def get(self, key: str) -> Any | None: ...

    def get_many(self, keys: list[str]) -> dict[str, Any]: ...

    def put(self, key: str, value: Any) -> None: ...


class MemorySnapshots:
    """An in-memory SnapshotStore, for tests and one-off reads."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    def get(self, key: str) -> Any | None:
        return self.data.get(key)

    def get_many(self, keys: list[str]) -> dict[str, Any]:
        return {k: self.data[k] for k in keys if k in self.data}

    def put(self, key: str, value: Any) -> None:
        self.data[key] = value


@dataclass
class ReadContext:
    """What a collector may use while it reads. Built by the orchestrator for each run."""

    http: Any  # signals.http.Fetcher; typed loosely to keep this module import-light
    state: dict[str, Any] = field(default_factory=dict)
    snapshots: SnapshotStore = field(default_factory=MemorySnapshots)
    accounts: Sequence[WatchedAccount] = ()
    now: datetime = field(default_factory=utcnow)
    problems: list[RecordProblem] = field(default_factory=list)
    #: Source-level trouble that did not stop the read (a malformed feed the lenient parser
    #: recovered). The source is marked degraded with these, and what was read is kept.
    warnings: list[str] = field(default_factory=list)
    #: What the CRM knows of each contact, by lowercased email: (champion, lifecycle_stage).
    #: Job-change collectors use it to tell a champion's move from anyone else's.
    people: Mapping[str, tuple[bool, str | None]] = field(default_factory=dict)
    #: Workspace-wide settings a collector may default to (`[hiring] watch`, `[intent] topics`,
    #: `[icp] competitors`/`complements`, `contact_email`), so each source need not repeat them.
    defaults: Mapping[str, Any] = field(default_factory=dict)
    #: Called with (done, total) as a collector works through a list; the CLI draws a bar.
    progress: Callable[[int, int | None], None] | None = None

    def skip(self, where: str, reason: str) -> None:
        """Record a malformed record that was skipped; the rest of the batch goes on."""
        self.problems.append(RecordProblem(where=where, reason=reason))

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    @property
    def first_poll(self) -> bool:
        return not self.state.get("polled_once")

    def is_stale(self, occurred_at: datetime, max_age_days: int) -> bool:
        return occurred_at < self.now - timedelta(days=max_age_days)


class Collector(ABC):
    """One kind of source. Subclasses set `type`, `Config` and implement `read`."""

    type: ClassVar[str]
    Config: ClassVar[type[SourceConfig]] = SourceConfig
    description: ClassVar[str] = ""

    def check(self, config: SourceConfig) -> None:  # noqa: B027 - optional hook
        """Raise ConfigProblem when the config cannot work. Must not touch the network."""

    @abstractmethod
    def read(self, config: SourceConfig, ctx: ReadContext) -> Iterator[SignalEvent]:
        """Yield events. Record skipped records with ctx.skip; keep cursors in ctx.state."""


_REGISTRY: dict[str, type[Collector]] = {}


def register(cls: type[Collector]) -> type[Collector]:
    """Class decorator: make a collector available under its `type`."""
    if not getattr(cls, "type", None):
        raise TypeError(f"{cls.__name__} needs a `type`")
    _REGISTRY[cls.type] = cls
    return cls


def registered() -> dict[str, type[Collector]]:
    """Every built-in collector, by type (importing them all fills the registry)."""
    from signals.sources import load_all

    load_all()
    return dict(_REGISTRY)


def collector_for(source_type: str) -> Collector:
    if source_type not in _REGISTRY:
        from signals.sources import load

        load(source_type)  # only this type's module: the others are not imported
    types = _REGISTRY if source_type in _REGISTRY else registered()
    if source_type not in types:
        known = ", ".join(sorted(types))
        raise ConfigProblem(f"unknown source type {source_type!r}; known types: {known}")
    return types[source_type]()


def parse_source_config(raw: dict[str, Any]) -> SourceConfig:
    """Validate one `[[sources]]` table with its collector's Config model."""
    kind = raw.get("type")
    if not kind:
        raise ConfigProblem("every [[sources]] entry needs a `type`")
    collector = collector_for(str(kind))
    return collector.Config.model_validate(raw)
