"""Tables of 预约's 号源 and booking rules (migration 0031); the bookings themselves are
queue_appointments (server.store.models.AppointmentRow), which the kiosk checks in.

A category without a plan row takes no bookings; a hall without a rules row books under
app.domain.appointments.BookingRules' defaults. A booking locks its category's plan row, so
two bookings racing for a slot's last place are taken one after the other.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.store.models import Base, UtcDateTime


class AppointmentPlanRow(Base):
    """号源 of one category of a hall: app.domain.appointments.SlotPlan."""

    __tablename__ = "appointment_plans"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    slot_minutes: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer)  # bookings a slot takes; 0: none
    horizon_days: Mapped[int] = mapped_column(Integer)  # open days ahead
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))


class AppointmentRulesRow(Base):
    """A hall's booking rules: app.domain.appointments.BookingRules."""

    __tablename__ = "appointment_rules"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    open_bookings_limit: Mapped[int] = mapped_column(Integer)
    no_show_limit: Mapped[int] = mapped_column(Integer)
    no_show_window_days: Mapped[int] = mapped_column(Integer)
    block_days: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
