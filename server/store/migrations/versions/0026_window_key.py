"""terminals.window_key: the secret that opens a window PC's sealed store, held by the server

Revision ID: 0026_window_key
Revises: 0025_page_purged_at
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026_window_key"
down_revision = "0025_page_purged_at"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("terminals") as batch:
        batch.add_column(sa.Column("window_key", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("terminals") as batch:
        batch.drop_column("window_key")
