"""The store: SQLModel tables, the engine and session factory, and Alembic migrations."""

from agent.store.db import Database, open_database

__all__ = ["Database", "open_database"]
