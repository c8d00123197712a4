"""cases: the snapshot's certificate numbers as computed columns, indexed per hall (查找办件)

A hall's year is some 300,000 cases; finding the one of an ID card read at the window must not
read them all (1.8 s measured on PostgreSQL by a JSON scan). PostgreSQL stores the columns
(adding them rewrites the table once); SQLite computes them when read, its index keeps them.

Revision ID: 0009_case_search
Revises: 0008_notices
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_case_search"
down_revision = "0008_notices"
branch_labels = None
depends_on = None

_COLUMNS = {
    "applicant_cert": ("ix_cases_hall_applicant_cert", ("applicant", "cert_number")),
    "agent_cert": ("ix_cases_hall_agent_cert", ("applicant", "agent", "cert_number")),
}


def upgrade() -> None:
    stored = op.get_bind().dialect.name == "postgresql"  # SQLite adds only virtual ones
    snapshot = sa.column("snapshot", sa.JSON)
    for name, (index, path) in _COLUMNS.items():
        key = sa.func.upper(snapshot[path].as_string())
        computed = sa.Computed(key, persisted=stored)
        op.add_column("cases", sa.Column(name, sa.String(50), computed, nullable=True))
        op.create_index(index, "cases", ["hall_code", name])


def downgrade() -> None:
    for name, (index, _path) in _COLUMNS.items():
        op.drop_index(index, table_name="cases")
        op.drop_column("cases", name)
