"""what 统计报表 keeps of a closed day beyond its tickets: per-key sums of the queue, cases and
ratings, the overdue cases, the change-log cursor, and the p90 indexes of the kept tickets
(server/store/models_statistics.py)

Revision ID: 0017_statistics_rollup
Revises: 0016_statistics
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_statistics_rollup"
down_revision = "0016_statistics"
branch_labels = None
depends_on = None

# the p90 walks: values of one key (none: the whole hall) from the largest down, the day last
P90_KEYS = (("hall", ()), ("category", ("category",)), ("window", ("window",)), ("clerk", ("clerk",)))
MEASURES = ("wait", "service")
COUNTS = ("tickets", "served", "no_shows", "transfers", "waits")
CASE_COUNTS = ("accepted", "supplement", "refused", "overdue", *(f"level_{n}" for n in range(1, 6)))


def _day_key(*columns: sa.Column) -> list:
    return [
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        *columns,
    ]


def upgrade() -> None:
    # the sums are new: the days kept before them are derived again by the next report
    op.execute("DELETE FROM statistics_tickets")
    op.execute("DELETE FROM statistics_days")
    for name, _ in P90_KEYS:
        for measure in MEASURES:
            op.add_column(
                "statistics_tickets",
                sa.Column(f"top_{name}_{measure}", sa.SmallInteger(), server_default="0", nullable=False),
            )
    for name, columns in P90_KEYS:
        for measure in MEASURES:
            top = sa.text(f"top_{name}_{measure} = 1")
            op.create_index(
                f"ix_statistics_tickets_{name}_{measure}",
                "statistics_tickets",
                ["hall_code", *columns, measure, "day"],
                postgresql_where=top,
                sqlite_where=top,
            )
    op.create_table(
        "statistics_ticket_sums",
        *_day_key(
            sa.Column("by", sa.String(length=10), nullable=False),
            sa.Column("key", sa.String(), nullable=False),
        ),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in COUNTS),
        sa.Column("wait_us", sa.BigInteger(), nullable=False),
        sa.Column("services", sa.Integer(), nullable=False),
        sa.Column("service_us", sa.BigInteger(), nullable=False),
        sa.Column("wait_cut", sa.Float(), nullable=True),
        sa.Column("service_cut", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("hall_code", "by", "day", "key"),
    )
    op.create_table(
        "statistics_case_days",
        *_day_key(
            sa.Column("ratings", sa.Integer(), nullable=False),
            sa.Column("kept_at", sa.DateTime(timezone=True), nullable=False),
        ),
        sa.PrimaryKeyConstraint("hall_code", "day"),
    )
    op.create_table(
        "statistics_case_sums",
        *_day_key(
            sa.Column("by", sa.String(length=10), nullable=False),
            sa.Column("key", sa.String(), nullable=False),
        ),
        sa.Column("name", sa.String(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in CASE_COUNTS),
        sa.PrimaryKeyConstraint("hall_code", "by", "day", "key"),
    )
    op.create_table(
        "statistics_case_overdue",
        *_day_key(sa.Column("case_id", sa.String(length=36), nullable=False)),
        sa.PrimaryKeyConstraint("hall_code", "day", "case_id"),
    )
    op.create_index("ix_statistics_case_overdue_case", "statistics_case_overdue", ["case_id"])
    op.create_table(
        "statistics_case_cursor",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=False),
        sa.Column("change_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("hall_code"),
    )


def downgrade() -> None:
    op.drop_table("statistics_case_cursor")
    op.drop_index("ix_statistics_case_overdue_case", table_name="statistics_case_overdue")
    op.drop_table("statistics_case_overdue")
    op.drop_table("statistics_case_sums")
    op.drop_table("statistics_case_days")
    op.drop_table("statistics_ticket_sums")
    for name, _ in reversed(P90_KEYS):
        for measure in reversed(MEASURES):
            op.drop_index(f"ix_statistics_tickets_{name}_{measure}", table_name="statistics_tickets")
            op.drop_column("statistics_tickets", f"top_{name}_{measure}")
