"""window assignments with a version, work profiles, clerks' qualifications (潮汐窗口)

window_assignments: each window's assignment as the hall manager set it, with its version
(windows.categories keeps the effective weights call-next reads); assignment_changes: the
audited, undoable changes; work_profiles and profile_runs: named whole-hall assignments and
their scheduled applications, once per (hall, profile, day, time); clerk_qualifications.

Revision ID: 0011_window_assignments
Revises: 0010_second_party_cert
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_window_assignments"
down_revision = "0010_second_party_cert"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "window_assignments",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("window", sa.String(length=50), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("hall_code", "window"),
    )
    op.create_table(
        "assignment_changes",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("at", _AT, nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("profile", sa.String(length=20), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("undo_of", sa.BigInteger(), nullable=True),
        sa.Column("undone_by", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_assignment_changes_hall", "assignment_changes", ["hall_code", "id"])
    op.create_table(
        "work_profiles",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("windows", sa.JSON(), nullable=False),
        sa.Column("schedules", sa.JSON(), nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("hall_code", "name"),
    )
    op.create_table(
        "profile_runs",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("profile", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("at", sa.String(length=5), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("change_id", sa.BigInteger(), nullable=True),
        sa.Column("ran_at", _AT, nullable=False),
        sa.PrimaryKeyConstraint("hall_code", "profile", "day", "at"),
    )
    op.create_table(
        "clerk_qualifications",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.ForeignKeyConstraint(["username"], ["users.username"]),
        sa.PrimaryKeyConstraint("username"),
    )
    op.create_index("ix_clerk_qualifications_hall_code", "clerk_qualifications", ["hall_code"])


def downgrade() -> None:
    op.drop_index("ix_clerk_qualifications_hall_code", table_name="clerk_qualifications")
    op.drop_table("clerk_qualifications")
    op.drop_table("profile_runs")
    op.drop_table("work_profiles")
    op.drop_index("ix_assignment_changes_hall", table_name="assignment_changes")
    op.drop_table("assignment_changes")
    op.drop_table("window_assignments")
