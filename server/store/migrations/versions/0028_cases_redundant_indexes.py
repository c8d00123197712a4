"""cases: drop ix_cases_hall_code and ix_cases_promised_date, which other indexes already serve

Every query of cases names its hall first (a hall's cases, its due and overdue cases, its
numbers), so ux_cases_hall_number (hall_code, number) and ix_cases_hall_promised (hall_code,
promised_date) serve everything these two single-column indexes did; each new or rescheduled
case wrote them anyway, on the sync ingest's path (issue 15: a push writes a case's row with
every index of the table).

Revision ID: 0028_cases_redundant_indexes
Revises: 0027_sealed_personal_data
"""

from __future__ import annotations

from alembic import op

revision = "0028_cases_redundant_indexes"
down_revision = "0027_sealed_personal_data"
branch_labels = None
depends_on = None

_DROPPED = (("ix_cases_hall_code", "hall_code"), ("ix_cases_promised_date", "promised_date"))


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name, _column in _DROPPED:
            batch.drop_index(name)


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name, column in _DROPPED:
            batch.create_index(name, [column], unique=False)
