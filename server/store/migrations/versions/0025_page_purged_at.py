"""case_pages.purged_at: a page whose image was destroyed when the hall's archive period ran out

Revision ID: 0025_page_purged_at
Revises: 0024_audit_scope
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025_page_purged_at"
down_revision = "0024_audit_scope"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_pages") as batch:
        batch.add_column(sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_pages") as batch:
        batch.drop_column("purged_at")
