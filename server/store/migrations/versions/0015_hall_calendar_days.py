"""a hall's own calendar: closures, weekend and extended hours

hall_calendars: one row per hall that set its hours (app/domain/hall_hours.py's JSON: workday,
saturday and sunday sessions, closures with reasons); a hall without one is open at any time.

Revision ID: 0015_hall_calendar_days
Revises: 0014_staffing
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_hall_calendar_days"
down_revision = "0014_staffing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hall_calendars",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("hours", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("hall_code"),
    )


def downgrade() -> None:
    op.drop_table("hall_calendars")
