"""Tables of the staffing suggestions (调度建议): each category's wait target (migration 0014).

The history the forecast stands on is not copied anywhere: it is read from queue_tickets when
the manager asks (server/manager/staffing.py), so it can never disagree with the queue.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.store.models import Base, UtcDateTime


class WaitTargetRow(Base):
    """A category's wait target: `share` percent of applicants called within `minutes`. A
    category without a row has the default target (app.domain.staffing.DEFAULT_TARGET_*)."""

    __tablename__ = "staffing_wait_targets"

    hall_code: Mapped[str] = mapped_column(ForeignKey("halls.code"), primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)
    share: Mapped[int] = mapped_column(Integer)  # percent
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
