"""the live hall's alarm thresholds per category

Revision ID: 0013_live_hall_settings
Revises: 0012_rating_followups
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_live_hall_settings"
down_revision = "0012_rating_followups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "live_hall_thresholds",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("max_waiting", sa.Integer(), nullable=True),
        sa.Column("max_wait_minutes", sa.Integer(), nullable=True),
        sa.Column("max_idle_minutes", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("hall_code", "category"),
    )


def downgrade() -> None:
    op.drop_table("live_hall_thresholds")
