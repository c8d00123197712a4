"""staffing_wait_targets: each category's wait target for the staffing suggestions

Revision ID: 0014_staffing
Revises: 0013_live_hall_settings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_staffing"
down_revision = "0013_live_hall_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staffing_wait_targets",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("share", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("hall_code", "category"),
    )


def downgrade() -> None:
    op.drop_table("staffing_wait_targets")
