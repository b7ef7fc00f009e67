"""leads: engagement events, stages, handoffs, alerts, api tokens

Existing contacts become leads at stage `lead` with a zero score (server defaults), so an
upgrade never needs a data fix.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 13:49:42.078604
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import agent.store.types


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('prefix', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', agent.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', agent.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', agent.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', agent.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('identity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_identity_email'), ['email'], unique=False)

    op.create_table('alert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', agent.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('claimed_at', agent.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('delivered_at', agent.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('external_ref', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', agent.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'ref_id', 'channel', name='uq_alert_kind_ref_channel')
    )
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_state'), ['state'], unique=False)

    op.create_table('engagement_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('domain', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('occurred_at', agent.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('properties', sa.JSON(), nullable=False),
    sa.Column('applied', sa.Boolean(), nullable=False),
    sa.Column('received_at', agent.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], ),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('engagement_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_engagement_event_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_event_applied'), ['applied'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_event_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_event_domain'), ['domain'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_event_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_event_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_event_type'), ['type'], unique=False)

    op.create_table('handoff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('created_at', agent.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ),
    sa.ForeignKeyConstraint(['event_id'], ['engagement_event.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('handoff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handoff_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handoff_created_at'), ['created_at'], unique=False)

    op.create_table('stage_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('from_stage', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('to_stage', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('at', agent.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ),
    sa.ForeignKeyConstraint(['event_id'], ['engagement_event.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_change_contact_id'), ['contact_id'], unique=False)

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_email', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('lead_status', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('last_activity_at', agent.store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('lost_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('closed_lost_at', agent.store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default='lead'))
        batch_op.add_column(sa.Column('stage_changed_at', agent.store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('score', sa.Float(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('score_reasons', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('score_ledger', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('scored_at', agent.store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_engaged_at', agent.store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('handoff_armed', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.create_index(batch_op.f('ix_contact_score'), ['score'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_stage'), ['stage'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_stage'))
        batch_op.drop_index(batch_op.f('ix_contact_score'))
        batch_op.drop_column('handoff_armed')
        batch_op.drop_column('last_engaged_at')
        batch_op.drop_column('scored_at')
        batch_op.drop_column('score_ledger')
        batch_op.drop_column('score_reasons')
        batch_op.drop_column('score')
        batch_op.drop_column('stage_changed_at')
        batch_op.drop_column('stage')
        batch_op.drop_column('closed_lost_at')
        batch_op.drop_column('lost_reason')
        batch_op.drop_column('last_activity_at')
        batch_op.drop_column('lead_status')
        batch_op.drop_column('owner_email')

    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_change_contact_id'))

    op.drop_table('stage_change')
    with op.batch_alter_table('handoff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handoff_created_at'))
        batch_op.drop_index(batch_op.f('ix_handoff_contact_id'))

    op.drop_table('handoff')
    with op.batch_alter_table('engagement_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_engagement_event_type'))
        batch_op.drop_index(batch_op.f('ix_engagement_event_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_engagement_event_email'))
        batch_op.drop_index(batch_op.f('ix_engagement_event_domain'))
        batch_op.drop_index(batch_op.f('ix_engagement_event_contact_id'))
        batch_op.drop_index(batch_op.f('ix_engagement_event_applied'))
        batch_op.drop_index(batch_op.f('ix_engagement_event_account_id'))

    op.drop_table('engagement_event')
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_state'))
        batch_op.drop_index(batch_op.f('ix_alert_contact_id'))

    op.drop_table('alert')
    with op.batch_alter_table('identity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_identity_email'))

    op.drop_table('identity')
    op.drop_table('api_token')
