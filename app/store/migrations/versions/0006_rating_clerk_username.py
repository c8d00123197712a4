"""a rating names the signed-in clerk's account beside the display name

Two clerks of one hall may share a display name; the rating's outbox entry carries the account
so the server can tell whose 差评 it is. Ratings kept before have none (NULL).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ratings") as batch:
        batch.add_column(sa.Column("clerk_username", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ratings") as batch:
        batch.drop_column("clerk_username")
