"""users.must_change_password: a password set by another's hand must be changed at first sign-in

Accounts already there keep their passwords as they are (False): nobody is locked out by the
upgrade; the next reset by an admin or hall manager sets it.

Revision ID: 0023_must_change_password
Revises: 0022_hall_security
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023_must_change_password"
down_revision = "0022_hall_security"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("must_change_password")
