"""The live hall's settings (migration 0013): the alarm thresholds the hall manager set for each
category of the hall (app/domain/hall_alarms.py says what each one means)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.store.models import Base, UtcDateTime


class LiveHallThresholdRow(Base):
    """One category's thresholds; a column left NULL is an alarm the manager switched off."""

    __tablename__ = "live_hall_thresholds"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    max_waiting: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_wait_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_idle_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
