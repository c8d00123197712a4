"""cases: the second party's certificate number (结婚登记's 女方) computed and indexed per hall

查找办件 by an ID card finds a two-party case by either party; like 0009's, the column keeps a
hall's year from being read through for it.

Revision ID: 0010_second_party_cert
Revises: 0009_case_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_second_party_cert"
down_revision = "0009_case_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    stored = op.get_bind().dialect.name == "postgresql"  # SQLite adds only virtual ones
    key = sa.func.upper(sa.column("snapshot", sa.JSON)[("second_party", "cert_number")].as_string())
    computed = sa.Computed(key, persisted=stored)
    op.add_column("cases", sa.Column("second_cert", sa.String(50), computed, nullable=True))
    op.create_index("ix_cases_hall_second_cert", "cases", ["hall_code", "second_cert"])


def downgrade() -> None:
    op.drop_index("ix_cases_hall_second_cert", table_name="cases")
    op.drop_column("cases", "second_cert")
