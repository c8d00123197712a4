"""The demo hall: what the embedded server (and `onewindow-server seed-demo`) starts with.

Idempotent: running it again creates only what is missing (it never resets a password someone
changed) and publishes the catalog again only when it differs from the newest version. Each
run returns a fresh one-time enrolment code for terminal W03, and books today's demo
appointments (YY0001 …; two of them with the ID numbers of the ID-card simulator's sample cards
王小明 and 李秀英, so a simulated swipe at the kiosk checks in). They are written as they are,
past slots included (booking.store_booking): the rules of 预约 are for bookers, not for the
demo's morning. Each category gets the default 号源 (SlotPlan) unless it has one; booking
through the API needs the hall's opening hours too, which the seed leaves unset (a hall without
hours issues numbers at any time, as before the console).
"""

from __future__ import annotations

from sqlalchemy import select

from app.domain.appointments import Channel, SlotPlan
from app.domain.tickets import service_day
from app.sync.appointment_protocol import BookingRequest
from app.sync.protocol import HallWindow, Role, ServiceCategory
from server.auth.enrolment import issue_code
from server.auth.passwords import hash_password
from server.catalog_store import latest_catalog, publish_catalog
from server.context import ServerContext
from server.halls import log_hall, set_hall_setup
from server.queue.booking import store_booking
from server.queue.common import id_hash
from server.sealing.columns import keyring_of
from server.store.models import AppointmentRow, HallRow, UserRow, WindowRow
from server.store.models_appointments import AppointmentPlanRow
from server.sync.change_log import record_change

DEMO_HALL = "330429"
DEMO_TERMINAL = "W03"
DEMO_PASSWORD = "onewindow"
SEED_ACTOR = "seed"

_USERS = (
    ("lixm", "李晓梅", Role.CLERK, "3号综合窗口"),
    ("zhangjl", "张建霖", Role.HALL_MANAGER, ""),
    ("admin", "系统管理员", Role.ADMIN, ""),
    ("backoffice", "后台审批系统", Role.BACKOFFICE, ""),
)
_CATEGORIES = (
    ServiceCategory(code="general", name="综合受理", prefix="A"),
    ServiceCategory(code="enterprise", name="企业开办", prefix="B"),
    ServiceCategory(code="realty", name="不动产登记", prefix="C"),
    ServiceCategory(code="social", name="社保医保", prefix="D"),
)
# weights 0–9, as the hall manager sets them with one digit key in 窗口调度
_WINDOWS = (
    HallWindow(name="1号综合窗口", categories={"general": 9, "enterprise": 5}),
    HallWindow(name="2号综合窗口", categories={"general": 9, "social": 5}),
    HallWindow(name="3号综合窗口", categories={"general": 9, "realty": 5, "enterprise": 5}),
    HallWindow(name="4号不动产窗口", kind="special", categories={"realty": 9}),
)

_NOTICES = (
    "办理业务请携带本人有效身份证件；代办的请同时携带委托书及代办人身份证件",
    "预约群众请在取号机“预约签到”，凭预约码或刷身份证优先取号",
    "军人、老年人、残疾人等群众可走绿色通道，请向导办台工作人员咨询",
)
# (code, category, ID number, name, slot, phone); the first two ID numbers are those of
# drivers/idcard/samples.py (the server does not import drivers): 王小明's resident card and
# 李秀英's; the others and the phones are made up (valid check digits, reserved-looking numbers)
_APPOINTMENTS = (
    ("YY0001", "general", "341021199003074518", "王小明", "09:00-09:30", "13800000001"),
    ("YY0002", "realty", "341021195608120021", "李秀英", "09:30-10:00", "13800000002"),
    ("YY0003", "enterprise", "330429198505120030", "赵企业", "10:00-10:30", "13800000003"),
    ("YY0004", "social", "33042919920818004X", "孙社保", "10:30-11:00", "13800000004"),
    ("YY0005", "general", "330429197802030053", "周综合", "14:00-14:30", "13800000005"),
)


def seed_demo(ctx: ServerContext, catalog: dict) -> str:
    """Create the demo hall, users, configuration and catalog if missing; a fresh W03 code."""
    now = ctx.now()
    with ctx.transaction() as s:
        if s.get(HallRow, DEMO_HALL, with_for_update=True) is None:
            s.add(
                HallRow(
                    code=DEMO_HALL,
                    name="安和县政务服务中心",
                    address="安和县民主路88号政务服务中心一楼",
                    phone="0573-84012345",
                    created_at=now,
                )
            )
            s.flush()
            log_hall(s, DEMO_HALL)
        if s.scalar(select(WindowRow.id).where(WindowRow.hall_code == DEMO_HALL).limit(1)) is None:
            set_hall_setup(s, DEMO_HALL, list(_WINDOWS), list(_CATEGORIES), notices=list(_NOTICES))
        for username, name, role, window in _USERS:
            if s.get(UserRow, username) is None:
                hall = None if role is Role.ADMIN else DEMO_HALL
                s.add(
                    UserRow(
                        username=username,
                        display_name=name,
                        role=role.value,
                        hall_code=hall,
                        window_name=window,
                        password_hash=hash_password(DEMO_PASSWORD),
                        active=True,
                        updated_at=now,
                    )
                )
                s.flush()
                record_change(s, hall or "*", "users", username, {})
        newest = latest_catalog(s)
        if newest is None or newest.catalog != catalog:
            publish_catalog(s, catalog, SEED_ACTOR, now)
        _seed_plans(s, now)
        _seed_appointments(s, now)
        code, _expires = issue_code(
            s, DEMO_HALL, DEMO_TERMINAL, SEED_ACTOR, now, ctx.config.enrolment_code_ttl
        )
    return code


def _seed_plans(s, now) -> None:
    """The default 号源 for each demo category that has none (a manager may have changed it)."""
    planned = set(
        s.scalars(select(AppointmentPlanRow.category).where(AppointmentPlanRow.hall_code == DEMO_HALL))
    )
    for category in _CATEGORIES:
        if category.code not in planned:
            plan = SlotPlan(category.code)
            s.add(
                AppointmentPlanRow(
                    hall_code=DEMO_HALL,
                    category=category.code,
                    slot_minutes=plan.slot_minutes,
                    capacity=plan.capacity,
                    horizon_days=plan.horizon_days,
                    updated_at=now,
                    updated_by=SEED_ACTOR,
                )
            )


def _seed_appointments(s, now) -> None:
    """Today's demo bookings, each once (a second seed the same day finds them by code)."""
    day = service_day(now)
    keyring = keyring_of(s.get_bind())
    for code, category, id_number, name, slot, phone in _APPOINTMENTS:
        booked = select(AppointmentRow.id).where(
            AppointmentRow.hall_code == DEMO_HALL, AppointmentRow.day == day, AppointmentRow.code == code
        )
        if s.scalar(booked) is not None:
            continue
        request = BookingRequest(
            code=code,
            category=category,
            day=day,
            slot=slot,
            name=name,
            id_number=id_number,
            phone=phone,
        )
        store_booking(s, DEMO_HALL, request, Channel.WINDOW, now, id_hash(keyring, DEMO_HALL, id_number))
