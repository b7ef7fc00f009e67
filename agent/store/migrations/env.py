"""Alembic environment: runs on the connection the app hands over (see agent.store.db.upgrade)."""

from alembic import context
from sqlmodel import SQLModel

import agent.store.models  # noqa: F401 - registers the tables

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` run by hand: use DATABASE_URL or the default workspace
    from agent.store.db import make_engine
    import os

    engine = make_engine(os.environ.get("DATABASE_URL", "sqlite:///outrider.db"))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
