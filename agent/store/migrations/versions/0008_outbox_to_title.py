"""the outbox keeps the recipient's job title as it was when the message was handed to it

The Sent view shows who a message went to as they were then: a contact's title changes with the
next CRM import, the sent message does not.

Revision ID: 0008
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0008b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_title", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("to_title")
