"""预约 with 号源: appointment_plans and appointment_rules; a booking's channel, matter, phone,
cancellation and reminder; a ticket's matter (an appointment's, carried to the window)

Bookings from before keep working: slot "" (no slot was asked), channel window, no phone (no
reminder), matter "". The phone is sealed by its column type as rows are written
(server/sealing/columns.py); here it is the Text the seal is stored in.

Revision ID: 0031_appointment_slots
Revises: 0030_unresolved_reports
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0031_appointment_slots"
down_revision = "0030_unresolved_reports"
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "appointment_plans",
        sa.Column("hall_code", sa.String(12), primary_key=True),
        sa.Column("category", sa.String(20), primary_key=True),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("horizon_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
    )
    op.create_table(
        "appointment_rules",
        sa.Column("hall_code", sa.String(12), primary_key=True),
        sa.Column("open_bookings_limit", sa.Integer(), nullable=False),
        sa.Column("no_show_limit", sa.Integer(), nullable=False),
        sa.Column("no_show_window_days", sa.Integer(), nullable=False),
        sa.Column("block_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["hall_code"], ["halls.code"]),
    )
    with op.batch_alter_table("queue_appointments") as batch:
        batch.add_column(sa.Column("channel", sa.String(10), nullable=False, server_default="window"))
        batch.add_column(sa.Column("matter_code", sa.String(50), nullable=False, server_default=""))
        batch.add_column(sa.Column("matter_name", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("phone", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("cancelled_at", _MOMENT, nullable=True))
        batch.add_column(sa.Column("reminded_at", _MOMENT, nullable=True))
        # a person's bookings are read across days now (limits, no-shows): hash before day
        batch.drop_index("ix_queue_appointments_id")
        batch.create_index("ix_queue_appointments_person", ["hall_code", "id_hash", "day"])
        batch.create_index("ix_queue_appointments_slot", ["hall_code", "category", "day", "slot"])
    with op.batch_alter_table("queue_tickets") as batch:
        batch.add_column(sa.Column("matter_code", sa.String(50), nullable=False, server_default=""))
        batch.add_column(sa.Column("matter_name", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("queue_tickets") as batch:
        batch.drop_column("matter_name")
        batch.drop_column("matter_code")
    with op.batch_alter_table("queue_appointments") as batch:
        batch.drop_index("ix_queue_appointments_slot")
        batch.drop_index("ix_queue_appointments_person")
        batch.create_index("ix_queue_appointments_id", ["hall_code", "day", "id_hash"])
        for name in ("reminded_at", "cancelled_at", "phone", "matter_name", "matter_code", "channel"):
            batch.drop_column(name)
    op.drop_table("appointment_rules")
    op.drop_table("appointment_plans")
