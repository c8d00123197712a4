"""Every table of the server's store, for Alembic and the migrations-match-models tests.

The tables of the queue, cases and sync live in `server.store.models`; the hall manager's areas
(window assignments, rating follow-ups, live-hall settings, staffing, the hall calendar,
statistics, 办不成事 反映) keep theirs in modules of their own beside it, imported here so that
one metadata holds them all.
"""

from __future__ import annotations

import server.store.models_assignments  # window assignments, profiles, qualifications
import server.store.models_followups  # noqa: F401  (好差评 follow-ups, rating reviews)
from server.store import models_live_hall  # noqa: F401  (the live hall's alarm thresholds)
from server.store.models import Base
from server.store.models_appointments import AppointmentPlanRow  # noqa: F401  (预约's 号源 and rules)
from server.store.models_calendar import HallCalendarRow  # noqa: F401  (the hall's hours and closures)
from server.store.models_platform import PlatformRecordRow  # noqa: F401  (办件 export to the platform)
from server.store.models_staffing import WaitTargetRow  # noqa: F401  (staffing suggestions)
from server.store.models_statistics import STATISTICS_INDEXES  # noqa: F401  (统计报表's indexes)
from server.store.models_unresolved import UnresolvedReportRow  # noqa: F401  (办不成事 反映)

__all__ = ["Base"]
