"""a rating names its clerk's account (ratings.clerk_username) beside the display name

Two clerks of one hall may share a display name; the clerk's own 差评, 申请复核 and the follow-up
filter go by the account where the rating has one. Ratings kept before this have none (NULL) and
keep naming their clerk by display name (app/domain/rating_clerks.py).

Revision ID: 0018_rating_clerk_username
Revises: 0017_statistics_rollup
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_rating_clerk_username"
down_revision = "0017_statistics_rollup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ratings") as batch:
        batch.add_column(sa.Column("clerk_username", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ratings") as batch:
        batch.drop_column("clerk_username")
