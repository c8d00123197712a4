"""indexes and the closed days' queue facts for the hall manager's statistics
(server/store/models_statistics.py)

Revision ID: 0016_statistics
Revises: 0015_hall_calendar_days
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_statistics"
down_revision = "0015_hall_calendar_days"
branch_labels = None
depends_on = None

# (name, table, columns): what 统计报表 reads through (see models_statistics.py for why)
INDEXES = (
    ("ix_queue_events_ticket", "queue_events", ["ticket_id", "id"]),
    ("ix_queue_events_kind_day", "queue_events", ["hall_code", "kind", "day"]),
    ("ix_case_events_case_kind", "case_events", ["case_id", "kind"]),
    ("ix_case_events_kind_at", "case_events", ["kind", "at"]),
    ("ix_cases_hall_promised", "cases", ["hall_code", "promised_date"]),
    ("ix_ratings_hall_rated", "ratings", ["hall_code", "rated_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.create_table(
        "statistics_days",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("tickets", sa.Integer(), nullable=False),
        sa.Column("kept_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("hall_code", "day"),
    )
    op.create_table(
        "statistics_tickets",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("ticket_id", sa.BigInteger(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("window", sa.String(length=50), nullable=False),
        sa.Column("clerk", sa.String(length=64), nullable=False),
        sa.Column("hour", sa.SmallInteger(), nullable=False),
        sa.Column("served", sa.SmallInteger(), nullable=False),
        sa.Column("wait", sa.Float(), nullable=True),
        sa.Column("service", sa.Float(), nullable=True),
        sa.Column("no_show", sa.SmallInteger(), nullable=False),
        sa.Column("transferred", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("hall_code", "day", "ticket_id"),
    )


def downgrade() -> None:
    op.drop_table("statistics_tickets")
    op.drop_table("statistics_days")
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
