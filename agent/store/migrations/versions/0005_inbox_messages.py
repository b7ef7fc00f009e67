"""inbox messages: each message read from the [inbox] mailbox, processed once

A message is keyed by its mailbox, UIDVALIDITY and UID (RFC 3501: a UID names one message only
within one UIDVALIDITY of one mailbox); what it was and what Outrider did are kept for people.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 14:30:00.000000
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import agent.store.types


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('inbox_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mailbox', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
    sa.Column('uid', sa.BigInteger(), nullable=False),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('from_email', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('matched_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('outbox_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('sent_at', agent.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('processed_at', agent.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ),
    sa.ForeignKeyConstraint(['event_id'], ['engagement_event.id'], ),
    sa.ForeignKeyConstraint(['outbox_id'], ['outbox.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mailbox', 'uidvalidity', 'uid', name='uq_inbox_message_uid')
    )
    with op.batch_alter_table('inbox_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbox_message_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inbox_message_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_inbox_message_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inbox_message_processed_at'), ['processed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('inbox_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbox_message_processed_at'))
        batch_op.drop_index(batch_op.f('ix_inbox_message_message_id'))
        batch_op.drop_index(batch_op.f('ix_inbox_message_kind'))
        batch_op.drop_index(batch_op.f('ix_inbox_message_contact_id'))
    op.drop_table('inbox_message')
