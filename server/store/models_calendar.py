"""The hall's own calendar (migration 0015): its opening hours, weekend and extended hours, and
closures with their reasons, as app/domain/hall_hours.py's JSON.

One row per hall that has set any; a hall without one is open at any time (as before the console).
The State Council's years are not here: they are every hall's (`calendar_years`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from server.store.models import Base, UtcDateTime


class HallCalendarRow(Base):
    __tablename__ = "hall_calendars"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    hours: Mapped[dict] = mapped_column(JSON)  # hall_hours.dump_hours: sessions and closures
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
