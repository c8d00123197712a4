"""The demo hall: what the embedded server (and `onewindow-server seed-demo`) starts with.

Idempotent: running it again creates only what is missing (it never resets a password someone
changed) and publishes the catalog again only when it differs from the newest version. Each
run returns a fresh one-time enrolment code for terminal W03.
"""

from __future__ import annotations

from sqlalchemy import select

from app.sync.protocol import HallWindow, Role, ServiceCategory
from server.auth.enrolment import issue_code
from server.auth.passwords import hash_password
from server.catalog_store import latest_catalog, publish_catalog
from server.context import ServerContext
from server.halls import log_hall, set_hall_setup
from server.store.models import HallRow, UserRow, WindowRow
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
_WINDOWS = (
    HallWindow(name="1号综合窗口", categories={"general": 10, "enterprise": 5}),
    HallWindow(name="2号综合窗口", categories={"general": 10, "social": 5}),
    HallWindow(name="3号综合窗口", categories={"general": 10, "realty": 5, "enterprise": 5}),
    HallWindow(name="4号不动产窗口", kind="special", categories={"realty": 10}),
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
            set_hall_setup(s, DEMO_HALL, list(_WINDOWS), list(_CATEGORIES))
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
        code, _expires = issue_code(
            s, DEMO_HALL, DEMO_TERMINAL, SEED_ACTOR, now, ctx.config.enrolment_code_ttl
        )
    return code
