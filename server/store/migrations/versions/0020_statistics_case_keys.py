"""the cases each kept day of 统计报表 counts: under which keys (window, clerk, matter), with how many
decisions

statistics_case_keys: one row per kept day and case it counts, so that a later change of the case
forgets only the days it can have moved (server/manager/statistics_case_changes.py). The days kept
before it are derived again by the next report.

Revision ID: 0020_statistics_case_keys
Revises: 0019_case_event_actor_username
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_statistics_case_keys"
down_revision = "0019_case_event_actor_username"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statistics_case_keys",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("counted_under", sa.String(), nullable=False),
        sa.Column("decisions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hall_code", "day", "case_id"),
    )
    op.create_index("ix_statistics_case_keys_case", "statistics_case_keys", ["case_id"])
    for table in (
        "statistics_case_sums",
        "statistics_case_overdue",
        "statistics_case_days",
        "statistics_case_cursor",
    ):
        op.execute(f"DELETE FROM {table}")


def downgrade() -> None:
    op.drop_index("ix_statistics_case_keys_case", table_name="statistics_case_keys")
    op.drop_table("statistics_case_keys")
