"""A workspace: a folder with `outrider.toml`, the SQLite file (unless DATABASE_URL), and the outbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from agent.config import (
    CONFIG_FILE,
    Settings,
    WorkspaceConfig,
    database_url_for,
    load_workspace_config,
    resolve_workspace,
)
from agent.store.db import Database, open_database


@dataclass
class Workspace:
    path: Path
    config: WorkspaceConfig
    settings: Settings = field(default_factory=Settings)

    @classmethod
    def open(cls, path: Path | None = None, *, settings: Settings | None = None) -> Workspace:
        root = resolve_workspace(path)
        config = load_workspace_config(root / CONFIG_FILE)
        return cls(path=root, config=config, settings=settings or Settings())

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
