"""好差评 follow-ups and rating review requests (and ratings indexed by hall and time)

Revision ID: 0012_rating_followups
Revises: 0011_window_assignments
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_rating_followups"
down_revision = "0011_window_assignments"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_index("ix_ratings_hall_rated_at", "ratings", ["hall_code", "rated_at"])
    op.create_table(
        "rating_followups",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("rating_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("deadline_days", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("due_estimated", sa.Boolean(), nullable=False),
        sa.Column("assignee", sa.String(length=64), nullable=True),
        sa.Column("opened_at", _AT, nullable=False),
        sa.Column("closed_at", _AT, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.ForeignKeyConstraint(["rating_id"], ["ratings.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("rating_id"),
    )
    op.create_index("ix_rating_followups_hall_state", "rating_followups", ["hall_code", "state", "due_date"])
    op.create_table(
        "rating_followup_events",
        sa.Column("id", _ID, autoincrement=True, nullable=False),
        sa.Column("followup_id", _ID, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", _AT, nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["followup_id"], ["rating_followups.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_rating_followup_events_followup", "rating_followup_events", ["followup_id", "id"])
    op.create_table(
        "rating_reviews",
        sa.Column("rating_id", sa.String(length=36), nullable=False),
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("asked_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("asked_at", _AT, nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", _AT, nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.ForeignKeyConstraint(["rating_id"], ["ratings.id"]),
        sa.PrimaryKeyConstraint("rating_id"),
    )
    op.create_index("ix_rating_reviews_hall_code", "rating_reviews", ["hall_code"])
    op.create_table(
        "rating_followup_settings",
        sa.Column("hall_code", sa.String(length=12), nullable=False),
        sa.Column("deadline_days", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", _AT, nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
        sa.PrimaryKeyConstraint("hall_code"),
    )


def downgrade() -> None:
    op.drop_table("rating_followup_settings")
    op.drop_index("ix_rating_reviews_hall_code", table_name="rating_reviews")
    op.drop_table("rating_reviews")
    op.drop_index("ix_rating_followup_events_followup", table_name="rating_followup_events")
    op.drop_table("rating_followup_events")
    op.drop_index("ix_rating_followups_hall_state", table_name="rating_followups")
    op.drop_table("rating_followups")
    op.drop_index("ix_ratings_hall_rated_at", table_name="ratings")
