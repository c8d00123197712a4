"""The demo hall of queue_hall.py made ready for 预约: its hours, 号源 and rules set through the
console's routes, an online hall's gateway enrolled with its one-time code, and bodies of bookings.

People who book here are made up (valid check digits), none of them the seed's bookers, whose
demo bookings of the first day would count as no-shows once the clock moves on.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from queue_hall import Hall

from app.sync.protocol import TERMINAL_HEADER, TerminalKind
from server.auth.enrolment import issue_code
from server.seed import DEMO_HALL

HOURS = {"workday": ["09:00-12:00", "13:30-17:00"], "saturday": ["09:00-12:00"], "sunday": []}
RULES = {"open_bookings_limit": 3, "no_show_limit": 3, "no_show_window_days": 30, "block_days": 30}
PLANS = "/v1/manager/appointment-plans"
BOOK, CANCEL = "/v1/queue/appointments", "/v1/queue/appointments/cancel"
ONLINE_BOOK, ONLINE_CANCEL = "/v1/online/appointments", "/v1/online/appointments/cancel"
SLOTS = "/v1/queue/appointments/slots"
# made-up residents of the hall's county
ZHAO = "330429198808081016"
QIAN = "330429199003152029"
SUN = "330429197511303031"
LI_SI = "330429200001010014"


def hall_moment(day: str, at: str = "09:30") -> datetime:
    """`day` at `at` in the hall (Asia/Shanghai), as the server's UTC clock reads it."""
    local = datetime.fromisoformat(f"{day}T{at}:00")
    return (local - timedelta(hours=8)).replace(tzinfo=UTC)


def open_for_booking(
    hall: Hall, plans: list[dict] | None = None, rules: dict | None = None, closures: list[dict] | None = None
) -> None:
    """Hours (workdays 09:00-12:00 and 13:30-17:00, 不打烊 Saturday mornings), 号源 and rules."""
    r = hall.client.put(
        "/v1/manager/calendar/hours", json={**HOURS, "closures": closures or []}, headers=hall.manager
    )
    assert r.status_code == 200, r.text
    plans = plans or [plan(code) for code in ("general", "enterprise", "realty", "social")]
    r = hall.client.put(
        PLANS, json={"plans": plans, "rules": {**RULES, **(rules or {})}}, headers=hall.manager
    )
    assert r.status_code == 200, r.text


def plan(category: str, slot_minutes: int = 30, capacity: int = 4, horizon_days: int = 7) -> dict:
    return {
        "category": category,
        "slot_minutes": slot_minutes,
        "capacity": capacity,
        "horizon_days": horizon_days,
    }


def booking(code: str, day: str, slot: str = "10:00-10:30", **fields) -> dict:
    return {
        "code": code,
        "category": "social",
        "day": day,
        "slot": slot,
        "name": "赵一",
        "id_number": ZHAO,
        "phone": "13900000001",
        **fields,
    }


def online_gateway(hall: Hall, code: str = "O01") -> dict[str, str]:
    """The online hall's gateway: a terminal of kind ONLINE enrolled with a one-time code."""
    with hall.ctx.transaction() as s:
        one_time, _ = issue_code(
            s, DEMO_HALL, code, "test", hall.clock.now, timedelta(days=1), kind=TerminalKind.ONLINE
        )
    enrolled = hall.seeded.enrol(one_time, "网上大厅")
    assert enrolled["kind"] == "online"
    return {"Authorization": f"Terminal {enrolled['terminal_id']}:{enrolled['secret']}"}


def booked(hall: Hall, body: dict, headers: dict[str, str] | None = None, path: str = BOOK) -> dict:
    r = hall.client.post(path, json=body, headers=headers or hall.headers)
    assert r.status_code == 200, r.text
    return r.json()


def refused(
    hall: Hall, body: dict, code: str, headers: dict[str, str] | None = None, path: str = BOOK
) -> str:
    return hall.refused(hall.client.post(path, json=body, headers=headers or hall.headers), 409, code)


def clerk(hall: Hall) -> dict[str, str]:
    """lixm signed in on window W03 afresh (a test that moves the clock by days outlives a session)."""
    terminal = f"{hall.seeded.terminal_id}:{hall.seeded.secret}"
    return {**hall.seeded.sign_in("lixm"), TERMINAL_HEADER: terminal}
