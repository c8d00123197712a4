"""sync with the central server: outbox answers, sync state, cached users, uploads, parked states

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 09:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox') as batch:
        batch.add_column(sa.Column('state', sa.String(length=12), server_default='pending', nullable=False))
        batch.add_column(sa.Column('reason', sa.Text(), server_default='', nullable=False))
        batch.add_column(sa.Column('acked_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('seen', sa.Boolean(), server_default='0', nullable=False))
        batch.create_index(batch.f('ix_outbox_state'), ['state'], unique=False)
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('cached_users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('hall_code', sa.String(length=12), nullable=False),
    sa.Column('window_name', sa.String(length=50), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('username')
    )
    op.create_table('uploaded_attachments',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('parked_case_states',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.Column('parked_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('case_id')
    )


def downgrade() -> None:
    op.drop_table('parked_case_states')
    op.drop_table('uploaded_attachments')
    op.drop_table('cached_users')
    op.drop_table('sync_state')
    with op.batch_alter_table('outbox') as batch:
        batch.drop_index(batch.f('ix_outbox_state'))
        batch.drop_column('seen')
        batch.drop_column('acked_at')
        batch.drop_column('reason')
        batch.drop_column('state')
