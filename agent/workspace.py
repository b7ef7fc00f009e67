"""A workspace: a folder with `outrider.toml`, the SQLite file (unless DATABASE_URL), and the outbox."""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from agent.config import (
    CONFIG_FILE,
    ConfigError,
    Settings,
    WorkspaceConfig,
    database_url_for,
    load_workspace_config,
    resolve_workspace,
)
from agent.store.db import Database, open_database

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    path: Path
    config: WorkspaceConfig
    settings: Settings = field(default_factory=Settings)
    #: What outrider.toml looked like when `config` was read (mtime, size, inode); None: not read yet.
    config_stamp: tuple[int, int, int] | None = field(default=None, repr=False, compare=False)
    #: Why the last edit of outrider.toml was not taken (the running config stays); None: it was.
    config_error: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def open(cls, path: Path | None = None, *, settings: Settings | None = None) -> Workspace:
        root = resolve_workspace(path)
        stamp = _stamp(root / CONFIG_FILE)
        config = load_workspace_config(root / CONFIG_FILE)
        return cls(path=root, config=config, settings=settings or Settings(), config_stamp=stamp)

    def __post_init__(self) -> None:
        if self.config_stamp is None:  # built from a config in hand: the file as it is now is the baseline
            self.config_stamp = _stamp(self.config_path)

    def refresh_config(self) -> bool:
        """Re-read outrider.toml when it changed on disk since it was read (a `stat`, no read, when
        it did not). True when `config` changed. A file that no longer validates leaves the running
        config in place and says why in `config_error` (logged once per edit)."""
        stamp = _stamp(self.config_path)
        if stamp is None or stamp == self.config_stamp:
            return False
        with _REFRESH_LOCK:
            if stamp == self.config_stamp:
                return False
            try:
                config = load_workspace_config(self.config_path)
            except ConfigError as exc:
                self.config_stamp = stamp
                self.config_error = str(exc)
                log.warning("workspace=%s config not reloaded, the running settings stay: %s", self.path, exc)
                return False
            self.config = config
            self.config_stamp = stamp
            self.config_error = None
            log.info("workspace=%s config reloaded from %s", self.path, self.config_path)
            return True

    @property
    def config_path(self) -> Path:
        return self.path / CONFIG_FILE

    @property
    def outbox_dir(self) -> Path:
        return self.path / "outbox"

    @cached_property
    def db(self) -> Database:
        return open_database(database_url_for(self.path, self.settings))

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.dispose()


_REFRESH_LOCK = threading.Lock()


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)
