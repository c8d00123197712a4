"""a case says whether it was applied for with the hall's help (帮办) or by an agent (代办)

cases.assistance: {"kind": "helped" | "proxy", "helper", "reason", "note"} (app/domain/assistance.py
assistance_to_json); NULL for a case the applicant applied for in person.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 23:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("assistance", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("assistance")
