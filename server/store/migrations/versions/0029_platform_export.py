"""platform_records and platform_export: the 办件 export to the province platform (数据归集)

Revision ID: 0029_platform_export
Revises: 0028_cases_redundant_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0029_platform_export"
down_revision = "0028_cases_redundant_indexes"
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "platform_records",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("hall_code", sa.String(12), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("case_number", sa.String(50), nullable=False),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("record_key", sa.String(80), nullable=False),
        sa.Column("row_guid", sa.String(36), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _MOMENT, nullable=False),
        sa.Column("batch_id", sa.String(36), nullable=True),
        sa.Column("queued_at", _MOMENT, nullable=False),
        sa.Column("sent_at", _MOMENT, nullable=True),
        sa.Column("corrected_by", sa.String(64), nullable=True),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
    )
    op.create_index("ux_platform_records_guid", "platform_records", ["row_guid"], unique=True)
    op.create_index("ix_platform_records_due", "platform_records", ["status", "next_attempt_at"])
    op.create_index("ix_platform_records_case", "platform_records", ["hall_code", "case_number"])
    op.create_table(
        "platform_export",
        sa.Column("hall_code", sa.String(12), primary_key=True),
        sa.Column("cursor", sa.String(60), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
    )


def downgrade() -> None:
    op.drop_table("platform_export")
    op.drop_index("ix_platform_records_case", "platform_records")
    op.drop_index("ix_platform_records_due", "platform_records")
    op.drop_index("ux_platform_records_guid", "platform_records")
    op.drop_table("platform_records")
