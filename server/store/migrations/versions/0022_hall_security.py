"""halls.security: what a hall's terminals enforce on their own (the workbench's idle lock)

Revision ID: 0022_hall_security
Revises: 0021_audit_chain
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022_hall_security"
down_revision = "0021_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("halls") as batch:
        batch.add_column(sa.Column("security", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("halls") as batch:
        batch.drop_column("security")
