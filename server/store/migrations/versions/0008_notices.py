"""notices, notice_wordings: SMS notices to applicants and each hall's wording of them

Revision ID: 0008_notices
Revises: 0007_one_head
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_notices"
down_revision = "0007_one_head"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "notice_wordings",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("hall_code", "event"),
    )
    op.create_table(
        "notices",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("case_number", sa.String(length=50), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ux_notices_case_event", "notices", ["case_id", "event"], unique=True)
    op.create_index("ix_notices_due", "notices", ["status", "next_attempt_at"])
    op.create_index("ix_notices_hall", "notices", ["hall_code", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_notices_hall", table_name="notices")
    op.drop_index("ix_notices_due", table_name="notices")
    op.drop_index("ux_notices_case_event", table_name="notices")
    op.drop_table("notices")
    op.drop_table("notice_wordings")
