"""nurture sequences: enrolments and their path

One enrolment per lead, sequence and round (a re-enrolment is a new round), with its state
machine; the log keeps the lead's path (steps drafted, skipped, sent, branches, exits).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 09:00:00.000000
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import agent.store.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("next_at", agent.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("paused_until", agent.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("resume_state", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("current_draft_id", sa.Integer(), nullable=True),
        sa.Column("exit_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("exit_detail", sa.Text(), nullable=True),
        sa.Column("entered_by", sa.Text(), nullable=False),
        sa.Column("enrolled_at", agent.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", agent.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", agent.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("contact_id", "sequence", "round", name="uq_enrollment_contact_sequence_round"),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_sequence"), ["sequence"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_current_draft_id"), ["current_draft_id"], unique=False)
        batch_op.create_index("ix_enrollment_state_next_at", ["state", "next_at"], unique=False)

    op.create_table(
        "enrollment_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=True),
        sa.Column("asset", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("at", agent.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["enrollment_id"], ["enrollment.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enrollment_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_log_enrollment_id"), ["enrollment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("enrollment_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_log_enrollment_id"))
    op.drop_table("enrollment_log")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index("ix_enrollment_state_next_at")
        batch_op.drop_index(batch_op.f("ix_enrollment_current_draft_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_sequence"))
        batch_op.drop_index(batch_op.f("ix_enrollment_contact_id"))
    op.drop_table("enrollment")
