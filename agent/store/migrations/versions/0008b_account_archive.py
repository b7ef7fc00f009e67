"""accounts can be archived (no longer watched, kept with their history, restorable)

Revision ID: 0008b
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

import agent.store.types

revision = "0008b"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archived_at", agent.store.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
