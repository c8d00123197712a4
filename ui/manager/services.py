"""What every tab of the hall manager's console is given: `ManagerServices`.

The console is a back-office terminal of the hall with a hall manager (or an admin) signed in on
it — or a back-office account, whose only tab (我的整改) uses `followups` alone. Each area of the
console (实时大厅, 窗口调度, 调度建议, 好差评, 统计报表, 节假日与营业时间, 省平台上报, 办不成事) has
its own small transport over the shared `ManagerTransport` (the terminal's credential beside the
manager's Bearer token) and one use-case object built here, kept as an attribute named after the
area. A tab receives this object in its constructor, ``Tab(services, parent)``, runs the use
case's calls off the GUI thread (its own ``ui.worker.Worker``: a slow report must not hold up the
live hall) and refreshes on ``pokes.poked`` where it matters.

``pokes.poked(kind)`` fires on the GUI thread for each message of the hall's event stream:
"queue" (a ticket was taken or called, a window changed state), "change" (configuration or
synced data changed) and "hello" (the stream (re)connected: something may have been missed).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.manager.appointments import AppointmentPlans
from app.services.manager.assignments import AssignmentsService
from app.services.manager.assisted import AssistedLedgerService
from app.services.manager.calendar import HallCalendar
from app.services.manager.followups import Followups
from app.services.manager.live_hall import LiveHallService
from app.services.manager.platform import PlatformExport
from app.services.manager.staffing import Staffing
from app.services.manager.statistics import Statistics
from app.services.manager.unresolved import UnresolvedDesk
from app.sync.audit_log_transport import AuditLogTransport
from app.sync.manager_appointments_transport import AppointmentPlansTransport
from app.sync.manager_assignments_transport import AssignmentsTransport
from app.sync.manager_assisted_transport import AssistedTransport
from app.sync.manager_calendar_transport import CalendarTransport
from app.sync.manager_followups_transport import FollowupsTransport
from app.sync.manager_live_transport import LiveHallTransport
from app.sync.manager_platform_transport import PlatformTransport
from app.sync.manager_staffing_transport import StaffingTransport
from app.sync.manager_statistics_transport import StatisticsTransport
from app.sync.manager_transport import ManagerTransport
from app.sync.manager_unresolved_transport import UnresolvedTransport
from app.sync.protocol import LoginAnswer, UserInfo
from app.sync.transport import HttpTransport


class Pokes(QObject):
    """The hall's event stream as a Qt signal (the stream's thread emits; receivers are queued)."""

    poked = Signal(str)
    connection_changed = Signal(bool)  # the stream opened (True) or dropped (False)


class ManagerServices:
    def __init__(
        self,
        transport: ManagerTransport,
        hall_code: str,
        user: UserInfo,
        hall_name: str = "",
        pokes: Pokes | None = None,
    ) -> None:
        self.transport = transport
        self.hall_code = hall_code
        self.hall_name = hall_name or hall_code
        self.user = user
        self.pokes = pokes if pokes is not None else Pokes()
        # One use case per area, each over its own transport (one line each, as areas land).
        self.live = LiveHallService(LiveHallTransport(transport, hall_code))
        self.staffing = Staffing(StaffingTransport(transport, hall_code))
        self.assignments = AssignmentsService(AssignmentsTransport(transport, hall_code))
        self.calendar = HallCalendar(CalendarTransport(transport))
        # 预约号源, set on the 节假日与营业时间 tab beside the hours its slots are cut from
        self.appointment_plans = AppointmentPlans(AppointmentPlansTransport(transport, hall_code))
        self.followups = Followups(FollowupsTransport(transport))
        self.statistics = Statistics(StatisticsTransport(transport, hall_code))
        self.platform = PlatformExport(PlatformTransport(transport))  # the console terminal's hall
        self.audit_log = AuditLogTransport(transport, hall_code)  # an auditor's only area
        self.unresolved = UnresolvedDesk(UnresolvedTransport(transport))  # 办不成事, the terminal's hall
        self.assisted = AssistedLedgerService(AssistedTransport(transport, hall_code))  # 帮办代办台账

    @classmethod
    def signed_in(
        cls, http: HttpTransport, login: LoginAnswer, hall_code: str = "", hall_name: str = ""
    ) -> ManagerServices:
        """Services for `login` (an answer of POST /sessions made through `http`, the console
        terminal's transport). Tests build theirs this way over a FastAPI TestClient:
        ``HttpTransport("http://testserver", client=client, terminal_id=…, secret=…)``."""
        token = login.token
        transport = ManagerTransport(http, lambda: token)
        return cls(transport, hall_code or login.user.hall_code, login.user, hall_name)
