"""Back-office steps carry a request_id: a resend answers the first answer, recorded once.

Revision ID: 0005_request_ids
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_request_ids"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backoffice_requests",
        sa.Column("request_id", sa.String(length=36), nullable=False),
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("request_id"),
    )


def downgrade() -> None:
    op.drop_table("backoffice_requests")
