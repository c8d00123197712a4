"""Terminal kinds: each terminal (and each enrolment code) is a window, kiosk, display or back office.

The kind decides which routes the terminal may call (server/auth/credentials.py). Terminals and
codes from before kinds were all workbenches or treated as such: they become windows, and an
operator re-enrols a kiosk or display with a code of its kind.

Revision ID: 0004_terminal_kinds
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_terminal_kinds"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("terminals", "enrolment_codes"):
        op.add_column(table, sa.Column("kind", sa.String(16), nullable=False, server_default="window"))


def downgrade() -> None:
    for table in ("terminals", "enrolment_codes"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("kind")
