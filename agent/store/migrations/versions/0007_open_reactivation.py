"""at most one open reactivation per lead

A dormant lead woken by several signals gets one reactivation draft to review, not a pile: a
partial UNIQUE index on draft(contact_id) over open (pending, snoozed, approved) reactivations.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0008"
branch_labels = None
depends_on = None

WHERE = "kind = 'reactivation' AND status IN ('pending', 'snoozed', 'approved')"


def upgrade() -> None:
    op.create_index(
        "uq_draft_open_reactivation",
        "draft",
        ["contact_id"],
        unique=True,
        sqlite_where=sa.text(WHERE),
        postgresql_where=sa.text(WHERE),
    )


def downgrade() -> None:
    op.drop_index("uq_draft_open_reactivation", table_name="draft")
