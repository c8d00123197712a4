"""audit_log.hall_code and person_key: an auditor searches their hall's log by person, clerk, time

Entries written before have neither (their MAC is unchanged: server/auth/audit_chain.entry_mac).

Revision ID: 0024_audit_scope
Revises: 0023_must_change_password
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024_audit_scope"
down_revision = "0023_must_change_password"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("hall_code", sa.String(length=12), nullable=True))
        batch.add_column(sa.Column("person_key", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_log_hall_at", "audit_log", ["hall_code", "at"])
    op.create_index("ix_audit_log_person", "audit_log", ["person_key"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_person", table_name="audit_log")
    op.drop_index("ix_audit_log_hall_at", table_name="audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("person_key")
        batch.drop_column("hall_code")
