"""drafts of three kinds

A draft is a first touch about a signal, a reactivation, or a sequence step: one per signal and
recipient (was: one per signal), one per enrolment step. The outbox can hold a message until
its send window or frequency cap allows it (`scheduled`, `not_before`).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 13:58:05.741852
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import agent.store.types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _drop_signal_unique() -> None:
    """0001 made draft.signal_id UNIQUE without a name: PostgreSQL called it draft_signal_id_key;
    SQLite has no name at all, so batch mode names the reflected constraint by convention."""
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(
            "draft", naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"}
        ) as batch_op:
            batch_op.drop_constraint("uq_draft_signal_id", type_="unique")
    else:
        op.drop_constraint("draft_signal_id_key", "draft", type_="unique")


def upgrade() -> None:
    _drop_signal_unique()
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default='signal'))
        batch_op.add_column(sa.Column('enrollment_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('sequence', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('step', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('expires_at', agent.store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.alter_column('signal_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.create_index(batch_op.f('ix_draft_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_enrollment_id'), ['enrollment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_draft_signal_id'), ['signal_id'], unique=False)
        batch_op.create_unique_constraint('uq_draft_enrollment_step', ['enrollment_id', 'step'])
        batch_op.create_unique_constraint('uq_draft_signal_contact', ['signal_id', 'contact_id'])

    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('not_before', agent.store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('schedule_reason', sa.Text(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('schedule_reason')
        batch_op.drop_column('not_before')

    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_constraint('uq_draft_signal_contact', type_='unique')
        batch_op.drop_constraint('uq_draft_enrollment_step', type_='unique')
        batch_op.drop_index(batch_op.f('ix_draft_signal_id'))
        batch_op.drop_index(batch_op.f('ix_draft_kind'))
        batch_op.drop_index(batch_op.f('ix_draft_enrollment_id'))
        batch_op.drop_index(batch_op.f('ix_draft_contact_id'))
        batch_op.alter_column('signal_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('expires_at')
        batch_op.drop_column('step')
        batch_op.drop_column('sequence')
        batch_op.drop_column('enrollment_id')
        batch_op.drop_column('kind')
        batch_op.create_unique_constraint('draft_signal_id_key', ['signal_id'])

