"""unresolved_reports and unresolved_report_events: 办不成事 反映 and what happened to each

The personal columns (name, phone, description, resolution, reply, the events' detail) are
sealed by their column types as rows are written (server/sealing/columns.py); here they are the
Text and JSON the seals are stored in.

Revision ID: 0030_unresolved_reports
Revises: 0029_platform_export
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030_unresolved_reports"
down_revision = "0029_platform_export"
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "unresolved_reports",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("hall_code", sa.String(12), nullable=False),
        sa.Column("reported_at", _MOMENT, nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("window", sa.String(40), nullable=False),
        sa.Column("registered_by", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("matter_code", sa.String(50), nullable=False),
        sa.Column("matter_name", sa.String(200), nullable=False),
        sa.Column("failed_window", sa.String(40), nullable=False),
        sa.Column("case_number", sa.String(50), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("deadline_days", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("due_estimated", sa.Boolean(), nullable=False),
        sa.Column("assignee", sa.String(64), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("reply_method", sa.String(10), nullable=True),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("closed_at", _MOMENT, nullable=True),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
    )
    op.create_index(
        "ix_unresolved_reports_hall_state", "unresolved_reports", ["hall_code", "state", "closed_at"]
    )
    op.create_index("ix_unresolved_reports_hall_day", "unresolved_reports", ["hall_code", "reported_on"])
    op.create_table(
        "unresolved_report_events",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", _MOMENT, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["unresolved_reports.id"]),
    )
    op.create_index("ix_unresolved_report_events_report", "unresolved_report_events", ["report_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_unresolved_report_events_report", "unresolved_report_events")
    op.drop_table("unresolved_report_events")
    op.drop_index("ix_unresolved_reports_hall_day", "unresolved_reports")
    op.drop_index("ix_unresolved_reports_hall_state", "unresolved_reports")
    op.drop_table("unresolved_reports")
